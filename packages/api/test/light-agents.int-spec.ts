import { graphql } from './gql';
import type { UpdateAgentInput } from './gql/graphql';
import { acceptLinkToken, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';

// The light agent type: what they may be given (refused with a field error otherwise), what
// converting does (Zendesk: the light role replaces their access), and the license: light agents
// use no seat, LICENSE_LIGHT_SEATS limits them, LIGHT -> FULL takes a seat under the seat lock.

const CREATE = graphql(`
  mutation LightCreate($i: CreateAgentInput!) {
    createAgent(input: $i) {
      agent {
        id
        type
        isAdmin
        isReportsAdmin
        permissions
        permissionGroups {
          id
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation LightUpdate($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
      type
      isAdmin
      isReportsAdmin
      permissions
      effectivePermissions
      permissionGroups {
        id
      }
    }
  }
`);
const LICENSE = graphql(`
  query LightLicense {
    license {
      seats
      used
      available
      lightSeats
      lightUsed
      lightAvailable
    }
  }
`);
const AGENTS_OF_TYPE = graphql(`
  query LightAgentsOfType($type: AgentType) {
    agents(filter: { type: $type }, first: 100) {
      totalCount
      edges {
        node {
          email
          type
        }
      }
    }
  }
`);
const INVITE = graphql(`
  mutation LightInvite($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
      agentType
    }
  }
`);
const BULK_INVITE = graphql(`
  mutation LightBulkInvite($emails: [String!]!, $type: AgentType) {
    bulkInviteAgents(emails: $emails, agentType: $type) {
      invited {
        email
        agentType
      }
      failed {
        email
        code
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation LightAccept($t: String!, $p: String!) {
    acceptInvitation(token: $t, password: $p) {
      agent {
        type
        isAdmin
        effectivePermissions
      }
    }
  }
`);

let seq = 0;
const input = (extra: Record<string, unknown> = {}) => ({
  email: `la-${++seq}@light.example`,
  name: `Light ${seq}`,
  sendWelcomeEmail: false,
  forcePasswordChange: false,
  password: 'light-password-1',
  ...extra,
});
const fields = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.fields ?? {};

describe('light agents', () => {
  let t: TestApp;
  const admin = () => ({ token: t.adminToken });
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '4', LICENSE_LIGHT_SEATS: '3' });
  });
  afterAll(() => t.close());

  it('refuses admin access, write permissions and write groups for a light agent, naming the field', async () => {
    const r1 = await t.gql(CREATE, { i: input({ type: 'LIGHT', isAdmin: true }) }, admin());
    expect(codeOf(r1)).toBe('BAD_USER_INPUT');
    expect(fields(r1)['input.isAdmin']).toMatch(/light agent/);
    const r2 = await t.gql(CREATE, { i: input({ type: 'LIGHT', permissions: ['people.view', 'people.edit'] }) }, admin());
    expect(fields(r2)['input.permissions']).toMatch(/people\.edit cannot be given to a light agent/);
    const r3 = await t.gql(CREATE, { i: input({ type: 'LIGHT', permissionGroupIds: ['2'] }) }, admin());
    expect(fields(r3)['input.permissionGroupIds']).toMatch(/"All Non-Destructive Permissions" \(it grants .*people\.edit/);
    const r4 = await t.gql(CREATE, { i: input({ type: 'LIGHT', isReportsAdmin: true }) }, admin());
    expect(fields(r4)['input.isReportsAdmin']).toMatch(/light agent/);
    expect(Number((await t.roster.ds.query("SELECT COUNT(*) AS n FROM agent WHERE type = 'LIGHT'"))[0].n)).toBe(0);

    const made = (await t.ok(CREATE, { i: input({ type: 'LIGHT' }) }, admin())).createAgent.agent;
    expect(made).toMatchObject({ type: 'LIGHT', isAdmin: false, permissionGroups: [] });
    expect(made.permissions).toEqual(expect.arrayContaining(['people.view', 'people.add_notes']));
    const grants: [UpdateAgentInput, string][] = [
      [{ isAdmin: true }, 'input.isAdmin'],
      [{ permissions: ['people.merge'] }, 'input.permissions'],
      [{ permissionGroupIds: ['1'] }, 'input.permissionGroupIds'],
    ];
    for (const [i, field] of grants) {
      const r = await t.gql(UPDATE, { id: made.id, i }, admin());
      expect([field, codeOf(r), Object.keys(fields(r))]).toEqual([field, 'BAD_USER_INPUT', [field]]);
    }
    const after = await t.ok(UPDATE, { id: made.id, i: { name: 'Still Light' } }, admin());
    expect(after.updateAgent).toMatchObject({ type: 'LIGHT', isAdmin: false, permissionGroups: [] });
    await t.ok(UPDATE, { id: made.id, i: { type: 'FULL' } }, admin());
  });

  it('strips what a light agent may not hold when an agent is converted to LIGHT (as Zendesk does), keeping the last admin', async () => {
    const full = (await t.ok(CREATE, { i: input({ isAdmin: true, isReportsAdmin: true, permissions: ['people.edit'] }) }, admin()))
      .createAgent.agent;
    expect(full.permissionGroups).toEqual([{ id: '1' }]);
    const light = (await t.ok(UPDATE, { id: full.id, i: { type: 'LIGHT' } }, admin())).updateAgent;
    expect(light).toMatchObject({ type: 'LIGHT', isAdmin: false, isReportsAdmin: false, permissionGroups: [] });
    expect(light.effectivePermissions).not.toContain('people.edit');
    expect(light.effectivePermissions).toEqual(expect.arrayContaining(['people.view', 'people.add_notes']));
    // Asking for admin access in the same request is refused, not stripped.
    const back = await t.gql(UPDATE, { id: full.id, i: { isAdmin: true } }, admin());
    expect(Object.keys(fields(back))).toEqual(['input.isAdmin']);
    // The last administrator cannot be converted (they would lose admin access).
    const me = (await t.ok(AGENTS_OF_TYPE, {}, admin())).agents.edges.find((e) => e.node.email === 'admin@example.com')!;
    expect(me.node.type).toBe('FULL');
    const adminId = (await t.roster.ds.query("SELECT id FROM agent WHERE email = 'admin@example.com'"))[0].id;
    const last = await t.gql(UPDATE, { id: String(adminId), i: { type: 'LIGHT' } }, admin());
    expect(codeOf(last)).toBe('CONFLICT');
    await t.ok(
      graphql(`
        mutation LightDelete($id: ID!) {
          deleteAgent(id: $id)
        }
      `),
      { id: full.id },
      admin(),
    );
  });

  it('counts full and light agents apart; LIGHT -> FULL takes a seat, FULL -> LIGHT frees one', async () => {
    const start = (await t.ok(LICENSE, {}, admin())).license;
    expect(start).toMatchObject({ seats: 4, lightSeats: 3 });
    const fullNow = start.used;
    const made = (await t.ok(CREATE, { i: input({ type: 'LIGHT' }) }, admin())).createAgent.agent;
    let lic = (await t.ok(LICENSE, {}, admin())).license;
    expect([lic.used, lic.lightUsed - start.lightUsed]).toEqual([fullNow, 1]);
    // Fill the full seats, then converting the light agent has no seat to take.
    const fillers = [];
    for (let i = fullNow; i < 4; i++) fillers.push((await t.ok(CREATE, { i: input() }, admin())).createAgent.agent.id);
    lic = (await t.ok(LICENSE, {}, admin())).license;
    expect(lic.available).toBe(0);
    const refused = await t.gql(UPDATE, { id: made.id, i: { type: 'FULL' } }, admin());
    expect(codeOf(refused)).toBe('LICENSE_LIMIT_REACHED');
    // Converting a full agent to light frees its seat, which the conversion back can take.
    await t.ok(UPDATE, { id: fillers[0], i: { type: 'LIGHT' } }, admin());
    lic = (await t.ok(LICENSE, {}, admin())).license;
    expect([lic.available, lic.lightUsed]).toEqual([1, start.lightUsed + 2]);
    expect((await t.ok(UPDATE, { id: made.id, i: { type: 'FULL' } }, admin())).updateAgent.type).toBe('FULL');
    // The light limit holds too: 3 light agents at most (agents plus pending light invitations).
    await t.ok(INVITE, { i: { email: 'inv-light@light.example', agentType: 'LIGHT' } }, admin());
    await t.ok(CREATE, { i: input({ type: 'LIGHT' }) }, admin());
    lic = (await t.ok(LICENSE, {}, admin())).license;
    expect([lic.lightUsed, lic.lightAvailable]).toEqual([3, 0]);
    expect(codeOf(await t.gql(CREATE, { i: input({ type: 'LIGHT' }) }, admin()))).toBe('LICENSE_LIMIT_REACHED');
    const types = (await t.ok(AGENTS_OF_TYPE, { type: 'LIGHT' }, admin())).agents;
    expect(types.edges.every((e) => e.node.type === 'LIGHT')).toBe(true);
    expect(types.totalCount).toBe(2);
  });
});

