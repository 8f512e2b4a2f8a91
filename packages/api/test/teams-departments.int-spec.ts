import { graphql } from './gql';
import { ChangeLogEntry } from '../src/common/change-log';
import type { ChangeLogEntityType } from './gql/graphql';
import { codeOf, GqlResult, startTestApp, TestApp, withToken } from './helpers/test-app';

// Teams and departments through the real HTTP API and database.

const TEAMS = graphql(`
  query TeamsDepartmentsTeams {
    teams {
      id
      name
      members {
        id
        name
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation TeamsDepartmentsCreateTeam($n: String!) {
    createTeam(name: $n) {
      id
      name
      members {
        id
      }
    }
  }
`);
const RENAME_TEAM = graphql(`
  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {
    renameTeam(id: $id, name: $n) {
      id
      name
    }
  }
`);
const DELETE_TEAM = graphql(`
  mutation TeamsDepartmentsDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);
const SET_MEMBERS = graphql(`
  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {
    setTeamMembers(id: $id, agentIds: $a) {
      id
      name
      members {
        id
        name
      }
    }
  }
`);
const DEPARTMENTS = graphql(`
  query TeamsDepartmentsDepartments {
    departments {
      id
      name
    }
  }
`);
const CREATE_DEPT = graphql(`
  mutation TeamsDepartmentsCreateDepartment($n: String!) {
    createDepartment(name: $n) {
      id
      name
    }
  }
`);
const RENAME_DEPT = graphql(`
  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {
    renameDepartment(id: $id, name: $n) {
      id
      name
    }
  }
`);
const DELETE_DEPT = graphql(`
  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);
