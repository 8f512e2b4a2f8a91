import { graphql } from './gql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

const SCALE_OUT_VIEWER_DOC = graphql(`
  query ScaleOutViewer {
    viewer {
      email
    }
  }
`);

// Two API "processes" (separate apps and connection pools) on one database: nothing that one
// process needs may live only in the memory of another.

describe('two API processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ LICENSE_SEATS: '3', LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '4' });
    b = await startTestApp({ LICENSE_SEATS: '3', LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '4' }, { shareDatabaseWith: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('shares sessions: signed in on one, recognised and signed out on the other', async () => {
    const token = await a.login('admin@example.com', 'correct horse battery');
    expect((await b.ok(SCALE_OUT_VIEWER_DOC, {}, { token })).viewer.email).toBe('admin@example.com');
    await b.ok(
      graphql(`
        mutation ScaleOutLogout {
          logout
        }
      `),
      {},
      { token },
    );
    expect(codeOf(await a.gql(SCALE_OUT_VIEWER_DOC, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('shares sign-in rate limits', async () => {
    const login = (t: TestApp) =>
      t.gql(
        graphql(`
          mutation ScaleOutLogin {
            login(email: "admin@example.com", password: "not-the-password") {
              token
            }
          }
        `),
      );
    for (const t of [a, b, a, b]) expect(codeOf(await login(t))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(a))).toBe('RATE_LIMITED');
    expect(codeOf(await login(b))).toBe('RATE_LIMITED');
  });

  it('lets exactly one of 40 concurrent creates and invites across both take the last seat', async () => {
    await a.ok(
      graphql(`
        mutation ScaleOutCreateAgent {
          createAgent(input: { email: "first@example.com", name: "First", sendWelcomeEmail: false }) {
            agent {
              id
            }
          }
        }
      `),
      {},
      { token: a.adminToken },
    );
    const calls = Array.from({ length: 40 }, (_, i) => {
      const t = i % 2 === 0 ? a : b;
      return i % 4 < 2
        ? t.gql(
            graphql(`
              mutation ScaleOutCreateAgent2($e: String!) {
                createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {
                  agent {
                    id
                  }
                }
              }
            `),
            { e: `x${i}@example.com` },
            { token: a.adminToken },
          )
        : t.gql(
            graphql(`
              mutation ScaleOutInviteAgent($e: String!) {
                inviteAgent(input: { email: $e }) {
                  id
                }
              }
            `),
            { e: `y${i}@example.com` },
            { token: a.adminToken },
          );
    });
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'LICENSE_LIMIT_REACHED')).toHaveLength(39);
    expect(
      (
        await b.ok(
          graphql(`
            query ScaleOutLicense {
              license {
                seats
                used
                available
              }
            }
          `),
          {},
          { token: a.adminToken },
        )
      ).license,
    ).toEqual({ seats: 3, used: 3, available: 0 });
  });
});
