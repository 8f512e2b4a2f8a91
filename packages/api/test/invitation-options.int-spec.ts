import { In } from 'typeorm';
import { OutboxMessage } from '../src/modules/mail';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Invitations carry a role, teams and permission groups, single (inviteAgent) or bulk
// (bulkInviteAgents); the invitation email names them, and an invitation made with an API token
// names the token's owner, not the token (issue 19.1).

const INVITE = `mutation($i: InviteAgentInput!) { inviteAgent(input: $i) { id email isAdmin } }`;
const BULK = `mutation($e: [String!]!, $a: Boolean, $t: [ID!], $g: [ID!]) {
  bulkInviteAgents(emails: $e, isAdmin: $a, teamIds: $t, permissionGroupIds: $g) {
    invited { email isAdmin teams { name } permissionGroups { name } }
    failed { email code }
    missingSeats } }`;
const TEAM = 'mutation($n: String!) { createTeam(name: $n) { id } }';
const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';
const TOKEN = 'mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }';

describe('invitation options and the invitation email', () => {
  let t: TestApp;
  let support: string;
  let billing: string;
  let tier2: string;
  const asAdmin = (q: string, v: Record<string, unknown> = {}) => t.ok(q, v, { token: t.adminToken });
  const mailTo = async (to: string) => {
    const [msg] = await t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: to });
    return msg;
  };

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '50' });
    support = (await asAdmin(TEAM, { n: 'Support' })).createTeam.id;
    billing = (await asAdmin(TEAM, { n: 'Billing' })).createTeam.id;
    tier2 = (await asAdmin(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } })).createPermissionGroup.id;
  });
  afterAll(() => t.close());

  it('names the role, teams and permission groups of a single invitation in its email', async () => {
    await asAdmin(INVITE, { i: { email: 'ada@example.com', isAdmin: true, teamIds: [support, billing], permissionGroupIds: [tier2] } });
    const msg = await mailTo('ada@example.com');
    expect(msg.subject).toBe('Administrator invited you to join Roster');
    expect(msg.textBody).toContain('You were invited as an administrator, in teams Billing, Support, with the permission group Tier 2.');
    expect(msg.htmlBody).toContain('You were invited as an administrator, in teams Billing, Support, with the permission group Tier 2.');

    await asAdmin(INVITE, { i: { email: 'bo@example.com' } });
    expect((await mailTo('bo@example.com')).textBody).toContain('You were invited as an agent, with the permission group All Permissions.');
  });

  it('bulk invites with a role, teams and groups, and names them in each email', async () => {
    const r = (await asAdmin(BULK, { e: ['cy@example.com', 'di@example.com'], a: false, t: [support], g: [tier2, '2'] })).bulkInviteAgents;
    expect(r.failed).toEqual([]);
    expect(r.invited).toEqual([
      { email: 'cy@example.com', isAdmin: false, teams: [{ name: 'Support' }], permissionGroups: expect.any(Array) },
      { email: 'di@example.com', isAdmin: false, teams: [{ name: 'Support' }], permissionGroups: expect.any(Array) },
    ]);
    expect(r.invited[0].permissionGroups.map((g: { name: string }) => g.name).sort()).toEqual([
      'All Non-Destructive Permissions',
      'Tier 2',
    ]);
    const mail = await t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: In(['cy@example.com', 'di@example.com']) });
    expect(mail).toHaveLength(2);
    for (const m of mail) {
      expect(m.textBody).toContain(
        'You were invited as an agent, in team Support, with the permission groups All Non-Destructive Permissions, Tier 2.',
      );
    }
    // Omitted options: the quick invite (All Permissions, not an administrator).
    const quick = (await asAdmin(BULK, { e: ['ed@example.com'] })).bulkInviteAgents;
    expect(quick.invited).toEqual([
      { email: 'ed@example.com', isAdmin: false, teams: [], permissionGroups: [{ name: 'All Permissions' }] },
    ]);
    const admins = (await asAdmin(BULK, { e: ['flo@example.com'], a: true })).bulkInviteAgents;
    expect(admins.invited[0].isAdmin).toBe(true);
    expect((await mailTo('flo@example.com')).textBody).toContain('You were invited as an administrator');
  });

  it('refuses unknown teams and groups in a bulk invite before inviting anyone, naming the arguments', async () => {
    const r = await t.gql(BULK, { e: ['gus@example.com'], t: ['987654'], g: ['x'] }, { token: t.adminToken });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields).toEqual({ teamIds: expect.stringMatching(/987654/), permissionGroupIds: 'is not a valid id' });
    expect(await mailTo('gus@example.com')).toBeUndefined();
  });

  it('an API token invites in its owner’s name, and cannot bulk invite administrators', async () => {
    const token = (await asAdmin(TOKEN, { n: 'Billing sync', s: ['agents:read', 'agents:write'] })).createApiToken.token;
    await t.ok(INVITE, { i: { email: 'hal@example.com', teamIds: [billing] } }, { token });
    const msg = await mailTo('hal@example.com');
    expect(msg.subject).toBe('Administrator invited you to join Roster');
    expect(msg.textBody).not.toContain('API token');
    expect(msg.textBody).not.toContain('Billing sync');
    expect(msg.textBody).toContain('Administrator invited you to join their helpdesk in Roster.');

    await t.ok(BULK, { e: ['ivy@example.com'] }, { token });
    expect((await mailTo('ivy@example.com')).subject).toBe('Administrator invited you to join Roster');

    const refused = await t.gql(BULK, { e: ['jo@example.com'], a: true }, { token });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await mailTo('jo@example.com')).toBeUndefined();
  });
});
