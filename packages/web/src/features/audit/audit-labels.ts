import type { AuditLogFilter } from '../../gql/graphql';
import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';
import { audit as english } from '../../i18n/locales/en/audit';
import { fieldLabel } from '../agents/agent-page/change-log-format';
import { userFieldLabel } from '../crm/change-log-labels';

// Names of the audit log's actions and target types (the API's strings stay the filter values), for
// the filters and the table, in the current language (`audit` namespace).

export type AuditT = TFunction<'audit'>;
type Families = keyof typeof english.family;
type Actions = typeof english.action;
type NamedAction = { [F in keyof Actions]: `${F}.${keyof Actions[F] & string}` }[keyof Actions];
type TargetType = keyof typeof english.targetType;
type Verb = keyof typeof english.verb;

const has = <T extends object>(o: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(o, key);

/** The current language's `audit` messages, where no component hands its `t` (the labels' own tests). */
const currentT = (): AuditT => i18n.getFixedT(null, 'audit');

/** The action filter's choices: each family (`team.` = every team event), the sign-in events one by one. */
export function auditActionOptions(t: AuditT): { value: string; label: string }[] {
  return (Object.keys(english.family) as Families[]).flatMap((family) => [
    { value: `${family}.`, label: t(`family.${family}`) },
    ...(family === 'auth'
      ? (Object.keys(english.action.auth) as (keyof Actions['auth'])[]).map((verb) => ({
          value: `auth.${verb}`,
          label: t(`action.auth.${verb}`),
        }))
      : []),
  ]);
}

export function auditTargetTypeOptions(t: AuditT): { value: string; label: string }[] {
  return (Object.keys(english.targetType) as TargetType[]).map((value) => ({ value, label: t(`targetType.${value}`) }));
}

export const targetTypeLabel = (type: string, t: AuditT = currentT()) => (has(english.targetType, type) ? t(`targetType.${type}`) : type);

/** A changed field's name as the record's own change log shows it: a user's (`primaryEmail`) as the CRM does, the rest as the agent page does (`isAdmin` → "Administrator access"). */
export const auditFieldLabel = (targetType: string | null | undefined, field: string): string =>
  targetType === 'USER' ? userFieldLabel(field) : fieldLabel(field);

/** "team.created" → "Team created", "auth.sign_in" → "Sign in"; an action the SPA does not know, in the API's words. */
export function actionLabel(action: string, t: AuditT = currentT()): string {
  const [family = '', verb = ''] = action.split('.');
  const named = `${family}.${verb}`;
  if (has(english.action, family) && has(english.action[family], verb)) return t(`action.${named as NamedAction}`);
  const target = family.toUpperCase();
  if (has(english.targetType, target) && has(english.verb, verb))
    return t('targetAction', { target: t(`targetType.${target}`), verb: t(`verb.${verb as Verb}`) });
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
