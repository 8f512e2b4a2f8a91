import { graphql } from './gql';
import { PERMISSION_CATALOG } from '@roster/shared';
import { ChangeLogEntry } from '../src/common/change-log';
import { fields } from './helpers/agent-fixtures';
import { CREATE, DELETE, groupHelpers, sorted, UPDATE, VIEWER_GROUPS } from './helpers/group-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Permission groups through the real HTTP API and database: the permission catalogue, the
// built-in groups, and creating, copying, editing and deleting custom ones (their members:
// groups-members.int-spec.ts).

const DESTRUCTIVE = [
  'tickets.delete_own',
  'tickets.delete_team',
  'tickets.delete_messages',
  'people.delete',
  'people.delete_organizations',
  'kb.delete',
];

describe('permission groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const { asAdmin, tryAdmin, groups, group, createGroup, department } = groupHelpers(() => t);

  it('lists the catalogue by category with destructive actions marked', async () => {
    const catalog: { key: string; label: string; category: string; destructive: boolean }[] = (
      await asAdmin(
        graphql(`
          query GroupsPermissionCatalog {
            permissionCatalog {
              key
              label
              category
              destructive
            }
          }
        `),
      )
    ).permissionCatalog;
    expect(new Set(catalog.map((p) => p.category))).toEqual(new Set(['Tickets', 'People', 'Chat', 'Knowledge base', 'Profile']));
    expect(new Set(catalog.map((p) => p.key)).size).toBe(catalog.length);
    expect(catalog.every((p) => p.label.length > 0)).toBe(true);
    expect(sorted(catalog.filter((p) => p.destructive).map((p) => p.key))).toEqual(sorted(DESTRUCTIVE));
    const byKey = new Map(catalog.map((p) => [p.key, p]));
    expect(byKey.get('tickets.reply')).toMatchObject({ category: 'Tickets', destructive: false });
    expect(byKey.get('people.delete')).toMatchObject({ category: 'People', destructive: true });
    expect(byKey.get('kb.delete')).toMatchObject({ category: 'Knowledge base', destructive: true });
    expect(byKey.get('chat.transfer')).toMatchObject({ category: 'Chat', destructive: false });
    expect(byKey.get('profile.edit_own_ticket_notifications')).toMatchObject({ category: 'Profile', destructive: false });
  });

  it('has the two built-in groups: every permission, and every non-destructive one', async () => {
    const all = PERMISSION_CATALOG.map((p) => p.key);
    const [g1, g2] = [await group('1'), await group('2')];
    expect(g1).toMatchObject({ name: 'All Permissions', builtIn: true });
    expect(sorted(g1.permissions)).toEqual(sorted(all));
    expect(g2).toMatchObject({ name: 'All Non-Destructive Permissions', builtIn: true });
    expect(sorted(g2.permissions)).toEqual(sorted(all.filter((k) => !DESTRUCTIVE.includes(k))));
    for (const k of DESTRUCTIVE) expect(g2.permissions).not.toContain(k);
    expect(g2.permissions).toEqual(expect.arrayContaining(['tickets.reply', 'people.edit', 'kb.publish', 'profile.edit_own']));
  });

  it('refuses to edit or delete the built-in groups', async () => {
    for (const id of ['1', '2']) {
      expect(codeOf(await tryAdmin(UPDATE, { id, i: { name: `Renamed ${id}` } }))).toBe('FORBIDDEN');
      expect(codeOf(await tryAdmin(UPDATE, { id, i: { permissions: ['tickets.reply'] } }))).toBe('FORBIDDEN');
      expect(codeOf(await tryAdmin(UPDATE, { id, i: { memberIds: [] } }))).toBe('FORBIDDEN');
      expect(codeOf(await tryAdmin(DELETE, { id }))).toBe('FORBIDDEN');
    }
    expect((await group('1')).name).toBe('All Permissions');
    expect((await group('2')).name).toBe('All Non-Destructive Permissions');
    // The start-up admin is still in group 1.
    const viewer = (await asAdmin(VIEWER_GROUPS)).viewer;
    expect(viewer.permissionGroups).toEqual([{ id: '1' }]);
    expect(codeOf(await tryAdmin(UPDATE, { id: '987654', i: { name: 'Ghost' } }))).toBe('NOT_FOUND');
    expect(codeOf(await tryAdmin(DELETE, { id: '987654' }))).toBe('NOT_FOUND');
  });

  it('creates, reads, updates and deletes a custom group', async () => {
    const [north, south] = [await department('North'), await department('South')];
    const g = await createGroup({
      name: '  Tier 1  ',
      permissions: ['tickets.reply', 'tickets.view_unassigned', 'tickets.reply'],
      departments: [
        { departmentId: north, access: 'FULL' },
        { departmentId: south, access: 'ASSIGN' },
      ],
    });
    expect(g).toMatchObject({ name: 'Tier 1', builtIn: false });
    expect(sorted(g.permissions)).toEqual(['tickets.reply', 'tickets.view_unassigned']);
    const stored = await group(g.id);
    expect(stored).toMatchObject({ name: 'Tier 1', builtIn: false });
    expect(sorted(stored.permissions)).toEqual(['tickets.reply', 'tickets.view_unassigned']);
    expect(stored.departments).toEqual([
      { department: { id: north, name: 'North' }, access: 'FULL' },
      { department: { id: south, name: 'South' }, access: 'ASSIGN' },
    ]);

    const u = (
      await asAdmin(UPDATE, {
        id: g.id,
        i: { name: 'Tier One', permissions: ['kb.create', 'kb.edit'], departments: [{ departmentId: south, access: 'FULL' }] },
      })
    ).updatePermissionGroup;
    expect(u.name).toBe('Tier One');
    const after = await group(g.id);
    expect(after.name).toBe('Tier One');
    expect(sorted(after.permissions)).toEqual(['kb.create', 'kb.edit']);
    expect(after.departments).toEqual([{ department: { id: south, name: 'South' }, access: 'FULL' }]);

    const history = (
      await asAdmin(
        graphql(`
          query GroupsChangeLog($id: ID!) {
            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {
              edges {
                node {
                  field
                  oldValue
                  newValue
                }
              }
            }
          }
        `),
        { id: g.id },
      )
    ).changeLog.edges.map((e) => e.node);
    expect(history).toEqual(
      expect.arrayContaining([
        { field: 'created', oldValue: null, newValue: 'Tier 1' },
        { field: 'name', oldValue: 'Tier 1', newValue: 'Tier One' },
        { field: 'permissions', oldValue: 'tickets.reply, tickets.view_unassigned', newValue: 'kb.create, kb.edit' },
      ]),
    );

    expect((await asAdmin(DELETE, { id: g.id })).deletePermissionGroup).toBe(true);
    expect((await groups()).find((x) => x.id === g.id)).toBeUndefined();
    expect(codeOf(await tryAdmin(DELETE, { id: g.id }))).toBe('NOT_FOUND');
  });

  it('starts a new group as a copy of another one', async () => {
    const east = await department('East');
    const src = await createGroup({
      name: 'Copy Source',
      permissions: ['chat.use', 'people.view'],
      departments: [{ departmentId: east, access: 'ASSIGN' }],
    });
    const copy = await createGroup({ name: 'Copy Of Source', copyFromGroupId: src.id });
    expect(copy.id).not.toBe(src.id);
    expect(sorted(copy.permissions)).toEqual(['chat.use', 'people.view']);
    expect(copy.departments).toEqual([{ department: { id: east, name: 'East' }, access: 'ASSIGN' }]);
    // Later edits to the source do not reach the copy.
    await asAdmin(UPDATE, { id: src.id, i: { permissions: ['chat.use'] } });
    expect(sorted((await group(copy.id)).permissions)).toEqual(['chat.use', 'people.view']);

    // Copying a built-in group stores its permissions in an editable custom group.
    const fromBuiltIn = await createGroup({ name: 'Nearly Everything', copyFromGroupId: '2' });
    expect(fromBuiltIn.builtIn).toBe(false);
    expect(sorted(fromBuiltIn.permissions)).toEqual(sorted((await group('2')).permissions));
    const trimmed = (await asAdmin(UPDATE, { id: fromBuiltIn.id, i: { permissions: ['tickets.reply'] } })).updatePermissionGroup;
    expect(trimmed.permissions).toEqual(['tickets.reply']);

    // Explicit permissions override the copied ones; departments still come from the source.
    const mixed = await createGroup({ name: 'Copy Mixed', copyFromGroupId: src.id, permissions: ['kb.create'] });
    expect(mixed.permissions).toEqual(['kb.create']);
    expect(mixed.departments).toEqual([{ department: { id: east, name: 'East' }, access: 'ASSIGN' }]);

    const bad = await tryAdmin(CREATE, { i: { name: 'Copy Nothing', copyFromGroupId: '987654' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fields(bad)['input.copyFromGroupId']).toBeTruthy();
  });

  it('rejects unknown permission keys and departments with a field error', async () => {
    const before = (await groups()).length;
    const r = await tryAdmin(CREATE, { i: { name: 'Bad Keys', permissions: ['tickets.reply', 'tickets.teleport'] } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fields(r)['input.permissions']).toMatch(/tickets\.teleport/);
    const d = await tryAdmin(CREATE, { i: { name: 'Bad Dept', departments: [{ departmentId: '987654', access: 'FULL' }] } });
    expect(codeOf(d)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fields(d))[0]).toMatch(/^input\.departments/);
    const m = await tryAdmin(CREATE, { i: { name: 'Bad Member', memberIds: ['987654'] } });
    expect(codeOf(m)).toBe('BAD_USER_INPUT');
    expect(fields(m)['input.memberIds']).toBeTruthy();
    expect((await groups()).length).toBe(before);

    const g = await createGroup({ name: 'Good Keys', permissions: ['tickets.reply'] });
    const u = await tryAdmin(UPDATE, { id: g.id, i: { permissions: ['tickets.reply', 'tickets.teleport'] } });
    expect(codeOf(u)).toBe('BAD_USER_INPUT');
    expect(fields(u)['input.permissions']).toMatch(/tickets\.teleport/);
    expect((await group(g.id)).permissions).toEqual(['tickets.reply']);
    expect(fields(await tryAdmin(CREATE, { i: { name: '   ' } }))['input.name']).toBeTruthy();
  });

  it('refuses a duplicate group name', async () => {
    const g = await createGroup({ name: 'Unique Name' });
    const other = await createGroup({ name: 'Other Name' });
    const logs = await t.roster.ds.getRepository(ChangeLogEntry).count();
    for (const name of ['Unique Name', ' Unique Name ', 'UNIQUE name', 'All Permissions', 'all permissions']) {
      const r = await tryAdmin(CREATE, { i: { name } });
      expect({ name, code: codeOf(r) }).toEqual({ name, code: 'CONFLICT' });
      expect(fields(r)['input.name']).toBeTruthy();
    }
    const r = await tryAdmin(UPDATE, { id: other.id, i: { name: 'Unique Name' } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(fields(r)['input.name']).toBeTruthy();
    expect((await group(other.id)).name).toBe('Other Name');
    expect(await t.roster.ds.getRepository(ChangeLogEntry).count()).toBe(logs);
    // Keeping its own name, or changing only its case, is not a conflict.
    expect((await asAdmin(UPDATE, { id: g.id, i: { name: 'Unique Name', permissions: ['chat.use'] } })).updatePermissionGroup.name).toBe(
      'Unique Name',
    );
    expect((await asAdmin(UPDATE, { id: g.id, i: { name: 'Unique NAME' } })).updatePermissionGroup.name).toBe('Unique NAME');
  });

  it('lets exactly one of several simultaneous creates with the same name win', async () => {
    const results = await Promise.all([1, 2, 3].map(() => tryAdmin(CREATE, { i: { name: 'Race Group', permissions: ['chat.use'] } })));
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    for (const r of results.filter((x) => x.errors)) expect(fields(r)['input.name']).toBeTruthy();
    expect((await groups()).filter((g) => g.name === 'Race Group')).toHaveLength(1);
  });
});
