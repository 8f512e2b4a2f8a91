import { graphql } from './gql';
import { OutboxMessage } from '../src/modules/mail';
import { agentHelpers, fields } from './helpers/agent-fixtures';
import { importCsv, startImportApp } from './helpers/import-helpers';
import { codeOf, GqlResult, TestApp } from './helpers/test-app';

// Login and extra addresses of agents are one case-insensitive namespace (issue 18.2), held by the
// database (agent_email, a unique key on the normalised address) and kept by every writer. The
// race at the end is what the unique key is for: run it on MariaDB (TEST_DATABASE_URL).

const CREATE = graphql(`
  mutation NamespaceCreate($i: CreateAgentInput!) {
    createAgent(input: $i) {
      agent {
        id
        email
        extraEmails
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation NamespaceUpdate($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
      email
      extraEmails
    }
  }
`);
const GET = graphql(`
  query NamespaceGet($id: ID!) {
    agent(id: $id) {
      id
      email
      extraEmails
    }
  }
`);
const DELETE = graphql(`
  mutation NamespaceDelete($id: ID!) {
    deleteAgent(id: $id)
  }
`);
const INVITE = graphql(`
  mutation NamespaceInvite($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
    }
  }
`);
const BULK_INVITE = graphql(`
  mutation NamespaceBulkInvite($e: [String!]!) {
    bulkInviteAgents(emails: $e) {
      invited {
        email
      }
      failed {
        email
        code
        message
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation NamespaceAccept($t: String!, $p: String!) {
    acceptInvitation(token: $t, password: $p) {
      token
    }
  }
`);

const TAKEN = 'is already used by another agent';

