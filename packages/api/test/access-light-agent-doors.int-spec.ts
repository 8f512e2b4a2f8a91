import { graphql } from './gql';
import { OutboxMessage } from '../src/modules/mail';
import { importCsv, startImportApp } from './helpers/import-helpers';
import { acceptLinkToken } from './helpers/onboarding-fixtures';
import { scimRequest, scimToken } from './helpers/scim-fixtures';
import { codeOf, GqlResult, TestApp } from './helpers/test-app';

// Light agents in the access matrix, through every other door to groups and permissions (issue
// 21): a light agent is never given administrator access or a permission group that grants more
// than light agents may hold, whether through the agent form (light-agents.int-spec.ts), a group's
// member list, a group's permissions edited while they are in it, copy settings, bulk edit, a CSV
// import, SCIM group membership or an SSO groups claim. Each refuses with an error naming the agent
// and changes nothing, or cannot grant anything (teams carry no permissions; the SSO groups claim
// maps to teams only, and a light SSO provider cannot have default groups: sso-oidc.int-spec.ts).

const CREATE_GROUP = graphql(`
  mutation LightDoorsCreateGroup($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      id
    }
  }
`);
const UPDATE_GROUP = graphql(`
  mutation LightDoorsUpdateGroup($id: ID!, $i: UpdatePermissionGroupInput!) {
    updatePermissionGroup(id: $id, input: $i) {
      id
    }
  }
`);
const COPY = graphql(`
  mutation LightDoorsCopy($from: ID!, $to: [ID!]!, $s: [AgentSettingsSection!]!) {
    copyAgentSettings(sourceAgentId: $from, targetAgentIds: $to, sections: $s) {
      id
    }
  }
`);
const BULK = graphql(`
  mutation LightDoorsBulk($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {
    bulkUpdateAgents(ids: $ids, input: $i) {
      id
    }
  }
`);
const INVITE = graphql(`
  mutation LightDoorsInvite($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation LightDoorsAccept($t: String!, $p: String!) {
    acceptInvitation(token: $t, password: $p) {
      agent {
        type
        effectivePermissions
        permissionGroups {
          id
        }
      }
    }
  }
`);
const AGENT = graphql(`
  query LightDoorsAgent($id: ID!) {
    agent(id: $id) {
      type
      isAdmin
      isReportsAdmin
      effectivePermissions
      permissionGroups {
        id
      }
      teams {
        name
      }
    }
  }
`);

const LIGHT_EMAIL = 'lou@light-doors.example';