describe('light agents: invitations', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));

  it('invites light agents (one and in bulk) without taking seats; accepting creates a light agent', async () => {
    const admin = { token: t.adminToken };
    const before = (await t.ok(LICENSE, {}, admin)).license;
    const refused = await t.gql(INVITE, { i: { email: 'no@light.example', agentType: 'LIGHT', isAdmin: true } }, admin);
    expect(Object.keys(fields(refused))).toEqual(['input.isAdmin']);
    const refusedGroups = await t.gql(INVITE, { i: { email: 'no@light.example', agentType: 'LIGHT', permissionGroupIds: ['1'] } }, admin);
    expect(Object.keys(fields(refusedGroups))).toEqual(['input.permissionGroupIds']);
    const inv = (await t.ok(INVITE, { i: { email: 'lena@light.example', agentType: 'LIGHT' } }, admin)).inviteAgent;
    expect(inv.agentType).toBe('LIGHT');
    const bulk = (await t.ok(BULK_INVITE, { emails: ['b1@light.example', 'b2@light.example'], type: 'LIGHT' }, admin)).bulkInviteAgents;
    expect(bulk.invited.map((i) => i.agentType)).toEqual(['LIGHT', 'LIGHT']);
    const after = (await t.ok(LICENSE, {}, admin)).license;
    expect([after.used, after.lightUsed]).toEqual([before.used, before.lightUsed + 3]);
    await t.roster.mailer.deliverDue();
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('lena@light.example'));
    const accepted = (await t.ok(ACCEPT, { t: acceptLinkToken(mail.text), p: 'lena-password-123' })).acceptInvitation.agent;
    expect(accepted).toMatchObject({ type: 'LIGHT', isAdmin: false });
    expect(accepted.effectivePermissions).not.toContain('people.edit');
    expect(accepted.effectivePermissions).toContain('people.add_notes');
  });
});

describe('light agents: two conversions racing for the last seat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '2' });
  });
  afterAll(() => t.close());

  it('lets one win', async () => {
    const admin = { token: t.adminToken };
    // The admin holds one of the two seats; two light agents race for the other.
    const a = (await t.ok(CREATE, { i: input({ type: 'LIGHT' }) }, admin)).createAgent.agent.id;
    const b = (await t.ok(CREATE, { i: input({ type: 'LIGHT' }) }, admin)).createAgent.agent.id;
    const results = await Promise.all([a, b].map((id) => t.gql(UPDATE, { id, i: { type: 'FULL' } }, admin)));
    expect(results.map(codeOf).sort()).toEqual([undefined, 'LICENSE_LIMIT_REACHED'].sort());
    expect(Number((await t.roster.ds.query("SELECT COUNT(*) AS n FROM agent WHERE type = 'FULL'"))[0].n)).toBe(2);
    expect((await t.ok(LICENSE, {}, admin)).license).toMatchObject({ used: 2, available: 0, lightUsed: 1 });
  });
});
