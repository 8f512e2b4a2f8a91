import { checkEmailAddress, displayNameProblem } from '@roster/shared';
import { FieldCheck } from '../../common/errors';
import { isValidLanguage, isValidTimezone } from '../agent/agent.validation';
import { checkPhone, phoneKey } from '../../common/phone';
import { normalizeWebsite, NOT_A_WEBSITE } from '../../common/website';

// Field limits of a user record (the GraphQL inputs carry the same @MaxLength).
export const USER_LIMITS = {
  name: 200,
  summary: 10_000,
  phone: 50,
  website: 500,
  im: 200,
  twitter: 50,
  linkedin: 500,
  facebook: 500,
  address: 1000,
  timezone: 64,
  language: 16,
  note: 10_000,
  emails: 20,
  usergroups: 200,
  files: 100,
} as const;

/** Trimmed text; empty (or only spaces) is null; undefined stays undefined (not given). */
export const cleanText = (v: string | null | undefined): string | null | undefined =>
  v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();

/** A user's name: required, trimmed, no invisible or text-direction characters, at most 200. */
export function checkUserName(fc: FieldCheck, field: string, raw: string | null | undefined): string {
  const name = (raw ?? '').trim();
  if (!fc.check(name.length > 0, field, 'must not be empty')) return name;
  if (!fc.check(name.length <= USER_LIMITS.name, field, `must be at most ${USER_LIMITS.name} characters`)) return name;
  const problem = displayNameProblem(name);
  fc.check(!problem, field, problem ?? '');
  return name;
}

/** A normalised address (lower-case), or undefined with the problem recorded in `fc`. */
export function checkUserEmail(fc: FieldCheck, field: string, raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') {
    fc.check(false, field, 'is required');
    return undefined;
  }
  const r = checkEmailAddress(raw);
  if (!r.ok) {
    fc.check(false, field, r.problem);
    return undefined;
  }
  return r.email;
}

export const emailDomain = (address: string) => address.slice(address.lastIndexOf('@') + 1);

export { phoneKey };
const TWITTER_RE = /^[A-Za-z0-9_]{1,15}$/;

/** A web address as stored (https:// added when missing), with its parsed URL; null when it is not one. */
function webAddress(v: string): { stored: string; url: URL } | null {
  const stored = normalizeWebsite(v);
  return stored ? { stored, url: new URL(stored) } : null;
}

const onHost = (u: URL, hosts: string[]) => hosts.some((h) => u.hostname === h || u.hostname.endsWith(`.${h}`));

/** Accepts "@name", "name" and profile URLs on twitter.com / x.com; stores the bare handle. */
export function twitterHandle(v: string): string | null {
  let handle = v.trim();
  const u = /^https?:\/\//i.test(handle) ? (webAddress(handle)?.url ?? null) : null;
  if (u) {
    if (!onHost(u, ['twitter.com', 'x.com'])) return null;
    handle = u.pathname.split('/').filter(Boolean)[0] ?? '';
  }
  handle = handle.replace(/^@/, '');
  return TWITTER_RE.test(handle) ? handle : null;
}

/** Contact information and properties: optional text fields of a user, validated by checkContact. */
export const CONTACT_FIELDS = [
  'summary',
  'phone',
  'website',
  'im',
  'twitter',
  'linkedin',
  'facebook',
  'address',
  'timezone',
  'language',
] as const;

export interface ContactFields {
  phone?: string | null;
  website?: string | null;
  im?: string | null;
  twitter?: string | null;
  linkedin?: string | null;
  facebook?: string | null;
  address?: string | null;
  summary?: string | null;
  timezone?: string | null;
  language?: string | null;
}

/** Profile URLs must be on their network's hosts; a website may be anywhere. */
const URL_HOSTS: Record<'website' | 'linkedin' | 'facebook', string[] | null> = {
  website: null,
  linkedin: ['linkedin.com'],
  facebook: ['facebook.com', 'fb.com'],
};
const URL_PROBLEMS = {
  website: NOT_A_WEBSITE,
  linkedin: 'must be a LinkedIn profile URL (https://www.linkedin.com/in/...)',
  facebook: 'must be a Facebook profile URL (https://www.facebook.com/...)',
};

function maxLength(fc: FieldCheck, field: keyof typeof USER_LIMITS, v: string | null | undefined): boolean {
  return !v || fc.check(v.length <= USER_LIMITS[field], field, `must be at most ${USER_LIMITS[field]} characters`);
}

/** Validated contact information and properties; null clears a field. Keys only for given fields. */
export function checkContact(fc: FieldCheck, input: ContactFields): ContactFields {
  const out: ContactFields = {};
  for (const f of CONTACT_FIELDS) {
    const v = cleanText(input[f]);
    if (v === undefined) continue;
    out[f] = v;
    if (v === null || !maxLength(fc, f, v)) continue;
    if (f === 'phone') {
      const e164 = checkPhone(fc, f, v);
      if (e164) out.phone = e164;
    }
    if (f === 'im') fc.check(!/[\r\n]/.test(v), f, 'must be one line');
    if (f === 'twitter') {
      const handle = twitterHandle(v);
      if (fc.check(!!handle, f, 'is not a Twitter handle (letters, digits and _; at most 15)')) out.twitter = handle;
    }
    if (f === 'website' || f === 'linkedin' || f === 'facebook') {
      const address = webAddress(v);
      const hosts = URL_HOSTS[f];
      if (fc.check(!!address && (!hosts || onHost(address.url, hosts)), f, URL_PROBLEMS[f])) {
        out[f] = address!.stored;
        maxLength(fc, f, out[f]);
      }
    }
    if (f === 'timezone') fc.check(isValidTimezone(v), f, 'is not a known time zone (use an IANA name such as Europe/London)');
    if (f === 'language') fc.check(isValidLanguage(v), f, 'is not a language tag such as en or pt-BR');
  }
  return out;
}

/** The current time in `timezone` as local ISO text with its offset (2026-12-02T08:15:00+01:00). */
export function localTimeIn(timezone: string | null, now: Date): string | null {
  if (!timezone || !isValidTimezone(timezone)) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offsetMin = Math.round((local - Math.floor(now.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
