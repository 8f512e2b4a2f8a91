import { ADMIN_EMAIL, startTestApp, TestApp } from './helpers/test-app';
import { agentRow, ERROR, GROUP, PATCH_OP, ROSTER_USER, scimRequest, scimToken, USER } from './helpers/scim-fixtures';

// SCIM 2.0 rules beside the providers' sequences: discovery, who may call it, filters and pages,
// ETags, the agent rules a token cannot break, and clear errors for bad values.

let t: TestApp;
let token: string;
const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  scimRequest(t, method, path, body, { token, headers });
const newUser = (userName: string, more: object = {}) => ({
  schemas: [USER],
  userName,
  name: { givenName: 'Some', familyName: 'One' },
  ...more,
});
const patch = (...Operations: object[]) => ({ schemas: [PATCH_OP], Operations });
const ids = (body: { Resources: { id: string }[] }) => body.Resources.map((r) => r.id);
const q = (filter: string) => `?filter=${encodeURIComponent(filter)}`;

beforeAll(async () => {
  t = await startTestApp();
  token = await scimToken(t);
});
afterAll(() => t.close());

const expectError = (answer: { status: number; body: any }, status: number, scimType?: string, detail?: RegExp) => {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ schemas: [ERROR], status: String(status) });
  expect(answer.body.scimType).toBe(scimType);
  if (detail) expect(answer.body.detail).toMatch(detail);
};

test('discovery: ServiceProviderConfig, ResourceTypes, Schemas', async () => {
  const spc = await call('GET', '/ServiceProviderConfig');
  expect(spc.body).toMatchObject({
    patch: { supported: true },
    filter: { supported: true, maxResults: 200 },
    etag: { supported: true },
    bulk: { supported: false },
  });
  expect(spc.body.authenticationSchemes[0].type).toBe('oauthbearertoken');
  const types = await call('GET', '/ResourceTypes');
  expect(types.body.Resources.map((r: { endpoint: string }) => r.endpoint)).toEqual(['/Users', '/Groups']);
  expect((await call('GET', '/ResourceTypes/Group')).body.schema).toBe(GROUP);
  const schemas = await call('GET', '/Schemas');
  expect(schemas.body.Resources.map((s: { id: string }) => s.id)).toEqual([USER, GROUP, ROSTER_USER]);
  const user = await call('GET', `/Schemas/${USER}`);
  expect(user.body.attributes.find((a: { name: string }) => a.name === 'userName')).toMatchObject({ required: true, uniqueness: 'server' });
  expectError(await call('GET', '/Schemas/urn:nope'), 404);
  expectError(await call('GET', '/Nothing'), 404);
});

test("only an administrator's API token with the scim scope: 401 without, 403 otherwise", async () => {
  const none = await scimRequest(t, 'GET', '/Users');
  expectError(none, 401, undefined, /Bearer/);
  expect(none.headers.get('www-authenticate')).toContain('Bearer');
  expectError(await scimRequest(t, 'GET', '/Users', undefined, { token: 'rst_not-a-token' }), 401);
  const withoutScope = await scimToken(t, ['agents:write', 'users:write']);
  expectError(await scimRequest(t, 'GET', '/Users', undefined, { token: withoutScope }), 403, undefined, /scim scope/);
  expectError(await scimRequest(t, 'POST', '/Users', newUser('noscope@example.com'), { token: withoutScope }), 403);
  // A session (even an administrator's) is not a provisioning credential.
  expectError(await scimRequest(t, 'GET', '/Users', undefined, { token: t.adminToken }), 403, undefined, /API token/);
  // A token never does more than its agent: once its administrator is no longer one, it cannot provision.
  const plain = await t.createAgent({ email: 'plain.scim@example.com', name: 'Plain', isAdmin: true });
  const plainToken = await scimToken(t, ['scim'], plain.token);
  expect((await scimRequest(t, 'GET', '/Users', undefined, { token: plainToken })).status).toBe(200);
  await t.ok(
    'mutation Demote($id: ID!) { updateAgent(id: $id, input: { isAdmin: false }) { id } }',
    { id: plain.id },
    { token: t.adminToken },
  );
  expectError(
    await scimRequest(t, 'POST', '/Users', newUser('byplain@example.com'), { token: plainToken }),
    403,
    undefined,
    /Administrator/,
  );
  expectError(await scimRequest(t, 'GET', '/Users', undefined, { token: plainToken }), 403);
  expect(await t.roster.ds.query("SELECT id FROM agent WHERE email = 'byplain@example.com'")).toEqual([]);
});

