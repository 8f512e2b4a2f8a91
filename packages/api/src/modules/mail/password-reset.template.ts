import { mailLanguage } from './mail.i18n';
import { button, esc, formatExpiry, hello, layout, type InLanguage, type RenderedEmail } from './mail.templates';

export interface PasswordResetEmailInput extends InLanguage {
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
  const { t } = mailLanguage(input.language);
  const subject = t('passwordReset.subject');
  const why = sentBy ? t('passwordReset.whyAdmin', { admin: sentBy }) : t('passwordReset.whySelf');
  const expiry = t('passwordReset.expiry', { date: formatExpiry(expiresAt, t) });
  const ignore = sentBy ? null : t('passwordReset.ignore');
  const text = [
    hello(t, agentName),
    '',
    why,
    '',
    t('passwordReset.choose', { url: resetUrl }),
    '',
    expiry,
    t('passwordReset.later', { url: forgotUrl }),
    ...(ignore ? ['', ignore] : []),
  ].join('\n');
  const html = layout(
    subject,
    [
      `<p>${esc(hello(t, agentName))}</p>`,
      `<p>${esc(why)}</p>`,
      button(resetUrl, t('passwordReset.chooseButton'), t),
      `<p>${esc(expiry)}</p>`,
      // The message holds the link's markup; its one value is escaped here.
      `<p>${t('passwordReset.laterHtml', { url: esc(forgotUrl) })}</p>`,
      ...(ignore ? [`<p>${esc(ignore)}</p>`] : []),
    ].join('\n'),
    t,
  );
  return { subject, text, html };
}
