import { acceptLinkToken, deliveredMail, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';
import { Invitation } from '../src/modules/invitation';

// Invitations in the invitee's language (issue 24 item 5): the invite's `language` (quick and
// bulk; omitted: the inviting agent's) is stored on the invitation, picks the language of its
// email (real SMTP server) and becomes the language of the agent accepting creates.

const INVITE = 'mutation($i: InviteAgentInput!) { inviteAgent(input: $i) { id email language } }';
const BULK =
  'mutation($e: [String!]!, $l: String) { bulkInviteAgents(emails: $e, language: $l) { invited { id email language } failed { email code message } } }';
const ACCEPT =
  'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { agent { id language } } }';
const PASSWORD = 'agent-password-1';

describe('invitations in the invitee’s language', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));

  const mailTo = (to: string, subject: RegExp) => deliveredMail({ t, smtp }, to, subject);
  const storedLanguage = async (email: string) => (await t.roster.ds.getRepository(Invitation).findOneByOrFail({ email })).language;

  it('sends the German invitation for language de, and the agent accepting it is German and welcomed in German', async () => {
    const inv = (await t.ok(INVITE, { i: { email: 'greta@example.com', name: 'Greta', language: 'de' } }, { token: t.adminToken }))
      .inviteAgent;
    expect(inv.language).toBe('de');
    expect(await storedLanguage('greta@example.com')).toBe('de');
    const msg = await mailTo('greta@example.com', /eingeladen/);
    expect(msg.subject).toMatch(/^.+ hat Sie zu Roster eingeladen$/);
    expect(msg.text).toContain('Hallo Greta,');
    expect(msg.text).toMatch(/hat Sie eingeladen, dem Helpdesk in Roster beizutreten\./);
    expect(msg.text).toContain('Sie wurden als Agent eingeladen');
    expect(msg.text).toMatch(/Nehmen Sie die Einladung an und wählen Sie Ihr Passwort: https?:\/\/\S+accept-invitation\?token=/);
    expect(msg.text).toMatch(/läuft am \w+, \d+\. \w+ \d{4}, \d\d:\d\d UTC ab/);
    expect(msg.html).toContain('>Einladung annehmen</a>');
    const accepted = await t.ok(ACCEPT, { token: acceptLinkToken(msg.text), password: PASSWORD });
    expect(accepted.acceptInvitation.agent.language).toBe('de');
    const welcome = await mailTo('greta@example.com', /Agentenkonto/);
    expect(welcome.subject).toBe('Ihr Agentenkonto in Roster ist bereit');
    expect(welcome.text).toContain('Willkommen an Bord!');
    expect(welcome.attachments.find((a) => a.contentType === 'application/pdf')?.filename).toBe('Roster-Kurzanleitung.pdf');
  });

  it('defaults to the inviting agent’s language: a German administrator’s invitation goes out in German', async () => {
    await t.createAgent({ email: 'chefin@example.com', name: 'Chefin', language: 'de-AT', isAdmin: true }, PASSWORD);
    const token = await t.login('chefin@example.com', PASSWORD);
    expect((await t.ok(INVITE, { i: { email: 'hanno@example.com' } }, { token })).inviteAgent.language).toBe('de-AT');
    expect((await mailTo('hanno@example.com', /eingeladen/)).subject).toBe('Chefin hat Sie zu Roster eingeladen');
    // ...and an English administrator's (the default admin) in English, unless the invite says otherwise.
    expect((await t.ok(INVITE, { i: { email: 'ingo@example.com' } }, { token: t.adminToken })).inviteAgent.language).toBe('en');
    expect((await mailTo('ingo@example.com', /invited you/)).text).toContain('Accept the invitation');
    expect((await t.ok(INVITE, { i: { email: 'jana@example.com', language: 'en' } }, { token })).inviteAgent.language).toBe('en');
    expect((await mailTo('jana@example.com', /invited you/)).subject).toBe('Chefin invited you to join Roster');
  });

  it('sends every invitation of a bulk invite in its language', async () => {
    const r = (await t.ok(BULK, { e: ['kai@example.com', 'lou@example.com'], l: 'de-CH' }, { token: t.adminToken })).bulkInviteAgents;
    expect(r.failed).toEqual([]);
    expect(r.invited.map((i: { language: string }) => i.language)).toEqual(['de-CH', 'de-CH']);
    for (const to of ['kai@example.com', 'lou@example.com'])
      expect((await mailTo(to, /eingeladen/)).text).toContain('Nehmen Sie die Einladung an');
    expect(await storedLanguage('lou@example.com')).toBe('de-CH');
  });

  it('refuses a language that is no language tag, naming the field, and invites nobody', async () => {
    const quick = await t.gql(INVITE, { i: { email: 'max@example.com', language: 'Deutsch!' } }, { token: t.adminToken });
    expect(quick.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.language': 'is not a language tag such as en or pt-BR' },
    });
    const bulk = await t.gql(BULK, { e: ['max@example.com'], l: 'de-abcdefgh-abcdefgh' }, { token: t.adminToken });
    expect(bulk.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { language: 'is not a language tag such as en or pt-BR' },
    });
    expect(await t.roster.ds.getRepository(Invitation).countBy({ email: 'max@example.com' })).toBe(0);
  });
});
