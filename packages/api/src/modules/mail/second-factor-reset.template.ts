import { esc, layout, type RenderedEmail } from './mail.templates';

/** Tells an agent that an administrator removed their two-step sign-in (they set it up again at the next sign-in). */
export function secondFactorResetEmail(input: { agentName: string; resetBy: string; signInUrl: string }): RenderedEmail {
  const subject = 'Your Roster two-step sign-in was reset';
  const what = `${input.resetBy}, an administrator, removed the two-step sign-in of your Roster account (authenticator app and recovery codes). You were signed out everywhere.`;
  const next = 'Sign in with your password, then set up two-step sign-in again under Preferences (or when Roster asks you to).';
  const warn = 'If you did not ask for this, tell your administrator straight away.';
  const text = [`Hello ${input.agentName},`, '', what, '', next, input.signInUrl, '', warn].join('\n');
  const html = layout(
    subject,
    [
      `<p>Hello ${esc(input.agentName)},</p>`,
      `<p>${esc(what)}</p>`,
      `<p>${esc(next)} <a href="${esc(input.signInUrl)}">Sign in</a></p>`,
      `<p>${esc(warn)}</p>`,
    ].join('\n'),
  );
  return { subject, text, html };
}
