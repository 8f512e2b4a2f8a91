import { graphql } from './gql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, startTestApp, TestApp } from './helpers/test-app';

const AUTH_AGENTS_DOC = graphql(`
  query AuthAgents {
    agents {
      totalCount
    }
  }
`);

const VIEWER = graphql(`
  query AuthViewer {
    viewer {
      id
      email
      isAdmin
      mustChangePassword
    }
  }
`);

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('signs in with a cookie and the same token as Bearer', async () => {
    const r = await t.gql(
      graphql(`
        mutation AuthLogin {
          login(email: "ADMIN@example.com", password: "correct horse battery") {
            token
            agent {
              email
              isAdmin
            }
          }
        }
      `),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.agent).toEqual({ email: ADMIN_EMAIL, isAdmin: true });
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/roster_session=rss_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // A second cookie marks the browser as one the agent signed in from (see the abuse tests).
    expect(setCookie).toMatch(/roster_device=rdv_[^;]+;[^=]*=[^;]*;[^;]*; HttpOnly/i);
    const cookie = /roster_session=[^;]+/.exec(setCookie)![0];
    expect((await t.ok(VIEWER, {}, { cookie })).viewer.email).toBe(ADMIN_EMAIL);
    expect((await t.ok(VIEWER, {}, { token: r.data!.login.token })).viewer.email).toBe(ADMIN_EMAIL);
  });

  it('denies requests without a session', async () => {
    expect(codeOf(await t.gql(VIEWER))).toBe('UNAUTHENTICATED');
    const forged = await t.gql(VIEWER, {}, { token: 'rss_not-a-real-token' });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
    expect(forged.errors![0].message).toMatch(/invalid, revoked or expired/);
    expect((await t.gql(VIEWER)).errors![0].message).toBe('Sign in first');
    expect(codeOf(await t.gql(AUTH_AGENTS_DOC))).toBe('UNAUTHENTICATED');
  });

  it('rejects a wrong password without saying which part was wrong', async () => {
    const wrong = await t.gql(
      graphql(`
        mutation AuthLogin2 {
          login(email: "admin@example.com", password: "nope-nope-nope") {
            token
          }
        }
      `),
    );
    const unknown = await t.gql(
      graphql(`
        mutation AuthLogin3 {
          login(email: "ghost@example.com", password: "nope-nope-nope") {
            token
          }
        }
      `),
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('rate-limits an account after repeated failures, even with the right password', async () => {
    await t.createAgent({ email: 'victim@example.com', name: 'Victim' }, 'victim-password-1');
    for (let i = 0; i < 3; i++) {
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AuthLogin4 {
                login(email: "victim@example.com", password: "guess-guess-1") {
                  token
                }
              }
            `),
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(
      graphql(`
        mutation AuthLogin5 {
          login(email: "victim@example.com", password: "victim-password-1") {
            token
          }
        }
      `),
    );
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
  });

  it('counts one attempt per operation: aliased logins cannot multiply guesses', async () => {
    await t.createAgent({ email: 'aliased@example.com', name: 'Aliased' }, 'aliased-password-1');
    const guesses = [1, 2, 3, 4].map((i) => `g${i}: login(email: "aliased@example.com", password: "guess-${i}-guess") { token }`);
    const r = await t.gql(`mutation { ${guesses.join('\n')} }`); // built at run time: a string, untyped
    expect(r.errors?.length).toBeGreaterThan(0);
    // The limit is 3 failures: had all 4 aliases counted, the right password would now be refused.
    const after = await t.gql(
      graphql(`
        mutation AuthLogin6 {
          login(email: "aliased@example.com", password: "aliased-password-1") {
            token
          }
        }
      `),
    );
    expect(after.errors).toBeUndefined();
    const second = await t.gql(
      graphql(`
        mutation AuthLogin7 {
          a: login(email: "aliased@example.com", password: "aliased-password-1") {
            token
          }
          b: login(email: "aliased@example.com", password: "aliased-password-1") {
            token
          }
        }
      `),
    );
    expect(second.errors!.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
  });

  it('forces a password change on a created agent and then lets it work', async () => {
    const created = await t.ok(
      graphql(`
        mutation AuthCreateAgent {
          createAgent(input: { email: "newbie@example.com", name: "Newbie", sendWelcomeEmail: false }) {
            temporaryPassword
            agent {
              id
              mustChangePassword
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    const temp = created.createAgent.temporaryPassword as string;
    expect(temp).toHaveLength(16);
    expect(created.createAgent.agent.mustChangePassword).toBe(true);
    const token = await t.login('newbie@example.com', temp);
    expect((await t.ok(VIEWER, {}, { token })).viewer.mustChangePassword).toBe(true);
    expect(codeOf(await t.gql(AUTH_AGENTS_DOC, {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation AuthChangePassword($c: String!) {
              changePassword(currentPassword: $c, newPassword: "short") {
                id
              }
            }
          `),
          { c: temp },
          { token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const changed = await t.gql(
      graphql(`
        mutation AuthChangePassword2($c: String!) {
          changePassword(currentPassword: $c, newPassword: "a-much-better-password") {
            mustChangePassword
          }
        }
      `),
      { c: temp },
      { token },
    );
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    expect((await t.ok(AUTH_AGENTS_DOC, {}, { token })).agents.totalCount).toBeGreaterThan(1);
    expect(
      codeOf(
        await t.gql(
          graphql(`
            mutation AuthLoginTemp($p: String!) {
              login(email: "newbie@example.com", password: $p) {
                token
              }
            }
          `),
          { p: temp },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('revokes other sessions on password change and the session on logout', async () => {
    await t.createAgent({ email: 'two@example.com', name: 'Two Sessions' }, 'first-password-1');
    const a = await t.login('two@example.com', 'first-password-1');
    const b = await t.login('two@example.com', 'first-password-1');
    await t.ok(
      graphql(`
        mutation AuthChangePassword3 {
          changePassword(currentPassword: "first-password-1", newPassword: "second-password-2") {
            id
          }
        }
      `),
      {},
      { token: a },
    );
    expect(codeOf(await t.gql(VIEWER, {}, { token: b }))).toBe('UNAUTHENTICATED');
    expect((await t.ok(VIEWER, {}, { token: a })).viewer.email).toBe('two@example.com');
    expect(
      (
        await t.ok(
          graphql(`
            mutation AuthLogout {
              logout
            }
          `),
          {},
          { token: a },
        )
      ).logout,
    ).toBe(true);
    expect(codeOf(await t.gql(VIEWER, {}, { token: a }))).toBe('UNAUTHENTICATED');
  });

  it('does not force a change on the start-up admin', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await t.ok(VIEWER, {}, { token })).viewer.mustChangePassword).toBe(false);
  });
});
