import { startTestApp, TestApp } from './helpers/test-app';
import {
  agentRow,
  GROUP,
  PATCH_OP,
  ROSTER_USER,
  runSequence,
  scimToken,
  sessionCount,
  Step,
  teamMemberIds,
  USER,
} from './helpers/scim-fixtures';

// The requests Okta sends to a SCIM 2.0 app (developer.okta.com, "Okta and SCIM Version 2.0":
// user operations, then group push), in the order it sends them, with the bodies of its examples.
// Okta never DELETEs a user: unassigning deactivates (active: false).

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://help.example.com' });
  token = await scimToken(t);
});
afterAll(() => t.close());

const oktaUser = (ctx: Record<string, string>, given = 'Test') => ({
  schemas: [USER],
  ...(ctx.userId ? { id: ctx.userId } : {}),
  userName: 'test.user@okta.local',
  name: { givenName: given, familyName: 'User' },
  emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
  displayName: `${given} User`,
  locale: 'en-US',
  externalId: '00ujl29u0le5T6Aj10h7',
  groups: [],
  active: true,
});

test('Okta: provision (look up, create), read, update (PUT), deactivate, reactivate a user', async () => {
  const steps: Step[] = [
    {
      name: 'look the user up by userName',
      method: 'GET',
      path: () => `/Users?filter=${encodeURIComponent('userName eq "test.user@okta.local"')}&startIndex=1&count=100`,
      status: 200,
      check: ({ body }) => expect(body).toMatchObject({ totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] }),
    },
    {
      name: 'create it (Okta sends a password when password sync is on)',
      method: 'POST',
      path: () => '/Users',
      body: (ctx) => ({ ...oktaUser(ctx), password: 'okta-sync-password-1' }),
      status: 201,
      check: ({ body, headers }, ctx) => {
        ctx.userId = body.id;
        expect(body).toMatchObject({
          schemas: [USER, ROSTER_USER],
          userName: 'test.user@okta.local',
          externalId: '00ujl29u0le5T6Aj10h7',
          active: true,
          name: { givenName: 'Test', familyName: 'User', formatted: 'Test User' },
          meta: { resourceType: 'User', location: `https://help.example.com/scim/v2/Users/${body.id}` },
        });
        expect(body.password).toBeUndefined();
        expect(headers.get('location')).toBe(body.meta.location);
        expect(headers.get('etag')).toBe(body.meta.version);
      },
    },
    {
      name: 'read it back',
      method: 'GET',
      path: (c) => `/Users/${c.userId}`,
      status: 200,
      check: ({ body }) => expect(body.displayName).toBe('Test User'),
    },
    {
      name: 'update the profile (PUT of the whole user)',
      method: 'PUT',
      path: (c) => `/Users/${c.userId}`,
      body: (ctx) => oktaUser(ctx, 'Another'),
      status: 200,
      check: ({ body }) => expect(body.name).toMatchObject({ givenName: 'Another', familyName: 'User' }),
    },
    {
      name: 'deactivate',
      method: 'PATCH',
      path: (c) => `/Users/${c.userId}`,
      body: () => ({ schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false } }] }),
      status: 200,
      check: ({ body }) => expect(body.active).toBe(false),
    },
  ];
  const ctx = await runSequence(t, token, steps);
  expect(await agentRow(t, ctx.userId)).toMatchObject({ name: 'Another User', status: 'DISABLED', external_id: '00ujl29u0le5T6Aj10h7' });
  // The password Okta sent works until the agent was deactivated.
  expect(
    (await t.gql('mutation { login(email: "test.user@okta.local", password: "okta-sync-password-1") { token } }')).errors?.[0],
  ).toBeDefined();
  await runSequence(t, token, [
    {
      name: 'reactivate',
      method: 'PATCH',
      path: () => `/Users/${ctx.userId}`,
      body: () => ({ schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: true } }] }),
      status: 200,
      check: ({ body }) => expect(body.active).toBe(true),
    },
  ]);
  const session = await t.login('test.user@okta.local', 'okta-sync-password-1');
  expect(session).toBeTruthy();
  expect(await sessionCount(t, ctx.userId)).toBe(1);
  await runSequence(t, token, [
    {
      name: 'deactivate again: the session ends',
      method: 'PATCH',
      path: () => `/Users/${ctx.userId}`,
      body: () => ({ schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false } }] }),
      status: 200,
    },
  ]);
  expect(await sessionCount(t, ctx.userId)).toBe(0);
});

test('Okta: group push (create, rename, add and remove members, replace, delete)', async () => {
  const a = await t.createAgent({ email: 'okta.a@example.com', name: 'Okta A' });
  const b = await t.createAgent({ email: 'okta.b@example.com', name: 'Okta B' });
  const steps: Step[] = [
    {
      name: 'look the group up',
      method: 'GET',
      path: () => `/Groups?filter=${encodeURIComponent('displayName eq "Test SCIMv2"')}&startIndex=1&count=100`,
      status: 200,
      check: ({ body }) => expect(body.totalResults).toBe(0),
    },
    {
      name: 'create it',
      method: 'POST',
      path: () => '/Groups',
      body: () => ({ schemas: [GROUP], displayName: 'Test SCIMv2', members: [] }),
      status: 201,
      check: ({ body }, ctx) => {
        ctx.groupId = body.id;
        expect(body).toMatchObject({ displayName: 'Test SCIMv2', members: [], meta: { resourceType: 'Group' } });
      },
    },
    { name: 'read it', method: 'GET', path: (c) => `/Groups/${c.groupId}`, status: 200 },
    {
      name: 'rename (path-less replace carrying the id)',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: (c) => ({ schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { id: c.groupId, displayName: 'Test SCIMv2 renamed' } }] }),
      status: 200,
      check: ({ body }) => expect(body.displayName).toBe('Test SCIMv2 renamed'),
    },
    {
      name: 'add members',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: () => ({
        schemas: [PATCH_OP],
        Operations: [
          {
            op: 'add',
            path: 'members',
            value: [
              { value: a.id, display: 'okta.a@example.com' },
              { value: b.id, display: 'okta.b@example.com' },
            ],
          },
        ],
      }),
      status: 200,
      check: ({ body }) => expect(body.members.map((m: { value: string }) => m.value).sort()).toEqual([a.id, b.id].sort()),
    },
    {
      name: 'remove a member by filter',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: () => ({ schemas: [PATCH_OP], Operations: [{ op: 'remove', path: `members[value eq "${a.id}"]` }] }),
      status: 200,
      check: ({ body }) => expect(body.members).toEqual([expect.objectContaining({ value: b.id, display: 'Okta B' })]),
    },
    {
      name: 'replace the members',
      method: 'PATCH',
      path: (c) => `/Groups/${c.groupId}`,
      body: () => ({ schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'members', value: [{ value: a.id }] }] }),
      status: 200,
    },
    {
      name: 'the user shows its group',
      method: 'GET',
      path: () => `/Users/${a.id}`,
      status: 200,
      check: ({ body }, c) => expect(body.groups).toEqual([expect.objectContaining({ value: c.groupId, display: 'Test SCIMv2 renamed' })]),
    },
  ];
  const ctx = await runSequence(t, token, steps);
  expect(await teamMemberIds(t, ctx.groupId)).toEqual([a.id]);
  await runSequence(t, token, [{ name: 'delete the group', method: 'DELETE', path: () => `/Groups/${ctx.groupId}`, status: 204 }]);
  expect(await t.roster.ds.query('SELECT id FROM team WHERE id = ?', [Number(ctx.groupId)])).toEqual([]);
});
