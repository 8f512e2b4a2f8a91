import { agentCrmFieldLabel } from '../../crm/change-log-labels';
import type { PageCatalogs } from './agent-page-types';

const FIELD_LABELS: Record<string, string> = {
  created: 'Created',
  deleted: 'Deleted',
  permissionGroups: 'Permission groups',
  isAdmin: 'Administrator access',
  isReportsAdmin: 'Reports administrator access',
  landlinePhone: 'Land line',
  avatar: 'Profile image',
  canEditOwnTicketNotifications: 'May edit own ticket notifications',
};

/** "businessUnit" -> "Business unit", unless a label above says better. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  // The agent's CRM record (summary, contact information, notes) logs under crm.*.
  if (field.startsWith('crm.')) return `CRM: ${agentCrmFieldLabel(field)}`;
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Catalogs = Pick<PageCatalogs, 'teams' | 'permissionGroups' | 'departments'>;

const ACCESS: Record<string, string> = { FULL: 'Full', ASSIGN: 'Assign' };

/**
 * The log stores link lists as ids ("1, 3"; departments "2:FULL"): show names where the
 * team, group or department still exists, `#id` where it does not.
 */
export function formatLogValue(field: string, value: string | null, catalogs: Catalogs): string | null {
  if (!value) return value;
  const nameOf = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? `#${id}`;
  const items = value.split(', ');
  switch (field) {
    case 'teams':
      return items.map((id) => nameOf(catalogs.teams, id)).join(', ');
    case 'permissionGroups':
      return items.map((id) => nameOf(catalogs.permissionGroups, id)).join(', ');
    case 'departments':
      return items
        .map((item) => {
          const [id, access] = item.split(':');
          return `${nameOf(catalogs.departments, id)}: ${ACCESS[access] ?? access}`;
        })
        .join(', ');
    default:
      return value;
  }
}
