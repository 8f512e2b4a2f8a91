import { graphql } from './gql';
import { ApiToken } from '../src/modules/api-token';
import { Session } from '../src/modules/auth';
import { sha256 } from '../src/common/tokens';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Sessions (issue 20): My sessions (where, which browser, revoke one or all others), the last
// sign-in on agents, an administrator signing an agent out everywhere, and expiring API tokens.

const LOGIN = graphql(`
  mutation SessionsLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);
const MINE = graphql(`
  query SessionsMine {
    mySessions {
      id
      current
      browser
      ip
      createdAt
      lastSeenAt
    }
  }
`);
const REVOKE = graphql(`
  mutation SessionsRevoke($id: ID!) {
    revokeSession(id: $id)
  }
`);
const REVOKE_OTHERS = graphql(`
  mutation SessionsRevokeOthers {
    revokeOtherSessions
  }
`);
const EVERYWHERE = graphql(`
  mutation SessionsEverywhere($id: ID!) {
    signOutAgentEverywhere(agentId: $id) {
      id
    }
  }
`);
const LAST_SIGN_IN = graphql(`
  query SessionsLastSignIn($id: ID!) {
    agent(id: $id) {
      lastSignInAt
    }
  }
`);
const LIST_SIGN_IN = graphql(`
  query SessionsListSignIn($search: String) {
    agents(first: 5, filter: { search: $search }) {
      edges {
        node {
          email
          lastSignInAt
        }
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation SessionsCreateToken($expiresAt: DateTime) {
    createApiToken(name: "expiring", scopes: ["agents:read"], expiresAt: $expiresAt) {
      token
      apiToken {
        id
        expiresAt
      }
    }
  }
`);
const VIEWER = graphql(`
  query SessionsViewer {
    viewer {
      id
    }
  }
`);

const PASSWORD = 'agent-password-1';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const works = async (token: string) => !codeOf(await t.gql(VIEWER, {}, { token }));
  const loginAs = async (email: string, ua = FIREFOX) =>
    (await t.ok(LOGIN, { e: email, p: PASSWORD }, { headers: { 'user-agent': ua } })).login.token;

  it("My sessions lists where one is signed in; one or all others can be ended; never another agent's", async () => {
    const { token: first } = await t.createAgent({ email: 'mo@example.com', name: 'Mo' });
    const second = await loginAs('mo@example.com');
    const third = await loginAs('mo@example.com');
    const { mySessions } = await t.ok(MINE, {}, { token: third });
    expect(mySessions).toHaveLength(3);
    expect(mySessions.filter((s) => s.current)).toHaveLength(1);
    expect(mySessions[0]).toMatchObject({ current: true, browser: 'Firefox 133 on Windows', ip: expect.stringMatching(/127\.0\.0\.1/) });

    const other = await t.createAgent({ email: 'nia@example.com', name: 'Nia' });
    const notMine = (await t.ok(MINE, {}, { token: other.token })).mySessions[0].id;
    expect(codeOf(await t.gql(REVOKE, { id: notMine }, { token: third }))).toBe('NOT_FOUND');
    expect(await works(other.token)).toBe(true);

    const secondId = (await t.ok(MINE, {}, { token: second })).mySessions.find((s) => s.current)!.id;
    expect((await t.ok(REVOKE, { id: secondId }, { token: third })).revokeSession).toBe(true);
    expect(await works(second)).toBe(false);
    expect(await works(first)).toBe(true);

    expect((await t.ok(REVOKE_OTHERS, {}, { token: third })).revokeOtherSessions).toBe(1);
    expect(await works(first)).toBe(false);
    expect(await works(third)).toBe(true);
  });

  it('API tokens cannot read or end sessions', async () => {
    const { token } = await t.createAgent({ email: 'tok@example.com', name: 'Tok' });
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await t.gql(MINE, {}, { token: apiToken }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REVOKE_OTHERS, {}, { token: apiToken }))).toBe('FORBIDDEN');
    expect(await works(token)).toBe(true);
  });

  it("a request refreshes its session's last-seen time once it is over a minute old; an expired session acts as nobody", async () => {
    await t.createAgent({ email: 'seen@example.com', name: 'Seen' });
    const token = await loginAs('seen@example.com');
    const sessions = t.roster.ds.getRepository(Session);
    const session = await sessions.findOneByOrFail({ tokenHash: sha256(token) });
    const at = (msAgo: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - msAgo);
    // 50 s ago: left as it is.
    const recent = at(50_000);
    await sessions.update(session.id, { lastSeenAt: recent });
    expect(await works(token)).toBe(true);
    expect((await sessions.findOneByOrFail({ id: session.id })).lastSeenAt.getTime()).toBe(recent.getTime());
    // 70 s ago: refreshed to about now.
    await sessions.update(session.id, { lastSeenAt: at(70_000) });
    const before = Date.now();
    expect(await works(token)).toBe(true);
    const refreshed = (await sessions.findOneByOrFail({ id: session.id })).lastSeenAt.getTime();
    expect(refreshed).toBeGreaterThanOrEqual(before - 1000);
    expect(refreshed).toBeLessThanOrEqual(Date.now() + 1000);
    // Expired: nobody, and nothing written.
    const stale = at(70_000);
    await sessions.update(session.id, { expiresAt: at(1000), lastSeenAt: stale });
    expect(await works(token)).toBe(false);
    expect((await sessions.findOneByOrFail({ id: session.id })).lastSeenAt.getTime()).toBe(stale.getTime());
  });

  it('an agent holds at most 30 sessions: the least recently used end first', async () => {
    await t.createAgent({ email: 'many@example.com', name: 'Many' });
    const tokens: string[] = [];
    for (let i = 0; i < 31; i++) tokens.push(await loginAs('many@example.com'));
    expect(
      await t.roster.ds.getRepository(Session).countBy({ agentId: Number((await t.ok(VIEWER, {}, { token: tokens[30] })).viewer.id) }),
    ).toBe(30);
    expect((await t.ok(MINE, {}, { token: tokens[30] })).mySessions).toHaveLength(30);
    expect(await works(tokens[30])).toBe(true);
  });

  it('administrators sign an agent out everywhere (logged); others may not; last sign-in is for admins and oneself', async () => {
    const pat = await t.createAgent({ email: 'pat@example.com', name: 'Pat' });
    const quinn = await t.createAgent({ email: 'quinn@example.com', name: 'Quinn' });
    expect(codeOf(await t.gql(EVERYWHERE, { id: pat.id }, { token: quinn.token }))).toBe('FORBIDDEN');
    const adminId = (await t.ok(VIEWER, {}, { token: t.adminToken })).viewer.id;
    expect(codeOf(await t.gql(EVERYWHERE, { id: adminId }, { token: t.adminToken }))).toBe('FORBIDDEN');

    const seen = (await t.ok(LAST_SIGN_IN, { id: pat.id }, { token: t.adminToken })).agent!.lastSignInAt;
    expect(Math.abs(new Date(String(seen)).getTime() - Date.now())).toBeLessThan(60_000);
    expect((await t.ok(LAST_SIGN_IN, { id: pat.id }, { token: pat.token })).agent!.lastSignInAt).toBe(seen);
    expect((await t.ok(LAST_SIGN_IN, { id: pat.id }, { token: quinn.token })).agent!.lastSignInAt).toBeNull();
    // The same rule on the agents list (the SPA's Last sign-in column), whichever path answers it.
    const listed = async (token: string) =>
      (await t.ok(LIST_SIGN_IN, { search: 'pat@example.com' }, { token })).agents.edges.map((e) => e.node.lastSignInAt);
    expect(await listed(t.adminToken)).toEqual([seen]);
    expect(await listed(quinn.token)).toEqual([null]);

    await t.ok(EVERYWHERE, { id: pat.id }, { token: t.adminToken });
    expect(await works(pat.token)).toBe(false);
    expect(await works(quinn.token)).toBe(true);
    const log = await t.ok(
      `query($id: ID!) { changeLog(entityType: AGENT, entityId: $id) { edges { node { field newValue } } } }`,
      { id: pat.id },
      {
        token: t.adminToken,
      },
    );
    expect(log.changeLog.edges.map((e: any) => e.node)).toContainEqual({ field: 'sessions', newValue: '(signed out everywhere)' });
  });

  it('API tokens may expire: a past date is refused, an expired token says so', async () => {
    const past = await t.gql(CREATE_TOKEN, { expiresAt: new Date(Date.now() - 60_000).toISOString() }, { token: t.adminToken });
    expect(past.errors?.[0]?.extensions?.fields).toEqual({ expiresAt: 'must be in the future' });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const created = (await t.ok(CREATE_TOKEN, { expiresAt: future }, { token: t.adminToken })).createApiToken;
    expect(new Date(String(created.apiToken.expiresAt)).toISOString()).toBe(future);
    expect(await works(created.token)).toBe(true);
    await t.roster.ds.getRepository(ApiToken).update(Number(created.apiToken.id), { expiresAt: new Date(Date.now() - 1000) });
    const refused = await t.gql(VIEWER, {}, { token: created.token });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
  });
});
