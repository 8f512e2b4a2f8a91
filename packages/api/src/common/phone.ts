/**
 * The one phone rule, for agents' phones and CRM users' phone: digits with the usual separators,
 * an optional leading + or opening bracket ("(555) 123-4567") and extension, at least three digits. (Country codes and E.164 storage are
 * issue 24's work; this keeps text that is not a phone number out.)
 */
const PHONE_RE = /^\+?\(?[0-9][0-9 ()./-]*(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;

/** Digits of a phone number with a leading + kept: what duplicate suggestions compare. */
export const phoneKey = (phone: string | null): string | null => {
  if (!phone) return null;
  const key = (phone.trim().startsWith('+') ? '+' : '') + phone.replace(/\D/g, '');
  return key.replace('+', '').length ? key : null;
};

export const isPhoneNumber = (v: string): boolean => PHONE_RE.test(v) && (phoneKey(v)?.replace('+', '').length ?? 0) >= 3;

export const NOT_A_PHONE = 'is not a phone number';
