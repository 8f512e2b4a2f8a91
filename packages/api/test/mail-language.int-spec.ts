import { graphql } from './gql';
import { acceptLinkToken, deliveredMail, INVITE, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';
import { totpCode } from './helpers/two-step';
import { RESET } from './helpers/two-step-docs';
import { OutboxMessage } from '../src/modules/mail';

// Emails in the agent's language (issue 24 item 5): German for de and de-*, English otherwise,
// over a real SMTP server, with the outbox keeping what was sent. Invitations go out in the
// invitation's language (invitation-language.int-spec.ts): here, the English admin's default.

const CREATE = graphql(`
  mutation MailLanguageCreate($i: CreateAgentInput!) {
    createAgent(input: $i) {
      temporaryPassword
      agent {
        id
      }
    }
  }
`);
const SEND_RESET = graphql(`
  mutation MailLanguageSendReset($id: ID!) {
    sendPasswordReset(agentId: $id) {
      id
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation MailLanguageRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const START_TOTP = graphql(`
  mutation MailLanguageStartTotp {
    startTotpEnrolment {
      secret
    }
  }
`);
const CONFIRM_TOTP = graphql(`
  mutation MailLanguageConfirmTotp($code: String!) {
    confirmTotpEnrolment(code: $code) {
      codes
    }
  }
`);
const ACCEPT = graphql(`
  mutation MailLanguageAccept($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      agent {
        language
      }
    }
  }
`);

const PASSWORD = 'agent-password-1';

describe('emails in the agent language', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));

  const mailTo = (to: string, subject: RegExp) => deliveredMail({ t, smtp }, to, subject);
  const stored = (to: string) => t.roster.ds.getRepository(OutboxMessage).find({ where: { toAddress: to }, order: { id: 'ASC' } });
  const create = (email: string, name: string, language?: string) =>
    t.ok(CREATE, { i: { email, name, ...(language ? { language } : {}) } }, { token: t.adminToken });

  it('sends a German agent the German welcome email with the German Quick Start Guide; the outbox keeps it', async () => {
    const { temporaryPassword } = (await create('greta@example.com', 'Greta Grün', 'de')).createAgent;
    // Queued in German (the body is removed once delivered: it holds the temporary password).
    const [queued] = await stored('greta@example.com');
    expect(queued).toMatchObject({ status: 'PENDING', subject: 'Ihr Agentenkonto in Roster ist bereit' });
    expect(queued.textBody).toContain('Hallo Greta Grün,');
    expect(queued.htmlBody).toContain('<html lang="de-DE">');
    const msg = await mailTo('greta@example.com', /Agentenkonto/);
    expect(msg.subject).toBe('Ihr Agentenkonto in Roster ist bereit');
    expect(msg.text).toContain('Hallo Greta Grün,');
    expect(msg.text).toContain('Für Sie wurde ein Agentenkonto in Roster angelegt.');
    expect(msg.text).toContain('Anmelde-E-Mail: greta@example.com');
    expect(msg.text).toMatch(
      new RegExp(`Temporäres Passwort: ${temporaryPassword} \\(gültig bis \\w+, \\d+\\. \\w+ \\d{4}, \\d\\d:\\d\\d UTC\\)`),
    );
    expect(msg.text).toContain('Anmelden: https://help.example.com/sign-in');
    expect(msg.text).toContain('Bei Ihrer ersten Anmeldung werden Sie gebeten, ein neues Passwort zu wählen.');
    expect(msg.text).not.toMatch(/Hello|Welcome aboard|Sign in/);
    expect(msg.html).toContain('<html lang="de-DE">');
    expect(msg.html).toContain('Die angehängte <strong>Kurzanleitung</strong> (PDF)');
    expect(msg.html).toContain('>Bei Roster anmelden</a>');
    expect(msg.html).toContain('Gesendet von Roster.');
    const pdf = msg.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toBe('Roster-Kurzanleitung.pdf');
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf!.content.length).toBeGreaterThan(2000);
    const [row] = await stored('greta@example.com');
    expect(row).toMatchObject({ status: 'SENT', subject: 'Ihr Agentenkonto in Roster ist bereit' });
    expect(row.attachments).toEqual([
      { filename: 'Roster-Kurzanleitung.pdf', source: 'quick-start-guide-de', contentType: 'application/pdf' },
    ]);
  });

  it('uses German for regional German tags and escapes a name with markup in the German HTML', async () => {
    await create('skript@example.com', '<script>alert(1)</script>', 'de-AT');
    const msg = await mailTo('skript@example.com', /Agentenkonto/);
    expect(msg.text).toContain('Hallo <script>alert(1)</script>,');
    expect(msg.html).toContain('Hallo &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(msg.html).not.toContain('<script>');
  });

  it('sends English to an agent whose language Roster does not speak (pt-BR), and to an English agent as before', async () => {
    await create('paulo@example.com', 'Paulo', 'pt-BR');
    const pt = await mailTo('paulo@example.com', /account is ready/);
    expect(pt.subject).toBe('Your Roster agent account is ready');
    expect(pt.text).toContain('Hello Paulo,');
    expect(pt.attachments.find((a) => a.contentType === 'application/pdf')?.filename).toBe('Roster-Quick-Start-Guide.pdf');
    await create('erin@example.com', 'Erin', 'en');
    const en = await mailTo('erin@example.com', /account is ready/);
    expect(en.text).toContain('An agent account has been created for you in Roster.');
    expect(en.text).toContain('Welcome aboard!');
  });

  it('sends German password resets to a German agent, from an administrator and from Forgot password?', async () => {
    const { id } = await t.createAgent({ email: 'rena@example.com', name: 'Rena', language: 'de-CH' }, PASSWORD);
    await t.ok(SEND_RESET, { id }, { token: t.adminToken });
    const byAdmin = await mailTo('rena@example.com', /Passwort/);
    expect(byAdmin.subject).toBe('Setzen Sie Ihr Roster-Passwort zurück');
    expect(byAdmin.text).toContain('ein Administrator, hat Ihnen einen Link gesendet');
    expect(byAdmin.text).toMatch(/Neues Passwort wählen: https:\/\/help\.example\.com\/set-password\?token=/);
    expect(byAdmin.text).toMatch(/läuft am \w+, \d+\. \w+ \d{4}, \d\d:\d\d UTC ab/);
    expect(byAdmin.html).toContain('<a href="https://help.example.com/forgot-password">fordern Sie einen neuen an</a>');
    smtp.clear();
    expect((await t.ok(REQUEST_RESET, { email: 'rena@example.com' })).requestPasswordReset).toBe(true);
    const forgot = await mailTo('rena@example.com', /Passwort/);
    expect(forgot.text).toContain('Jemand (hoffentlich Sie) hat angefordert');
    expect(forgot.text).toContain('Ihr Passwort bleibt unverändert.');
    const rows = await stored('rena@example.com');
    expect(rows.map((r) => r.subject)).toEqual(['Setzen Sie Ihr Roster-Passwort zurück', 'Setzen Sie Ihr Roster-Passwort zurück']);
  });

  it('sends an English agent the English password reset, unchanged', async () => {
    const { id } = await t.createAgent({ email: 'eddie@example.com', name: 'Eddie' }, PASSWORD);
    await t.ok(SEND_RESET, { id }, { token: t.adminToken });
    const msg = await mailTo('eddie@example.com', /password/);
    expect(msg.subject).toBe('Reset your Roster password');
    expect(msg.text).toContain('an administrator, sent you a link to choose a new password for Roster.');
  });

  it('tells a German agent in German that an administrator reset their two-step sign-in', async () => {
    const { id, token } = await t.createAgent({ email: 'zora@example.com', name: 'Zora', language: 'de' }, PASSWORD);
    const { secret } = (await t.ok(START_TOTP, {}, { token })).startTotpEnrolment;
    await t.ok(CONFIRM_TOTP, { code: await totpCode(secret) }, { token });
    await t.ok(RESET, { id }, { token: t.adminToken });
    const msg = await mailTo('zora@example.com', /zwei Schritten/);
    expect(msg.subject).toBe('Ihre Anmeldung in zwei Schritten bei Roster wurde zurückgesetzt');
    expect(msg.text).toContain('Hallo Zora,');
    expect(msg.text).toContain('hat die Anmeldung in zwei Schritten Ihres Roster-Kontos entfernt');
    expect(msg.html).toContain('>Anmelden</a>');
    expect((await stored('zora@example.com')).map((r) => r.subject)).toContain(
      'Ihre Anmeldung in zwei Schritten bei Roster wurde zurückgesetzt',
    );
  });

  it("invites in the English inviting admin's language by default, and welcomes the new agent in English", async () => {
    await t.ok(INVITE, { i: { email: 'ines@example.com', name: 'Ines' } }, { token: t.adminToken });
    const invitation = await mailTo('ines@example.com', /invited you/);
    expect(invitation.text).toContain('Hello Ines,');
    const accepted = await t.ok(ACCEPT, { token: acceptLinkToken(invitation.text), password: PASSWORD });
    expect(accepted.acceptInvitation.agent.language).toBe('en');
    const welcome = await mailTo('ines@example.com', /account is ready/);
    expect(welcome.attachments.find((a) => a.contentType === 'application/pdf')?.filename).toBe('Roster-Quick-Start-Guide.pdf');
  });
});