test('filters: userName, emails, externalId, and/or; anything else is invalidFilter; values never reach SQL text', async () => {
  const a = (
    await call('POST', '/Users', newUser('filter.a@example.com', { externalId: 'ext-a', emails: [{ value: 'a.other@example.com' }] }))
  ).body;
  const b = (await call('POST', '/Users', newUser('filter.b@example.com', { externalId: 'ext-b' }))).body;
  expect(ids((await call('GET', `/Users${q('userName eq "filter.a@example.com"')}`)).body)).toEqual([a.id]);
  expect(ids((await call('GET', `/Users${q('emails[value eq "a.other@example.com"]')}`)).body)).toEqual([a.id]);
  expect(ids((await call('GET', `/Users${q('emails.value eq "filter.b@example.com"')}`)).body)).toEqual([b.id]);
  expect(ids((await call('GET', `/Users${q('externalId eq "ext-b"')}`)).body)).toEqual([b.id]);
  expect(ids((await call('GET', `/Users${q('userName eq "filter.a@example.com" or externalId eq "ext-b"')}`)).body)).toEqual([a.id, b.id]);
  expect(ids((await call('GET', `/Users${q('userName eq "filter.a@example.com" and externalId eq "ext-b"')}`)).body)).toEqual([]);
  expect(ids((await call('GET', `/Users${q('(externalId eq "ext-a" or externalId eq "ext-b") and active eq true')}`)).body)).toEqual([
    a.id,
    b.id,
  ]);
  expect(ids((await call('GET', `/Users${q(`id eq "${b.id}"`)}`)).body)).toEqual([b.id]);
  expect((await call('GET', `/Users${q(`userName eq "x' OR 1=1 --"`)}`)).body.totalResults).toBe(0);
  expect((await call('GET', `/Users${q('id eq "1 OR 1=1"')}`)).body.totalResults).toBe(0);
  expectError(await call('GET', `/Users${q('title eq "x"')}`), 400, 'invalidFilter', /title/);
  expectError(await call('GET', `/Users${q('userName co "filter"')}`), 400, 'invalidFilter', /co/);
  expectError(await call('GET', `/Users${q('userName eq')}`), 400, 'invalidFilter');
  expectError(await call('GET', `/Users${q(`userName eq "${'x'.repeat(1001)}"`)}`), 400, 'invalidFilter', /1000/);
  expectError(await call('GET', `/Groups${q('members eq "1"')}`), 400, 'invalidFilter');
});

test('pages: startIndex and count, bounded', async () => {
  for (let i = 0; i < 3; i++) await call('POST', '/Users', newUser(`page.${i}@example.com`, { externalId: 'paged' }));
  const all = (await call('GET', `/Users${q('externalId eq "paged"')}`)).body;
  expect(all).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 3 });
  const second = (await call('GET', `/Users${q('externalId eq "paged"')}&startIndex=2&count=1`)).body;
  expect(second).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
  expect(ids(second)).toEqual([all.Resources[1].id]);
  expect((await call('GET', `/Users${q('externalId eq "paged"')}&count=0`)).body).toMatchObject({
    totalResults: 3,
    itemsPerPage: 0,
    Resources: [],
  });
  expect((await call('GET', '/Users?count=100000')).status).toBe(200);
  expectError(await call('GET', '/Users?count=ten'), 400, 'invalidValue', /count/);
  const only = (await call('GET', `/Users${q('externalId eq "paged"')}&attributes=userName`)).body.Resources[0];
  expect(Object.keys(only).sort()).toEqual(['id', 'meta', 'schemas', 'userName']);
});

