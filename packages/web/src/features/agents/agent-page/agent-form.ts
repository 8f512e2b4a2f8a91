// The agent page's one form, as plain data: the editable values of every tab, what differs from
// the loaded agent (counted per tab), the one UpdateAgentInput that saves it all, and where the
// API's field errors (`input.teamIds.2`) belong.
import type { TFunction } from 'i18next';
import type { AgentType, DepartmentAccessLevel, UpdateAgentInput } from '../../../gql/graphql';
import { changesLoginEmail, CURRENT_PASSWORD_LABEL } from '../../../lib/login-email';
import { fieldPathLabel } from '../../../lib/server-field-errors';
import { samePhones, toPhoneInput, toPhoneRows, type PhoneRow } from '../../../components/phone-list/phone-rows';
import { phoneErrorLabel } from '../phone-error-label';
import type { AgentDetails, PageCatalogs } from './agent-page-types';

export const PROFILE_FIELDS = ['name', 'alias', 'email', 'timezone', 'language', 'businessUnitId'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
const REQUIRED: ReadonlySet<ProfileField> = new Set(['name', 'email', 'timezone', 'language']);

export interface Switches {
  email: boolean;
  browser: boolean;
}

export interface AgentFormValues extends Record<ProfileField, string> {
  /** Asked of a viewer changing their own login email (sent as input.currentPassword); never a change. */
  currentPassword: string;
  /** Other addresses of the agent (not for signing in); the list replaces the agent's on save. */
  extraEmails: string[];
  /** Labelled phones (the list replaces the agent's on save, in E.164). */
  phones: PhoneRow[];
  /** FULL or LIGHT; converting to LIGHT strips admin access and write permissions on the server. */
  type: AgentType;
  isAdmin: boolean;
  isReportsAdmin: boolean;
  permissions: string[];
  permissionGroupIds: string[];
  teamIds: string[];
  /** Direct access by department id; a department without an entry has none. */
  departments: Record<string, DepartmentAccessLevel>;
  canEditOwnTicketNotifications: boolean;
  /** Switches by event. */
  ticketNotifications: Record<string, Switches>;
  otherNotifications: Record<string, Switches>;
}
export type AgentFormField = keyof AgentFormValues;

/** The tabs that edit something, and the fields each holds (the change log edits nothing). */
export const FIELD_TABS = {
  profile: [...PROFILE_FIELDS, 'currentPassword', 'phones', 'extraEmails'],
  permissions: ['type', 'isAdmin', 'isReportsAdmin', 'permissions'],
  groups: ['permissionGroupIds'],
  teams: ['teamIds'],
  departments: ['departments'],
  'ticket-notifications': ['canEditOwnTicketNotifications', 'ticketNotifications'],
  'other-notifications': ['otherNotifications'],
} as const satisfies Record<string, readonly AgentFormField[]>;
export type FormTab = keyof typeof FIELD_TABS;
const FORM_TABS = Object.keys(FIELD_TABS) as FormTab[];
export const FORM_FIELDS = FORM_TABS.flatMap((tab) => FIELD_TABS[tab]) as AgentFormField[];

export const tabOfField = (field: AgentFormField): FormTab =>
  FORM_TABS.find((tab) => (FIELD_TABS[tab] as readonly string[]).includes(field))!;

/** Labels of every field by input path (`input.teamIds`), so field errors read as sentences. */
export const fieldLabels = (t: TFunction<'agents'>): Record<string, string> =>
  Object.fromEntries(
    FORM_FIELDS.map((field) => [`input.${field}`, field === 'currentPassword' ? CURRENT_PASSWORD_LABEL : t(`fields.${field}`)]),
  );

const switchesOf = (settings: readonly { event: string; email: boolean; browser: boolean }[]) =>
  Object.fromEntries(settings.map(({ event, email, browser }) => [event, { email, browser }]));

export function toFormValues(agent: AgentDetails): AgentFormValues {
  const profile = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, agent[field] ?? ''])) as Record<ProfileField, string>;
  return {
    ...profile,
    currentPassword: '',
    extraEmails: [...agent.extraEmails],
    phones: toPhoneRows(agent.phones),
    type: agent.type,
    isAdmin: agent.isAdmin,
    isReportsAdmin: agent.isReportsAdmin,
    permissions: [...agent.permissions],
    permissionGroupIds: agent.permissionGroups.map((g) => g.id),
    teamIds: agent.teams.map((t) => t.id),
    departments: Object.fromEntries(agent.departments.map((d) => [d.department.id, d.access])),
    canEditOwnTicketNotifications: agent.canEditOwnTicketNotifications,
    ticketNotifications: switchesOf(agent.ticketNotifications),
    otherNotifications: switchesOf(agent.otherNotifications),
  };
}

