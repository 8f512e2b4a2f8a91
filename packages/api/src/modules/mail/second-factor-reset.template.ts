import { mailLanguage } from './mail.i18n';
import { esc, hello, layout, type InLanguage, type RenderedEmail } from './mail.templates';

/** Tells an agent that an administrator removed their two-step sign-in (they set it up again at the next sign-in). */
export function secondFactorResetEmail(input: { agentName: string; resetBy: string; signInUrl: string } & InLanguage): RenderedEmail {
  const { t } = mailLanguage(input.language);
  const subject = t('secondFactorReset.subject');
  const what = t('secondFactorReset.what', { admin: input.resetBy });
  const next = t('secondFactorReset.next');
  const warn = t('secondFactorReset.warn');
  const text = [hello(t, input.agentName), '', what, '', next, input.signInUrl, '', warn].join('\n');
  const html = layout(
    subject,
    [
      `<p>${esc(hello(t, input.agentName))}</p>`,
      `<p>${esc(what)}</p>`,
      `<p>${esc(next)} <a href="${esc(input.signInUrl)}">${esc(t('common.signIn'))}</a></p>`,
      `<p>${esc(warn)}</p>`,
    ].join('\n'),
    t,
  );
  return { subject, text, html };
}
