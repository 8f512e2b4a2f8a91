import { graphql } from '../gql';
import { startSmtpSink, type SinkMessage, SmtpSink } from './smtp-sink';
import { startTestApp, TestApp } from './test-app';

// Setup and documents shared by the onboarding suites (onboarding-*.int-spec.ts). Typed documents:
// run `pnpm --filter @roster/api codegen:test` after changing one (test/gql).

export const INVITE = graphql(`
  mutation OnboardingInviteAgent($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
      email
      status
      isAdmin
      createdAt
      expiresAt
      lastSentAt
    }
  }
`);

/** The app with its mail going to an SMTP sink in the test process and its links to https://help.example.com. */
export async function startOnboardingApp(): Promise<{ t: TestApp; smtp: SmtpSink }> {
  const smtp = await startSmtpSink();
  const t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://help.example.com' });
  return { t, smtp };
}

/** Registers the suite's beforeAll/afterAll: starts the onboarding app, hands it to `set`, closes it after. */
export function withOnboardingApp(set: (app: { t: TestApp; smtp: SmtpSink }) => void): void {
  let app: { t: TestApp; smtp: SmtpSink } | undefined;
  beforeAll(async () => {
    app = await startOnboardingApp();
    set(app);
  });
  afterAll(async () => {
    await app?.t.close();
    await app?.smtp.close();
  });
}

/** The token of the accept link in an invitation email's text. */
export function acceptLinkToken(text: string): string {
  const m = /accept-invitation\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!m) throw new Error(`no accept link in: ${text}`);
  return decodeURIComponent(m[1]);
}

/** Delivers the outbox and returns the newest message to `to` whose subject matches. */
export async function deliveredMail(app: { t: TestApp; smtp: SmtpSink }, to: string, subject: RegExp): Promise<SinkMessage> {
  await app.t.roster.mailer.deliverDue();
  return app.smtp.waitFor((m) => m.envelopeTo.includes(to) && subject.test(m.subject));
}
