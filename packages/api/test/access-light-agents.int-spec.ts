import { graphql } from './gql';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { ADD_AGENT_NOTE, AGENT_CRM, AGENTS_CRM, UPDATE_CRM } from './helpers/agent-crm-fixtures';
import {
  ADD_EMAIL,
  ADD_NOTE,
  CREATE_GROUP,
  CREATE_ORG,
  CREATE_USER,
  crmHelpers,
  DELETE_USER,
  GET_USER,
  GROUPS,
  LIST_USERS,
  MERGE,
  ORGS,
  REMOVE_EMAIL,
  SET_PRIMARY,
  uniqueEmail,
  UPDATE_USER,
  USER_LOG,
} from './helpers/crm-fixtures';
import { AnyDocument, codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';
import { PermissionGroup } from '../src/modules/permission';

// Light agents in the access matrix: they sign in, browse and search the CRM, read users,
// organizations and agents and add notes; every write besides notes is refused, whatever a
// group they are in grants, and their API tokens are held to the same. CI runs this suite with
// GRAPHQL_FAST_PATH=0 too, so both read paths answer the reads.

const LIGHT_CREATE = graphql(`
  mutation LightAccessCreate($i: CreateAgentInput!) {
    createAgent(input: $i) {
      agent {
        id
        type
        isAdmin
        permissions
        effectivePermissions
        permissionGroups {
          id
        }
      }
    }
  }
`);
const RENAME_ORG = graphql(`
  mutation LightAccessRenameOrg($id: ID!, $n: String!) {
    renameOrganization(id: $id, name: $n) {
      id
    }
  }
`);
const DELETE_ORG = graphql(`
  mutation LightAccessDeleteOrg($id: ID!) {
    deleteOrganization(id: $id)
  }
`);
const RENAME_GROUP = graphql(`
  mutation LightAccessRenameUsergroup($id: ID!, $n: String!) {
    renameUsergroup(id: $id, name: $n) {
      id
    }
  }
`);
const IMPORT_USERS = graphql(`
  mutation LightAccessImportUsers($csv: String!) {
    importUsersCsv(csv: $csv, dryRun: false) {
      id
    }
  }
`);
const UPDATE_GROUP = graphql(`
  mutation LightAccessUpdatePermissionGroup($id: ID!, $p: [String!]!) {
    updatePermissionGroup(id: $id, input: { permissions: $p }) {
      id
    }
  }
`);
const CREATE_PERMISSION_GROUP = graphql(`
  mutation LightAccessCreatePermissionGroup($n: String!, $p: [String!]!) {
    createPermissionGroup(input: { name: $n, permissions: $p }) {
      id
    }
  }
`);
const LICENSE = graphql(`
  query LightAccessLicense {
    license {
      used
    }
  }
`);

describe('light agents in the access matrix', () => {
  let t: TestApp;
  let userId: string;
  let otherUserId: string;
  let orgId: string;
  let usergroupId: string;
  let fullAgentId: string;
  let light: { id: string; token: string };
  const tokens: Record<string, string> = {};
  const as = (who: string) =>
    crmHelpers(
      () => t,
      () => tokens[who],
    );
  const forbidden = (r: GqlResult<unknown>, what: string) => expect([what, codeOf(r)]).toEqual([what, 'FORBIDDEN']);
  const fine = (r: GqlResult<unknown>, what: string) => expect([what, r.errors]).toEqual([what, undefined]);
  const count = async (sql: string): Promise<number> => Number((await t.roster.ds.query(sql))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    const admin = crmHelpers(() => t);
    const user = await admin.createUser('Light Target');
    userId = user.id;
    otherUserId = (await admin.createUser('Light Other')).id;
    orgId = (await admin.ok(CREATE_ORG, { n: 'Light Org' })).createOrganization.id;
    usergroupId = (await admin.ok(CREATE_GROUP, { n: 'Light Usergroup' })).createUsergroup.id;
    fullAgentId = (await t.createAgent({ email: 'full@light-access.example', name: 'Full Colleague' })).id;
    const made = await t.ok(
      LIGHT_CREATE,
      {
        i: {
          email: 'light@light-access.example',
          name: 'Lee Light',
          type: 'LIGHT',
          password: 'light-password-1',
          forcePasswordChange: false,
          sendWelcomeEmail: false,
        },
      },
      { token: t.adminToken },
    );
    expect(made.createAgent.agent).toMatchObject({ type: 'LIGHT', isAdmin: false, permissionGroups: [] });
    expect(made.createAgent.agent.effectivePermissions).toEqual(expect.arrayContaining(['people.view', 'people.add_notes']));
    expect(made.createAgent.agent.effectivePermissions).not.toContain('people.edit');
    light = { id: made.createAgent.agent.id, token: await t.login('light@light-access.example', 'light-password-1') };
    tokens.light = light.token;
    // An admin's token with the CRM write scope, to show that the light rule narrows only light agents' tokens.
    tokens.adminWrite = (await t.ok(CREATE_TOKEN, { n: 'admin-write', s: ['users:write'] }, { token: t.adminToken })).createApiToken.token;
  });
  afterAll(() => t.close());

  it('lets a light agent browse, search and read users, organizations, usergroups and agents', async () => {
    const l = as('light');
    const list = await l.gql(LIST_USERS, { first: 5 });
    fine(list, 'users');
    expect(list.data!.users.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([userId, otherUserId]));
    const search = await l.gql(LIST_USERS, { f: { search: 'Light Targ' }, first: 5 });
    fine(search, 'users search');
    expect(search.data!.users.edges.map((e) => e.node.id)).toEqual([userId]);
    fine(await l.gql(GET_USER, { id: userId }), 'user');
    fine(await l.gql(ORGS, {}), 'organizations');
    fine(await l.gql(GROUPS, {}), 'usergroups');
    fine(await l.gql(USER_LOG, { id: userId }), 'user change log');
    const agents = await l.gql(AGENTS_CRM, { first: 10 });
    fine(agents, 'agents');
    expect(agents.data!.agents.edges.map((e) => e.node.id)).toContain(fullAgentId);
    fine(await l.gql(AGENT_CRM, { id: fullAgentId }), 'agent record');
  });

  it('lets a light agent add notes to users and agents', async () => {
    const l = as('light');
    const note = await l.gql(ADD_NOTE, { u: userId, t: 'Called back, all good' });
    fine(note, 'addUserNote');
    expect(note.data!.addUserNote.notes.map((n) => [n.text, n.authorName])).toContainEqual(['Called back, all good', 'Lee Light']);
    fine(await l.gql(ADD_AGENT_NOTE, { id: fullAgentId, t: 'Covers Mondays' }), 'addAgentNote');
  });

  it('refuses every other CRM write and changes nothing', async () => {
    const l = as('light');
    const before = await t.ok(GET_USER, { id: userId }, { token: t.adminToken });
    const users = await count('SELECT COUNT(*) AS n FROM crm_user');
    const writes: [string, AnyDocument, Record<string, unknown>][] = [
      ['createUser', CREATE_USER, { i: { name: 'Sneaky', emails: [uniqueEmail('sneaky')] } }],
      ['updateUser', UPDATE_USER, { id: userId, i: { summary: 'changed by a light agent' } }],
      ['updateUser (organization)', UPDATE_USER, { id: userId, i: { organizationId: orgId } }],
      ['updateUser (usergroups)', UPDATE_USER, { id: userId, i: { usergroupIds: [usergroupId] } }],
      ['addUserEmail', ADD_EMAIL, { u: userId, e: uniqueEmail('extra') }],
      ['removeUserEmail', REMOVE_EMAIL, { u: userId, e: before.user!.primaryEmail }],
      ['setPrimaryUserEmail', SET_PRIMARY, { u: userId, e: before.user!.primaryEmail }],
      ['mergeUsers', MERGE, { t: userId, s: otherUserId }],
      ['deleteUser', DELETE_USER, { id: otherUserId }],
      ['createOrganization', CREATE_ORG, { n: 'Light Made Org' }],
      ['renameOrganization', RENAME_ORG, { id: orgId, n: 'Renamed' }],
      ['deleteOrganization', DELETE_ORG, { id: orgId }],
      ['createUsergroup', CREATE_GROUP, { n: 'Light Made Group' }],
      ['renameUsergroup', RENAME_GROUP, { id: usergroupId, n: 'Renamed' }],
      ['importUsersCsv', IMPORT_USERS, { csv: 'Name,Email\nImported,imported@light.example\n' }],
      ['updateAgentCrmProfile', UPDATE_CRM, { id: fullAgentId, i: { summary: 'light wrote this' } }],
      ['createPermissionGroup', CREATE_PERMISSION_GROUP, { n: 'Light Group', p: ['people.edit'] }],
      ['license', LICENSE, {}],
    ];
    for (const [what, doc, vars] of writes) forbidden(await l.gql(doc as never, vars as never), what);
    const after = await t.ok(GET_USER, { id: userId }, { token: t.adminToken });
    expect({ ...after.user, notes: undefined }).toEqual({ ...before.user, notes: undefined });
    expect(await count('SELECT COUNT(*) AS n FROM crm_user')).toBe(users);
    expect(await count("SELECT COUNT(*) AS n FROM organization WHERE name <> 'Light Org'")).toBe(0);
  });

  it('keeps a light agent to the light rule when a group they are in grants writes later', async () => {
    // Granting the group to the light agent is refused (light-agents.int-spec.ts); a group they
    // already hold that gains write permissions afterwards still gives them nothing more.
    const group = (await t.ok(CREATE_PERMISSION_GROUP, { n: 'Readers', p: ['people.view'] }, { token: t.adminToken })).createPermissionGroup
      .id;
    await t.ok(
      graphql(`
        mutation LightAccessJoinGroup($id: ID!, $i: UpdateAgentInput!) {
          updateAgent(id: $id, input: $i) {
            id
          }
        }
      `),
      { id: light.id, i: { permissionGroupIds: [group] } },
      { token: t.adminToken },
    );
    const more = ['people.view', 'people.edit', 'people.delete', 'people.create'];
    // Editing the group so is refused while a light agent is in it (access-light-agent-doors.int-spec.ts); a
    // group can still come to grant more without an edit (data from before that rule, a built-in group
    // of a later version): stored directly here.
    expect(codeOf(await t.gql(UPDATE_GROUP, { id: group, p: more }, { token: t.adminToken }))).toBe('BAD_USER_INPUT');
    await t.roster.ds
      .createQueryBuilder()
      .update(PermissionGroup)
      .set({ storedPermissions: more })
      .where('id = :id', { id: Number(group) })
      .execute();
    const l = as('light');
    forbidden(await l.gql(UPDATE_USER, { id: userId, i: { summary: 'via a group' } }), 'updateUser after group change');
    forbidden(await l.gql(DELETE_USER, { id: otherUserId }), 'deleteUser after group change');
    forbidden(await l.gql(CREATE_USER, { i: { name: 'Via Group', emails: [uniqueEmail('g')] } }), 'createUser after group change');
    // The SPA hides edit controls by effectivePermissions: it answers the same narrowed set.
    const me = await t.ok(
      graphql(`
        query LightAccessMe {
          viewer {
            effectivePermissions
          }
        }
      `),
      {},
      { token: light.token },
    );
    expect(me.viewer.effectivePermissions).not.toContain('people.edit');
    expect(me.viewer.effectivePermissions).toContain('people.view');
    // A full agent in the same group may (the group itself works).
    const full = await t.createAgent({ email: 'grouped@light-access.example', name: 'Grouped Full', permissionGroupIds: [group] });
    fine(await t.gql(UPDATE_USER, { id: userId, i: { summary: 'by a full agent' } }, { token: full.token }), 'full agent in the group');
  });

  it('holds API tokens of a light agent to the same rule, whatever their scopes', async () => {
    // Only administrators make API tokens, and light agents are never administrators: a token an
    // admin made who is converted to LIGHT afterwards acts with light rights.
    const admin2 = await t.createAgent({
      email: 'admin2@light-access.example',
      name: 'Second Admin',
      isAdmin: true,
      permissionGroupIds: ['1'],
    });
    const token = (await t.ok(CREATE_TOKEN, { n: 'later-light', s: ['users:write', 'agents:write'] }, { token: admin2.token }))
      .createApiToken.token;
    fine(await t.gql(UPDATE_USER, { id: userId, i: { summary: 'token while full' } }, { token }), 'token while full admin');
    await t.ok(
      graphql(`
        mutation LightAccessConvert($id: ID!) {
          updateAgent(id: $id, input: { type: LIGHT }) {
            id
            type
            isAdmin
          }
        }
      `),
      { id: admin2.id },
      { token: t.adminToken },
    );
    forbidden(await t.gql(UPDATE_USER, { id: userId, i: { summary: 'token while light' } }, { token }), 'token updateUser');
    forbidden(await t.gql(CREATE_USER, { i: { name: 'Tok', emails: [uniqueEmail('tok')] } }, { token }), 'token createUser');
    forbidden(await t.gql(LICENSE, {}, { token }), 'token admin query');
    fine(await t.gql(ADD_NOTE, { u: userId, t: 'token note' }, { token }), 'token addUserNote');
    fine(await t.gql(LIST_USERS, { first: 2 }, { token }), 'token users');
    // The admin's own token is untouched.
    fine(await t.gql(UPDATE_USER, { id: userId, i: { summary: 'admin token' } }, { token: tokens.adminWrite }), 'admin token');
  });
});
