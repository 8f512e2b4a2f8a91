import type { AuditLogFilter } from '../../gql/graphql';

// Names of the audit log's actions and target types (the API's strings), for the filters and the table.

export const AUDIT_ACTIONS: { value: string; label: string }[] = [
  { value: 'auth.', label: 'Any sign-in or account security event' },
  { value: 'auth.sign_in', label: 'Sign-in' },
  { value: 'auth.sign_out', label: 'Sign-out' },
  { value: 'auth.password_reset_requested', label: 'Password reset requested' },
  { value: 'auth.password_reset_sent', label: 'Password reset sent' },
  { value: 'auth.password_link_used', label: 'Password link used' },
  { value: 'auth.password_changed', label: 'Password changed' },
  { value: 'auth.temporary_password_set', label: 'Temporary password set' },
  { value: 'auth.session_revoked', label: 'Session revoked' },
  { value: 'auth.other_sessions_revoked', label: 'Other sessions revoked' },
  { value: 'auth.signed_out_everywhere', label: 'Signed out everywhere' },
  { value: 'auth.second_step', label: 'Two-step sign-in code or passkey' },
  { value: 'auth.factor_added', label: 'Two-step sign-in method added' },
  { value: 'auth.factor_removed', label: 'Two-step sign-in method removed' },
  { value: 'auth.factor_reset', label: 'Two-step sign-in reset by an administrator' },
  { value: 'auth.recovery_codes_regenerated', label: 'Recovery codes regenerated' },
  { value: 'api_token.', label: 'Any API token event' },
  { value: 'agent.', label: 'Any agent change' },
  { value: 'invitation.', label: 'Any invitation change' },
  { value: 'permission_group.', label: 'Any permission group change' },
  { value: 'team.', label: 'Any team change' },
  { value: 'department.', label: 'Any department change' },
  { value: 'business_unit.', label: 'Any business unit change' },
  { value: 'setting.', label: 'Any settings change' },
  { value: 'user_custom_field.', label: 'Any user field change' },
  { value: 'organization.', label: 'Any organization change' },
  { value: 'usergroup.', label: 'Any usergroup change' },
  { value: 'import.', label: 'Any import' },
];

export const AUDIT_TARGET_TYPES: { value: string; label: string }[] = [
  { value: 'AGENT', label: 'Agent' },
  { value: 'INVITATION', label: 'Invitation' },
  { value: 'PERMISSION_GROUP', label: 'Permission group' },
  { value: 'TEAM', label: 'Team' },
  { value: 'DEPARTMENT', label: 'Department' },
  { value: 'BUSINESS_UNIT', label: 'Business unit' },
  { value: 'API_TOKEN', label: 'API token' },
  { value: 'SETTING', label: 'Setting' },
  { value: 'USER_CUSTOM_FIELD', label: 'User field' },
  { value: 'SSO_PROVIDER', label: 'Single sign-on provider' },
  { value: 'ORGANIZATION', label: 'Organization' },
  { value: 'USERGROUP', label: 'Usergroup' },
  { value: 'IMPORT', label: 'Import' },
  { value: 'OUTBOX_MESSAGE', label: 'Email' },
];

const TARGET_LABELS = new Map(AUDIT_TARGET_TYPES.map((t) => [t.value, t.label]));
export const targetTypeLabel = (type: string) => TARGET_LABELS.get(type) ?? type;

/** "team.created" → "Team created", "auth.sign_in" → "Sign in". */
export function actionLabel(action: string): string {
  const [family, verb = ''] = action.split('.');
  const words = (family === 'auth' ? verb : `${family} ${verb}`).replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The filter as the page's address holds it (`?action=team.&from=2026-12-01`): dates are whole local days. */
export interface AuditFilterParams {
  actor: string | null;
  action: string | null;
  targetType: string | null;
  from: string | null;
  to: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API filter of the page's parameters: `from` at the start of its day, `to` at its end (local time). */
export function toAuditFilter(p: AuditFilterParams): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (p.actor) filter.actor = p.actor;
  if (p.action) filter.action = p.action;
  if (p.targetType) filter.targetType = p.targetType;
  if (p.from && DAY.test(p.from)) filter.from = new Date(`${p.from}T00:00:00`).toISOString();
  if (p.to && DAY.test(p.to)) filter.to = new Date(`${p.to}T23:59:59.999`).toISOString();
  return filter;
}

/** GET /exports/audit.csv with the same filter (the API reads its fields as query parameters). */
export function auditCsvUrl(filter: AuditLogFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value != null && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `/exports/audit.csv?${query}` : '/exports/audit.csv';
}