describe('light agents through every door to groups and permissions', () => {
  let t: TestApp;
  let light: string;
  let full: string;
  let readers: string;
  let writers: string;
  const asAdmin = () => ({ token: t.adminToken });
  const agent = async (id: string) => (await t.ok(AGENT, { id }, asAdmin())).agent!;
  /** The refusal's message and field errors, which must name the light agent. */
  function refusedNaming(r: GqlResult<unknown>, field: string) {
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const fields = (r.errors![0].extensions!.fields ?? {}) as Record<string, string>;
    expect(Object.keys(fields)).toContain(field);
    expect(fields[field]).toContain(LIGHT_EMAIL);
    expect(fields[field]).toMatch(/light/);
  }
  const unchanged = async () =>
    expect(await agent(light)).toMatchObject({ type: 'LIGHT', isAdmin: false, isReportsAdmin: false, permissionGroups: [{ id: readers }] });

  beforeAll(async () => {
    t = await startImportApp({ LICENSE_SEATS: '20' });
    readers = (await t.ok(CREATE_GROUP, { i: { name: 'Readers', permissions: ['people.view'] } }, asAdmin())).createPermissionGroup.id;
    writers = (await t.ok(CREATE_GROUP, { i: { name: 'Writers', permissions: ['people.view', 'people.edit'] } }, asAdmin()))
      .createPermissionGroup.id;
    light = (await t.createAgent({ email: LIGHT_EMAIL, name: 'Lou Light', type: 'LIGHT', permissionGroupIds: [readers] })).id;
    full = (await t.createAgent({ email: 'fay@light-doors.example', name: 'Fay Full', isAdmin: true, permissionGroupIds: ['1', writers] }))
      .id;
  });
  afterAll(() => t.close());

  it("refuses a light agent on a group's member list when the group grants more", async () => {
    refusedNaming(await t.gql(UPDATE_GROUP, { id: writers, i: { memberIds: [full, light] } }, asAdmin()), 'input.memberIds');
    refusedNaming(
      await t.gql(CREATE_GROUP, { i: { name: 'New Writers', permissions: ['people.delete'], memberIds: [light] } }, asAdmin()),
      'input.memberIds',
    );
    expect(await t.roster.ds.query(`SELECT id FROM permission_group WHERE name = 'New Writers'`)).toHaveLength(0);
    await unchanged();
    // A group within the light set takes them.
    await t.ok(UPDATE_GROUP, { id: readers, i: { memberIds: [light, full] } }, asAdmin());
  });

  it('refuses more permissions for a group while a light agent is in it', async () => {
    refusedNaming(
      await t.gql(UPDATE_GROUP, { id: readers, i: { permissions: ['people.view', 'people.edit'] } }, asAdmin()),
      'input.permissions',
    );
    // Permissions light agents may hold are fine.
    await t.ok(UPDATE_GROUP, { id: readers, i: { permissions: ['people.view', 'people.add_notes'] } }, asAdmin());
    await unchanged();
  });

  it('refuses copying admin access or write groups from a full agent onto a light one', async () => {
    refusedNaming(await t.gql(COPY, { from: full, to: [light], s: ['PERMISSION_GROUPS'] }, asAdmin()), 'input.permissionGroupIds');
    refusedNaming(await t.gql(COPY, { from: full, to: [light], s: ['ADMIN_ACCESS'] }, asAdmin()), 'input.isAdmin');
    await unchanged();
  });

  it('refuses a bulk edit adding a write group to a selection with a light agent, and changes no one', async () => {
    const other = (await t.createAgent({ email: 'gus@light-doors.example', name: 'Gus Full', permissionGroupIds: [readers] })).id;
    refusedNaming(
      await t.gql(BULK, { ids: [other, light], i: { addPermissionGroupIds: [writers] } }, asAdmin()),
      'input.permissionGroupIds',
    );
    expect((await agent(other)).permissionGroups).toEqual([{ id: readers }]);
    await unchanged();
  });

  it('refuses CSV rows that would give a light agent admin access or a write group, new or existing', async () => {
    const header = 'Email,Name,Permission Groups,Teams,Admin,Type';
    const { job } = await importCsv(
      t,
      [header, 'new1@light-doors.example,New One,,,Yes,Light', `new2@light-doors.example,New Two,Writers,,No,Light`].join('\n'),
      { onError: 'SKIP_INVALID_ROWS' },
    );
    expect(job).toMatchObject({ createdCount: 0, errorCount: 2 });
    // An existing light agent, the file without a Type column.
    const update = await importCsv(t, ['Email,Name,Permission Groups', `${LIGHT_EMAIL},Lou Light,Writers`].join('\n'), {
      existing: 'UPDATE',
      onError: 'SKIP_INVALID_ROWS',
    });
    expect(update.job).toMatchObject({ updatedCount: 0, errorCount: 1 });
    const errors = (await t.ok(`query($id: ID!) { agentImport(id: $id) { errors { column message } } }`, { id: update.job.id }, asAdmin()))
      .agentImport.errors;
    expect(errors).toEqual([
      expect.objectContaining({ column: expect.stringMatching(/permission/i), message: expect.stringMatching(/light/) }),
    ]);
    const admin = await importCsv(t, ['Email,Name,Permission Groups,Admin', `${LIGHT_EMAIL},Lou Light,Readers,Yes`].join('\n'), {
      existing: 'UPDATE',
      onError: 'SKIP_INVALID_ROWS',
    });
    expect(admin.job).toMatchObject({ updatedCount: 0, errorCount: 1 });
    const adminErrors = (
      await t.ok(`query($id: ID!) { agentImport(id: $id) { errors { column message } } }`, { id: admin.job.id }, asAdmin())
    ).agentImport.errors;
    expect(adminErrors).toEqual([{ column: 'Admin', message: `cannot be Yes for a light agent (${LIGHT_EMAIL} is a light agent)` }]);
    await unchanged();
  });

  it('gives nothing through SCIM group membership: SCIM groups are teams, which carry no permissions', async () => {
    const before = (await agent(light)).effectivePermissions;
    const token = await scimToken(t);
    const created = await scimRequest(
      t,
      'POST',
      '/Groups',
      { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Escalations', members: [{ value: light }] },
      { token },
    );
    expect(created.status).toBe(201);
    const after = await agent(light);
    expect(after.teams).toEqual([{ name: 'Escalations' }]);
    expect(after.effectivePermissions).toEqual(before);
    await unchanged();
  });

  it('leaves out, on acceptance, a group that came to grant more since a light invitation was sent', async () => {
    const notes = (await t.ok(CREATE_GROUP, { i: { name: 'Note takers', permissions: ['people.add_notes'] } }, asAdmin()))
      .createPermissionGroup.id;
    await t.ok(INVITE, { i: { email: 'ivo@light-doors.example', agentType: 'LIGHT', permissionGroupIds: [notes, readers] } }, asAdmin());
    // No light agent is in the group yet: the edit is fine.
    await t.ok(UPDATE_GROUP, { id: notes, i: { permissions: ['people.add_notes', 'people.edit'] } }, asAdmin());
    const mail = await t.roster.ds.getRepository(OutboxMessage).findOneByOrFail({ toAddress: 'ivo@light-doors.example' });
    const accepted = await t.ok(ACCEPT, { t: acceptLinkToken(mail.textBody), p: 'ivo-password-123' });
    expect(accepted.acceptInvitation.agent).toMatchObject({ type: 'LIGHT', permissionGroups: [{ id: readers }] });
    expect(accepted.acceptInvitation.agent.effectivePermissions).not.toContain('people.edit');
  });
});
