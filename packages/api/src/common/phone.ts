import { parsePhone } from '@roster/shared';
import type { FieldCheck } from './errors';

/**
 * The one phone rule, for agents' phones and CRM users' phone (issue 24): a number in
 * international form, or national form with a country, stored in E.164 (shared/phone.ts).
 */

/** Digits of a phone number with a leading + kept: what duplicate suggestions compare (the E.164 number itself for numbers stored since issue 24). */
export const phoneKey = (phone: string | null): string | null => {
  if (!phone) return null;
  const key = (phone.trim().startsWith('+') ? '+' : '') + phone.replace(/\D/g, '');
  return key.replace('+', '').length ? key : null;
};

/** `raw` as E.164, or undefined with a field error on `field`. */
export function checkPhone(fc: FieldCheck, field: string, raw: string, country?: string | null): string | undefined {
  const r = parsePhone(raw, country);
  fc.check(r.ok, field, r.ok ? '' : r.problem);
  return r.ok ? r.e164 : undefined;
}
