import type { AgentSettingsSection } from '../../../../gql/graphql';

/** Every section copyAgentSettings accepts, in the order the dialog lists them, with what it copies. */
export const SETTINGS_SECTIONS: { value: AgentSettingsSection; label: string }[] = [
  { value: 'PERMISSION_GROUPS', label: 'Permission groups' },
  { value: 'PERMISSIONS', label: 'Individual permissions' },
  { value: 'DEPARTMENTS', label: 'Department permissions' },
  { value: 'TEAMS', label: 'Teams' },
  { value: 'TICKET_NOTIFICATIONS', label: 'Ticket notifications (and whether the agent may edit them)' },
  { value: 'OTHER_NOTIFICATIONS', label: 'Other notifications' },
  { value: 'ADMIN_ACCESS', label: 'Administrator access' },
  { value: 'REPORTS_ACCESS', label: 'Reports administrator access' },
  { value: 'SIGNATURE', label: 'Signature' },
  { value: 'TIMEZONE', label: 'Time zone' },
  { value: 'LANGUAGE', label: 'Language' },
];
