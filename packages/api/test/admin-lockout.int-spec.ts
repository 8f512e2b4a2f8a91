import { codeOf, TestApp } from './helpers/test-app';
import { importCsv, startImportApp } from './helpers/import-helpers';

// Issue 18.1: the last-administrator rule counts only administrators who can sign in now (enabled,
// with a password). An imported administrator who has only a pending set-password link does not
// keep the helpdesk administrable: had the link expired, nobody could sign in as an admin.

const BULK = 'mutation($ids: [ID!]!, $i: BulkUpdateAgentsInput!) { bulkUpdateAgents(ids: $ids, input: $i) { id status } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id isAdmin status } }';

describe('the last administrator who can sign in', () => {
  let t: TestApp;
  let me: string;
  let pending: string;
  beforeAll(async () => {
    t = await startImportApp();
    me = (await t.ok('{ viewer { id } }', {}, { token: t.adminToken })).viewer.id;
    const csv = [
      'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature',
      'pending.admin@example.com,Pending Admin,1,,Yes,,,',
    ];
    const { job } = await importCsv(t, csv.join('\r\n'));
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1 });
    const found = await t.ok(
      '{ agents(filter: { search: "pending.admin" }) { edges { node { id isAdmin status } } } }',
      {},
      { token: t.adminToken },
    );
    expect(found.agents.edges[0].node).toMatchObject({ isAdmin: true, status: 'ACTIVE' });
    pending = found.agents.edges[0].node.id;
  });
  afterAll(() => t?.close());

  const as = () => ({ token: t.adminToken });

  it('is kept when the only other administrator has never set a password (bulk disable, update, disable)', async () => {
    const bulk = await t.gql(BULK, { ids: [me], i: { status: 'DISABLED' } }, as());
    expect(codeOf(bulk)).toBe('CONFLICT');
    expect(bulk.errors![0].message).toMatch(/administrator who can sign in/);
    expect(codeOf(await t.gql(UPDATE, { id: me, i: { isAdmin: false } }, as()))).toBe('CONFLICT');
    expect(codeOf(await t.gql(UPDATE, { id: me, i: { status: 'DISABLED' } }, as()))).toBe('CONFLICT');
    // Still an administrator who can sign in.
    expect((await t.ok('{ viewer { isAdmin status } }', {}, as())).viewer).toEqual({ isAdmin: true, status: 'ACTIVE' });
    // The pending one may be disabled or demoted freely: it is not what keeps the helpdesk administrable.
    expect((await t.ok(BULK, { ids: [pending], i: { status: 'DISABLED' } }, as())).bulkUpdateAgents[0].status).toBe('DISABLED');
    expect((await t.ok(BULK, { ids: [pending], i: { status: 'ACTIVE' } }, as())).bulkUpdateAgents[0].status).toBe('ACTIVE');
  });

  it('may leave once another administrator can sign in', async () => {
    const other = await t.createAgent({ email: 'second.admin@example.com', name: 'Second Admin', isAdmin: true });
    const demoted = await t.ok(UPDATE, { id: me, i: { isAdmin: false } }, { token: other.token });
    expect(demoted.updateAgent).toMatchObject({ isAdmin: false, status: 'ACTIVE' });
    // And now the second admin is the last one who can sign in.
    expect(codeOf(await t.gql(BULK, { ids: [other.id], i: { status: 'DISABLED' } }, { token: other.token }))).toBe('CONFLICT');
  });
});
