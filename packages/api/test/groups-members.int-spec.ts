import { graphql } from './gql';
import { PERMISSION_CATALOG } from '@roster/shared';
import { CREATE, DELETE, groupHelpers, sorted, UPDATE, VIEWER_GROUPS } from './helpers/group-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Permission groups through the real HTTP API and database: members, the permissions and
// department access they get from their groups, and who may manage groups.

const AGENT = graphql(`
  query GroupsAgent($id: ID!) {
    agent(id: $id) {
      id
      permissions
      effectivePermissions
      permissionGroups {
        id
        name
      }
    }
  }
`);
const LIST = graphql(`
  query GroupsAgents($f: AgentFilter) {
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

describe('permission groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const { asAdmin, groups, createGroup, department } = groupHelpers(() => t);
  const agent = async (id: string) => (await asAdmin(AGENT, { id })).agent!;
  const catalogOrder = (keys: string[]) => PERMISSION_CATALOG.map((p) => p.key).filter((k) => keys.includes(k));

  it('puts members in a group and their permissions follow it', async () => {
    const a = await t.createAgent({
      email: 'member.a@example.com',
      name: 'Member A',
      permissionGroupIds: [],
      permissions: ['profile.edit_own'],
    });
    const b = await t.createAgent({ email: 'member.b@example.com', name: 'Member B', permissionGroupIds: ['2'] });
    expect((await agent(a.id)).effectivePermissions).toEqual(['profile.edit_own']);

    const g = await createGroup({ name: 'Knowledge Team', permissions: ['kb.create', 'kb.delete'], memberIds: [a.id, b.id] });
    const ga = await agent(a.id);
    expect(ga.permissionGroups).toEqual([{ id: g.id, name: 'Knowledge Team' }]);
    expect(ga.permissions).toEqual(['profile.edit_own']);
    expect(ga.effectivePermissions).toEqual(catalogOrder(['kb.create', 'kb.delete', 'profile.edit_own']));
    const gb = await agent(b.id);
    expect(gb.permissionGroups.map((x) => x.id)).toEqual(['2', g.id]);
    expect(gb.effectivePermissions).toContain('kb.delete');
    expect(gb.effectivePermissions).not.toContain('people.delete');
    const members = (await asAdmin(LIST, { f: { permissionGroupId: g.id } })).agents.edges.map((e) => e.node.id);
    expect(sorted(members)).toEqual(sorted([a.id, b.id]));

    // A change to the group's permissions reaches its members.
    await asAdmin(UPDATE, { id: g.id, i: { permissions: ['chat.use'] } });
    expect((await agent(a.id)).effectivePermissions).toEqual(catalogOrder(['chat.use', 'profile.edit_own']));

    // memberIds replaces the membership.
    await asAdmin(UPDATE, { id: g.id, i: { memberIds: [b.id] } });
    expect((await agent(a.id)).permissionGroups).toEqual([]);
    expect((await agent(a.id)).effectivePermissions).toEqual(['profile.edit_own']);
    expect((await agent(b.id)).permissionGroups.map((x) => x.id)).toEqual(['2', g.id]);
    // ...and leaves the members' other groups alone.
    const viewerGroups = (await asAdmin(VIEWER_GROUPS)).viewer.permissionGroups;
    expect(viewerGroups).toEqual([{ id: '1' }]);

    // The agent can use the new rights straight away (effectivePermissions on their own session).
    const mine = (
      await t.ok(
        graphql(`
          query GroupsViewer2 {
            viewer {
              effectivePermissions
            }
          }
        `),
        {},
        { token: b.token },
      )
    ).viewer.effectivePermissions;
    expect(mine).toContain('chat.use');
  });

  it('takes a deleted group away from its agents', async () => {
    const a = await t.createAgent({ email: 'deleted.group@example.com', name: 'Deleted Group', permissionGroupIds: ['2'] });
    const g = await createGroup({ name: 'Short Lived', permissions: ['tickets.delete_own'], memberIds: [a.id] });
    expect((await agent(a.id)).effectivePermissions).toContain('tickets.delete_own');
    await asAdmin(DELETE, { id: g.id });
    const after = await agent(a.id);
    expect(after.permissionGroups.map((x) => x.id)).toEqual(['2']);
    expect(after.effectivePermissions).not.toContain('tickets.delete_own');
    expect((await asAdmin(LIST, { f: { permissionGroupId: g.id } })).agents.totalCount).toBe(0);
    const history = (
      await asAdmin(
        graphql(`
          query GroupsChangeLog2($id: ID!) {
            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {
              edges {
                node {
                  field
                  oldValue
                }
              }
            }
          }
        `),
        { id: g.id },
      )
    ).changeLog.edges.map((e) => e.node);
    expect(history[0]).toEqual({ field: 'deleted', oldValue: 'Short Lived' });
  });

  it('lets only administrators manage groups', async () => {
    const { token } = await t.createAgent({ email: 'not.admin@example.com', name: 'Not Admin' });
    const g = await createGroup({ name: 'Admins Only' });
    expect(codeOf(await t.gql(CREATE, { i: { name: 'Sneaky Group' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: g.id, i: { name: 'Sneaky Rename' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { id: g.id }, { token }))).toBe('FORBIDDEN');
    expect((await groups()).map((x) => x.name)).toEqual(expect.arrayContaining(['Admins Only']));
    expect((await groups()).map((x) => x.name)).not.toContain('Sneaky Group');
    // Reading the catalogue and groups is fine for agents.
    expect(
      (
        await t.ok(
          graphql(`
            query GroupsPermissionGroups {
              permissionGroups {
                id
              }
            }
          `),
          {},
          { token },
        )
      ).permissionGroups.length,
    ).toBeGreaterThan(2);
  });

  it('adds department access from groups to the agent own, FULL winning over ASSIGN', async () => {
    const sales = await department('Effective Sales');
    const billing = await department('Effective Billing');
    const g = await createGroup({ name: 'Effective Group', departments: [{ departmentId: sales, access: 'FULL' }] });
    const { id } = await t.createAgent({
      email: 'effective@example.com',
      name: 'Effective',
      permissionGroupIds: [g.id],
      departments: [
        { departmentId: sales, access: 'ASSIGN' },
        { departmentId: billing, access: 'ASSIGN' },
      ],
    });
    const r = await asAdmin(
      graphql(`
        query GroupsAgent2($id: ID!) {
          agent(id: $id) {
            departments {
              access
              department {
                name
              }
            }
            effectiveDepartments {
              access
              department {
                name
              }
            }
          }
        }
      `),
      { id },
    );
    expect(r.agent!.departments).toEqual([
      { access: 'ASSIGN', department: { name: 'Effective Billing' } },
      { access: 'ASSIGN', department: { name: 'Effective Sales' } },
    ]);
    expect(r.agent!.effectiveDepartments).toEqual([
      { access: 'ASSIGN', department: { name: 'Effective Billing' } },
      { access: 'FULL', department: { name: 'Effective Sales' } },
    ]);
  });
});
