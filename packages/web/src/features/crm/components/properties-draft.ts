import type { UpdateUserInput, UserCustomFieldFieldsFragment } from '../../../gql/graphql';
import { currentLocale, i18n } from '../../../i18n';

// The Properties editor's draft: every control's text by key (timezone, language, cf:<field id>),
// what a save sends (only what changed) and where the API's field errors belong.

export type CustomFieldDef = Pick<UserCustomFieldFieldsFragment, 'id' | 'name' | 'type' | 'description' | 'options' | 'enabled'>;

export interface PropertiesValues {
  timezone?: string | null;
  language?: string | null;
  customFields: readonly { field: { id: string }; value: string }[];
}

export type Draft = Record<string, string>;

export const cfKey = (fieldId: string) => `cf:${fieldId}`;

/** A checkbox without a value reads as unchecked: saving it unchanged sends nothing. */
const shown = (def: CustomFieldDef, value: string | undefined) => value ?? (def.type === 'CHECKBOX' ? 'false' : '');

/** A control's text; fields whose definitions arrived after editing began read as empty. */
export const draftValue = (draft: Draft, def: CustomFieldDef) => shown(def, draft[cfKey(def.id)]);

export function initialDraft(values: PropertiesValues, fields: readonly CustomFieldDef[]): Draft {
  const draft: Draft = { timezone: values.timezone ?? '', language: values.language ?? '' };
  const byId = new Map(values.customFields.map((v) => [v.field.id, v.value]));
  for (const f of fields) draft[cfKey(f.id)] = shown(f, byId.get(f.id));
  return draft;
}

/** The update input of what changed, and the draft key of each customFields item (for its errors). */
export function changedInput(before: Draft, draft: Draft, fields: readonly CustomFieldDef[]): { input: UpdateUserInput; keys: string[] } {
  const input: UpdateUserInput = {};
  const orNull = (v: string) => (v.trim() ? v : null);
  if (draft.timezone !== before.timezone) input.timezone = orNull(draft.timezone);
  if (draft.language !== before.language) input.language = orNull(draft.language);
  const keys: string[] = [];
  const customFields: NonNullable<UpdateUserInput['customFields']> = [];
  for (const f of fields) {
    const value = draftValue(draft, f);
    if (value === draftValue(before, f)) continue;
    keys.push(cfKey(f.id));
    customFields.push({ fieldId: f.id, value: orNull(value) });
  }
  if (customFields.length) input.customFields = customFields;
  return { input, keys };
}

/** API field errors by draft key (`input.customFields.2.value` -> the key of the third item sent); the rest unmatched. */
export function draftErrors(
  fields: Record<string, string>,
  keys: readonly string[],
): { byKey: Record<string, string>; unmatched: string[] } {
  const byKey: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const custom = /^input\.customFields\.(\d+)\.(value|fieldId)$/.exec(path);
    const key = custom ? keys[Number(custom[1])] : path === 'input.timezone' || path === 'input.language' ? path.slice(6) : undefined;
    if (key) byKey[key] ??= message;
    else unmatched.push(message);
  }
  return { byKey, unmatched };
}

/** Day-month dates in English ("2 Dec 2026"), the SPA's language otherwise. */
const dateLocale = () => (currentLocale() === 'en' ? 'en-GB' : currentLocale());

/** How a stored value reads on the record. */
export function displayValue(def: Pick<CustomFieldDef, 'type'>, value: string): string {
  if (def.type === 'CHECKBOX') return i18n.t(value === 'true' ? 'crm:properties.yes' : 'crm:properties.no');
  if (def.type === 'DATE') {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  return value;
}

/** "2026-12-02T08:15:00+01:00" -> "08:15, Wed 2 Dec": the user's wall clock, whatever the agent's zone. */
export function localClock(localTime: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(localTime);
  if (!m) return localTime;
  const day = new Intl.DateTimeFormat(dateLocale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])),
  );
  return `${m[4]}:${m[5]}, ${day.replace(',', '')}`;
}
