import type { AgentSettingsSection } from '../../../../gql/graphql';

/** Every section copyAgentSettings accepts, in the order the dialog lists them (labels: `copy.section.<section>`). */
export const SETTINGS_SECTIONS: AgentSettingsSection[] = [
  'PERMISSION_GROUPS',
  'PERMISSIONS',
  'DEPARTMENTS',
  'TEAMS',
  'TICKET_NOTIFICATIONS',
  'OTHER_NOTIFICATIONS',
  'ADMIN_ACCESS',
  'REPORTS_ACCESS',
  'SIGNATURE',
  'TIMEZONE',
  'LANGUAGE',
];
