import { agentHelpers } from './helpers/agent-fixtures';
import { importCsv, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// A file exported from one Roster imports into another with the same agents (issue 8).

const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';
const AGENTS = `{ agents(first: 100) { edges { node {
  email name isAdmin isReportsAdmin signature teams { name } permissionGroups { name } } } } }`;

type Node = { email: string; teams: { name: string }[]; permissionGroups: { name: string }[] } & Record<string, unknown>;

describe('export then import', () => {
  let from: TestApp;
  let to: TestApp;
  const source = agentHelpers(() => from);
  const target = agentHelpers(() => to);

  beforeAll(async () => {
    [from, to] = [await startImportApp(), await startImportApp()];
  });
  afterAll(async () => {
    await from.close();
    await to.close();
  });

  const agents = async (t: TestApp) =>
    ((await t.ok(AGENTS, {}, { token: t.adminToken })).agents.edges as { node: Node }[])
      .map(({ node }) => ({
        ...node,
        teams: node.teams.map((x) => x.name).sort(),
        permissionGroups: node.permissionGroups.map((x) => x.name).sort(),
      }))
      .sort((a, b) => a.email.localeCompare(b.email));

  it('brings the same agents, teams, groups, access and signatures, formula-looking names included', async () => {
    // The same teams and groups exist on both sides, created in a different order (other ids).
    for (const [helpers, t] of [
      [source, from],
      [target, to],
    ] as const) {
      const names = t === from ? ['Sales', 'Support'] : ['Support', 'Sales'];
      for (const n of names) await helpers.team(n);
      await t.ok(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } }, { token: t.adminToken });
    }
    const teamId = async (name: string) =>
      ((await source.asAdmin('{ teams { id name } }')).teams as { id: string; name: string }[]).find((x) => x.name === name)!.id;
    const tier = ((await source.asAdmin('{ permissionGroups { id name } }')).permissionGroups as { id: string; name: string }[]).find(
      (g) => g.name === 'Tier 2',
    )!.id;
    await source.create({ email: 'ana@example.com', name: 'Ana Lima', teamIds: [await teamId('Sales')], permissionGroupIds: ['2'] });
    await source.create({
      email: 'boss@example.com',
      name: '-Sales Lead',
      isAdmin: true,
      teamIds: [await teamId('Sales'), await teamId('Support')],
      permissionGroupIds: [tier, '1'],
      signature: '<p>Bye, <b>Boss</b></p>',
    });
    await source.create({ email: 'rep@example.com', name: '=Reports Person', isReportsAdmin: true, permissionGroupIds: ['2'] });

    const res = await fetch(from.url.replace('/graphql', '/exports/agents.csv'), {
      headers: { authorization: `Bearer ${from.adminToken}` },
    });
    expect(res.status).toBe(200);
    const csv = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(csv).toContain("'-Sales Lead");

    const { job } = (await importCsv(to, csv, { existing: 'SKIP' })) as { job: Record<string, unknown> };
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 3, skippedCount: 1, errorCount: 0 });
    expect(await agents(to)).toEqual(await agents(from));
  });
});
