import { graphql } from './gql';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { CREATE_GROUP, CREATE_ORG, crmHelpers, GET_USER, GROUPS, ORGS, UPDATE_USER } from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { User } from '../src/modules/user';
import { UserUsergroup } from '../src/modules/usergroup';

// Renaming and deleting usergroups and organizations: who may (people.manage_usergroups,
// people.manage_organizations, the destructive people.delete_organizations; token scope users:write),
// unique names, bad inputs, and what happens to the users (they stay; their change logs say what changed).

const RENAME_GROUP = graphql(`
  mutation ManageRenameGroup($id: ID!, $n: String!) {
    renameUsergroup(id: $id, name: $n) {
      id
      name
    }
  }
`);
const DELETE_GROUP = graphql(`
  mutation ManageDeleteGroup($id: ID!) {
    deleteUsergroup(id: $id)
  }
`);
const RENAME_ORG = graphql(`
  mutation ManageRenameOrg($id: ID!, $n: String!) {
    renameOrganization(id: $id, name: $n) {
      id
      name
    }
  }
`);
const DELETE_ORG = graphql(`
  mutation ManageDeleteOrg($id: ID!) {
    deleteOrganization(id: $id)
  }
`);

describe('CRM: managing usergroups and organizations', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const admin = crmHelpers(() => t);
  const as = (who: string) =>
    crmHelpers(
      () => t,
      () => tokens[who],
    );
  let seq = 0;
  const group = async (name = `Group ${++seq}`) => (await admin.ok(CREATE_GROUP, { n: name })).createUsergroup;
  const org = async (name = `Org ${++seq}`) => (await admin.ok(CREATE_ORG, { n: name })).createOrganization;

  beforeAll(async () => {
    t = await startTestApp();
    const agent = async (key: string, permissions: string[]) =>
      (tokens[key] = (
        await t.createAgent({ email: `${key}@manage.example`, name: key, permissionGroupIds: [], permissions }, 'agent-password-1')
      ).token);
    await agent('editor', ['people.view', 'people.edit', 'people.create', 'people.delete']);
    await agent('groups', ['people.view', 'people.manage_usergroups']);
    await agent('orgs', ['people.view', 'people.manage_organizations']);
    await agent('orgDeleter', ['people.view', 'people.delete_organizations']);
    const token = async (key: string, scopes: string[]) =>
      (tokens[key] = (await t.ok(CREATE_TOKEN, { n: key, s: scopes }, { token: t.adminToken })).createApiToken.token);
    await token('read', ['users:read']);
    await token('write', ['users:write']);
  });
  afterAll(() => t.close());

  it('needs the matching People permission, users:write on a token, and a session', async () => {
    const g = await group();
    const o = await org();
    for (const r of [
      await t.gql(RENAME_GROUP, { id: g.id, n: 'Anon' }),
      await t.gql(DELETE_GROUP, { id: g.id }),
      await t.gql(RENAME_ORG, { id: o.id, n: 'Anon' }),
      await t.gql(DELETE_ORG, { id: o.id }),
    ])
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    // people.edit and even people.delete (users) do not reach groups or organizations.
    for (const who of ['editor', 'orgs', 'orgDeleter', 'read']) {
      expect(codeOf(await as(who).gql(RENAME_GROUP, { id: g.id, n: `By ${who}` }))).toBe('FORBIDDEN');
      expect(codeOf(await as(who).gql(DELETE_GROUP, { id: g.id }))).toBe('FORBIDDEN');
    }
    for (const who of ['editor', 'groups', 'orgDeleter', 'read'])
      expect(codeOf(await as(who).gql(RENAME_ORG, { id: o.id, n: `By ${who}` }))).toBe('FORBIDDEN');
    // Managing organizations is not deleting them (a destructive permission of its own).
    for (const who of ['editor', 'groups', 'orgs', 'read']) expect(codeOf(await as(who).gql(DELETE_ORG, { id: o.id }))).toBe('FORBIDDEN');

    expect((await as('groups').ok(RENAME_GROUP, { id: g.id, n: `${g.name} renamed` })).renameUsergroup.name).toBe(`${g.name} renamed`);
    expect((await as('orgs').ok(RENAME_ORG, { id: o.id, n: `${o.name} renamed` })).renameOrganization.name).toBe(`${o.name} renamed`);
    expect((await as('write').ok(RENAME_GROUP, { id: g.id, n: `${g.name} by token` })).renameUsergroup.name).toBe(`${g.name} by token`);
    expect((await as('orgDeleter').ok(DELETE_ORG, { id: o.id })).deleteOrganization).toBe(true);
    expect((await as('write').ok(DELETE_GROUP, { id: g.id })).deleteUsergroup).toBe(true);
  });

  it('keeps names unique ignoring case and refuses empty, long, null and unknown inputs', async () => {
    const [a, b] = [await group('Gold Customers'), await group('Silver Customers')];
    const taken = await admin.gql(RENAME_GROUP, { id: b.id, n: '  gold customers ' });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions?.fields).toEqual({ name: 'is already used by another usergroup' });
    // A change of case of its own name is a rename, not a conflict.
    expect((await admin.ok(RENAME_GROUP, { id: a.id, n: 'GOLD Customers' })).renameUsergroup.name).toBe('GOLD Customers');
    const [o1, o2] = [await org('Acme Corp'), await org('Globex')];
    const orgTaken = await admin.gql(RENAME_ORG, { id: o2.id, n: 'ACME CORP' });
    expect(codeOf(orgTaken)).toBe('CONFLICT');
    expect(orgTaken.errors?.[0].extensions?.fields).toEqual({ name: 'is already used by another organization' });
    expect((await admin.ok(RENAME_ORG, { id: o1.id, n: 'acme corp' })).renameOrganization.name).toBe('acme corp');

    const renames = [
      (id: string, n: string) => admin.gql(RENAME_GROUP, { id, n }),
      (id: string, n: string) => admin.gql(RENAME_ORG, { id, n }),
    ];
    for (const [rename, id] of [
      [renames[0], b.id],
      [renames[1], o2.id],
    ] as const) {
      expect((await rename(id, '   ')).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: 'must not be empty' },
      });
      expect(codeOf(await rename(id, 'x'.repeat(201)))).toBe('BAD_USER_INPUT');
      expect(codeOf(await rename('999999', 'Nowhere'))).toBe('NOT_FOUND');
      expect(codeOf(await rename('abc', 'Nowhere'))).toBe('BAD_USER_INPUT');
    }
    const deletes = [(id: string) => admin.gql(DELETE_GROUP, { id }), (id: string) => admin.gql(DELETE_ORG, { id })];
    for (const remove of deletes) {
      expect(codeOf(await remove('999999'))).toBe('NOT_FOUND');
      expect(codeOf(await remove('-1'))).toBe('BAD_USER_INPUT');
    }
    // null where the schema says non-null: refused before any resolver runs.
    for (const op of [
      'renameUsergroup(id: $id, name: "X") { id }',
      'renameOrganization(id: $id, name: "X") { id }',
      'deleteUsergroup(id: $id)',
      'deleteOrganization(id: $id)',
    ])
      expect((await admin.gql(`mutation Nulls($id: ID) { ${op} }`, { id: null })).errors?.[0].message).toMatch(
        /Variable "\$id" of type "ID" used in position expecting type "ID!"/,
      );
    // Names stay as they were after every refusal.
    const names = (await admin.ok(GROUPS)).usergroups.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['GOLD Customers', 'Silver Customers']));
  });

  it('deleting a usergroup removes its memberships and logs the change on each member', async () => {
    const [vip, beta] = [await group('VIP delete'), await group('Beta delete')];
    const both = await admin.createUser('Both Groups', { usergroupIds: [vip.id, beta.id] });
    const onlyVip = await admin.createUser('Only Vip', {});
    await admin.ok(UPDATE_USER, { id: onlyVip.id, i: { usergroupIds: [vip.id] } });
    const neither = await admin.createUser('Neither Group');

    await as('groups').ok(DELETE_GROUP, { id: vip.id });
    expect((await admin.ok(GROUPS)).usergroups.map((g) => g.id)).not.toContain(vip.id);
    expect((await admin.ok(GET_USER, { id: both.id })).user!.usergroups.map((g) => g.name)).toEqual(['Beta delete']);
    expect((await admin.ok(GET_USER, { id: onlyVip.id })).user!.usergroups).toEqual([]);
    const last = async (id: string) => (await admin.log(id))[0];
    expect(await last(both.id)).toMatchObject({
      field: 'usergroups',
      oldValue: 'Beta delete, VIP delete',
      newValue: 'Beta delete',
      actorName: 'groups',
    });
    expect(await last(onlyVip.id)).toMatchObject({ field: 'usergroups', oldValue: 'VIP delete', newValue: null });
    expect((await admin.log(neither.id)).map((e) => e.field)).toEqual(['created']);
    // The name is free again.
    expect((await admin.ok(CREATE_GROUP, { n: 'VIP delete' })).createUsergroup.name).toBe('VIP delete');
  });

  it('deleting an organization keeps its users, clears their organization and logs it on each', async () => {
    const o = await org('Initech delete');
    const users = [];
    for (let i = 0; i < 12; i++) users.push(await admin.createUser(`Initech User ${i}`, { organizationId: o.id }));
    const elsewhere = await admin.createUser('Elsewhere User', { organizationId: (await org('Umbrella stays')).id });

    await as('orgDeleter').ok(DELETE_ORG, { id: o.id });
    expect((await admin.ok(ORGS, { s: 'Initech' })).organizations.totalCount).toBe(0);
    for (const u of users) {
      expect((await admin.ok(GET_USER, { id: u.id })).user).toMatchObject({ id: u.id, organization: null });
      expect((await admin.log(u.id))[0]).toMatchObject({
        field: 'organization',
        oldValue: 'Initech delete',
        newValue: null,
        actorName: 'orgDeleter',
      });
    }
    expect((await admin.ok(GET_USER, { id: elsewhere.id })).user!.organization!.name).toBe('Umbrella stays');
    // Deleting twice: the second finds nothing.
    expect(codeOf(await admin.gql(DELETE_ORG, { id: o.id }))).toBe('NOT_FOUND');
  });

  it('a renamed organization shows its new name on its users at once', async () => {
    const o = await org('Hooli old');
    const u = await admin.createUser('Hooli Person', { organizationId: o.id });
    await as('orgs').ok(RENAME_ORG, { id: o.id, n: 'Hooli new' });
    expect((await admin.ok(GET_USER, { id: u.id })).user!.organization!.name).toBe('Hooli new');
    expect((await admin.ok(ORGS, { s: 'hooli' })).organizations.edges.map((e) => e.node.name)).toEqual(['Hooli new']);
  });

  // Meaningful on MariaDB (SQLite serialises writers): a deletion racing an edit that links a user to
  // the same group or organization ends either way, never with INTERNAL_SERVER_ERROR or a missed log entry.
  it('deleting a usergroup or organization while users are moved into it: a clean refusal or a logged removal', async () => {
    for (let round = 0; round < 6; round++) {
      const g = await group(`Race group ${round}`);
      const o = await org(`Race org ${round}`);
      const member = await admin.createUser(`Race member ${round}`, { usergroupIds: [g.id], organizationId: o.id });
      const joiner = await admin.createUser(`Race joiner ${round}`);
      const results = await Promise.all([
        admin.gql(UPDATE_USER, { id: joiner.id, i: { usergroupIds: [g.id], organizationId: o.id } }),
        admin.gql(DELETE_GROUP, { id: g.id }),
        admin.gql(DELETE_ORG, { id: o.id }),
        admin.gql(UPDATE_USER, { id: member.id, i: { summary: `round ${round}` } }),
      ]);
      // The joiner's edit may lose (the group or organization is gone: a field error); nothing else fails.
      const codes = results.map(codeOf);
      expect({ round, codes: codes.slice(1) }).toEqual({ round, codes: [undefined, undefined, undefined] });
      expect([undefined, 'BAD_USER_INPUT']).toContain(codes[0]);
      for (const u of [member, joiner]) {
        const now = (await admin.ok(GET_USER, { id: u.id })).user!;
        expect({ round, groups: now.usergroups, org: now.organization }).toEqual({ round, groups: [], org: null });
      }
      const memberLog = (await admin.log(member.id)).map((e) => e.field);
      expect(memberLog).toEqual(expect.arrayContaining(['usergroups', 'organization']));
      if (!results[0].errors) expect((await admin.log(joiner.id)).filter((e) => e.field === 'usergroups')).toHaveLength(2);
    }
  }, 60_000);

  /** `n` users straight into the tables (in `orgId`, and in `groupId`), for the statement counts. */
  async function insertUsers(prefix: string, n: number, orgId: string, groupId: string): Promise<number[]> {
    const now = new Date();
    const repo = t.roster.ds.getRepository(User);
    const rows = Array.from({ length: n }, (_, i) => ({
      name: `${prefix} ${i}`,
      nameKey: `${prefix} ${i}`.toLowerCase(),
      organizationId: Number(orgId),
      isAutoResponder: false,
      mergedIntoId: null,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 200) await repo.insert(rows.slice(i, i + 200));
    const ids = (await repo.find({ where: { organizationId: Number(orgId) }, select: { id: true } })).map((u) => u.id);
    await t.roster.ds.getRepository(UserUsergroup).insert(ids.map((userId) => ({ userId, usergroupId: Number(groupId) })));
    return ids;
  }

  it('deletes a usergroup or organization of 10 or of 1,000 users with the same statements, logging each user', async () => {
    const counts: Record<string, number[]> = { group: [], org: [] };
    for (const n of [10, 1000]) {
      const g = await group(`Count group ${n}`);
      const o = await org(`Count org ${n}`);
      const ids = await insertUsers(`Counted ${n}`, n, o.id, g.id);
      for (const [kind, run] of [
        ['group', () => admin.ok(DELETE_GROUP, { id: g.id })],
        ['org', () => admin.ok(DELETE_ORG, { id: o.id })],
      ] as const) {
        const before = t.sql.count;
        await run();
        counts[kind].push(t.sql.count - before);
      }
      const last = await admin.log(String(ids[n - 1]));
      expect(last.map((e) => e.field).sort()).toEqual(['organization', 'usergroups']);
    }
    expect(counts.group[1]).toBe(counts.group[0]);
    expect(counts.org[1]).toBe(counts.org[0]);
  }, 60_000);
});
