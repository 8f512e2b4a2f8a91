// Phone numbers (issue 24): validated and stored in E.164 with libphonenumber-js, shown in its
// international format. The API and the SPA use these same functions, so both say the same thing.
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** What an agent's phone is for; the legacy single fields map to SMS (phone), LANDLINE and MOBILE. */
export const PHONE_LABELS = ['MOBILE', 'LANDLINE', 'SMS', 'WORK', 'OTHER'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

/** Phones one agent may have. */
export const MAX_PHONES = 10;
/** Longest number text accepted before parsing (E.164 is at most 16 characters; extensions and spaces add some). */
export const PHONE_INPUT_MAX_LENGTH = 50;

export const PHONE_PROBLEMS = {
  invalid: 'is not a valid phone number for the country chosen (or write it in international form: +44 20 7946 0958)',
  noCountry: 'needs a country calling code: pick a country or start the number with +',
  unknownCountry: 'is not a country code Roster knows (ISO 3166, such as GB)',
  tooLong: `must be at most ${PHONE_INPUT_MAX_LENGTH} characters`,
} as const;

/** One stored phone: the number in E.164; `valid: false` only on text a migration could not read (kept, never created anew). */
export interface StoredPhone {
  label: PhoneLabel;
  number: string;
  valid?: false;
}

/** Every region libphonenumber-js knows (about 245), ISO 3166 alpha-2. */
export const PHONE_COUNTRIES: readonly string[] = getCountries();

export const isPhoneCountry = (c: string): c is CountryCode => (PHONE_COUNTRIES as string[]).includes(c);

/** "+44" for GB. */
export const callingCodeOf = (country: string): string => (isPhoneCountry(country) ? `+${getCountryCallingCode(country)}` : '');

export type PhoneParse = { ok: true; e164: string } | { ok: false; problem: string };

/**
 * The one way a phone number enters Roster: `raw` in international form (+44 ...; 00 ... also reads
 * as international when a country is given) or national form with `country`, to E.164.
 */
export function parsePhone(raw: string, country?: string | null): PhoneParse {
  const text = raw.trim();
  if (text.length > PHONE_INPUT_MAX_LENGTH) return { ok: false, problem: PHONE_PROBLEMS.tooLong };
  if (country && !isPhoneCountry(country)) return { ok: false, problem: PHONE_PROBLEMS.unknownCountry };
  if (!country && !text.startsWith('+')) return { ok: false, problem: PHONE_PROBLEMS.noCountry };
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country as CountryCode } : undefined);
  return parsed?.isValid() ? { ok: true, e164: parsed.number } : { ok: false, problem: PHONE_PROBLEMS.invalid };
}

/** A stored number as people read it (+44 20 7946 0958); text that is not E.164 comes back as it is. */
export function formatPhone(stored: string): string {
  const parsed = stored.startsWith('+') ? parsePhoneNumberFromString(stored) : undefined;
  return parsed?.isValid() ? parsed.formatInternational() : stored;
}

/** A stored number split for a form row: its region (the first region of its calling code when unsure) and national number. */
export function splitPhone(stored: string): { country: string | null; national: string } {
  const parsed = stored.startsWith('+') ? parsePhoneNumberFromString(stored) : undefined;
  if (!parsed) return { country: null, national: stored };
  const country = parsed.country ?? PHONE_COUNTRIES.find((c) => getCountryCallingCode(c as CountryCode) === parsed.countryCallingCode);
  return { country: country ?? null, national: parsed.formatNational() };
}