const AGENT = graphql(`
  query TeamsDepartmentsAgent($id: ID!) {
    agent(id: $id) {
      id
      teams {
        id
        name
      }
      departments {
        department {
          id
          name
        }
        access
      }
    }
  }
`);
const UPDATE_AGENT = graphql(`
  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
    }
  }
`);
const AGENTS = graphql(`
  query TeamsDepartmentsAgents($f: AgentFilter) {
    agents(filter: $f, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const LOG = graphql(`
  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {
    changeLog(entityType: $type, entityId: $id) {
      totalCount
      edges {
        node {
          field
          oldValue
          newValue
          actorName
        }
      }
    }
  }
`);

describe('teams and departments', () => {
  let t: TestApp;
  let adminName: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminName = (
      await t.ok(
        graphql(`
          query TeamsDepartmentsViewer {
            viewer {
              name
            }
          }
        `),
        {},
        { token: t.adminToken },
      )
    ).viewer.name;
  });
  afterAll(() => t.close());

  const { ok: asAdmin, gql: tryAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );
  const fields = (r: GqlResult) => r.errors?.[0]?.extensions?.fields ?? {};
  const teams = async () => (await asAdmin(TEAMS)).teams;
  const departments = async () => (await asAdmin(DEPARTMENTS)).departments;
  const createTeam = async (n: string) => (await asAdmin(CREATE_TEAM, { n })).createTeam;
  const createDept = async (n: string) => (await asAdmin(CREATE_DEPT, { n })).createDepartment;
  const agent = async (id: string) => (await asAdmin(AGENT, { id })).agent!;
  const log = async (type: ChangeLogEntityType, id: string) => (await asAdmin(LOG, { type, id })).changeLog.edges.map((e) => e.node);
  const logRows = () => t.roster.ds.getRepository(ChangeLogEntry).count();
  const teamAgents = async (teamId: string) => (await asAdmin(AGENTS, { f: { teamId } })).agents.edges.map((e) => e.node.id).sort();
  let seq = 0;
  const newAgent = (name: string, extra: Record<string, unknown> = {}) =>
    t.createAgent({ email: `agent${++seq}.${name.toLowerCase().replace(/\W/g, '')}@example.com`, name, ...extra });

  it("records membership changes made from the team, group or department side on each agent's own log", async () => {
    const team = await createTeam('Logged Team');
    const dept = await createDept('Logged Dept');
    const a = await t.createAgent({
      email: 'logged-a@example.com',
      name: 'Logged A',
      departments: [{ departmentId: dept.id, access: 'FULL' }],
    });
    const b = await t.createAgent({ email: 'logged-b@example.com', name: 'Logged B' });
    await asAdmin(
      graphql(`
        mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) {
          setTeamMembers(id: $id, agentIds: $a) {
            id
          }
        }
      `),
      { id: team.id, a: [a.id, b.id] },
    );
    const group = await asAdmin(
      graphql(`
        mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {
          createPermissionGroup(input: $i) {
            id
          }
        }
      `),
      { i: { name: 'Logged Group', memberIds: [b.id] } },
    );
    await asAdmin(
      graphql(`
        mutation TeamsDepartmentsDeleteTeam($id: ID!) {
          deleteTeam(id: $id)
        }
      `),
      { id: team.id },
    );
    await asAdmin(
      graphql(`
        mutation TeamsDepartmentsDeleteDepartment($id: ID!) {
          deleteDepartment(id: $id)
        }
      `),
      { id: dept.id },
    );
    const fieldsOf = async (id: string) => (await log('AGENT', id)).map((e) => `${e.field}:${e.oldValue ?? ''}>${e.newValue ?? ''}`);
    expect(await fieldsOf(a.id)).toEqual(
      expect.arrayContaining([`teams:>${team.id}`, `teams:${team.id}>`, `departments:${dept.id}:FULL>`]),
    );
    expect(await fieldsOf(b.id)).toEqual(
      expect.arrayContaining([`teams:>${team.id}`, `teams:${team.id}>`, `permissionGroups:1>1, ${group.createPermissionGroup.id}`]),
    );
    const groupLog = (await log('PERMISSION_GROUP', group.createPermissionGroup.id)).map((e) => e.field);
    expect(groupLog).toEqual(expect.arrayContaining(['created', 'members']));
  });

  describe('teams', () => {
    it('creates, lists by name, renames and deletes a team', async () => {
      const zulu = await createTeam('  Zulu Squad ');
      expect(zulu).toEqual({ id: expect.any(String), name: 'Zulu Squad', members: [] });
      const alpha = await createTeam('Alpha Squad');
      const names = (await teams()).map((x) => x.name);
      expect(names.indexOf('Alpha Squad')).toBeLessThan(names.indexOf('Zulu Squad'));

      expect((await asAdmin(RENAME_TEAM, { id: zulu.id, n: 'Yankee Squad' })).renameTeam).toEqual({ id: zulu.id, name: 'Yankee Squad' });
      expect((await teams()).find((x) => x.id === zulu.id)!.name).toBe('Yankee Squad');
      // Renaming to the same name is a no-op, not a conflict.
      expect((await asAdmin(RENAME_TEAM, { id: zulu.id, n: 'Yankee Squad' })).renameTeam.name).toBe('Yankee Squad');

      expect((await asAdmin(DELETE_TEAM, { id: alpha.id })).deleteTeam).toBe(true);
      expect((await teams()).map((x) => x.id)).not.toContain(alpha.id);
      expect(codeOf(await tryAdmin(DELETE_TEAM, { id: alpha.id }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin(RENAME_TEAM, { id: alpha.id, n: 'Ghost' }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin(SET_MEMBERS, { id: alpha.id, a: [] }))).toBe('NOT_FOUND');
    });

    it('refuses empty and duplicate team names', async () => {
      const a = await createTeam('Billing');
      const b = await createTeam('Escalations');
      const rows = await logRows();
      for (const n of ['Billing', '  Billing  ', 'BILLING', 'billing']) {
        const r = await tryAdmin(CREATE_TEAM, { n });
        expect({ n, code: codeOf(r) }).toEqual({ n, code: 'CONFLICT' });
        expect(fields(r).name).toBeTruthy();
      }
      const r = await tryAdmin(RENAME_TEAM, { id: b.id, n: 'billing' });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fields(r).name).toBeTruthy();
      expect(fields(await tryAdmin(CREATE_TEAM, { n: '   ' })).name).toBeTruthy();
      expect(codeOf(await tryAdmin(CREATE_TEAM, { n: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
      expect((await teams()).filter((x) => x.name.toLowerCase() === 'billing')).toHaveLength(1);
      expect(await logRows()).toBe(rows);
      // A change of case on the team itself is a rename, not a conflict.
      expect((await asAdmin(RENAME_TEAM, { id: a.id, n: 'BILLING' })).renameTeam.name).toBe('BILLING');
    });

    it('lets exactly one of several simultaneous creates with the same name win', async () => {
      const results = await Promise.all([1, 2, 3].map(() => tryAdmin(CREATE_TEAM, { n: 'Race Team' })));
      expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      expect((await teams()).filter((x) => x.name === 'Race Team')).toHaveLength(1);
    });

    it('sets members, shows them on the team and the agents, and filters agents by team', async () => {
      const team = await createTeam('Front Line');
      const other = await createTeam('Back Office');
      const [a, b, c] = [await newAgent('Member Cee'), await newAgent('Member Ay'), await newAgent('Member Bee', { teamIds: [other.id] })];
      const set = (await asAdmin(SET_MEMBERS, { id: team.id, a: [a.id, b.id, b.id] })).setTeamMembers;
      // Members come sorted by name.
      expect(set.members).toEqual([
        { id: b.id, name: 'Member Ay' },
        { id: a.id, name: 'Member Cee' },
      ]);
      expect((await teams()).find((x) => x.id === team.id)!.members.map((m) => m.id)).toEqual([b.id, a.id]);
      expect((await agent(a.id)).teams).toEqual([{ id: team.id, name: 'Front Line' }]);
      expect(await teamAgents(team.id)).toEqual([a.id, b.id].sort());

      // Replaces, not appends; the agents' other teams are untouched.
      await asAdmin(SET_MEMBERS, { id: team.id, a: [c.id, b.id] });
      expect(await teamAgents(team.id)).toEqual([b.id, c.id].sort());
      expect((await agent(a.id)).teams).toEqual([]);
      expect((await agent(c.id)).teams.map((x) => x.name)).toEqual(['Back Office', 'Front Line']);
      expect(await teamAgents(other.id)).toEqual([c.id]);

      const bad = await tryAdmin(SET_MEMBERS, { id: team.id, a: [a.id, '987654'] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).agentIds).toMatch(/987654/);
      expect(await teamAgents(team.id)).toEqual([b.id, c.id].sort());

      // Membership also changes from the agent side.
      await asAdmin(UPDATE_AGENT, { id: a.id, i: { teamIds: [team.id] } });
      expect(await teamAgents(team.id)).toEqual([a.id, b.id, c.id].sort());

      await asAdmin(SET_MEMBERS, { id: team.id, a: [] });
      expect(await teamAgents(team.id)).toEqual([]);
      expect((await teams()).find((x) => x.id === team.id)!.members).toEqual([]);
    });

    it('takes a deleted team away from its members', async () => {
      const team = await createTeam('Doomed Team');
      const keep = await createTeam('Kept Team');
      const a = await newAgent('Doomed Member', { teamIds: [team.id, keep.id] });
      await asAdmin(DELETE_TEAM, { id: team.id });
      expect((await agent(a.id)).teams).toEqual([{ id: keep.id, name: 'Kept Team' }]);
      expect((await asAdmin(AGENTS, { f: { teamId: team.id } })).agents.totalCount).toBe(0);
      // A new team with the old name is a different team with no members.
      const again = await createTeam('Doomed Team');
      expect(again.id).not.toBe(team.id);
      expect(again.members).toEqual([]);
    });

    it('records team changes in the change log', async () => {
      const team = await createTeam('Logged Team');
      const [a, b] = [await newAgent('Logged One'), await newAgent('Logged Two')];
      await asAdmin(RENAME_TEAM, { id: team.id, n: 'Logged Squad' });
      await asAdmin(SET_MEMBERS, { id: team.id, a: [a.id, b.id] });
      const rows = await logRows();
      await asAdmin(SET_MEMBERS, { id: team.id, a: [b.id, a.id] }); // same set: nothing to log
      expect(await logRows()).toBe(rows);
      await asAdmin(SET_MEMBERS, { id: team.id, a: [b.id] });
      await asAdmin(DELETE_TEAM, { id: team.id });
      const history = await log('TEAM', team.id);
      const [lo, hi] = [a.id, b.id].sort();
      expect(history).toEqual([
        { field: 'deleted', oldValue: 'Logged Squad', newValue: null, actorName: adminName },
        { field: 'members', oldValue: `${lo}, ${hi}`, newValue: b.id, actorName: adminName },
        { field: 'members', oldValue: '', newValue: `${lo}, ${hi}`, actorName: adminName },
        { field: 'name', oldValue: 'Logged Team', newValue: 'Logged Squad', actorName: adminName },
        { field: 'created', oldValue: null, newValue: 'Logged Team', actorName: adminName },
      ]);
    });

    it('lets only administrators manage teams, and agents read them', async () => {
      const { token } = await newAgent('Plain Teamer');
      const team = await createTeam('Admin Managed');
      expect(codeOf(await t.gql(CREATE_TEAM, { n: 'Agent Made' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(RENAME_TEAM, { id: team.id, n: 'Agent Renamed' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SET_MEMBERS, { id: team.id, a: [] }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DELETE_TEAM, { id: team.id }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, { type: 'TEAM', id: team.id }, { token }))).toBe('FORBIDDEN');
      expect((await t.ok(TEAMS, {}, { token })).teams.map((x) => x.name)).toContain('Admin Managed');
      expect((await teams()).map((x) => x.name)).not.toContain('Agent Made');
    });
  });

  describe('departments', () => {
    it('creates, lists, renames and deletes a department', async () => {
      const d = await createDept(' Support ');
      expect(d).toEqual({ id: expect.any(String), name: 'Support' });
      await createDept('Accounts');
      const names = (await departments()).map((x) => x.name);
      expect(names.indexOf('Accounts')).toBeLessThan(names.indexOf('Support'));
      expect((await asAdmin(RENAME_DEPT, { id: d.id, n: 'Customer Support' })).renameDepartment).toEqual({
        id: d.id,
        name: 'Customer Support',
      });
      expect((await departments()).find((x) => x.id === d.id)!.name).toBe('Customer Support');
      expect((await asAdmin(DELETE_DEPT, { id: d.id })).deleteDepartment).toBe(true);
      expect((await departments()).map((x) => x.id)).not.toContain(d.id);
      expect(codeOf(await tryAdmin(DELETE_DEPT, { id: d.id }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin(RENAME_DEPT, { id: d.id, n: 'Ghost' }))).toBe('NOT_FOUND');

      const history = await log('DEPARTMENT', d.id);
      expect(history.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
        ['deleted', 'Customer Support', null],
        ['name', 'Support', 'Customer Support'],
        ['created', null, 'Support'],
      ]);
    });

    it('refuses empty and duplicate department names', async () => {
      await createDept('Sales');
      const other = await createDept('Marketing');
      for (const n of ['Sales', ' Sales', 'SALES']) {
        const r = await tryAdmin(CREATE_DEPT, { n });
        expect({ n, code: codeOf(r) }).toEqual({ n, code: 'CONFLICT' });
        expect(fields(r).name).toBeTruthy();
      }
      const r = await tryAdmin(RENAME_DEPT, { id: other.id, n: 'Sales' });
      expect(codeOf(r)).toBe('CONFLICT');
      expect((await departments()).find((x) => x.id === other.id)!.name).toBe('Marketing');
      expect(fields(await tryAdmin(CREATE_DEPT, { n: '' })).name).toBeTruthy();
      // A team and a department may share a name.
      expect((await createTeam('Sales')).name).toBe('Sales');
    });

    it('removes a deleted department from agents and groups', async () => {
      const [gone, kept] = [await createDept('Gone Dept'), await createDept('Kept Dept')];
      const a = await newAgent('Dept Holder');
      await asAdmin(UPDATE_AGENT, {
        id: a.id,
        i: {
          departments: [
            { departmentId: gone.id, access: 'FULL' },
            { departmentId: kept.id, access: 'ASSIGN' },
          ],
        },
      });
      const g = (
        await asAdmin(
          graphql(`
            mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {
              createPermissionGroup(input: $i) {
                id
              }
            }
          `),
          {
            i: { name: 'Dept Group', departments: [{ departmentId: gone.id, access: 'ASSIGN' }] },
          },
        )
      ).createPermissionGroup;
      await asAdmin(DELETE_DEPT, { id: gone.id });
      expect((await agent(a.id)).departments).toEqual([{ department: { id: kept.id, name: 'Kept Dept' }, access: 'ASSIGN' }]);
      const groups = (
        await asAdmin(
          graphql(`
            query TeamsDepartmentsPermissionGroups {
              permissionGroups {
                id
                departments {
                  department {
                    id
                  }
                }
              }
            }
          `),
        )
      ).permissionGroups;
      expect(groups.find((x) => x.id === g.id)!.departments).toEqual([]);
    });

    it('lets only administrators manage departments', async () => {
      const { token } = await newAgent('Plain Dept');
      const d = await createDept('Admin Dept');
      expect(codeOf(await t.gql(CREATE_DEPT, { n: 'Agent Dept' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(RENAME_DEPT, { id: d.id, n: 'Agent Renamed' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DELETE_DEPT, { id: d.id }, { token }))).toBe('FORBIDDEN');
      expect((await t.ok(DEPARTMENTS, {}, { token })).departments.map((x) => x.name)).toContain('Admin Dept');
    });
  });
});
