import type { TFunction } from 'i18next';
import { i18n } from '../../../i18n';
import { agents as english } from '../../../i18n/locales/en/agents';
import { agentCrmFieldLabel } from '../../crm/change-log-labels';
import { permissionGroupName, type PermissionsT } from '../../permission-groups/permission-labels';
import type { PageCatalogs } from './agent-page-types';

type AgentsT = TFunction<'agents'>;
type LoggedField = keyof typeof english.changeLog.fields;
type Access = keyof typeof english.changeLog.access;

// Outside a component (the change log calls these per row): the current language's words.
const agentsT = (): AgentsT => i18n.getFixedT(null, 'agents');
const permissionsT = (): PermissionsT => i18n.getFixedT(null, 'permissions');

/** "businessUnit" -> "Business unit" in the current language; an unknown key split at its capitals. */
export function fieldLabel(field: string, t: AgentsT = agentsT()): string {
  if (Object.hasOwn(english.changeLog.fields, field)) return t(`changeLog.fields.${field as LoggedField}`);
  // The agent's CRM record (summary, contact information, notes) logs under crm.*.
  if (field.startsWith('crm.')) return t('changeLog.crm', { label: agentCrmFieldLabel(field) });
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Catalogs = Pick<PageCatalogs, 'teams' | 'permissionGroups' | 'departments'>;

/**
 * The log stores link lists as ids ("1, 3"; departments "2:FULL"): show names where the
 * team, group or department still exists (built-in groups in the current language), `#id` where it does not.
 */
export function formatLogValue(
  field: string,
  value: string | null,
  catalogs: Catalogs,
  t: AgentsT = agentsT(),
  tp: PermissionsT = permissionsT(),
): string | null {
  if (!value) return value;
  const nameOf = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? `#${id}`;
  const items = value.split(', ');
  switch (field) {
    case 'teams':
      return items.map((id) => nameOf(catalogs.teams, id)).join(', ');
    case 'permissionGroups': {
      const groups = catalogs.permissionGroups.map((g) => ({ id: g.id, name: permissionGroupName(tp, g) }));
      return items.map((id) => nameOf(groups, id)).join(', ');
    }
    case 'departments':
      return items
        .map((item) => {
          const [id, access] = item.split(':');
          const level = Object.hasOwn(english.changeLog.access, access) ? t(`changeLog.access.${access as Access}`) : access;
          return `${nameOf(catalogs.departments, id)}: ${level}`;
        })
        .join(', ');
    default:
      return value;
  }
}
