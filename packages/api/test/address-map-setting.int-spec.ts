import { DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 24 item 4: the map link of a CRM user's address. crmSettings.addressMapUrl is the pattern the
// SPA fills with the URL-encoded address (an OpenStreetMap search by default); only signed-in
// administrators change it, to an https URL with {query} once, at most 500 characters.

const READ = '{ crmSettings { addressMapUrl } }';
const SET = 'mutation($u: String) { updateCrmSettings(input: { addressMapUrl: $u }) { addressMapUrl } }';
const LOG = `{ changeLog(entityType: SETTING, entityId: "crm.addressMapUrl") { edges { node { field oldValue newValue } } } }`;

describe('address map setting', () => {
  let t: TestApp;
  let agent: string;
  beforeAll(async () => {
    t = await startTestApp();
    agent = (await t.createAgent({ email: 'mapper@example.com', name: 'Map Reader' })).token;
  });
  afterAll(() => t.close());
  const admin = (q: string, v: Record<string, unknown> = {}) => t.gql(q, v, { token: t.adminToken });
  const fieldsOf = async (u: unknown) => (await admin(SET, { u })).errors?.[0]?.extensions?.fields;

  it('is an OpenStreetMap search by default, readable by every agent', async () => {
    expect(DEFAULT_ADDRESS_MAP_URL).toBe('https://www.openstreetmap.org/search?query={query}');
    expect((await t.ok(READ, {}, { token: agent })).crmSettings.addressMapUrl).toBe(DEFAULT_ADDRESS_MAP_URL);
  });

  it('refuses patterns that are not https, lack {query}, hold it twice, credentials or spaces, or are too long', async () => {
    const msg = {
      http: 'must start with https://',
      js: 'is not a URL (for example https://maps.example.com/?q={query})',
      none: 'must contain {query} exactly once (where the address goes)',
    };
    expect(await fieldsOf('http://maps.example.com/?q={query}')).toEqual({ 'input.addressMapUrl': msg.http });
    expect(await fieldsOf('javascript:alert(1)//{query}')).toEqual({ 'input.addressMapUrl': msg.http });
    expect(await fieldsOf('https://maps.example.com/')).toEqual({ 'input.addressMapUrl': msg.none });
    expect(await fieldsOf('https://maps.example.com/{query}/{query}')).toEqual({ 'input.addressMapUrl': msg.none });
    expect(await fieldsOf('https://{query}.example.com/')).toEqual({ 'input.addressMapUrl': 'must name a host before {query}' });
    expect(await fieldsOf('https://{query}')).toEqual({ 'input.addressMapUrl': 'must name a host before {query}' });
    expect(await fieldsOf('https://user:pw@maps.example.com/?q={query}')).toEqual({
      'input.addressMapUrl': 'must not contain a user name or password',
    });
    expect(await fieldsOf('https://maps.example.com/?q={query} x')).toEqual({
      'input.addressMapUrl': 'must not contain spaces or control characters',
    });
    expect(await fieldsOf(`https://maps.example.com/?q={query}&pad=${'x'.repeat(500)}`)).toEqual({
      'input.addressMapUrl': 'must be shorter than or equal to 500 characters',
    });
    expect((await t.ok(READ, {}, { token: agent })).crmSettings.addressMapUrl).toBe(DEFAULT_ADDRESS_MAP_URL);
  });

  it('lets only signed-in administrators change it, logs each change, and null goes back to the default', async () => {
    const pattern = 'https://www.google.com/maps/search/?api=1&query={query}';
    expect(codeOf(await t.gql(SET, { u: pattern }, { token: agent }))).toBe('FORBIDDEN');
    const token = (await t.ok(CREATE_TOKEN, { n: 'map', s: ['users:write', 'agents:write'] }, { token: t.adminToken })).createApiToken
      .token;
    expect(codeOf(await t.gql(SET, { u: pattern }, { token }))).toBe('FORBIDDEN');
    expect((await admin(SET, { u: `  ${pattern} ` })).data.updateCrmSettings.addressMapUrl).toBe(pattern);
    expect((await t.ok(READ, {}, { token: agent })).crmSettings.addressMapUrl).toBe(pattern);
    expect((await admin(SET, { u: null })).data.updateCrmSettings.addressMapUrl).toBe(DEFAULT_ADDRESS_MAP_URL);
    const entries = (await admin(LOG)).data.changeLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toEqual([
      { field: 'crm.addressMapUrl', oldValue: pattern, newValue: DEFAULT_ADDRESS_MAP_URL },
      { field: 'crm.addressMapUrl', oldValue: DEFAULT_ADDRESS_MAP_URL, newValue: pattern },
    ]);
  });
});