const OFF: Switches = { email: false, browser: false };

/** Events whose switches differ, each with its switches in `draft`. */
function changedEvents(
  base: Record<string, Switches>,
  draft: Record<string, Switches>,
): { event: string; email: boolean; browser: boolean }[] {
  const events = [...new Set([...Object.keys(base), ...Object.keys(draft)])];
  return events
    .map((event) => ({ event, ...OFF, ...draft[event] }))
    .filter(({ event, email, browser }) => email !== (base[event] ?? OFF).email || browser !== (base[event] ?? OFF).browser);
}

/**
 * How many changes one field holds, the way an admin counts them: a text or a switch is one,
 * each id ticked or unticked is one, each department whose level moved is one, each
 * notification switch flipped is one.
 */
export function fieldChanges(field: AgentFormField, base: AgentFormValues, draft: AgentFormValues): number {
  if (field === 'currentPassword') return 0;
  if (field === 'phones') return samePhones(base.phones, draft.phones) ? 0 : 1;
  const [a, b] = [base[field], draft[field]];
  if (typeof a === 'string' || typeof a === 'boolean') return a === b ? 0 : 1;
  if (Array.isArray(a)) {
    const [from, to] = [new Set(a), new Set(b as string[])];
    return [...to].filter((id) => !from.has(id)).length + [...from].filter((id) => !to.has(id)).length;
  }
  if (field === 'departments') {
    const [from, to] = [base.departments, draft.departments];
    return [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((id) => from[id] !== to[id]).length;
  }
  return changedEvents(a as Record<string, Switches>, b as Record<string, Switches>).reduce((count, { event, email, browser }) => {
    const before = (a as Record<string, Switches>)[event] ?? OFF;
    return count + Number(email !== before.email) + Number(browser !== before.browser);
  }, 0);
}

export interface FormChanges {
  total: number;
  byTab: Record<FormTab, number>;
  fields: AgentFormField[];
}

export function formChanges(base: AgentFormValues, draft: AgentFormValues): FormChanges {
  const byTab = Object.fromEntries(FORM_TABS.map((tab) => [tab, 0])) as Record<FormTab, number>;
  const fields: AgentFormField[] = [];
  for (const field of FORM_FIELDS) {
    const count = fieldChanges(field, base, draft);
    if (!count) continue;
    fields.push(field);
    byTab[tabOfField(field)] += count;
  }
  return { total: FORM_TABS.reduce((sum, tab) => sum + byTab[tab], 0), byTab, fields };
}

/**
 * The changed fields as one updateAgent input. Texts are trimmed, an emptied optional text is
 * null (cleared); lists and department access replace the agent's; notifications name only the
 * events that changed (the API lays them over the current settings).
 */
export function toUpdateInput(base: AgentFormValues, draft: AgentFormValues): UpdateAgentInput {
  const input: UpdateAgentInput = {};
  for (const field of formChanges(base, draft).fields) {
    if (field === 'departments') {
      input.departments = Object.entries(draft.departments).map(([departmentId, access]) => ({ departmentId, access }));
    } else if (field === 'ticketNotifications' || field === 'otherNotifications') {
      input[field] = changedEvents(base[field], draft[field]);
    } else if (field === 'phones') {
      input.phones = toPhoneInput(draft.phones);
    } else if (field === 'type') {
      input.type = draft.type;
    } else if (typeof draft[field] === 'string') {
      const value = (draft[field] as string).trim();
      input[field as ProfileField] = value === '' && !REQUIRED.has(field as ProfileField) ? null : value;
    } else {
      (input as Record<string, unknown>)[field] = draft[field];
    }
  }
  if (input.email !== undefined && draft.currentPassword !== '') input.currentPassword = draft.currentPassword;
  return input;
}

/** True when the form must ask for the current password: the viewer edits their own login email. */
export const asksCurrentPassword = (self: boolean, base: AgentFormValues, draft: AgentFormValues): boolean =>
  self && changesLoginEmail(draft.email, base.email);

/** Checks made before sending, keyed like the API's (`input.name`); `self`: the viewer's own agent. */
export function validateForm(base: AgentFormValues, draft: AgentFormValues, self = false): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of REQUIRED) if (!draft[field].trim()) errors[`input.${field}`] = 'is required';
  if (asksCurrentPassword(self, base, draft) && !draft.currentPassword) errors['input.currentPassword'] = 'is required';
  return errors;
}

