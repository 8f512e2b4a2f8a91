import { agentHelpers } from './helpers/agent-fixtures';
import { exportAgentsCsv, importCsv, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// A file exported from Roster imports back with the same agents (issue 8). One app (the MariaDB
// suite shares one database): export, delete the agents, teams and group, create the teams and
// group again in another order (other ids), import the file.

const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';
const AGENTS = `{ agents(first: 100) { edges { node {
  id email name isAdmin isReportsAdmin signature teams { name } permissionGroups { name } } } } }`;

type Node = { id: string; email: string; teams: { name: string }[]; permissionGroups: { name: string }[] } & Record<string, unknown>;

describe('export then import', () => {
  let t: TestApp;
  const { asAdmin, create, team } = agentHelpers(() => t);

  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t.close());

  const agents = async () =>
    ((await asAdmin(AGENTS)).agents.edges as { node: Node }[])
      .map(({ node: { id, ...node } }) => ({
        id,
        ...node,
        teams: node.teams.map((x) => x.name).sort(),
        permissionGroups: node.permissionGroups.map((x) => x.name).sort(),
      }))
      .sort((a, b) => a.email.localeCompare(b.email));
  const withoutIds = (list: { id: string }[]) => list.map(({ id: _id, ...rest }) => rest);

  it('brings back the same agents, teams, groups, access and signatures, formula-looking names included', async () => {
    const [sales, support] = [await team('Sales'), await team('Support')];
    const tier = (await asAdmin(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } })).createPermissionGroup.id;
    await create({ email: 'ana@example.com', name: 'Ana Lima', teamIds: [sales], permissionGroupIds: ['2'] });
    await create({
      email: 'boss@example.com',
      name: '-Sales Lead',
      isAdmin: true,
      teamIds: [sales, support],
      permissionGroupIds: [tier, '1'],
      signature: '<p>Bye, <b>Boss</b></p>',
    });
    await create({ email: 'rep@example.com', name: '=Reports Person', isReportsAdmin: true, permissionGroupIds: ['2'] });
    const before = await agents();

    const csv = await exportAgentsCsv(t);
    expect(csv).toContain("'-Sales Lead");

    for (const a of before.filter((x) => x.email !== 'admin@example.com')) {
      await asAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: a.id });
    }
    for (const id of [sales, support]) await asAdmin('mutation($id: ID!) { deleteTeam(id: $id) }', { id });
    await asAdmin('mutation($id: ID!) { deletePermissionGroup(id: $id) }', { id: tier });
    await team('Support');
    await team('Sales');
    await asAdmin(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } });

    const { job } = (await importCsv(t, csv, { existing: 'SKIP' })) as { job: Record<string, unknown> };
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 3, skippedCount: 1, errorCount: 0 });
    expect(withoutIds(await agents())).toEqual(withoutIds(before));
  });
});
