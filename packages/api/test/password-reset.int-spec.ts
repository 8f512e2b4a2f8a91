import { graphql } from './gql';
import { Agent } from '../src/modules/agent';
import { PasswordLink } from '../src/modules/auth';
import { OutboxMessage } from '../src/modules/mail';
import { ADMIN_PASSWORD, codeOf, startTestApp, TestApp } from './helpers/test-app';

// Password resets (issue 20): Forgot password? by email (no account discovery, rate-limited,
// single-use links that end every other session), an administrator's Send password reset and
// Set a new temporary password (admins in a session only), and expiring temporary passwords.

const REQUEST = graphql(`
  mutation ResetRequest($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const SET_WITH_TOKEN = graphql(`
  mutation ResetSetWithToken($token: String!, $password: String!) {
    setPasswordWithToken(token: $token, password: $password) {
      token
    }
  }
`);
const SEND = graphql(`
  mutation ResetSend($id: ID!) {
    sendPasswordReset(agentId: $id) {
      id
    }
  }
`);
const TEMPORARY = graphql(`
  mutation ResetTemporary($id: ID!) {
    setTemporaryPassword(agentId: $id) {
      temporaryPassword
      expiresAt
      agent {
        id
        mustChangePassword
      }
    }
  }
`);
const VIEWER = graphql(`
  query ResetViewer {
    viewer {
      id
    }
  }
`);
const DISABLE = graphql(`
  mutation ResetDisable($id: ID!) {
    updateAgent(id: $id, input: { status: DISABLED }) {
      id
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation ResetCreateToken {
    createApiToken(name: "reset", scopes: ["agents:write"]) {
      token
    }
  }
`);
const LOG = `query($id: ID!) { changeLog(entityType: AGENT, entityId: $id) { edges { node { field newValue } } } }`;

const PASSWORD = 'agent-password-1';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  const mails = (to: string) => t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: to });
  const resetMails = async (to: string) => (await mails(to)).filter((m) => /reset your roster password/i.test(m.subject));
  const tokenIn = (m: OutboxMessage) => decodeURIComponent(/set-password\?token=(\S+)/.exec(m.textBody)![1]);
  const signedIn = async (token: string) => !codeOf(await t.gql(VIEWER, {}, { token }));

  it('answers the same for every address and emails only an active agent, once per request', async () => {
    const { id } = await t.createAgent({ email: 'riley@example.com', name: 'Riley' });
    await t.createAgent({ email: 'off@example.com', name: 'Off' }).then((a) => t.ok(DISABLE, { id: a.id }, { token: t.adminToken }));
    for (const email of ['riley@example.com', 'RILEY@example.com ', 'nobody@example.com', 'off@example.com', 'not an email', '']) {
      const r = await t.gql(REQUEST, { email });
      expect(r.errors).toBeUndefined();
      expect(r.data?.requestPasswordReset).toBe(true);
    }
    expect(await resetMails('riley@example.com')).toHaveLength(2);
    expect(await resetMails('nobody@example.com')).toHaveLength(0);
    expect(await resetMails('off@example.com')).toHaveLength(0);
    const [m] = await resetMails('riley@example.com');
    expect(m.textBody).toMatch(/expires on/);
    expect(m.textBody).toMatch(/forgot-password/);
    const log = await t.ok(LOG, { id }, { token: t.adminToken });
    expect(log.changeLog.edges.map((e: any) => e.node.newValue)).toContain('(reset link sent)');
  });

  it('a link works once, only the latest one works, and using it ends every other session', async () => {
    const { token: session } = await t.createAgent({ email: 'sam@example.com', name: 'Sam' });
    await t.ok(REQUEST, { email: 'sam@example.com' });
    await t.ok(REQUEST, { email: 'sam@example.com' });
    const [first, second] = (await resetMails('sam@example.com')).sort((a, b) => a.id - b.id).map(tokenIn);
    const stale = await t.gql(SET_WITH_TOKEN, { token: first, password: 'a brand new secret' });
    expect(stale.errors?.[0]?.extensions?.fields).toEqual({ token: expect.stringMatching(/invalid|used|expired/) });
    expect(await signedIn(session)).toBe(true);

    const used = await t.ok(SET_WITH_TOKEN, { token: second, password: 'a brand new secret' });
    expect(await signedIn(used.setPasswordWithToken.token)).toBe(true);
    expect(await signedIn(session)).toBe(false);
    expect(codeOf(await t.gql(SET_WITH_TOKEN, { token: second, password: 'another new secret' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('mutation { login(email: "sam@example.com", password: "agent-password-1") { token } }'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await t.login('sam@example.com', 'a brand new secret')).toBeTruthy();
  });

  it('an expired link says so and changes nothing', async () => {
    const { id } = await t.createAgent({ email: 'lee@example.com', name: 'Lee' });
    await t.ok(REQUEST, { email: 'lee@example.com' });
    const token = tokenIn((await resetMails('lee@example.com'))[0]);
    await t.roster.ds.getRepository(PasswordLink).update({ agentId: Number(id) }, { expiresAt: new Date(Date.now() - 1000) });
    const r = await t.gql(SET_WITH_TOKEN, { token, password: 'a brand new secret' });
    expect(r.errors?.[0]?.extensions?.fields).toEqual({ token: expect.stringMatching(/expired/) });
    expect(await t.login('lee@example.com', PASSWORD)).toBeTruthy();
  });

  it('is rate-limited per address whether or not the address exists (the limit tells nothing)', async () => {
    for (const email of ['kim@example.com', 'ghost@example.com']) {
      if (email === 'kim@example.com') await t.createAgent({ email, name: 'Kim' });
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) codes.push(codeOf(await t.gql(REQUEST, { email })));
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    }
    expect(await resetMails('kim@example.com')).toHaveLength(3);
  });

  it('Send password reset: administrators in a session, for another enabled agent; the email names who sent it', async () => {
    const { id, token: agentSession } = await t.createAgent({ email: 'ash@example.com', name: 'Ash' });
    const other = await t.createAgent({ email: 'bo@example.com', name: 'Bo' });
    expect(codeOf(await t.gql(SEND, { id }, { token: other.token }))).toBe('FORBIDDEN');
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await t.gql(SEND, { id }, { token: apiToken }))).toBe('FORBIDDEN');
    const adminId = (await t.ok(VIEWER, {}, { token: t.adminToken })).viewer.id;
    expect(codeOf(await t.gql(SEND, { id: adminId }, { token: t.adminToken }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SEND, { id: '999999' }, { token: t.adminToken }))).toBe('NOT_FOUND');
    expect(await resetMails('ash@example.com')).toHaveLength(0);

    await t.ok(SEND, { id }, { token: t.adminToken });
    const [m] = await resetMails('ash@example.com');
    expect(m.textBody).toMatch(/an administrator, sent you a link/);
    expect(await signedIn(agentSession)).toBe(true);

    await t.ok(DISABLE, { id: other.id }, { token: t.adminToken });
    const disabled = await t.gql(SEND, { id: other.id }, { token: t.adminToken });
    expect(disabled.errors?.[0]?.extensions?.fields).toEqual({ agentId: expect.stringMatching(/disabled/) });
  });

  it('Set a new temporary password: shown once, ends sessions, must be changed, expires', async () => {
    const { id, token: session } = await t.createAgent({ email: 'cy@example.com', name: 'Cy' });
    const other = await t.createAgent({ email: 'dee@example.com', name: 'Dee' });
    expect(codeOf(await t.gql(TEMPORARY, { id }, { token: other.token }))).toBe('FORBIDDEN');

    const r = (await t.ok(TEMPORARY, { id }, { token: t.adminToken })).setTemporaryPassword;
    expect(r.temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(r.agent.mustChangePassword).toBe(true);
    const days = (new Date(r.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    expect(await signedIn(session)).toBe(false);
    const stored = await t.roster.ds.getRepository(Agent).findOneByOrFail({ id: Number(id) });
    expect(stored.passwordHash).not.toContain(r.temporaryPassword);

    // It signs in, but only to change the password.
    const temp = await t.login('cy@example.com', r.temporaryPassword);
    expect(codeOf(await t.gql(VIEWER, {}, { token: temp }))).toBeUndefined();
    expect(codeOf(await t.gql(SEND, { id: other.id }, { token: temp }))).toBe('PASSWORD_CHANGE_REQUIRED');

    await t.roster.ds.getRepository(Agent).update(Number(id), { temporaryPasswordExpiresAt: new Date(Date.now() - 1000) });
    const expired = await t.gql(`mutation($p: String!) { login(email: "cy@example.com", password: $p) { token } }`, {
      p: r.temporaryPassword,
    });
    expect(codeOf(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0]?.message).toMatch(/temporary password has expired/);
    // A wrong password still reads as a wrong password (the expiry is told only to who knows it).
    const wrong = await t.gql(`mutation { login(email: "cy@example.com", password: "nope nope nope") { token } }`);
    expect(wrong.errors?.[0]?.message).toMatch(/Wrong email or password/);

    const log = await t.ok(LOG, { id }, { token: t.adminToken });
    expect(log.changeLog.edges.map((e: any) => e.node.newValue)).toContain('(temporary password set)');
  });

  it('a new agent with a password to change gets it for TEMPORARY_PASSWORD_TTL_DAYS; a chosen one has no expiry', async () => {
    const created = await t.ok(
      `mutation { createAgent(input: { email: "new@example.com", name: "New", sendWelcomeEmail: true }) { agent { id } temporaryPassword } }`,
      {},
      { token: t.adminToken },
    );
    const agent = await t.roster.ds.getRepository(Agent).findOneByOrFail({ id: Number(created.createAgent.agent.id) });
    const days = (agent.temporaryPasswordExpiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    const [welcome] = await mails('new@example.com');
    expect(welcome.textBody).toMatch(/Temporary password: \S{16} \(works until /);
    // After a reset the password is the agent's own: no expiry.
    await t.ok(REQUEST, { email: 'new@example.com' });
    await t.ok(SET_WITH_TOKEN, { token: tokenIn((await resetMails('new@example.com'))[0]), password: ADMIN_PASSWORD + ' new' });
    const after = await t.roster.ds.getRepository(Agent).findOneByOrFail({ id: agent.id });
    expect(after.temporaryPasswordExpiresAt).toBeNull();
    expect(after.mustChangePassword).toBe(false);
  });
});
