import { TeamMember } from '../src/modules/team';
import { agentHelpers, fields, insertAgents, viewerOf } from './helpers/agent-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

const BULK = `mutation($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {
  bulkUpdateAgents(ids: $ids, input: $i) { id status teams { id } permissionGroups { id } } }`;
const TOKEN = 'mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }';

const idsOf = (list: { id: string }[]) => list.map((x) => x.id);

describe('bulkUpdateAgents', () => {
  let t: TestApp;
  const { asAdmin, tryAdmin, create, get, log, team } = agentHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '2100' });
  });
  afterAll(() => t.close());

  it("applies additions and removals to each agent's own teams and groups, logging only real changes", async () => {
    const [sales, support, vip] = [await team('Sales'), await team('Support'), await team('VIP')];
    const a = await create({ email: 'bulk.a@example.com', name: 'Bulk A', teamIds: [sales], permissionGroupIds: ['1'] });
    const b = await create({ email: 'bulk.b@example.com', name: 'Bulk B', teamIds: [support, vip], permissionGroupIds: ['1', '2'] });
    const c = await create({ email: 'bulk.c@example.com', name: 'Bulk C', teamIds: [vip], permissionGroupIds: ['2'] });
    const [cBefore, bBefore] = [(await log(c.id)).length, (await log(b.id)).length];
    const r = await asAdmin(BULK, {
      ids: [c.id, a.id, b.id],
      i: { addTeamIds: [vip], removeTeamIds: [sales], addPermissionGroupIds: ['2'], removePermissionGroupIds: ['1'] },
    });
    expect(r.bulkUpdateAgents.map((x: any) => [x.id, idsOf(x.teams), idsOf(x.permissionGroups)])).toEqual([
      [c.id, [vip], ['2']],
      [a.id, [vip], ['2']],
      [b.id, [support, vip].sort(), ['2']],
    ]);
    const fieldsLogged = async (id: string) =>
      (await log(id))
        .filter((e) => e.field === 'teams' || e.field === 'permissionGroups')
        .slice(0, 2)
        .map((e) => [e.field, e.oldValue, e.newValue])
        .sort();
    expect(await fieldsLogged(a.id)).toEqual([
      ['permissionGroups', '1', '2'],
      ['teams', sales, vip],
    ]);
    // C was already in VIP and group 2 only: nothing changed, nothing logged beyond its creation.
    expect(await log(c.id)).toHaveLength(cBefore);
    expect((await log(b.id)).slice(0, -bBefore).map((e) => e.field)).toEqual(['permissionGroups']);
  });

  it('disables and enables agents, ending the sessions of the disabled', async () => {
    const agent = await t.createAgent({ email: 'bulk.session@example.com', name: 'Bulk Session' });
    expect(codeOf(await t.gql('{ viewer { id } }', {}, { token: agent.token }))).toBeUndefined();
    const r = await asAdmin(BULK, { ids: [agent.id], i: { status: 'DISABLED' } });
    expect(r.bulkUpdateAgents[0].status).toBe('DISABLED');
    expect(codeOf(await t.gql('{ viewer { id } }', {}, { token: agent.token }))).toBe('UNAUTHENTICATED');
    expect((await log(agent.id))[0]).toMatchObject({ field: 'status', oldValue: 'ACTIVE', newValue: 'DISABLED' });
    await asAdmin(BULK, { ids: [agent.id], i: { status: 'ACTIVE' } });
    expect((await get(agent.id)).status).toBe('ACTIVE');
  });

  it('keeps the last active administrator and refuses API tokens a list that names an administrator', async () => {
    const me = await viewerOf(t);
    const other = await create({ email: 'bulk.plain@example.com', name: 'Bulk Plain' });
    const last = await tryAdmin(BULK, { ids: [other.id, me.id], i: { status: 'DISABLED' } });
    expect(codeOf(last)).toBe('CONFLICT');
    expect((await get(other.id)).status).toBe('ACTIVE');
    const writer = (await asAdmin(TOKEN, { n: 'bulk writer', s: ['agents:write'] })).createApiToken.token;
    const viaToken = await t.gql(BULK, { ids: [other.id, me.id], i: { addTeamIds: [await team('Token Team')] } }, { token: writer });
    expect(codeOf(viaToken)).toBe('FORBIDDEN');
    expect((await get(other.id)).teams).toEqual([]);
    const ok = await t.gql(BULK, { ids: [other.id], i: { status: 'DISABLED' } }, { token: writer });
    expect(ok.data!.bulkUpdateAgents[0].status).toBe('DISABLED');
    const reader = (await asAdmin(TOKEN, { n: 'bulk reader', s: ['agents:read'] })).createApiToken.token;
    expect(codeOf(await t.gql(BULK, { ids: [other.id], i: { status: 'ACTIVE' } }, { token: reader }))).toBe('FORBIDDEN');
    const agent = await t.createAgent({ email: 'bulk.nonadmin@example.com', name: 'Bulk Nonadmin' });
    expect(codeOf(await t.gql(BULK, { ids: [agent.id], i: { status: 'DISABLED' } }, { token: agent.token }))).toBe('FORBIDDEN');
  });

  it('names every bad field at once and writes nothing', async () => {
    const x = await create({ email: 'bulk.x@example.com', name: 'Bulk X' });
    const vip = (await asAdmin('{ teams { id name } }')).teams.find((tm: any) => tm.name === 'VIP').id;
    const r = await tryAdmin(BULK, { ids: [x.id, '999999', 'abc'], i: { addTeamIds: [vip, '88888'], removeTeamIds: [vip], status: null } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fields(r)).toEqual({
      ids: 'is not a valid id',
      'input.addTeamIds': 'unknown id 88888',
      'input.status': 'must be ACTIVE or DISABLED',
    });
    const both = await tryAdmin(BULK, { ids: [x.id], i: { addTeamIds: [vip], removeTeamIds: [vip] } });
    expect(fields(both)).toEqual({ 'input.removeTeamIds': `cannot also add id ${vip}` });
    expect(fields(await tryAdmin(BULK, { ids: [x.id], i: {} }))).toEqual({ input: 'choose at least one change' });
    expect(fields(await tryAdmin(BULK, { ids: [], i: { status: 'ACTIVE' } }))).toEqual({ ids: 'choose at least one agent' });
    expect(fields(await tryAdmin(BULK, { ids: [x.id, '999999'], i: { status: 'DISABLED' } }))).toEqual({ ids: 'unknown agent id 999999' });
    expect((await get(x.id)).status).toBe('ACTIVE');
  });

  it('runs the same number of SQL statements for 10 and for 1,000 agents, and logs every agent', async () => {
    const [from, to] = [await team('Bulk From'), await team('Bulk To')];
    const counts: number[] = [];
    for (const [prefix, n] of [
      ['bten', 10],
      ['bthousand', 1000],
    ] as const) {
      const ids = await insertAgents(t, prefix, n);
      // Half of them start in the team to leave: each agent's new set differs.
      await t.roster.ds
        .getRepository(TeamMember)
        .insert(ids.filter((_, i) => i % 2 === 0).map((id) => ({ teamId: Number(from), agentId: Number(id) })));
      const before = t.sql.count;
      const r = await asAdmin(BULK, {
        ids,
        i: { addTeamIds: [to], removeTeamIds: [from], addPermissionGroupIds: ['2'], status: 'DISABLED' },
      });
      counts.push(t.sql.count - before);
      expect(r.bulkUpdateAgents).toHaveLength(n);
      expect(r.bulkUpdateAgents[0]).toEqual({ id: ids[0], status: 'DISABLED', teams: [{ id: to }], permissionGroups: [{ id: '2' }] });
      expect((await log(ids[0])).map((e) => e.field).sort()).toEqual(['permissionGroups', 'status', 'teams']);
      expect((await log(ids[n - 1])).map((e) => [e.field, e.oldValue, e.newValue])).toContainEqual(['teams', '', to]);
    }
    console.log(`bulkUpdateAgents SQL statements: 10 agents -> ${counts[0]}, 1,000 agents -> ${counts[1]}`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThan(30);
  }, 60_000);
});
