import type { NotificationEvent, PreferenceFieldsFragment, UpdateAgentInput } from '../../gql/graphql';
import type { TFunction } from 'i18next';
import { changesLoginEmail } from '../../lib/login-email';
import { toPhoneInput, toPhoneRows, type PhoneRow } from '../../components/phone-list/phone-rows';

export interface NotificationRow {
  event: string;
  label: string;
  email: boolean;
  browser: boolean;
}

export interface PreferenceValues {
  name: string;
  alias: string;
  email: string;
  /** The agent's phones (SMS is the Preferences phone); the list replaces the stored one. */
  phones: PhoneRow[];
  timezone: string;
  language: string;
  signature: string;
  /** Asked for only while the email differs from the stored one. */
  currentPassword: string;
  ticketNotifications: NotificationRow[];
  otherNotifications: NotificationRow[];
}

export const PROFILE_FIELDS = ['name', 'alias', 'email', 'timezone', 'language', 'signature', 'currentPassword'] as const;

/** The Profile fields' labels in the current language. */
export function fieldLabels(t: TFunction<['preferences', 'common']>): Record<(typeof PROFILE_FIELDS)[number], string> {
  return {
    name: t('common:name'),
    alias: t('fields.alias'),
    email: t('common:email'),
    timezone: t('common:fields.timeZone'),
    language: t('common:fields.language'),
    signature: t('fields.signature'),
    currentPassword: t('common:currentPassword'),
  };
}

type Catalog = Pick<NotificationEvent, 'key' | 'label' | 'category' | 'defaultEmail' | 'defaultBrowser'>[];

/** The catalogue's events in its order, each with the agent's stored switches or the defaults. */
function rows(catalog: Catalog, category: NotificationEvent['category'], stored: PreferenceFieldsFragment['ticketNotifications']) {
  const byEvent = new Map(stored.map((s) => [s.event, s]));
  return catalog
    .filter((e) => e.category === category)
    .map((e) => ({
      event: e.key,
      label: e.label,
      email: byEvent.get(e.key)?.email ?? e.defaultEmail,
      browser: byEvent.get(e.key)?.browser ?? e.defaultBrowser,
    }));
}

export function toFormValues(agent: PreferenceFieldsFragment, catalog: Catalog): PreferenceValues {
  return {
    name: agent.name,
    alias: agent.alias ?? '',
    email: agent.email,
    phones: toPhoneRows(agent.phones),
    timezone: agent.timezone,
    language: agent.language,
    signature: agent.signature ?? '',
    currentPassword: '',
    ticketNotifications: rows(catalog, 'TICKET', agent.ticketNotifications),
    otherNotifications: rows(catalog, 'OTHER', agent.otherNotifications),
  };
}

export interface PreferenceRights {
  profile: boolean;
  ticketNotifications: boolean;
}

/** What the API lets this agent change on their own record (agent.service assertSelfEditAllowed). */
export function rightsOf(agent: PreferenceFieldsFragment): PreferenceRights {
  const perms = new Set(agent.effectivePermissions);
  return {
    profile: agent.isAdmin || perms.has('profile.edit_own'),
    ticketNotifications: agent.isAdmin || (agent.canEditOwnTicketNotifications && perms.has('profile.edit_own_ticket_notifications')),
  };
}

const switches = (list: NotificationRow[]) => list.map(({ event, email, browser }) => ({ event, email, browser }));
const orNull = (v: string) => (v.trim() ? v.trim() : null);

/**
 * Only what the agent may change is sent: the API refuses a request naming any other field. The
 * current password goes with a new login email (`storedEmail`: the email as saved).
 */
export function toInput(values: PreferenceValues, rights: PreferenceRights, storedEmail: string): UpdateAgentInput {
  const input: UpdateAgentInput = { otherNotifications: switches(values.otherNotifications) };
  if (rights.ticketNotifications) input.ticketNotifications = switches(values.ticketNotifications);
  if (rights.profile) {
    Object.assign(input, {
      name: values.name.trim(),
      alias: orNull(values.alias),
      email: values.email.trim(),
      phones: toPhoneInput(values.phones),
      timezone: values.timezone.trim(),
      language: values.language.trim(),
      signature: orNull(values.signature),
    });
    if (changesLoginEmail(values.email, storedEmail)) input.currentPassword = values.currentPassword;
  }
  return input;
}
