import { button, esc, formatExpiry, layout, type RenderedEmail } from './mail.templates';

export interface PasswordResetEmailInput {
  agentName: string;
  resetUrl: string;
  expiresAt: Date;
  /** The administrator who sent it; null when the agent asked on the sign-in page. */
  sentBy: string | null;
  forgotUrl: string;
}

/** The single-use link to choose a new password (Forgot password?, or an administrator's Send password reset). */
export function passwordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  const { agentName, resetUrl, expiresAt, sentBy, forgotUrl } = input;
  const subject = 'Reset your Roster password';
  const why = sentBy
    ? `${sentBy}, an administrator, sent you a link to choose a new password for Roster.`
    : 'Someone (hopefully you) asked to reset the password of your Roster account.';
  const expiry = `This link works once and expires on ${formatExpiry(expiresAt)}. Choosing a new password signs you out everywhere else.`;
  const later = `If it has expired, ask for a new one: ${forgotUrl}`;
  const ignore = sentBy ? null : 'If you did not ask, ignore this email: your password stays as it is.';
  const text = [
    `Hello ${agentName},`,
    '',
    why,
    '',
    `Choose a new password: ${resetUrl}`,
    '',
    expiry,
    later,
    ...(ignore ? ['', ignore] : []),
  ].join('\n');
  const html = layout(
    subject,
    [
      `<p>Hello ${esc(agentName)},</p>`,
      `<p>${esc(why)}</p>`,
      button(resetUrl, 'Choose a new password'),
      `<p>${esc(expiry)}</p>`,
      `<p>If it has expired, <a href="${esc(forgotUrl)}">ask for a new one</a>.</p>`,
      ...(ignore ? [`<p>${esc(ignore)}</p>`] : []),
    ].join('\n'),
  );
  return { subject, text, html };
}
