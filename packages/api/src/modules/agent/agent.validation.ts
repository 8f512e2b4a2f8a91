import sanitizeHtml from 'sanitize-html';
import { EntityManager } from 'typeorm';
import { isValidEmail, normalizeEmail, NotificationEventDef, NotificationSettingValue } from '@roster/shared';
import { badInput, conflict, FieldErrors } from '../../common/errors';
import { unknownValues } from '../../common/quote-input';
import { Agent } from './agent.entity';
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
// no styles, links only to web and mail addresses.
export function sanitizeSignature(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null;
  const clean = sanitizeHtml(html, {
    allowedTags: ['a', 'b', 'strong', 'i', 'em', 'u', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li', 'img', 'small', 'blockquote', 'hr'],
    allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['https', 'http'] },
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  }).trim();
  return clean === '' ? null : clean;
}

/** Text fields: trimmed, empty becomes null. */
export const optionalText = (v: string | undefined | null): string | null | undefined =>
  v === undefined ? undefined : v === null ? null : v.trim() === '' ? null : v.trim();

/** Collects field errors so that one response names every bad field. */
export class FieldCheck {
  readonly errors: FieldErrors = {};
  check(ok: boolean, field: string, message: string): void {
    if (!ok && !this.errors[field]) this.errors[field] = message;
  }
  throwIfAny(): void {
    if (Object.keys(this.errors).length) throw badInput(this.errors);
  }
}

export function checkEmail(fc: FieldCheck, field: string, email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const normalized = normalizeEmail(email);
  fc.check(isValidEmail(normalized), field, 'is not a valid email address');
  return normalized;
}

export async function assertEmailFree(em: EntityManager, email: string, exceptAgentId?: number): Promise<void> {
  const other = await em.findOne(Agent, { where: { email }, select: { id: true } });
  if (other && other.id !== exceptAgentId) {
    throw conflict(`${email} is already used by another agent`, { email: 'is already used by another agent' });
  }
}

/** Overlays submitted switches on the current settings; unknown events are a field error. */
export function mergeNotificationInput(
  fc: FieldCheck,
  field: string,
  catalog: readonly NotificationEventDef[],
  current: NotificationSettingValue[],
  input: NotificationSettingInput[] | undefined,
): NotificationSettingValue[] | undefined {
  if (!input) return undefined;
  const known = new Set(catalog.map((d) => d.event));
  const byEvent = new Map(current.map((s) => [s.event, { ...s }]));
  const unknown = input.filter((s) => !known.has(s.event)).map((s) => s.event);
  fc.check(!unknown.length, field, unknownValues('event', unknown));
  for (const s of input) {
    if (known.has(s.event)) byEvent.set(s.event, { event: s.event, email: s.email, browser: s.browser });
  }
  return catalog.map((d) => byEvent.get(d.event) ?? { event: d.event, email: d.email, browser: d.browser });
}
