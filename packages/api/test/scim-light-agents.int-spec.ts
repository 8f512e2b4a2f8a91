import { startTestApp, TestApp } from './helpers/test-app';
import { ERROR, PATCH_OP, ROSTER_USER as ROSTER, scimRequest, scimToken, USER } from './helpers/scim-fixtures';

// SCIM and light agents: Roster's User extension carries agentType (FULL or LIGHT), listed in
// /Schemas and /ResourceTypes; POST, PUT and PATCH (with a path, or path-less as Okta sends) set it,
// within the usual rules (seats, what light agents may hold).

let t: TestApp;
let token: string;
const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  scimRequest(t, method, path, body, { token, headers });
const typeOf = async (id: string) => (await t.roster.ds.query('SELECT type FROM agent WHERE id = ?', [Number(id)]))[0].type;
const user = (userName: string, more: object = {}) => ({
  schemas: [USER, ROSTER],
  userName,
  name: { givenName: 'Lia', familyName: 'Light' },
  ...more,
});

beforeAll(async () => {
  t = await startTestApp({ LICENSE_SEATS: '3' });
  token = await scimToken(t);
});
afterAll(() => t.close());

test('the extension is listed in /Schemas and on the User resource type', async () => {
  const schemas = await call('GET', '/Schemas');
  expect(schemas.body.Resources.map((s: { id: string }) => s.id)).toContain(ROSTER);
  const ext = await call('GET', `/Schemas/${ROSTER}`);
  expect(ext.body.attributes).toEqual([expect.objectContaining({ name: 'agentType', type: 'string', canonicalValues: ['FULL', 'LIGHT'] })]);
  expect((await call('GET', '/ResourceTypes/User')).body.schemaExtensions).toEqual([{ schema: ROSTER, required: false }]);
});

test('creates, reads, patches and replaces the agent type', async () => {
  const created = await call('POST', '/Users', user('lia@scim-light.example', { [ROSTER]: { agentType: 'LIGHT' } }));
  expect(created.status).toBe(201);
  expect(created.body[ROSTER]).toEqual({ agentType: 'LIGHT' });
  expect(created.body.schemas).toEqual([USER, ROSTER]);
  const id = created.body.id as string;
  expect(await typeOf(id)).toBe('LIGHT');
  // Light agents use no seat: 3 seats, the admin holds one.
  const plain = await call('POST', '/Users', user('full@scim-light.example'));
  expect(plain.body[ROSTER]).toEqual({ agentType: 'FULL' });
  // PATCH with a path (Entra's form) and path-less with the extension object (Okta's form).
  const toFull = await call('PATCH', `/Users/${id}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: 'replace', path: `${ROSTER}:agentType`, value: 'FULL' }],
  });
  expect([toFull.status, toFull.body[ROSTER]]).toEqual([200, { agentType: 'FULL' }]);
  const toLight = await call('PATCH', `/Users/${id}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: 'replace', value: { [ROSTER]: { agentType: 'light' } } }],
  });
  expect([toLight.status, toLight.body[ROSTER]]).toEqual([200, { agentType: 'LIGHT' }]);
  // PUT without the extension keeps the type; with it, sets it.
  const kept = await call('PUT', `/Users/${id}`, { schemas: [USER], userName: 'lia@scim-light.example', name: { formatted: 'Lia Light' } });
  expect([kept.status, await typeOf(id)]).toEqual([200, 'LIGHT']);
  const put = await call('PUT', `/Users/${id}`, user('lia@scim-light.example', { [ROSTER]: { agentType: 'FULL' } }));
  expect([put.status, await typeOf(id)]).toEqual([200, 'FULL']);
});

test('refuses an unknown type, and a conversion to FULL without a free seat, as SCIM errors', async () => {
  const bad = await call('POST', '/Users', user('odd@scim-light.example', { [ROSTER]: { agentType: 'HALF' } }));
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ schemas: [ERROR], scimType: 'invalidValue' });
  expect(bad.body.detail).toMatch(/agentType.*FULL or LIGHT/);
  // All 3 seats are used now (admin, full, lia): a light agent is still made, converting it is refused.
  const light = await call('POST', '/Users', user('late@scim-light.example', { [ROSTER]: { agentType: 'LIGHT' } }));
  expect(light.status).toBe(201);
  const refused = await call('PATCH', `/Users/${light.body.id}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: 'replace', path: `${ROSTER}:agentType`, value: 'FULL' }],
  });
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.body.schemas).toEqual([ERROR]);
  expect(await typeOf(light.body.id)).toBe('LIGHT');
});
