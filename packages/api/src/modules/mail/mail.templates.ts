// Email templates: pure functions, so they are tested without a database or SMTP server.
// Every interpolated value goes through esc() in the HTML part: names and emails are typed
// by admins (or by invitees) and must never become markup.

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface WelcomeEmailInput {
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

export interface InvitationEmailInput {
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
let lastExpiry: { time: number; text: string } | null = null;

/** "Monday, 1 December 2025, 14:00 UTC": unambiguous for readers in any locale. */
export function formatExpiry(d: Date): string {
  if (lastExpiry?.time === d.getTime()) return lastExpiry.text;
  const text = formatExpiryUncached(d);
  lastExpiry = { time: d.getTime(), text };
  return text;
}

function formatExpiryUncached(d: Date): string {
  const s = d.toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return `${s.replace(' at ', ', ')} UTC`;
}

export function layout(title: string, bodyHtml: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${esc(title)}</title></head>`,
    '<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:560px;margin:0 auto;padding:24px">',
    bodyHtml,
    '<p style="color:#777;font-size:12px;margin-top:32px">Sent by Roster. If you did not expect this email, you can ignore it.</p>',
    '</body></html>',
  ].join('\n');
}

export const button = (url: string, label: string): string =>
  `<p><a href="${esc(url)}" style="display:inline-block;background:#1f4e79;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${esc(label)}</a></p>` +
  `<p style="font-size:13px;color:#555">Or paste this link into your browser: <a href="${esc(url)}">${esc(url)}</a></p>`;

export function welcomeEmail(input: WelcomeEmailInput): RenderedEmail {
  const { agentName, email, temporaryPassword, signInUrl, mustChangePassword, setPassword, temporaryPasswordExpiresAt } = input;
  const tempExpiry = temporaryPassword && temporaryPasswordExpiresAt ? ` (works until ${formatExpiry(temporaryPasswordExpiresAt)})` : '';
  const subject = oneLine('Your Roster agent account is ready');
  const changeNote = setPassword
    ? `Choose your password with this link (it works once and expires on ${formatExpiry(setPassword.expiresAt)}): ${setPassword.url}`
    : mustChangePassword
      ? 'You will be asked to choose a new password the first time you sign in.'
      : null;

  const text = [
    `Hello ${agentName},`,
    '',
    'An agent account has been created for you in Roster.',
    '',
    `Login email: ${email}`,
    ...(temporaryPassword ? [`Temporary password: ${temporaryPassword}${tempExpiry}`] : []),
    `Sign in: ${signInUrl}`,
    '',
    ...(changeNote ? [changeNote, ''] : []),
    ...(temporaryPassword ? ['Keep this password private and delete this email once you have signed in.', ''] : []),
    'The attached Quick Start Guide (PDF) walks you through signing in, the agent interface,',
    'your Preferences, and how permissions, teams and departments work.',
    '',
    'Welcome aboard!',
  ].join('\n');

  const rows: Array<[string, string]> = [['Login email', email]];
  if (temporaryPassword) rows.push(['Temporary password', temporaryPassword + tempExpiry]);
  const table = rows
    .map(
      ([k, v]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#555">${esc(k)}</td><td style="padding:4px 0;font-family:monospace">${esc(v)}</td></tr>`,
    )
    .join('');
  const html = layout(
    subject,
    [
      `<p>Hello ${esc(agentName)},</p>`,
      '<p>An agent account has been created for you in Roster.</p>',
      `<table style="border-collapse:collapse;margin:12px 0">${table}</table>`,
      setPassword ? button(setPassword.url, 'Choose your password') : button(signInUrl, 'Sign in to Roster'),
      changeNote ? `<p><strong>${esc(changeNote)}</strong></p>` : '',
      temporaryPassword ? '<p>Keep this password private and delete this email once you have signed in.</p>' : '',
      '<p>The attached <strong>Quick Start Guide</strong> (PDF) walks you through signing in, the agent interface, your Preferences, and how permissions, teams and departments work.</p>',
      '<p>Welcome aboard!</p>',
    ]
      .filter(Boolean)
      .join('\n'),
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
export function welcomeEmailTemplate(shared: { signInUrl: string; expiresAt: Date }): (fields: WelcomeEmailFields) => RenderedEmail {
  const rendered = welcomeEmail({
    agentName: FIELD_MARK.agentName,
    email: FIELD_MARK.email,
    temporaryPassword: null,
    signInUrl: shared.signInUrl,
    mustChangePassword: false,
    setPassword: { url: FIELD_MARK.setPasswordUrl, expiresAt: shared.expiresAt },
  });
  const text = pieces(rendered.text);
  const html = pieces(rendered.html);
  return (fields) => ({ subject: rendered.subject, text: fill(text, fields, false), html: fill(html, fields, true) });
}

const listed = (one: string, many: string, names: readonly string[]) => `${names.length === 1 ? one : many} ${names.join(', ')}`;

/** "You were invited as an administrator, in teams Billing, Support, with the permission group Tier 2." */
export function invitedAsSentence({ isAdmin, teams, groups }: Pick<InvitationEmailInput, 'isAdmin' | 'teams' | 'groups'>): string {
  const parts = [`You were invited as ${isAdmin ? 'an administrator' : 'an agent'}`];
  if (teams.length) parts.push(`in ${listed('team', 'teams', teams)}`);
  if (groups.length) parts.push(`with ${listed('the permission group', 'the permission groups', groups)}`);
  return `${parts.join(', ')}.`;
}

export function invitationEmail(input: InvitationEmailInput): RenderedEmail {
  const { inviteeName, inviterName, acceptUrl, expiresAt } = input;
  const subject = oneLine(`${inviterName} invited you to join Roster`);
  const expiry = formatExpiry(expiresAt);
  const greeting = inviteeName ? `Hello ${inviteeName},` : 'Hello,';
  const invitedAs = invitedAsSentence(input);

  const text = [
    greeting,
    '',
    `${inviterName} invited you to join their helpdesk in Roster.`,
    invitedAs,
    '',
    `Accept the invitation and choose your password: ${acceptUrl}`,
    '',
    `This link works once and expires on ${expiry}.`,
    'If it has expired, ask the person who invited you to send a new invitation.',
  ].join('\n');

  const html = layout(
    subject,
    [
      `<p>${esc(greeting)}</p>`,
      `<p>${esc(inviterName)} invited you to join their helpdesk in Roster.</p>`,
      `<p>${esc(invitedAs)}</p>`,
      button(acceptUrl, 'Accept invitation'),
      `<p>This link works once and expires on ${esc(expiry)}.</p>`,
      '<p>If it has expired, ask the person who invited you to send a new invitation.</p>',
    ].join('\n'),
  );

  return { subject, text, html };
}

export interface LoginEmailChangedInput {
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
  const subject = 'Your Roster login email was changed';
  const who = changedBy ? `by ${changedBy}, an administrator,` : 'from your account';
  const changed = `The login email of your Roster account was changed ${who} to ${maskedNewEmail}. This address no longer signs in.`;
  const ifNot = changedBy
    ? 'If you did not expect this change, contact your Roster administrator.'
    : 'If you did not make this change, someone else may be using your account: contact your Roster administrator now. ' +
      'They can change the login email back and make the account choose a new password.';
  const text = [`Hello ${agentName},`, '', changed, '', ifNot, '', `Sign in: ${signInUrl}`].join('\n');
  const html = layout(
    subject,
    [
      `<p>Hello ${esc(agentName)},</p>`,
      `<p>${esc(changed)}</p>`,
      `<p><strong>${esc(ifNot)}</strong></p>`,
      button(signInUrl, 'Sign in to Roster'),
    ].join('\n'),
  );
  return { subject, text, html };
}
