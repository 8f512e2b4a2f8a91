import { graphql } from './gql';
import { Agent, newAgentRow } from '../src/modules/agent';
import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import { startTestApp, TestApp, withToken } from './helpers/test-app';

// Changing agents' links from the other side (a team's members, a deleted group, team or
// department) logs on every affected agent, in a number of statements that does not grow with them.

const SET_MEMBERS = graphql(`
  mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) {
    setTeamMembers(id: $id, agentIds: $a) {
      id
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation AgentLinkLogCreateTeam($n: String!) {
    createTeam(name: $n) {
      id
    }
  }
`);
const CREATE_GROUP = graphql(`
  mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      id
    }
  }
`);
const UPDATE_GROUP = graphql(`
  mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {
    updatePermissionGroup(id: $id, input: $i) {
      id
    }
  }
`);
const DELETE_GROUP = graphql(`
  mutation AgentLinkLogDeletePermissionGroup($id: ID!) {
    deletePermissionGroup(id: $id)
  }
`);
const DELETE_TEAM = graphql(`
  mutation AgentLinkLogDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);
const CREATE_DEPT = graphql(`
  mutation AgentLinkLogCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
    }
  }
`);
const DELETE_DEPT = graphql(`
  mutation AgentLinkLogDeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);
const UPDATE_AGENT = graphql(`
  mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
    }
  }
`);

