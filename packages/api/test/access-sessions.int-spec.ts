import { graphql } from './gql';
import { accessHelpers, AGENTS, CREATE_AGENT, newAgentInput, UPDATE_AGENT, VIEWER } from './helpers/access-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Sessions: nested fields are guarded for narrow tokens and pending password changes; disabled agents lose their sessions.

/** The directory, reached through the viewer's teams. */
const VIEWER_TEAM_MEMBERS = graphql(`
  query AccessViewer2 {
    viewer {
      teams {
        members {
          email
        }
      }
    }
  }
`);

describe('access control', () => {
  let t: TestApp;
  let admin: string;
  const { newToken } = accessHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.adminToken;
  });
  afterAll(() => t.close());

  it('guards nested fields too: a narrow token or a pending password change cannot read the directory through viewer', async () => {
    const narrow = await newToken(['users:read']);
    const viaViewer = await t.gql(VIEWER_TEAM_MEMBERS, {}, { token: narrow.token });
    expect(codeOf(viaViewer)).toBe('FORBIDDEN');
    expect(
      (
        await t.ok(
          graphql(`
            query AccessViewer3 {
              viewer {
                id
                email
              }
            }
          `),
          {},
          { token: narrow.token },
        )
      ).viewer.id,
    ).toBeTruthy();
    const created = await t.ok(CREATE_AGENT, { i: newAgentInput({ forcePasswordChange: true }) }, { token: admin });
    const row = (await t.roster.ds.query('SELECT email FROM agent WHERE id = ?', [Number(created.createAgent.agent.id)]))[0];
    const pending = await t.login(row.email, 'made-password-1');
    expect(codeOf(await t.gql(VIEWER_TEAM_MEMBERS, {}, { token: pending }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await t.ok(
          graphql(`
            query AccessViewer4 {
              viewer {
                email
                mustChangePassword
              }
            }
          `),
          {},
          { token: pending },
        )
      ).viewer.mustChangePassword,
    ).toBe(true);
  });

  describe('disabled agents', () => {
    const LOGIN = graphql(`
      mutation AccessLogin($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
        }
      }
    `);

    it('cannot sign in, and their sessions stop working', async () => {
      const a = await t.createAgent({ email: 'soon-disabled@example.com', name: 'Soon Disabled' }, 'disabled-password-1');
      const second = await t.login('soon-disabled@example.com', 'disabled-password-1');
      await t.ok(VIEWER, {}, { token: a.token });
      await t.ok(UPDATE_AGENT, { id: a.id, i: { status: 'DISABLED' } }, { token: admin });

      expect(codeOf(await t.gql(VIEWER, {}, { token: a.token }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(AGENTS, {}, { token: second }))).toBe('UNAUTHENTICATED');
      const login = await t.gql(LOGIN, { e: 'soon-disabled@example.com', p: 'disabled-password-1' });
      expect(codeOf(login)).toBe('UNAUTHENTICATED');
      expect(login.data ?? null).toBeNull();
      expect(login.headers.get('set-cookie') ?? '').not.toMatch(/roster_session=rss_/);

      // Enabled again, the same password works: the refusal above was the status.
      await t.ok(UPDATE_AGENT, { id: a.id, i: { status: 'ACTIVE' } }, { token: admin });
      const back = await t.login('soon-disabled@example.com', 'disabled-password-1');
      expect((await t.ok(VIEWER, {}, { token: back })).viewer.id).toBe(a.id);
    });

    it('loses a session even when only the status column changes', async () => {
      // Not through updateAgent (which also deletes sessions): the session check itself must look at the status.
      const a = await t.createAgent({ email: 'db-disabled@example.com', name: 'Db Disabled' }, 'db-disabled-password-1');
      await t.ok(VIEWER, {}, { token: a.token });
      await t.roster.ds.query("UPDATE agent SET status = 'DISABLED' WHERE id = ?", [Number(a.id)]);
      expect(codeOf(await t.gql(VIEWER, {}, { token: a.token }))).toBe('UNAUTHENTICATED');
      await t.roster.ds.query("UPDATE agent SET status = 'ACTIVE' WHERE id = ?", [Number(a.id)]);
      await t.ok(VIEWER, {}, { token: a.token });
    });
  });
});
