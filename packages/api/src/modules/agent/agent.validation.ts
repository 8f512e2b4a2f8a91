import sanitizeHtml from 'sanitize-html';
import { checkEmailAddress, displayNameProblem, NotificationEventDef, NotificationSettingValue } from '@roster/shared';
import { FieldCheck } from '../../common/errors';
import { unknownValues } from '../../common/quote-input';
import type { NotificationSettingInput } from './agent.inputs';

const LANGUAGE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// IANA spelling: capitalised segments (Europe/London, America/Argentina/Buenos_Aires, Etc/GMT+5, UTC).
const IANA_NAME_RE = /^[A-Z][A-Za-z_-]*(\/[A-Za-z0-9][A-Za-z0-9_+-]*)*$/;

// Intl.supportedValuesOf('timeZone') lists ICU's older canonical names (Asia/Calcutta, Europe/Kiev),
// not today's IANA ones (Asia/Kolkata, Europe/Kyiv); asking Intl to use the zone accepts both.
export function isValidTimezone(tz: string): boolean {
  if (!IANA_NAME_RE.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const isValidLanguage = (lang: string) => LANGUAGE_RE.test(lang);

// Signatures are shown inside emails and the agent UI: a small formatting allowlist, no scripts,
// no styles, links only to web and mail addresses. Images only over https (an http image leaks
// who reads the email to the network and mixes content), and none of tracking-pixel size (a
// width or height of 0 or 1): a signature must not report who opened a message.
/** What a stored signature may take: MySQL's TEXT holds 65,535 bytes, and sanitising can grow the HTML (& becomes &amp;). */
export const SIGNATURE_MAX_BYTES = 60_000;

const isPixelSize = (v: string | undefined) => v !== undefined && /^\s*[01](\.0*)?\s*(px)?\s*$/i.test(v);

export function sanitizeSignature(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null;
  const clean = sanitizeHtml(html, {
    allowedTags: ['a', 'b', 'strong', 'i', 'em', 'u', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li', 'img', 'small', 'blockquote', 'hr'],
    allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['https'] },
    exclusiveFilter: (frame) =>
      frame.tag === 'img' && (!frame.attribs.src || [frame.attribs.width, frame.attribs.height].some(isPixelSize)),
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  }).trim();
  return clean === '' ? null : clean;
}

/** Text fields: trimmed, empty becomes null. */
export const optionalText = (v: string | undefined | null): string | null | undefined =>
  v === undefined ? undefined : v === null ? null : v.trim() === '' ? null : v.trim();

export function checkEmail(fc: FieldCheck, field: string, email: string | null | undefined): string | undefined {
  if (email === undefined) return undefined;
  if (email === null) {
    fc.check(false, field, 'is required');
    return undefined;
  }
  const r = checkEmailAddress(email);
  fc.check(r.ok, field, r.ok ? '' : r.problem);
  return r.ok ? r.email : email;
}

/** A name or alias other people see: trimmed; invisible and text-direction characters are a field error. */
export function checkDisplayName(fc: FieldCheck, field: string, name: string): string {
  const problem = displayNameProblem(name);
  fc.check(!problem, field, problem ?? '');
  return name.trim();
}

/** checkDisplayName for a single optional field. */
export function assertDisplayName(field: string, name: string | null | undefined): void {
  if (!name) return;
  const fc = new FieldCheck();
  checkDisplayName(fc, field, name);
  fc.throwIfAny();
}

/** Overlays submitted switches on the current settings; unknown events are a field error. */
export function mergeNotificationInput(
  fc: FieldCheck,
  field: string,
  catalog: readonly NotificationEventDef[],
  current: NotificationSettingValue[],
  input: readonly NotificationSettingInput[] | null | undefined,
): NotificationSettingValue[] | null | undefined {
  if (input === undefined) return undefined;
  // null resets to the defaults (stored as null: the catalogue's defaults apply on read)
  if (input === null) return null;
  const known = new Set(catalog.map((d) => d.event));
  const byEvent = new Map(current.map((s) => [s.event, { ...s }]));
  const unknown = input.filter((s) => !s || !known.has(s.event)).map((s) => s?.event);
  fc.check(!unknown.length, field, unknownValues('event', unknown));
  for (const s of input) {
    if (!s || !known.has(s.event)) continue;
    if (!fc.check(typeof s.email === 'boolean' && typeof s.browser === 'boolean', field, 'email and browser must be true or false'))
      continue;
    byEvent.set(s.event, { event: s.event, email: s.email, browser: s.browser });
  }
  return catalog.map((d) => byEvent.get(d.event) ?? { event: d.event, email: d.email, browser: d.browser });
}