describe('link changes logged on agents: statement counts', () => {
  let t: TestApp;
  let agentIds: string[];
  const { ok: asAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );

  /** Runs `fn` and returns how many SQL statements the app ran meanwhile. */
  async function statements<T>(fn: () => Promise<T>): Promise<{ n: number; result: T }> {
    const before = t.sql.count;
    const result = await fn();
    return { n: t.sql.count - before, result };
  }

  /** The AGENT change-log entries for `field`, by agent id, written after log id `sinceId`. */
  async function agentLog(field: string, sinceId: number): Promise<Map<string, ChangeLogEntry[]>> {
    const rows = await t.roster.ds
      .getRepository(ChangeLogEntry)
      .createQueryBuilder('c')
      .where('c.entity_type = :type AND c.field = :field AND c.id > :sinceId', { type: ChangeLogEntityType.AGENT, field, sinceId })
      .orderBy('c.id')
      .getMany();
    const byAgent = new Map<string, ChangeLogEntry[]>();
    for (const r of rows) byAgent.set(r.entityId, [...(byAgent.get(r.entityId) ?? []), r]);
    return byAgent;
  }
  const lastLogId = async () => (await t.roster.ds.getRepository(ChangeLogEntry).maximum('id')) ?? 0;

  beforeAll(async () => {
    t = await startTestApp();
    const rows = Array.from({ length: 45 }, (_, i) =>
      newAgentRow({ email: `links-${String(i).padStart(2, '0')}@example.com`, name: `Links ${i}` }),
    );
    agentIds = (await t.roster.ds.getRepository(Agent).insert(rows)).identifiers.map((x) => String(x.id));
    await asAdmin(
      graphql(`
        query AgentLinkLogViewer {
          viewer {
            id
          }
        }
      `),
    ); // warm the session (last-seen bookkeeping)
  });
  afterAll(() => t.close());

  it('setTeamMembers runs the same number of statements for 5 and for 40 members, and logs on each', async () => {
    const small = (await asAdmin(CREATE_TEAM, { n: 'Five' })).createTeam.id;
    const large = (await asAdmin(CREATE_TEAM, { n: 'Forty' })).createTeam.id;
    // A second team on some agents: their "teams" entry must name both.
    await asAdmin(SET_MEMBERS, { id: small, a: agentIds.slice(0, 5) });
    const since = await lastLogId();
    const five = await statements(() => asAdmin(SET_MEMBERS, { id: large, a: agentIds.slice(40, 45) }));
    const forty = await statements(() => asAdmin(SET_MEMBERS, { id: large, a: agentIds.slice(0, 40) }));
    console.log(`setTeamMembers SQL statements: 5 members -> ${five.n}, 40 members -> ${forty.n}`);
    expect(forty.n).toBe(five.n);

    // 5 added, then 40 added and those 5 removed: 50 agents, one entry each per change.
    const log = await agentLog('teams', since);
    expect(log.size).toBe(45);
    const pair = [small, large].sort().join(', ');
    expect(log.get(agentIds[0])!.map((e) => [e.oldValue, e.newValue])).toEqual([[small, pair]]);
    expect(log.get(agentIds[10])!.map((e) => [e.oldValue, e.newValue])).toEqual([['', large]]);
    expect(log.get(agentIds[42])!.map((e) => [e.oldValue, e.newValue])).toEqual([
      ['', large],
      [large, ''],
    ]);
    for (const entries of log.values()) expect(entries.every((e) => e.actorKind === 'AGENT' && e.actorId !== null)).toBe(true);

    // Setting the same members again changes nothing and logs nothing.
    const sinceSame = await lastLogId();
    await asAdmin(SET_MEMBERS, { id: large, a: agentIds.slice(0, 40) });
    expect(await lastLogId()).toBe(sinceSame);
  });

  it('deletePermissionGroup runs the same number of statements for 5 and for 40 members, and logs on each', async () => {
    const few = (await asAdmin(CREATE_GROUP, { i: { name: 'Few', memberIds: agentIds.slice(0, 5) } })).createPermissionGroup.id;
    const many = (await asAdmin(CREATE_GROUP, { i: { name: 'Many', memberIds: agentIds.slice(0, 40) } })).createPermissionGroup.id;
    const since = await lastLogId();
    const five = await statements(() => asAdmin(DELETE_GROUP, { id: few }));
    const forty = await statements(() => asAdmin(DELETE_GROUP, { id: many }));
    console.log(`deletePermissionGroup SQL statements: 5 members -> ${five.n}, 40 members -> ${forty.n}`);
    expect(forty.n).toBe(five.n);

    const log = await agentLog('permissionGroups', since);
    expect(log.size).toBe(40);
    expect(log.get(agentIds[0])!.map((e) => [e.oldValue, e.newValue])).toEqual([
      [[few, many].sort().join(', '), many],
      [many, ''],
    ]);
    expect(log.get(agentIds[39])!.map((e) => [e.oldValue, e.newValue])).toEqual([[many, '']]);
  });

  it('updatePermissionGroup members, deleteTeam and deleteDepartment do not grow with the number of agents either', async () => {
    const group = (await asAdmin(CREATE_GROUP, { i: { name: 'Grows' } })).createPermissionGroup.id;
    const setFive = await statements(() => asAdmin(UPDATE_GROUP, { id: group, i: { memberIds: agentIds.slice(0, 5) } }));
    const setForty = await statements(() => asAdmin(UPDATE_GROUP, { id: group, i: { memberIds: agentIds.slice(5, 45) } }));
    expect(setForty.n).toBe(setFive.n);

    const teamFive = (await asAdmin(CREATE_TEAM, { n: 'Delete Five' })).createTeam.id;
    const teamForty = (await asAdmin(CREATE_TEAM, { n: 'Delete Forty' })).createTeam.id;
    await asAdmin(SET_MEMBERS, { id: teamFive, a: agentIds.slice(0, 5) });
    await asAdmin(SET_MEMBERS, { id: teamForty, a: agentIds.slice(0, 40) });
    const delFive = await statements(() => asAdmin(DELETE_TEAM, { id: teamFive }));
    const delForty = await statements(() => asAdmin(DELETE_TEAM, { id: teamForty }));
    expect(delForty.n).toBe(delFive.n);

    const deptFive = (await asAdmin(CREATE_DEPT, { n: 'Dept Five' })).createDepartment.id;
    const deptForty = (await asAdmin(CREATE_DEPT, { n: 'Dept Forty' })).createDepartment.id;
    for (const [i, id] of agentIds.slice(0, 40).entries()) {
      const departments = [
        { departmentId: deptForty, access: 'ASSIGN' as const },
        ...(i < 5 ? [{ departmentId: deptFive, access: 'FULL' as const }] : []),
      ];
      await asAdmin(UPDATE_AGENT, { id, i: { departments } });
    }
    const since = await lastLogId();
    const deptDelFive = await statements(() => asAdmin(DELETE_DEPT, { id: deptFive }));
    const deptDelForty = await statements(() => asAdmin(DELETE_DEPT, { id: deptForty }));
    expect(deptDelForty.n).toBe(deptDelFive.n);
    console.log(
      `updatePermissionGroup ${setFive.n}/${setForty.n}, deleteTeam ${delFive.n}/${delForty.n}, deleteDepartment ${deptDelFive.n}/${deptDelForty.n} (5/40 agents)`,
    );

    const log = await agentLog('departments', since);
    expect(log.size).toBe(40);
    expect(log.get(agentIds[0])!.map((e) => [e.oldValue, e.newValue])).toEqual([
      [[`${deptFive}:FULL`, `${deptForty}:ASSIGN`].sort().join(', '), `${deptForty}:ASSIGN`],
      [`${deptForty}:ASSIGN`, ''],
    ]);
  });
});
