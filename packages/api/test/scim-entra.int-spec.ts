import { startTestApp, TestApp } from './helpers/test-app';
import { agentRow, GROUP, PATCH_OP, runSequence, scimRequest, scimToken, Step, teamMemberIds, USER } from './helpers/scim-fixtures';

// The requests the Microsoft Entra provisioning service sends (learn.microsoft.com, "Tutorial:
// Develop and plan provisioning for a SCIM endpoint", request/response examples): query before
// create, create, multi- and single-valued PATCHes with capitalised ops, disable by PATCH, delete
// 30 days later; groups created without members, members added and removed by PATCH.

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await scimToken(t);
});
afterAll(() => t.close());

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const q = (filter: string, extra = '') => `?filter=${encodeURIComponent(filter)}${extra}`;
const patch =
  (...Operations: object[]) =>
  () => ({ schemas: [PATCH_OP], Operations });

test('Entra ID: query, create, update (multi- and single-valued), disable, enable, delete a user', async () => {
  const steps: Step[] = [
    {
      name: 'query by userName: none yet',
      method: 'GET',
      path: () => `/Users${q('userName eq "Test_User_dfeef4c5@testuser.com"')}`,
      status: 200,
      check: ({ body }) => expect(body).toMatchObject({ totalResults: 0, Resources: [] }),
    },
    {
      name: 'create',
      method: 'POST',
      path: () => '/Users',
      body: () => ({
        schemas: [USER, ENTERPRISE],
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName: 'Test_User_dfeef4c5@testuser.com',
        active: true,
        emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b@testuser.com' }],
        meta: { resourceType: 'User' },
        name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
        roles: [],
      }),
      status: 201,
      check: ({ body }, ctx) => {
        ctx.userId = body.id;
        expect(body).toMatchObject({ userName: 'test_user_dfeef4c5@testuser.com', active: true, displayName: 'givenName familyName' });
        // userName is the login; the work address Entra sent is kept as an extra address.
        expect(body.emails).toEqual([
          { value: 'test_user_dfeef4c5@testuser.com', type: 'work', primary: true },
          { value: 'test_user_fd0ea19b@testuser.com', type: 'other', primary: false },
        ]);
      },
    },
    { name: 'get by id', method: 'GET', path: (c) => `/Users/${c.userId}`, status: 200 },
    {
      name: 'query by userName finds it, whatever the case',
      method: 'GET',
      path: () => `/Users${q('userName eq "TEST_USER_dfeef4c5@testuser.com"')}`,
      status: 200,
      check: ({ body }, c) => expect(body.Resources.map((r: { id: string }) => r.id)).toEqual([c.userId]),
    },
    {
      name: 'query by externalId',
      method: 'GET',
      path: () => `/Users${q('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`,
      status: 200,
      check: ({ body }) => expect(body.totalResults).toBe(1),
    },
    {
      name: 'update multi-valued and sub-attributes',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: patch(
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@testuser.com' },
        { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
      ),
      status: 200,
      check: ({ body }) => {
        expect(body.name).toMatchObject({ givenName: 'givenName', familyName: 'updatedFamilyName' });
        expect(body.emails.map((e: { value: string }) => e.value)).toContain('updatedemail@testuser.com');
      },
    },
    {
      name: 'update a single-valued attribute (userName)',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: patch({ op: 'Replace', path: 'userName', value: '5b50642d@testuser.com' }),
      status: 200,
      check: ({ body }) => expect(body.userName).toBe('5b50642d@testuser.com'),
    },
    {
      name: 'path-less Replace with dotted keys (non-compliant Entra form)',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: patch({ op: 'Replace', value: { 'name.givenName': 'Ann', displayName: 'Ann updatedFamilyName' } }),
      status: 200,
      check: ({ body }) => expect(body.displayName).toBe('Ann updatedFamilyName'),
    },
    {
      name: 'disable (Entra has sent "False" as a string)',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: patch({ op: 'Replace', path: 'active', value: 'False' }),
      status: 200,
      check: ({ body }) => expect(body.active).toBe(false),
    },
    {
      name: 'disabled users are still found by filter, with active',
      method: 'GET',
      path: () => `/Users${q('userName eq "5b50642d@testuser.com"')}`,
      status: 200,
      check: ({ body }) => expect(body.Resources[0].active).toBe(false),
    },
    {
      name: 'enable',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: patch({ op: 'Replace', path: 'active', value: true }),
      status: 200,
      check: ({ body }) => expect(body.active).toBe(true),
    },
  ];
  const ctx = await runSequence(t, token, steps);
  expect(await agentRow(t, ctx.userId)).toMatchObject({ email: '5b50642d@testuser.com', name: 'Ann updatedFamilyName', status: 'ACTIVE' });
  await runSequence(t, token, [
    { name: 'delete', method: 'DELETE', path: () => `/Users/${ctx.userId}`, status: 204 },
    { name: 'gone', method: 'GET', path: () => `/Users/${ctx.userId}`, status: 404, check: ({ body }) => expect(body.status).toBe('404') },
    { name: 'delete again', method: 'DELETE', path: () => `/Users/${ctx.userId}`, status: 404 },
  ]);
  // The change log keeps what the token did, under the token's name.
  const log = await t.roster.ds.query(
    "SELECT field, actor_kind, actor_name FROM change_log WHERE entity_type = 'AGENT' AND entity_id = ? ORDER BY id",
    [ctx.userId],
  );
  expect(log.map((l: { field: string }) => l.field)).toEqual(
    expect.arrayContaining(['created', 'externalId', 'email', 'status', 'deleted']),
  );
  expect(new Set(log.map((l: { actor_kind: string }) => l.actor_kind))).toEqual(new Set(['API_TOKEN']));
});

test('Entra ID: group created empty, members added and removed by PATCH, membership queried, renamed, deleted', async () => {
  const a = await t.createAgent({ email: 'entra.a@example.com', name: 'Entra A' });
  const b = await t.createAgent({ email: 'entra.b@example.com', name: 'Entra B' });
  const steps: Step[] = [
    {
      name: 'query by displayName, members excluded',
      method: 'GET',
      path: () => `/Groups${q('displayName eq "Support Tier 1"', '&excludedAttributes=members')}`,
      status: 200,
      check: ({ body }) => expect(body.totalResults).toBe(0),
    },
    {
      name: 'create',
      method: 'POST',
      path: () => '/Groups',
      body: () => ({
        schemas: [GROUP],
        externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
        displayName: 'Support Tier 1',
        meta: { resourceType: 'Group' },
      }),
      status: 201,
      check: ({ body }, c) => {
        c.groupId = body.id;
        expect(body).toMatchObject({ displayName: 'Support Tier 1', externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159' });
      },
    },
    {
      name: 'get without members',
      method: 'GET',
      path: (c) => `/Groups/${c.groupId}?excludedAttributes=members`,
      status: 200,
      check: ({ body }) => expect(body.members).toBeUndefined(),
    },
    {
      name: 'add members',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: patch({
        op: 'Add',
        path: 'members',
        value: [
          { $ref: null, value: a.id },
          { $ref: null, value: b.id },
        ],
      }),
      status: 200,
    },
    {
      name: 'is this user a member?',
      method: 'GET',
      path: (c) => `/Groups${q(`id eq "${c.groupId}" and members[value eq "${a.id}"]`, '&excludedAttributes=members')}`,
      status: 200,
      check: ({ body }) => expect(body.totalResults).toBe(1),
    },
    {
      name: 'remove a member (value list)',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: patch({ op: 'Remove', path: 'members', value: [{ $ref: null, value: a.id }] }),
      status: 200,
      check: ({ body }) => expect(body.members.map((m: { value: string }) => m.value)).toEqual([b.id]),
    },
    {
      name: 'no longer a member',
      method: 'GET',
      path: (c) => `/Groups${q(`id eq "${c.groupId}" and members[value eq "${a.id}"]`, '&excludedAttributes=members')}`,
      status: 200,
      check: ({ body }) => expect(body.totalResults).toBe(0),
    },
    {
      name: 'rename',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: patch({ op: 'Replace', path: 'displayName', value: 'Support Tier 1 (EU)' }),
      status: 200,
      check: ({ body }) => expect(body.displayName).toBe('Support Tier 1 (EU)'),
    },
  ];
  const ctx = await runSequence(t, token, steps);
  expect(await teamMemberIds(t, ctx.groupId)).toEqual([b.id]);
  await runSequence(t, token, [{ name: 'delete', method: 'DELETE', path: () => `/Groups/${ctx.groupId}`, status: 204 }]);
  expect((await scimRequest(t, 'GET', `/Groups/${ctx.groupId}`, undefined, { token })).status).toBe(404);
});
