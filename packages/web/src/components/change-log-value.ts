import { i18n } from '../i18n';
import { dateFormat, formatDateTime } from '../lib/format';
import { languageName as nameOf, languageOptions, utcOffset } from '../lib/locale-options';

// The one way a change-log value (agent page, CRM user and agent records, user activity) is shown:
// as the record shows it, not as the log stores it ("true", "de", "2027-03-31", "ACTIVE").

/** What an empty value shows. */
export const EMPTY_VALUE = '—';

const ENUM_VALUES = ['ACTIVE', 'DISABLED', 'FULL', 'ASSIGN', 'PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
const isEnumValue = (value: string): value is (typeof ENUM_VALUES)[number] => (ENUM_VALUES as readonly string[]).includes(value);
/** Fields whose values are enums (a user's name or an organization in capitals stays as it is). */
const ENUM_FIELDS = new Set(['status', 'access']);

function languageName(tag: string): string {
  const known = languageOptions().find((o) => o.value === tag);
  if (known) return known.label;
  const name = nameOf(tag);
  return name ? `${name} (${tag})` : tag;
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
  if (key === 'avatar') return i18n.t('common:changeLog.image', { hash: value.slice(0, 8) });
  if (key === 'timezone' && isTimeZone(value)) return `${value} (${utcOffset(value)})`;
  if (value === 'true') return i18n.t('common:yes');
  if (value === 'false') return i18n.t('common:no');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return dateFormat('dateUtc', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return formatDateTime(value);
  if (ENUM_FIELDS.has(key) && isEnumValue(value)) return i18n.t(`common:changeLog.enum.${value}`);
  return jsonList(value) ?? value;
}

/** formatChangeValue with empty as EMPTY_VALUE, for running text. */
export const changeValueText = (field: string, value: string | null | undefined) => formatChangeValue(field, value) ?? EMPTY_VALUE;
