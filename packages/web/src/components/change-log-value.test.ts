import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../lib/format';
import { changeValueText, EMPTY_VALUE, formatChangeValue } from './change-log-value';

const mediumDate = (y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));

// [what it shows, field, stored value, shown value]
const CASES: [string, string, string | null, string | null][] = [
  ['a boolean as Yes', 'mustChangePassword', 'true', 'Yes'],
  ['a boolean as No', 'isAutoResponder', 'false', 'No'],
  ['no value as empty', 'mustChangePassword', null, null],
  ['an empty text as empty', 'summary', '', null],
  ['a language by name', 'language', 'de', 'German (de)'],
  ['a CRM language by name', 'crm.language', 'pt-BR', 'Brazilian Portuguese (pt-BR)'],
  ['a rarer language by name', 'language', 'haw', 'Hawaiian (haw)'],
  ['UTC with its offset', 'timezone', 'UTC', 'UTC (UTC+00:00)'],
  ['a time zone with its offset', 'timezone', 'Asia/Kolkata', 'Asia/Kolkata (UTC+05:30)'],
  ['an unknown time zone as stored', 'timezone', 'Not/AZone', 'Not/AZone'],
  ['a date like the rest of the app, whatever the browser zone', 'custom:Renewal', '2027-03-31', mediumDate(2027, 3, 31)],
  ['a timestamp like the rest of the app', 'resent', '2026-01-08T09:00:00.000Z', formatDateTime('2026-01-08T09:00:00.000Z')],
  ['a status in words', 'status', 'DISABLED', 'Disabled'],
  ['an access level in words', 'access', 'FULL', 'Full'],
  ['an enum-like word of another field as it is', 'name', 'FULL', 'FULL'],
  ['a name as it is', 'name', 'Truett', 'Truett'],
  ['a phone as it is', 'phone', '+1 555 0100', '+1 555 0100'],
  ['a JSON list as a list', 'tags', '["a","b"]', 'a, b'],
  ['text that is not JSON as it is', 'summary', '[not json', '[not json'],
];

describe('formatChangeValue', () => {
  it.each(CASES)('shows %s', (_what, field, stored, shown) => {
    expect(formatChangeValue(field, stored)).toBe(shown);
  });

  it('writes no value as the empty mark in sentences', () => {
    expect(changeValueText('mustChangePassword', null)).toBe(EMPTY_VALUE);
  });
});
