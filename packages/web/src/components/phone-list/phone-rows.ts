// Rows of the phone list control as plain data: from the API's phones, back to AgentPhoneInput,
// and the country list the picker shows. Numbers are parsed and formatted by the same functions
// the API uses (shared/phone.ts, libphonenumber-js).
import { callingCodeOf, PHONE_COUNTRIES, PHONE_LABELS, splitPhone, type PhoneLabel } from '@roster/shared';
import { currentLocale } from '../../i18n';

export interface PhoneRow {
  /** Stable React key of the row (not sent). */
  key: string;
  label: PhoneLabel;
  /** ISO 3166 region whose calling code the number uses; '' when unknown (a number kept by the migration). */
  country: string;
  /** As typed: national (07911 123456) or international (+44 ...). */
  number: string;
}

export { PHONE_LABELS };

let nextKey = 0;
export const newRowKey = () => `phone-${++nextKey}`;

/** The region of the browser's language (en-GB: GB), else US: the first row's default. */
export function defaultCountry(language = typeof navigator === 'undefined' ? 'en-US' : navigator.language): string {
  const region = language.split('-')[1]?.toUpperCase();
  return region && (PHONE_COUNTRIES as string[]).includes(region) ? region : 'US';
}

/** The API's phones as rows; a number the API could not check keeps its text and has no country. */
export function toPhoneRows(phones: readonly { label: string; number: string; country?: string | null; isValid?: boolean }[]): PhoneRow[] {
  return phones.map((p) => {
    const split = p.isValid === false ? { country: null, national: p.number } : splitPhone(p.number);
    return { key: newRowKey(), label: p.label as PhoneLabel, country: p.country ?? split.country ?? '', number: split.national };
  });
}

/** Rows as the API's input; rows left blank are dropped. */
export const toPhoneInput = (rows: readonly PhoneRow[]) =>
  rows.filter((r) => r.number.trim() !== '').map((r) => ({ label: r.label, country: r.country || null, number: r.number.trim() }));

/** Whether two lists would save the same phones. */
export const samePhones = (a: readonly PhoneRow[], b: readonly PhoneRow[]) =>
  JSON.stringify(toPhoneInput(a)) === JSON.stringify(toPhoneInput(b));

export interface CountryOption {
  code: string;
  /** "United Kingdom +44" */
  text: string;
}

const countryOptions = new Map<string, CountryOption[]>();
/** Every region with its calling code, by its name in `locale` (typing a name in the picker jumps to it). */
export function phoneCountryOptions(locale: string = currentLocale()): CountryOption[] {
  const cached = countryOptions.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const options = PHONE_COUNTRIES.map((code) => ({ code, text: `${names.of(code) ?? code} ${callingCodeOf(code)}` })).sort((a, b) =>
    a.text.localeCompare(b.text, locale),
  );
  countryOptions.set(locale, options);
  return options;
}

/** Field errors of the rows, by row and field, from API paths under `prefix` (`input.phones.2.number`). */
export function phoneRowErrors(
  errors: Record<string, string>,
  prefix: string,
): Record<number, Partial<Record<'label' | 'country' | 'number', string>>> {
  const out: Record<number, Partial<Record<'label' | 'country' | 'number', string>>> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = path.startsWith(`${prefix}.`) ? /^(\d+)\.(label|country|number)$/.exec(path.slice(prefix.length + 1)) : null;
    if (m) (out[Number(m[1])] ??= {})[m[2] as 'label' | 'country' | 'number'] = message;
  }
  return out;
}