test('ETags: meta.version and the ETag header change with the resource; a stale If-Match is 412 and changes nothing', async () => {
  const created = await call('POST', '/Users', newUser('etag@example.com'));
  const v1 = created.body.meta.version;
  expect(v1).toMatch(/^W\/".+"$/);
  expect((await call('GET', `/Users/${created.body.id}`)).headers.get('etag')).toBe(v1);
  const renamed = await call('PATCH', `/Users/${created.body.id}`, patch({ op: 'replace', path: 'displayName', value: 'Renamed' }), {
    'if-match': v1,
  });
  expect(renamed.status).toBe(200);
  const v2 = renamed.body.meta.version;
  expect(v2).not.toBe(v1);
  expectError(
    await call('PATCH', `/Users/${created.body.id}`, patch({ op: 'replace', path: 'displayName', value: 'Lost' }), { 'if-match': v1 }),
    412,
  );
  expectError(await call('PUT', `/Users/${created.body.id}`, newUser('etag@example.com'), { 'if-match': v1 }), 412);
  expectError(await call('DELETE', `/Users/${created.body.id}`, undefined, { 'if-match': v1 }), 412);
  expect((await agentRow(t, created.body.id))?.name).toBe('Renamed');
  expect(
    (await call('PATCH', `/Users/${created.body.id}`, patch({ op: 'replace', path: 'displayName', value: 'Star' }), { 'if-match': '*' }))
      .status,
  ).toBe(200);
  const group = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'ETag team' });
  const joined = await call(
    'PATCH',
    `/Groups/${group.body.id}`,
    patch({ op: 'add', path: 'members', value: [{ value: created.body.id }] }),
  );
  expect(joined.body.meta.version).not.toBe(group.body.meta.version);
  expectError(await call('DELETE', `/Groups/${group.body.id}`, undefined, { 'if-match': group.body.meta.version }), 412);
  expect(
    (
      await call('DELETE', `/Users/${created.body.id}`, undefined, {
        'if-match': (await call('GET', `/Users/${created.body.id}`)).body.meta.version,
      })
    ).status,
  ).toBe(204);
});

test("administrators are out of a token's reach: not disabled, not deleted, not changed", async () => {
  const [admin] = await t.roster.ds.query('SELECT id FROM agent WHERE email = ?', [ADMIN_EMAIL]);
  const id = String(admin.id);
  expectError(await call('PATCH', `/Users/${id}`, patch({ op: 'replace', value: { active: false } })), 403, undefined, /administrator/);
  expectError(await call('DELETE', `/Users/${id}`), 403);
  expectError(await call('PUT', `/Users/${id}`, newUser(ADMIN_EMAIL, { active: false })), 403);
  expect((await agentRow(t, id))?.status).toBe('ACTIVE');
});

test('conflicts: a userName or an address taken, a team name taken: 409 uniqueness', async () => {
  await call('POST', '/Users', newUser('taken@example.com'));
  expectError(await call('POST', '/Users', newUser('TAKEN@example.com')), 409, 'uniqueness', /userName/);
  const other = await call('POST', '/Users', newUser('other.taken@example.com'));
  expectError(
    await call('PATCH', `/Users/${other.body.id}`, patch({ op: 'replace', path: 'userName', value: 'taken@example.com' })),
    409,
    'uniqueness',
  );
  await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Taken team' });
  expectError(await call('POST', '/Groups', { schemas: [GROUP], displayName: 'taken TEAM' }), 409, 'uniqueness');
});

