// Pure checks shared by the API and the SPA so both say the same thing.
import { hasInvisibleChars, INVISIBLE_CHARS_PROBLEM } from './text';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const EMAIL_MAX_LENGTH = 254;

// Pragmatic address check (what helpdesks accept): local@domain.tld, no spaces.
const EMAIL_RE = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]{2,}$/;
// Printable ASCII only: an agent's email is a login, and a Cyrillic "а" or a Greek "ο" would
// make a second account that reads exactly like an existing one. IDN domains use their xn-- form.
const ASCII_RE = /^[\x21-\x7e]*$/;

/** Every problem checkEmailAddress reports: messages that quote the address end with one (the SPA finds it there). */
export const EMAIL_PROBLEMS = {
  tooLong: `must be at most ${EMAIL_MAX_LENGTH} characters`,
  invisible: INVISIBLE_CHARS_PROBLEM,
  invalid: 'is not a valid email address',
  notAscii: 'must use ASCII letters, digits and symbols only (write IDN domains as xn--...)',
} as const;

export type EmailCheck = { ok: true; email: string } | { ok: false; problem: string };

/**
 * The one way an email enters Roster (agent forms, invitations, sign-in, the first admin, the
 * SPA): capped at 254 characters before anything else, trimmed, NFKC-normalised (full-width
 * letters become ASCII), lower-cased; invisible, control and text-direction characters and
 * anything outside printable ASCII are refused rather than stripped, so two spellings of one
 * address never pass as different strings.
 */
export function checkEmailAddress(raw: string): EmailCheck {
  if (raw.length > EMAIL_MAX_LENGTH) return { ok: false, problem: EMAIL_PROBLEMS.tooLong };
  const trimmed = raw.trim();
  if (hasInvisibleChars(trimmed)) return { ok: false, problem: EMAIL_PROBLEMS.invisible };
  const email = trimmed.normalize('NFKC').trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_RE.test(email)) return { ok: false, problem: EMAIL_PROBLEMS.invalid };
  if (!ASCII_RE.test(email)) return { ok: false, problem: EMAIL_PROBLEMS.notAscii };
  return { ok: true, email };
}

/** The canonical form of an acceptable email, or null. */
export function normalizeEmail(raw: string): string | null {
  const r = checkEmailAddress(raw);
  return r.ok ? r.email : null;
}

export const isValidEmail = (raw: string): boolean => checkEmailAddress(raw).ok;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

/**
 * An id as the API takes it (its `parseId`): a positive whole number of at most 15 digits, given as
 * a number or digits; null otherwise. The SPA uses it to tell an address that cannot name a record.
 */
export function idNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
