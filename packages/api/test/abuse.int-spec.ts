import { graphql } from './gql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { LoginAttempt, Session } from '../src/modules/auth';
import { sha256 } from '../src/common/tokens';

const LOGIN = graphql(`
  mutation AbuseLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);

describe('abuse resistance: racing guesses, unauthenticated hashing, spoofed client IPs', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No trusted proxy: as for a client on the LAN talking to the API directly (the default trusts loopback only).
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '12', TRUST_PROXY: 'false' });
  });
  afterAll(() => t.close());
  const clearAttempts = () => t.roster.ds.getRepository(LoginAttempt).clear();

  it('lets at most the limit of 20 concurrent wrong passwords be checked', async () => {
    await t.createAgent({ email: 'raced@example.com', name: 'Raced' }, 'raced-password-1');
    await clearAttempts();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.gql(LOGIN, { e: 'raced@example.com', p: `guess-${i}-guess` })),
    );
    const checked = results.filter((r) => codeOf(r) === 'UNAUTHENTICATED').length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(results.filter((r) => codeOf(r) === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(17);
  });

  it('refuses a bogus invitation token before hashing and rate-limits repeated tries per IP', async () => {
    await clearAttempts();
    const accept = () =>
      t.gql(
        graphql(`
          mutation AbuseAcceptInvitation {
            acceptInvitation(token: "inv_bogus", password: "long-enough-password") {
              token
            }
          }
        `),
      );
    const first = await accept();
    expect(codeOf(first)).toBe('BAD_USER_INPUT');
    expect(first.errors![0].extensions!.fields!.token).toBeDefined();
    const rest = [];
    for (let i = 0; i < 12; i++) rest.push(codeOf(await accept()));
    expect(rest).toContain('RATE_LIMITED');
  });

  it('limits guesses of the current password on changePassword', async () => {
    await clearAttempts();
    const { token } = await t.createAgent({ email: 'changer@example.com', name: 'Changer' }, 'changer-password-1');
    const change = (current: string) =>
      t.gql(
        graphql(`
          mutation AbuseChangePassword($c: String!) {
            changePassword(currentPassword: $c, newPassword: "another-password-2") {
              id
            }
          }
        `),
        { c: current },
        { token },
      );
    for (let i = 0; i < 3; i++) expect(codeOf(await change(`wrong-${i}-wrong`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await change('changer-password-1'))).toBe('RATE_LIMITED');
  });

  it('ignores X-Forwarded-For from clients that are not a trusted proxy', async () => {
    await clearAttempts();
    await t.gql(LOGIN, { e: 'nobody@example.com', p: 'wrong-wrong-1' }, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    const keys = (await t.roster.ds.getRepository(LoginAttempt).find()).map((a) => a.key);
    expect(keys.some((k) => k.includes('203.0.113.7'))).toBe(false);
    expect(keys.some((k) => /^ip:.*127\.0\.0\.1$/.test(k))).toBe(true);
  });

  it('answers malformed JSON with a JSON 400, not an HTML stack trace', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at /);
  });

  it('rejects an over-long language before it reaches the database', async () => {
    const r = await t.gql(
      graphql(`
        mutation AbuseCreateAgent($i: CreateAgentInput!) {
          createAgent(input: $i) {
            agent {
              id
            }
          }
        }
      `),
      { i: { email: 'lang@example.com', name: 'Lang', language: 'en-' + 'x'.repeat(300), sendWelcomeEmail: false } },
      { token: t.adminToken },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields!['input.language']).toBeDefined();
  });

  it('failures from one IP do not lock the account for another IP', async () => {
    await clearAttempts();
    await t.createAgent({ email: 'target@example.com', name: 'Target' }, 'target-password-1');
    // This suite trusts no proxy, so both "IPs" are simulated by a second app that trusts loopback.
    const viaProxy = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' }, { shareDatabaseWith: t });
    try {
      const from = (ip: string, p: string) => viaProxy.gql(LOGIN, { e: 'target@example.com', p }, { headers: { 'x-forwarded-for': ip } });
      for (let i = 0; i < 3; i++) expect(codeOf(await from('198.51.100.1', `wrong-${i}-wrong`))).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 10; i++) expect(codeOf(await from('198.51.100.1', 'target-password-1'))).toBe('RATE_LIMITED');
      // The owner, elsewhere, still gets in: the attacker's refused attempts did not count.
      expect((await from('192.0.2.5', 'target-password-1')).errors).toBeUndefined();
    } finally {
      await viaProxy.close();
    }
  });

  it('lets the owner in from a browser they signed in from while guesses from many IPs lock the account', async () => {
    await clearAttempts();
    await t.createAgent({ email: 'owner@example.com', name: 'Owner' }, 'owner-password-1');
    const viaProxy = await startTestApp(
      { LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '100' },
      { shareDatabaseWith: t },
    );
    try {
      const from = (ip: string, p: string, cookie?: string) =>
        viaProxy.gql(LOGIN, { e: 'owner@example.com', p }, { headers: { 'x-forwarded-for': ip }, cookie });
      // The owner signs in once from their browser and keeps its device cookie.
      const first = await from('192.0.2.10', 'owner-password-1');
      const device = /roster_device=(rdv_[^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
      expect(device).toBeDefined();
      // Ten IPs guess until the account-wide limit (3 x 10) is reached.
      for (let ip = 1; ip <= 10; ip++)
        for (let i = 0; i < 3; i++) expect(codeOf(await from(`198.51.100.${ip}`, `guess-${ip}-${i}-x`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await from('203.0.113.99', 'owner-password-1'))).toBe('RATE_LIMITED');
      // The owner's browser is limited on its own and still gets in, from a new address too.
      const owner = await from('203.0.113.50', 'owner-password-1', `roster_device=${device}`);
      expect(owner.errors).toBeUndefined();
      // The cookie belongs to that account: used for another one it counts for nothing.
      const other = await viaProxy.gql(
        LOGIN,
        { e: 'admin@example.com', p: 'wrong-wrong-1' },
        { headers: { 'x-forwarded-for': '203.0.113.50' }, cookie: `roster_device=${device}` },
      );
      expect(codeOf(other)).toBe('UNAUTHENTICATED');
      // Guessing with a stolen device cookie is limited per device.
      for (let i = 0; i < 3; i++)
        expect(codeOf(await from('203.0.113.51', `stolen-${i}-x`, `roster_device=${device}`))).toBe('UNAUTHENTICATED');
      expect(codeOf(await from('203.0.113.52', 'owner-password-1', `roster_device=${device}`))).toBe('RATE_LIMITED');
    } finally {
      await viaProxy.close();
    }
  }, 60_000);

  it('stops guesses spread over many accounts from one IP', async () => {
    await clearAttempts();
    const codes = [];
    for (let i = 0; i < 14; i++) codes.push(codeOf(await t.gql(LOGIN, { e: `spray-${i}@example.com`, p: 'spray-password-1' })));
    expect(codes.slice(0, 12).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(12)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('ends a session when it expires', async () => {
    await clearAttempts();
    const { token } = await t.createAgent({ email: 'expiring@example.com', name: 'Expiring' }, 'expiring-password-1');
    expect(
      (
        await t.ok(
          graphql(`
            query AbuseViewer {
              viewer {
                email
              }
            }
          `),
          {},
          { token },
        )
      ).viewer.email,
    ).toBe('expiring@example.com');
    await t.roster.ds.getRepository(Session).update({ tokenHash: sha256(token) }, { expiresAt: new Date(Date.now() - 1000) });
    const r = await t.gql(
      graphql(`
        query AbuseViewer {
          viewer {
            email
          }
        }
      `),
      {},
      { token },
    );
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/);
  });

  it('lets an admin force a password change at the next sign-in, and only an admin', async () => {
    await clearAttempts();
    const agent = await t.createAgent({ email: 'forced-later@example.com', name: 'Forced Later' }, 'forced-password-1');
    const self = await t.gql(
      graphql(`
        mutation AbuseUpdateAgent($id: ID!) {
          updateAgent(id: $id, input: { forcePasswordChange: false }) {
            id
          }
        }
      `),
      { id: agent.id },
      { token: agent.token },
    );
    expect(codeOf(self)).toBe('FORBIDDEN');
    await t.ok(
      graphql(`
        mutation AbuseUpdateAgent2($id: ID!) {
          updateAgent(id: $id, input: { forcePasswordChange: true }) {
            mustChangePassword
          }
        }
      `),
      { id: agent.id },
      { token: t.adminToken },
    );
    const token = await t.login('forced-later@example.com', 'forced-password-1');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query AbuseAgents {
              agents {
                totalCount
              }
            }
          `),
          {},
          { token },
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