test('bad values: null, wrong types, oversized, read-only, malformed bodies: clear errors naming the attribute', async () => {
  expectError(await call('POST', '/Users', newUser('x@example.com', { userName: null })), 400, 'invalidValue', /userName: is required/);
  expectError(await call('POST', '/Users', { schemas: [USER], userName: 'noname@example.com' }), 400, 'invalidValue', /name: is required/);
  expectError(
    await call('POST', '/Users', newUser('y@example.com', { name: { formatted: 'n'.repeat(201) } })),
    400,
    'invalidValue',
    /name.formatted: must be at most 200/,
  );
  expectError(await call('POST', '/Users', newUser('z@example.com', { externalId: 'e'.repeat(256) })), 400, 'invalidValue', /externalId/);
  expectError(
    await call('POST', '/Users', newUser('w@example.com', { emails: 'w@example.com' })),
    400,
    'invalidValue',
    /emails: must be a list/,
  );
  expectError(await call('POST', '/Users', newUser('v@example.com', { active: 'maybe' })), 400, 'invalidValue', /active/);
  expectError(await call('POST', '/Users', newUser('not-an-email')), 400, 'invalidValue', /userName/);
  expectError(await call('POST', '/Users', newUser('weak@example.com', { password: 'short' })), 400, 'invalidValue', /password/);
  expectError(await call('POST', '/Users', { userName: 'noschema@example.com' }), 400, 'invalidSyntax', /schemas/);
  expectError(await call('POST', '/Users', '{"schemas": ['), 400, 'invalidSyntax', /JSON/);
  expectError(await call('POST', '/Users', newUser('big@example.com', { pad: 'x'.repeat(1_100_000) })), 413);
  const u = (await call('POST', '/Users', newUser('patched@example.com'))).body;
  expectError(await call('PATCH', `/Users/${u.id}`, patch({ op: 'replace', path: 'id', value: '1' })), 400, 'mutability');
  expectError(await call('PATCH', `/Users/${u.id}`, patch({ op: 'move', path: 'userName' })), 400, 'invalidSyntax');
  expectError(await call('PATCH', `/Users/${u.id}`, patch({ op: 'remove' })), 400, 'noTarget');
  expectError(
    await call('PATCH', `/Users/${u.id}`, patch({ op: 'replace', path: 'userName', value: null })),
    400,
    'invalidValue',
    /userName/,
  );
  expectError(
    await call('PATCH', `/Users/${u.id}`, patch(...Array.from({ length: 101 }, () => ({ op: 'replace', path: 'active', value: true })))),
    400,
    'tooMany',
  );
  expectError(await call('PATCH', `/Users/${u.id}`, { Operations: [] }), 400, 'invalidSyntax');
  expectError(await call('GET', '/Users/abc'), 404);
  const g = (await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Bad members' })).body;
  expectError(
    await call('PATCH', `/Groups/${g.id}`, patch({ op: 'add', path: 'members', value: [{ value: 'abc' }] })),
    400,
    'invalidValue',
    /members\[0\]/,
  );
  expectError(
    await call('PATCH', `/Groups/${g.id}`, patch({ op: 'add', path: 'members', value: [{ value: '999999' }] })),
    400,
    'invalidValue',
    /members/,
  );
  expectError(await call('POST', '/Groups', { schemas: [GROUP], displayName: null }), 400, 'invalidValue', /displayName: is required/);
  expect((await agentRow(t, u.id))?.email).toBe('patched@example.com');
});

test('concurrent PATCHes adding members to one group: none is lost (the team is locked for each)', async () => {
  const group = (await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Busy team' })).body;
  const users = await Promise.all(
    [0, 1, 2, 3].map(async (i) => (await call('POST', '/Users', newUser(`busy${i}@example.com`))).body.id as string),
  );
  const answers = await Promise.all(
    users.map((id) => call('PATCH', `/Groups/${group.id}`, patch({ op: 'add', path: 'members', value: [{ value: id }] }))),
  );
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  const members = (await call('GET', `/Groups/${group.id}`)).body.members.map((m: { value: string }) => m.value);
  expect(members.sort()).toEqual([...users].sort());
});
