import { graphql } from './gql';
import { fields } from './helpers/agent-fixtures';
import { CREATE_DEPT, DELETE_DEPT, DELETE_TEAM, DEPARTMENTS, RENAME_DEPT, teamHelpers, UPDATE_AGENT } from './helpers/team-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Departments through the real HTTP API and database, and membership changes made from the team,
// group or department side (teams: teams.int-spec.ts).

const CREATE_GROUP = graphql(`
  mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      id
    }
  }
`);

describe('teams and departments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const { asAdmin, tryAdmin, departments, createTeam, createDept, agent, log, newAgent } = teamHelpers(() => t);

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
    const group = await asAdmin(CREATE_GROUP, { i: { name: 'Logged Group', memberIds: [b.id] } });
    await asAdmin(DELETE_TEAM, { id: team.id });
    await asAdmin(DELETE_DEPT, { id: dept.id });
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
        await asAdmin(CREATE_GROUP, {
          i: { name: 'Dept Group', departments: [{ departmentId: gone.id, access: 'ASSIGN' }] },
        })
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
