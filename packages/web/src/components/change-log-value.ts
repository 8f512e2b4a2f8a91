import { formatDateTime } from '../lib/format';
import { languageOptions, utcOffset } from '../lib/locale-options';

// The one way a change-log value (agent page, CRM user and agent records, user activity) is shown:
// as the record shows it, not as the log stores it ("true", "de", "2027-03-31", "ACTIVE").

/** What an empty value shows. */
export const EMPTY_VALUE = '—';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const ENUM_WORDS: Record<string, string> = {
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
  FULL: 'Full',
  ASSIGN: 'Assign',
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};
/** Fields whose values are enums (a user's name or an organization in capitals stays as it is). */
const ENUM_FIELDS = new Set(['status', 'access']);

let languageNames: Map<string, string> | undefined;
function languageName(tag: string): string {
  languageNames ??= new Map(languageOptions().map((o) => [o.value, o.label]));
  const known = languageNames.get(tag);
  if (known) return known;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

function jsonList(value: string): string | undefined {
  if (!value.startsWith('[')) return undefined;
  try {
    const list: unknown = JSON.parse(value);
    if (Array.isArray(list) && list.every((v) => typeof v === 'string' || typeof v === 'number')) return list.join(', ');
  } catch {
    /* not a list */
  }
  return undefined;
}

/**
 * A logged value as people read it; null when empty (shown as EMPTY_VALUE). `field` is the log's
 * key: `language`, `timezone`, `crm.language` (an agent's CRM record) and `custom:<name>` alike.
 */
export function formatChangeValue(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const key = field.replace(/^crm\./, '');
  if (key === 'language') return languageName(value);
  // The image's hash: enough to tell one image from the next.
  if (key === 'avatar') return `Image ${value.slice(0, 8)}`;
  if (key === 'timezone' && isTimeZone(value)) return `${value} (${utcOffset(value)})`;
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return DATE.format(new Date(`${value}T00:00:00Z`));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return formatDateTime(value);
  if (ENUM_FIELDS.has(key) && ENUM_WORDS[value]) return ENUM_WORDS[value];
  return jsonList(value) ?? value;
}

/** formatChangeValue with empty as EMPTY_VALUE, for running text. */
export const changeValueText = (field: string, value: string | null | undefined) => formatChangeValue(field, value) ?? EMPTY_VALUE;
