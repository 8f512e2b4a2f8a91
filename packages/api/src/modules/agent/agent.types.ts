import type { NotificationSettingValue } from '@roster/shared';
import type { DepartmentAccessValue } from '../department/department-access';
import type { AgentStatus, AgentType } from './agent.entity';

// Plain shapes of agent input, so that services are callable from anything (GraphQL, an import
// job, a CLI, a test): the GraphQL input classes implement them. `null` clears or resets a field.

export enum AgentSettingsSection {
  PERMISSION_GROUPS = 'PERMISSION_GROUPS',
  PERMISSIONS = 'PERMISSIONS',
  TEAMS = 'TEAMS',
  DEPARTMENTS = 'DEPARTMENTS',
  TICKET_NOTIFICATIONS = 'TICKET_NOTIFICATIONS',
  OTHER_NOTIFICATIONS = 'OTHER_NOTIFICATIONS',
  ADMIN_ACCESS = 'ADMIN_ACCESS',
  REPORTS_ACCESS = 'REPORTS_ACCESS',
  SIGNATURE = 'SIGNATURE',
  TIMEZONE = 'TIMEZONE',
  LANGUAGE = 'LANGUAGE',
}

export interface PhoneFields {
  label: string;
  country?: string | null;
  number: string | null;
}

export interface AgentFields {
  email?: string | null;
  name?: string | null;
  alias?: string | null;
  phone?: string | null;
  landlinePhone?: string | null;
  mobilePhone?: string | null;
  /** Replaces the agent's phones (agent-phones.ts); with a country, a number may be in national form. */
  phones?: PhoneFields[] | null;
  timezone?: string | null;
  language?: string | null;
  /** The unit by name (refused when no unit has it); or businessUnitId. Empty or null: none. */
  businessUnit?: string | null;
  businessUnitId?: string | number | null;
  extraEmails?: (string | null)[] | null;
  isAdmin?: boolean | null;
  isReportsAdmin?: boolean | null;
  status?: AgentStatus | null;
  /** FULL (a license seat) or LIGHT (no seat; may read and add notes: shared/agent-type.ts). */
  type?: AgentType | null;
  permissionGroupIds?: (string | number)[] | null;
  permissions?: string[] | null;
  teamIds?: (string | number)[] | null;
  departments?: DepartmentAccessValue[] | null;
  ticketNotifications?: NotificationSettingValue[] | null;
  otherNotifications?: NotificationSettingValue[] | null;
  canEditOwnTicketNotifications?: boolean | null;
  signature?: string | null;
}

export interface CreateAgentFields extends AgentFields {
  email: string;
  name: string;
  sendWelcomeEmail?: boolean | null;
  forcePasswordChange?: boolean | null;
  password?: string | null;
  copySettingsFrom?: string | number | null;
  copySections?: AgentSettingsSection[] | null;
}

export interface UpdateAgentFields extends AgentFields {
  forcePasswordChange?: boolean | null;
  /** The acting agent's own password: changing one's own login email needs it (checked at the edge). */
  currentPassword?: string | null;
}

/** Bulk edit (agent.bulk.ts): membership changes applied to each agent's current links, and enable/disable. */
export interface BulkUpdateAgentsFields {
  addTeamIds?: readonly (string | number)[] | null;
  removeTeamIds?: readonly (string | number)[] | null;
  addPermissionGroupIds?: readonly (string | number)[] | null;
  removePermissionGroupIds?: readonly (string | number)[] | null;
  status?: AgentStatus | null;
}
