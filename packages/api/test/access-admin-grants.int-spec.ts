import { graphql } from './gql';
import { accessHelpers, CREATE_AGENT, newAgentInput, UPDATE_AGENT, VIEWER } from './helpers/access-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Granting rights: Profile permissions come from groups, and only admins make admins.

describe('access control', () => {
  let t: TestApp;
  let admin: string;
  const { count, agentRow } = accessHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.adminToken;
  });
  afterAll(() => t.close());

  it('edits its own profile only with the Profile permissions of its groups', async () => {
    const group = await t.ok(
      graphql(`
        mutation AccessCreatePermissionGroup {
          createPermissionGroup(input: { name: "No Profile", permissions: ["tickets.reply"] }) {
            id
          }
        }
      `),
      {},
      { token: admin },
    );
    const restricted = await t.createAgent({
      email: 'restricted@example.com',
      name: 'Restricted',
      permissionGroupIds: [group.createPermissionGroup.id],
    });
    const denied = await t.gql(UPDATE_AGENT, { id: restricted.id, i: { name: 'Renamed' } }, { token: restricted.token });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect((await agentRow(restricted.id)).name).toBe('Restricted');
    const ticket = await t.gql(
      UPDATE_AGENT,
      { id: restricted.id, i: { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] } },
      { token: restricted.token },
    );
    expect(codeOf(ticket)).toBe('FORBIDDEN');
    // Other notifications are always the agent's own.
    const other = await t.gql(
      UPDATE_AGENT,
      { id: restricted.id, i: { otherNotifications: [{ event: 'mention', email: false, browser: true }] } },
      { token: restricted.token },
    );
    expect(other.errors).toBeUndefined();
    // Granting the permission directly (permissions add up) lets the edit through.
    await t.ok(UPDATE_AGENT, { id: restricted.id, i: { permissions: ['profile.edit_own'] } }, { token: admin });
    expect((await t.ok(UPDATE_AGENT, { id: restricted.id, i: { name: 'Renamed' } }, { token: restricted.token })).updateAgent.name).toBe(
      'Renamed',
    );
  });

  describe('granting admin access', () => {
    it('is for admins only', async () => {
      const plain = await t.createAgent({ email: 'wannabe@example.com', name: 'Wannabe' }, 'wannabe-password-1');
      const peer = await t.createAgent({ email: 'peer@example.com', name: 'Peer' }, 'peer-password-1');
      const adminCount = async () => Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM agent WHERE is_admin = ?', [1]))[0].n);
      const before = await adminCount();

      expect(codeOf(await t.gql(UPDATE_AGENT, { id: plain.id, i: { isAdmin: true } }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: peer.id, i: { isAdmin: true } }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE_AGENT, { i: newAgentInput({ isAdmin: true }) }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessInviteAgent2 {
                inviteAgent(input: { email: "future-admin@example.com", isAdmin: true }) {
                  id
                }
              }
            `),
            {},
            { token: plain.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      const adminId = (await t.ok(VIEWER, {}, { token: admin })).viewer.id;
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {
                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {
                  id
                }
              }
            `),
            { s: adminId, t: [plain.id] },
            { token: plain.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await adminCount()).toBe(before);
      expect(await count('invitation')).toBe(0);

      // An admin grants it, and it takes effect on the agent's existing session.
      expect((await t.ok(UPDATE_AGENT, { id: plain.id, i: { isAdmin: true } }, { token: admin })).updateAgent.isAdmin).toBe(true);
      expect(await adminCount()).toBe(before + 1);
      expect(
        (
          await t.ok(
            graphql(`
              mutation AccessCreateTeam5 {
                createTeam(name: "Promoted Team") {
                  name
                }
              }
            `),
            {},
            { token: plain.token },
          )
        ).createTeam.name,
      ).toBe('Promoted Team');
    });
  });
});
