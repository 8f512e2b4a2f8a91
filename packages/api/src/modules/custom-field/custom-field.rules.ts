import { UserCustomFieldType as T, type UserCustomField } from './custom-field.entity';

// Pure rules of custom fields: limits and the canonical text of each type's values.

export const CUSTOM_FIELD_LIMITS = {
  /** Definitions in all. */
  fields: 100,
  /** The change log's field column is 100 characters: `custom:` + the name fits. */
  name: 80,
  description: 500,
  options: 200,
  option: 200,
  text: 2000,
  /** Values set in one updateUser. */
  values: 100,
} as const;

/** The change-log field of a custom field's value. */
export const logField = (name: string) => `custom:${name}`;

/** Folded name: what must be unique (case and compatibility forms ignored). */
export const nameKey = (name: string) => name.normalize('NFKC').toLowerCase();

const NUMBER_RE = /^([+-])?(\d{1,15})(?:\.(\d{1,6}))?$/;

/** "+007.50" -> "7.5", "-0" -> "0"; null when not a number with at most 15 + 6 digits. */
export function canonicalNumber(raw: string): string | null {
  const m = NUMBER_RE.exec(raw.replace(/^([+-]?)\./, '$10.').replace(/\.$/, ''));
  if (!m) return null;
  const whole = m[2].replace(/^0+(?=\d)/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return m[1] === '-' && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/** YYYY-MM-DD of a real calendar day (years 1000-9999), else null. */
export function canonicalDate(raw: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m || +m[1] < 1000) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? raw : null;
}

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

export type NormalisedValue = { value: string | null } | { problem: string };

/** The canonical text of a raw value for `field`; null or blank clears the value. */
export function normaliseValue(field: Pick<UserCustomField, 'type' | 'options'>, raw: string | null | undefined): NormalisedValue {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: null };
  const v = raw.trim();
  switch (field.type) {
    case T.TEXT:
      return v.length <= CUSTOM_FIELD_LIMITS.text ? { value: v } : { problem: `must be at most ${CUSTOM_FIELD_LIMITS.text} characters` };
    case T.NUMBER: {
      const n = canonicalNumber(v);
      return n !== null ? { value: n } : { problem: 'must be a number such as 42 or -3.75 (at most 15 digits before the point, 6 after)' };
    }
    case T.DATE: {
      const d = canonicalDate(v);
      return d !== null ? { value: d } : { problem: 'must be a date as YYYY-MM-DD' };
    }
    case T.CHECKBOX: {
      const b = v.toLowerCase();
      return TRUE.has(b) ? { value: 'true' } : FALSE.has(b) ? { value: 'false' } : { problem: 'must be true or false' };
    }
    case T.DROPDOWN: {
      const option = field.options.find((o) => o === v) ?? field.options.find((o) => o.toLowerCase() === v.toLowerCase());
      return option !== undefined
        ? { value: option }
        : { problem: `must be one of the field's options (${field.options.join(', ')})`.slice(0, 300) };
    }
  }
}