/** The form field an error path names (`input.teamIds.2` -> teamIds), if any. */
export function fieldOfPath(path: string): AgentFormField | undefined {
  const name = path.startsWith('input.') ? path.slice('input.'.length).split('.')[0] : '';
  return (FORM_FIELDS as string[]).includes(name) ? (name as AgentFormField) : undefined;
}

/** Errors of a list field's items by index (`input.extraEmails.1` -> 1); the list's own error is not one. */
export function itemErrors(errors: Record<string, string>, field: AgentFormField): Record<number, string> {
  const prefix = `input.${field}.`;
  return Object.fromEntries(
    Object.entries(errors).flatMap(([path, fragment]) =>
      path.startsWith(prefix) && /^\d+$/.test(path.slice(prefix.length)) ? [[Number(path.slice(prefix.length)), fragment]] : [],
    ),
  );
}

/**
 * What an error's path names, for a sentence: the field's label, and for an item of a list which
 * one (the team's or group's name, the address; its position when the name is not known).
 */
export function errorLabel(
  t: TFunction<'agents'>,
  path: string,
  values: AgentFormValues,
  catalogs?: Partial<PageCatalogs>,
): string | undefined {
  const nameIn = (list: readonly { id: string; name: string }[] | undefined, ids: readonly string[]) => (i: number) =>
    list?.find((entry) => entry.id === ids[i])?.name;
  const departmentIds = Object.keys(values.departments);
  const labels = fieldLabels(t);
  const phone = phoneErrorLabel(t, path, labels['input.phones']);
  if (phone) return phone;
  return fieldPathLabel(path, labels, {
    'input.extraEmails': { noun: 'address', nameOf: (i) => values.extraEmails[i] || undefined },
    'input.teamIds': { noun: 'team', nameOf: nameIn(catalogs?.teams, values.teamIds) },
    'input.permissionGroupIds': { noun: 'group', nameOf: nameIn(catalogs?.permissionGroups, values.permissionGroupIds) },
    'input.departments': { noun: 'department', nameOf: nameIn(catalogs?.departments, departmentIds) },
    'input.permissions': {
      noun: 'permission',
      nameOf: (i) => catalogs?.permissionCatalog?.find((p) => p.key === values.permissions[i])?.label,
    },
  });
}

/** Tabs holding at least one of these errors, in tab order. */
export function tabsWithErrors(errors: Record<string, string>): FormTab[] {
  const tabs = new Set(Object.keys(errors).flatMap((path) => (fieldOfPath(path) ? [tabOfField(fieldOfPath(path)!)] : [])));
  return FORM_TABS.filter((tab) => tabs.has(tab));
}

/**
 * The agent changed on the server (Copy settings, Disable, another admin's save seen on a
 * refetch): fields the admin has not touched follow it, edited ones keep the edit.
 */
export function rebase(oldBase: AgentFormValues, newBase: AgentFormValues, draft: AgentFormValues): AgentFormValues {
  const next = { ...draft } as Record<AgentFormField, unknown>;
  for (const field of FORM_FIELDS) {
    if (field !== 'currentPassword' && fieldChanges(field, oldBase, draft) === 0) next[field] = newBase[field];
  }
  return next as AgentFormValues;
}
