import { mailLanguage, type MailT } from './mail.i18n';

// Email templates: pure functions, so they are tested without a database or SMTP server.
// Every interpolated value goes through esc() in the HTML part: names and emails are typed
// by admins (or by invitees) and must never become markup. Texts come from locales/<language>.ts,
// in the recipient's language (`language`: their agent language tag; absent: English).

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The recipient's language tag (an agent's `language`): German for de and de-*, English otherwise. */
export interface InLanguage {
  language?: string | null;
}

export interface WelcomeEmailInput extends InLanguage {
  agentName: string;
  /** The login email address. */
  email: string;
  /** Null when the admin chose the password (it is not repeated in email). */
  temporaryPassword: string | null;
  signInUrl: string;
  mustChangePassword: boolean;
  /** When the temporary password stops working (it must be changed before). */
  temporaryPasswordExpiresAt?: Date | null;
  /** Imported agents have no password yet: a single-use link to choose one, and when it expires. */
  setPassword?: { url: string; expiresAt: Date };
}

export interface InvitationEmailInput extends InLanguage {
  inviteeName: string | null;
  inviterName: string;
  acceptUrl: string;
  expiresAt: Date;
  isAdmin: boolean;
  /** Names of the teams and permission groups the invitee will join (those that still exist). */
  teams: readonly string[];
  groups: readonly string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// Subjects are header values: drop line breaks so a name can never inject a header.
export const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

// toLocaleString costs ~0.1 ms: an import's thousands of emails share one expiry, formatted once.
let lastExpiry: { time: number; t: MailT; text: string } | null = null;

/** "Monday, 1 December 2025, 14:00 UTC" ("Montag, 1. Dezember 2025, 14:00 UTC"): unambiguous in any time zone. */
export function formatExpiry(d: Date, t: MailT = english): string {
  if (lastExpiry?.time === d.getTime() && lastExpiry.t === t) return lastExpiry.text;
  const text = formatExpiryUncached(d, t);
  lastExpiry = { time: d.getTime(), t, text };
  return text;
}

const english = mailLanguage('en').t;

function formatExpiryUncached(d: Date, t: MailT): string {
  const s = d.toLocaleString(t('common.locale'), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return `${s.replace(t('common.dateTimeJoin'), ', ')} UTC`;
}

export function layout(title: string, bodyHtml: string, t: MailT = english): string {
  return [
    '<!doctype html>',
    `<html lang="${esc(t('common.locale'))}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${esc(title)}</title></head>`,
    '<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:560px;margin:0 auto;padding:24px">',
    bodyHtml,
    `<p style="color:#777;font-size:12px;margin-top:32px">${esc(t('common.footer'))}</p>`,
    '</body></html>',
  ].join('\n');
}

export const button = (url: string, label: string, t: MailT = english): string =>
  `<p><a href="${esc(url)}" style="display:inline-block;background:#1f4e79;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${esc(label)}</a></p>` +
  `<p style="font-size:13px;color:#555">${esc(t('common.orPaste'))} <a href="${esc(url)}">${esc(url)}</a></p>`;

/** "Hello Pat," (or "Hello," without a name), as text; esc() it for HTML. */
export const hello = (t: MailT, name: string | null): string => (name ? t('common.hello', { name }) : t('common.helloNoName'));

export function welcomeEmail(input: WelcomeEmailInput): RenderedEmail {
  const { agentName, email, temporaryPassword, signInUrl, mustChangePassword, setPassword, temporaryPasswordExpiresAt } = input;
  const { t } = mailLanguage(input.language);
  const tempExpiry =
    temporaryPassword && temporaryPasswordExpiresAt ? t('welcome.worksUntil', { date: formatExpiry(temporaryPasswordExpiresAt, t) }) : '';
  const subject = oneLine(t('welcome.subject'));
  const changeNote = setPassword
    ? t('welcome.setPassword', { date: formatExpiry(setPassword.expiresAt, t), url: setPassword.url })
    : mustChangePassword
      ? t('welcome.mustChange')
      : null;
  const rows: Array<[string, string]> = [[t('welcome.loginEmail'), email]];
  if (temporaryPassword) rows.push([t('welcome.temporaryPassword'), temporaryPassword + tempExpiry]);

  const text = [
    hello(t, agentName),
    '',
    t('welcome.created'),
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    t('common.signInLine', { url: signInUrl }),
    '',
    ...(changeNote ? [changeNote, ''] : []),
    ...(temporaryPassword ? [t('welcome.keepPrivate'), ''] : []),
    t('welcome.guide'),
    '',
    t('welcome.welcomeAboard'),
  ].join('\n');

  const table = rows
    .map(
      ([k, v]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#555">${esc(k)}</td><td style="padding:4px 0;font-family:monospace">${esc(v)}</td></tr>`,
    )
    .join('');
  const html = layout(
    subject,
    [
      `<p>${esc(hello(t, agentName))}</p>`,
      `<p>${esc(t('welcome.created'))}</p>`,
      `<table style="border-collapse:collapse;margin:12px 0">${table}</table>`,
      setPassword ? button(setPassword.url, t('welcome.choosePasswordButton'), t) : button(signInUrl, t('common.signInButton'), t),
      changeNote ? `<p><strong>${esc(changeNote)}</strong></p>` : '',
      temporaryPassword ? `<p>${esc(t('welcome.keepPrivate'))}</p>` : '',
      `<p>${t('welcome.guideHtml')}</p>`,
      `<p>${esc(t('welcome.welcomeAboard'))}</p>`,
    ]
      .filter(Boolean)
      .join('\n'),
    t,
  );

  return { subject, text, html };
}

/** The per-recipient fields of a welcome email rendered from a template (see welcomeEmailTemplate). */
export interface WelcomeEmailFields {
  agentName: string;
  email: string;
  setPasswordUrl: string;
}

// Markers (a private-use character) that esc() leaves alone. Fields are filled in after the template
// is split at them, so a name that contains one is still inserted as it is.
const FIELD_MARK = { agentName: '\uE000N\uE000', email: '\uE000E\uE000', setPasswordUrl: '\uE000U\uE000' } as const;
const FIELD_SPLIT = /\uE000([NEU])\uE000/;
const FIELD_OF = { N: 'agentName', E: 'email', U: 'setPasswordUrl' } as const;

type Piece = string | keyof WelcomeEmailFields;
const pieces = (rendered: string): Piece[] => rendered.split(FIELD_SPLIT).map((p, i) => (i % 2 ? FIELD_OF[p as keyof typeof FIELD_OF] : p));

function fill(parts: readonly Piece[], fields: WelcomeEmailFields, escape: boolean): string {
  const out = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    out[i] = i % 2 ? (escape ? esc(fields[part as keyof WelcomeEmailFields]) : fields[part as keyof WelcomeEmailFields]) : part;
  }
  // join gives one flat string (`+=` would build a rope that is copied again when it is written).
  return out.join('');
}

/**
 * welcomeEmail for many recipients who share everything but their name, address and
 * set-password link (an import): rendered once, then filled in per recipient with the same
 * escaping, so each email is exactly what welcomeEmail would give.
 */
export function welcomeEmailTemplate(shared: {
  signInUrl: string;
  expiresAt: Date;
}): (fields: WelcomeEmailFields, language?: string | null) => RenderedEmail {
  const byLanguage = new Map<MailT, { subject: string; text: Piece[]; html: Piece[] }>();
  const render = (language: string | null | undefined) => {
    const { t } = mailLanguage(language);
    let template = byLanguage.get(t);
    if (!template) {
      const rendered = welcomeEmail({
        agentName: FIELD_MARK.agentName,
        email: FIELD_MARK.email,
        temporaryPassword: null,
        signInUrl: shared.signInUrl,
        mustChangePassword: false,
        setPassword: { url: FIELD_MARK.setPasswordUrl, expiresAt: shared.expiresAt },
        language,
      });
      template = { subject: rendered.subject, text: pieces(rendered.text), html: pieces(rendered.html) };
      byLanguage.set(t, template);
    }
    return template;
  };
  return (fields, language) => {
    const { subject, text, html } = render(language);
    return { subject, text: fill(text, fields, false), html: fill(html, fields, true) };
  };
}

/** "You were invited as an administrator, in teams Billing, Support, with the permission group Tier 2." */
export function invitedAsSentence(
  { isAdmin, teams, groups }: Pick<InvitationEmailInput, 'isAdmin' | 'teams' | 'groups'>,
  t: MailT = english,
): string {
  const parts: string[] = [isAdmin ? t('invitation.asAdmin') : t('invitation.asAgent')];
  if (teams.length) parts.push(t('invitation.teams', { count: teams.length, names: teams.join(', ') }));
  if (groups.length) parts.push(t('invitation.groups', { count: groups.length, names: groups.join(', ') }));
  return `${parts.join(', ')}.`;
}

export function invitationEmail(input: InvitationEmailInput): RenderedEmail {
  const { inviteeName, inviterName, acceptUrl, expiresAt } = input;
  const { t } = mailLanguage(input.language);
  const subject = oneLine(t('invitation.subject', { inviter: inviterName }));
  const expires = t('invitation.expires', { date: formatExpiry(expiresAt, t) });
  const lines = {
    greeting: hello(t, inviteeName),
    intro: t('invitation.intro', { inviter: inviterName }),
    invitedAs: invitedAsSentence(input, t),
  };

  const text = [
    lines.greeting,
    '',
    lines.intro,
    lines.invitedAs,
    '',
    t('invitation.accept', { url: acceptUrl }),
    '',
    expires,
    t('invitation.ifExpired'),
  ].join('\n');

  const html = layout(
    subject,
    [
      `<p>${esc(lines.greeting)}</p>`,
      `<p>${esc(lines.intro)}</p>`,
      `<p>${esc(lines.invitedAs)}</p>`,
      button(acceptUrl, t('invitation.acceptButton'), t),
      `<p>${esc(expires)}</p>`,
      `<p>${esc(t('invitation.ifExpired'))}</p>`,
    ].join('\n'),
    t,
  );

  return { subject, text, html };
}

export interface LoginEmailChangedInput extends InLanguage {
  agentName: string;
  /** The new login, masked (maskEmail). */
  maskedNewEmail: string;
  /** Who changed it when not the agent (an administrator's name); null: the agent. */
  changedBy: string | null;
  signInUrl: string;
}

/** `pat.new@example.com` → `p***@e***.com`: enough to recognise one's own address, not to learn another's. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}

/** Sent to the OLD address when an agent's login email changes. */
export function loginEmailChangedEmail(input: LoginEmailChangedInput): RenderedEmail {
  const { agentName, maskedNewEmail, changedBy, signInUrl } = input;
  const { t } = mailLanguage(input.language);
  const subject = t('loginEmailChanged.subject');
  const changed = changedBy
    ? t('loginEmailChanged.changedByAdmin', { admin: changedBy, masked: maskedNewEmail })
    : t('loginEmailChanged.changedBySelf', { masked: maskedNewEmail });
  const ifNot = changedBy ? t('loginEmailChanged.ifNotAdmin') : t('loginEmailChanged.ifNotSelf');
  const text = [hello(t, agentName), '', changed, '', ifNot, '', t('common.signInLine', { url: signInUrl })].join('\n');
  const html = layout(
    subject,
    [
      `<p>${esc(hello(t, agentName))}</p>`,
      `<p>${esc(changed)}</p>`,
      `<p><strong>${esc(ifNot)}</strong></p>`,
      button(signInUrl, t('common.signInButton'), t),
    ].join('\n'),
    t,
  );
  return { subject, text, html };
}