describe('agent email namespace', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t.close());
  const { asAdmin, tryAdmin } = agentHelpers(() => t);
  const newAgent = (email: string, extraEmails: string[] = [], name = 'Namespace Agent') => ({
    email,
    name,
    extraEmails,
    sendWelcomeEmail: false,
    forcePasswordChange: false,
    password: 'agent-password-1',
  });
  const create = async (email: string, extraEmails: string[] = []) =>
    (await asAdmin(CREATE, { i: newAgent(email, extraEmails) })).createAgent.agent;
  const get = async (id: string) => (await asAdmin(GET, { id })).agent!;
  const agentCount = async () => Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM agent'))[0].n);
  const expectTaken = (r: GqlResult, field: 'email' | `extraEmails.${number}`) => {
    expect({ code: codeOf(r), field: fields(r)[`input.${field}`] }).toEqual({ code: 'CONFLICT', field: TAKEN });
  };

  it("refuses another agent's login as an extra email, in any case, and changes nothing", async () => {
    const ann = await create('ann@example.com');
    const bob = await create('bob@example.com', ['bob.extra@example.com']);
    for (const address of ['ann@example.com', 'ANN@Example.COM']) {
      expectTaken(await tryAdmin(UPDATE, { id: bob.id, i: { extraEmails: ['bob.new@example.com', address] } }), 'extraEmails.1');
    }
    expect(await get(bob.id)).toEqual({ id: bob.id, email: 'bob@example.com', extraEmails: ['bob.extra@example.com'] });
    expectTaken(await tryAdmin(CREATE, { i: newAgent('carl@example.com', ['Ann@example.com']) }), 'extraEmails.0');
    expect(await get(ann.id)).toMatchObject({ email: 'ann@example.com' });
  });

  it("refuses a new agent, an invitation or a bulk invitation of another agent's extra email", async () => {
    await create('dora@example.com', ['shared.desk@example.com']);
    const before = await agentCount();
    expectTaken(await tryAdmin(CREATE, { i: newAgent('Shared.Desk@example.com') }), 'email');
    expectTaken(await tryAdmin(CREATE, { i: newAgent('erin@example.com', ['shared.desk@EXAMPLE.com']) }), 'extraEmails.0');
    expect(await agentCount()).toBe(before);
    const invite = await tryAdmin(INVITE, { i: { email: 'SHARED.desk@example.com' } });
    expect(codeOf(invite)).toBe('CONFLICT');
    expect(fields(invite)['input.email']).toMatch(/already used by another agent/);
    const bulk = await asAdmin(BULK_INVITE, { e: ['fresh.one@example.com', 'shared.desk@example.com'] });
    expect(bulk.bulkInviteAgents.invited.map((i) => i.email)).toEqual(['fresh.one@example.com']);
    expect(bulk.bulkInviteAgents.failed).toEqual([
      { email: 'shared.desk@example.com', code: 'ALREADY_AGENT', message: expect.stringMatching(/already used by another agent/) },
    ]);
  });

  it("makes a CSV row with another agent's extra email a row error naming the row", async () => {
    await create('fay@example.com', ['fay.alias@example.com']);
    const csv = 'Email,Name,Permission Groups\r\nnew.importer@example.com,New Importer,1\r\nFay.Alias@example.com,Not Fay,1\r\n';
    const { job } = await importCsv(t, csv, { onError: 'SKIP_INVALID_ROWS' });
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 1 });
    expect(job.errors).toEqual([
      { row: 2, column: 'Email', code: 'EMAIL_TAKEN', message: expect.stringMatching(/already used by another agent/) },
    ]);
    expect(Number((await t.roster.ds.query("SELECT COUNT(*) AS n FROM agent WHERE email = 'fay.alias@example.com'"))[0].n)).toBe(0);
  });

  it("refuses the agent's own login, or one address twice, among its extra emails", async () => {
    const gus = await create('gus@example.com');
    const own = await tryAdmin(UPDATE, { id: gus.id, i: { extraEmails: ['gus.two@example.com', 'GUS@example.com'] } });
    expect(codeOf(own)).toBe('BAD_USER_INPUT');
    expect(fields(own)['input.extraEmails.1']).toMatch(/login email/);
    const twice = await tryAdmin(UPDATE, { id: gus.id, i: { extraEmails: ['gus.two@example.com', 'Gus.Two@example.com'] } });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(fields(twice)['input.extraEmails.1']).toMatch(/twice/);
    const onCreate = await tryAdmin(CREATE, { i: newAgent('hal@example.com', ['HAL@example.com']) });
    expect(fields(onCreate)['input.extraEmails.0']).toMatch(/login email/);
    expect(await get(gus.id)).toMatchObject({ extraEmails: [] });
  });

  it('lets an agent swap its login and extra, promote an extra, and hand an address to another agent', async () => {
    const ivy = await create('ivy@example.com', ['ivy.work@example.com']);
    expect(await asAdmin(UPDATE, { id: ivy.id, i: { email: 'ivy.work@example.com', extraEmails: ['ivy@example.com'] } })).toEqual({
      updateAgent: { id: ivy.id, email: 'ivy.work@example.com', extraEmails: ['ivy@example.com'] },
    });
    // The login moves to one of its own extras: that extra is the login now, not also an extra.
    expect((await asAdmin(UPDATE, { id: ivy.id, i: { email: 'IVY@example.com' } })).updateAgent).toMatchObject({
      email: 'ivy@example.com',
      extraEmails: [],
    });
    // ivy.work@ was freed when Ivy's login moved back: Jon takes it; then Ivy cannot have it back.
    const jon = await create('jon@example.com');
    expect((await asAdmin(UPDATE, { id: jon.id, i: { extraEmails: ['ivy.work@example.com'] } })).updateAgent.extraEmails).toEqual([
      'ivy.work@example.com',
    ]);
    expectTaken(await tryAdmin(UPDATE, { id: ivy.id, i: { extraEmails: ['ivy.work@example.com'] } }), 'extraEmails.0');
    // Handing over: Jon lets it go, Ivy takes it.
    await asAdmin(UPDATE, { id: jon.id, i: { extraEmails: null } });
    expect((await asAdmin(UPDATE, { id: ivy.id, i: { extraEmails: ['ivy.work@example.com'] } })).updateAgent.extraEmails).toEqual([
      'ivy.work@example.com',
    ]);
  });

  it('frees the addresses of an agent that changed or lost them', async () => {
    const kim = await create('kim@example.com', ['kim.old@example.com']);
    const lee = await create('lee@example.com');
    expectTaken(await tryAdmin(UPDATE, { id: lee.id, i: { extraEmails: ['kim.old@example.com'] } }), 'extraEmails.0');
    await asAdmin(UPDATE, { id: kim.id, i: { email: 'kim.new@example.com', extraEmails: [] } });
    expect(
      (await asAdmin(UPDATE, { id: lee.id, i: { extraEmails: ['kim.old@example.com', 'kim@example.com'] } })).updateAgent,
    ).toMatchObject({
      extraEmails: ['kim.old@example.com', 'kim@example.com'],
    });
    expectTaken(await tryAdmin(UPDATE, { id: kim.id, i: { extraEmails: ['kim@example.com'] } }), 'extraEmails.0');
  });

  it("frees a deleted agent's login and extra emails", async () => {
    const max = await create('max@example.com', ['max.extra@example.com']);
    expectTaken(await tryAdmin(CREATE, { i: newAgent('max.extra@example.com') }), 'email');
    await asAdmin(DELETE, { id: max.id });
    const reborn = await create('max.extra@example.com', ['max@example.com']);
    expect(reborn).toMatchObject({ email: 'max.extra@example.com', extraEmails: ['max@example.com'] });
  });

  it("refuses to accept an invitation whose address became another agent's extra email", async () => {
    await asAdmin(INVITE, { i: { email: 'nia@example.com' } });
    const msg = await t.roster.ds.getRepository(OutboxMessage).findOneByOrFail({ toAddress: 'nia@example.com' });
    const token = decodeURIComponent(/accept-invitation\?token=([A-Za-z0-9_%-]+)/.exec(msg.textBody)![1]);
    await create('oli@example.com', ['nia@example.com']);
    const before = await agentCount();
    const r = await t.gql(ACCEPT, { t: token, p: 'nia-password-123' });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/already used by another agent/);
    expect(await agentCount()).toBe(before);
  });

  it('is held by a unique key in the database, not only by a check before the write', async () => {
    const pia = await create('pia@example.com', ['pia.extra@example.com']);
    const rows = await t.roster.ds.query('SELECT address, agent_id, kind FROM agent_email WHERE agent_id = ? ORDER BY address', [
      Number(pia.id),
    ]);
    expect(rows.map((r: { address: string; agent_id: number | string; kind: string }) => [r.address, Number(r.agent_id), r.kind])).toEqual([
      ['pia.extra@example.com', Number(pia.id), 'EXTRA'],
      ['pia@example.com', Number(pia.id), 'LOGIN'],
    ]);
    const other = await create('quin@example.com');
    await expect(
      t.roster.ds.query("INSERT INTO agent_email (address, agent_id, kind) VALUES ('pia.extra@example.com', ?, 'EXTRA')", [
        Number(other.id),
      ]),
    ).rejects.toThrow();
  });

  it('lets exactly one of many concurrent creates and updates claiming one address win; the others get the field error', async () => {
    for (let round = 0; round < 3; round++) {
      const address = `race-${round}@example.com`;
      const agents = await Promise.all([0, 1, 2, 3].map((i) => create(`racer-${round}-${i}@example.com`)));
      const results = await Promise.all([
        ...agents.map((a) => t.gql(UPDATE, { id: a.id, i: { extraEmails: [address] } }, { token: t.adminToken })),
        ...[0, 1, 2].map((i) =>
          t.gql(CREATE, { i: newAgent(i ? `racer-new-${round}-${i}@example.com` : address, i ? [address] : []) }, { token: t.adminToken }),
        ),
      ]);
      const winners = results.filter((r) => !r.errors);
      expect({ round, winners: winners.length }).toEqual({ round, winners: 1 });
      for (const r of results.filter((x) => x.errors)) {
        expect({ code: codeOf(r), messages: Object.values(fields(r)) }).toEqual({ code: 'CONFLICT', messages: [TAKEN] });
        expect(Object.keys(fields(r))).toEqual([expect.stringMatching(/^input\.(email|extraEmails\.0)$/)]);
      }
      const holders = await t.roster.ds.query('SELECT agent_id FROM agent_email WHERE address = ?', [address]);
      expect(holders).toHaveLength(1);
    }
  }, 60_000);
});
