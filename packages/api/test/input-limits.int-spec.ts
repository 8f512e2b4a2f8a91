import { PERMISSION_CATALOG } from '@roster/shared';
import { getMetadataStorage } from 'type-graphql';
import { PUBLIC_ROOT_FIELDS } from '../src/graphql/plugins/auth-gate';
import {
  DEFAULT_MAX_ITEMS,
  MAX_BODY_BYTES,
  MAX_EXTRA_EMAILS,
  MAX_NOTIFICATION_SETTINGS,
  MAX_PERMISSION_KEYS,
} from '../src/common/input-limits';
import { resolvers } from '../src/graphql/schema';
import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';

// Issue 7, items 9 and 10: oversized input is refused before the server walks it, anonymous
// requests for operations that need a session are refused before their input is coerced, and
// error messages quote only a little of what was sent.

const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }';
const COPY = 'mutation($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) { id } }';
const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';
const settings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ event: i % 2 ? 'chat.new' : 'task.due', email: true, browser: false }));
const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields ?? {};
/** Size of the JSON answer as the client received it. */
const size = (r: GqlResult) => JSON.stringify({ data: r.data, errors: r.errors }).length;

describe('input limits', () => {
  let t: TestApp;
  let adminId: string;
  const asAdmin = (q: string, v: Record<string, unknown> = {}) => t.gql(q, v, { token: t.adminToken });

  beforeAll(async () => {
    t = await startTestApp();
    adminId = (await t.ok('{ viewer { id } }', {}, { token: t.adminToken })).viewer.id;
  });
  afterAll(() => t.close());

  describe('anonymous requests', () => {
    it('refuses an operation that needs a session before coercing its variables', async () => {
      // A malformed variable would be a 400 coercion error if graphql-js looked at it first.
      const r = await t.gql(UPDATE, { id: '1', i: { otherNotifications: [...settings(5000), { event: 5 }] } });
      expect(r.status).toBe(200);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data ?? null).toBeNull();
    });

    it('names an invalid token in the refusal', async () => {
      const r = await t.gql(UPDATE, { id: '1', i: { otherNotifications: settings(5000) } }, { token: 'not-a-real-token' });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toMatch(/invalid, revoked or expired/);
    });

    it('refuses the whole operation when any root field needs a session, also through fragments', async () => {
      const mixed = await t.gql('mutation { logout deleteAgent(id: "1") }');
      expect(codeOf(mixed)).toBe('UNAUTHENTICATED');
      const viaFragment = await t.gql('query { ...F } fragment F on Query { ... on Query { agents { totalCount } } }');
      expect(codeOf(viaFragment)).toBe('UNAUTHENTICATED');
    });

    it('still serves the public operations', async () => {
      expect((await t.gql('mutation { logout }')).data).toEqual({ logout: false });
      expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
      const accept = await t.gql('mutation { acceptInvitation(token: "inv_nope", password: "long-enough-password") { token } }');
      expect(codeOf(accept)).toBe('BAD_USER_INPUT');
      const login = await t.gql('mutation { login(email: "nobody@example.com", password: "wrong-password-1") { token } }');
      expect(codeOf(login)).toBe('UNAUTHENTICATED');
      expect(login.errors![0].message).not.toMatch(/Sign in first/);
    });

    it('lists exactly the root fields that have no @Authorized as public', () => {
      const storage = getMetadataStorage();
      const authorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
      const roots = [...storage.queries, ...storage.mutations].filter((r) => resolvers.includes(r.target));
      const open = roots.filter((r) => !authorized.has(`${r.target.name}.${r.methodName}`)).map((r) => r.schemaName);
      expect(open.sort()).toEqual([...PUBLIC_ROOT_FIELDS].sort());
    });
  });

  describe('list sizes', () => {
    it('refuses more notification settings than the limit, naming the field, and accepts the limit', async () => {
      const over = await asAdmin(UPDATE, { id: adminId, i: { otherNotifications: settings(MAX_NOTIFICATION_SETTINGS + 1) } });
      expect(over.status).toBe(400);
      expect(codeOf(over)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(over)['input.otherNotifications']).toMatch(`at most ${MAX_NOTIFICATION_SETTINGS} items`);
      expect(
        (await asAdmin(UPDATE, { id: adminId, i: { otherNotifications: settings(MAX_NOTIFICATION_SETTINGS) } })).errors,
      ).toBeUndefined();
    });

    it('applies field limits to inherited input fields, literals and variables inside literals', async () => {
      const create = await asAdmin('mutation($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }', {
        i: {
          email: 'many@example.com',
          name: 'Many',
          ticketNotifications: settings(MAX_NOTIFICATION_SETTINGS + 1).map((s) => ({ ...s, event: 'ticket.new' })),
        },
      });
      expect(fieldsOf(create)['input.ticketNotifications']).toBeDefined();
      const emails = JSON.stringify(Array.from({ length: MAX_EXTRA_EMAILS + 1 }, (_, i) => `x${i}@example.com`));
      const literal = await asAdmin(`mutation($id: ID!) { updateAgent(id: $id, input: { extraEmails: ${emails} }) { id } }`, {
        id: adminId,
      });
      expect(fieldsOf(literal)['input.extraEmails']).toMatch(`at most ${MAX_EXTRA_EMAILS} items`);
      const nested = await asAdmin(
        'mutation($id: ID!, $l: [NotificationSettingInput!]) { updateAgent(id: $id, input: { otherNotifications: $l }) { id } }',
        { id: adminId, l: settings(MAX_NOTIFICATION_SETTINGS + 1) },
      );
      expect(fieldsOf(nested)['input.otherNotifications']).toMatch(`at most ${MAX_NOTIFICATION_SETTINGS} items`);
    });

    it('bounds id lists and permission keys', async () => {
      const ids = Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, (_, i) => String(i + 2));
      const copy = await asAdmin(COPY, { s: adminId, t: ids });
      expect(codeOf(copy)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(copy).targetAgentIds).toMatch(`at most ${DEFAULT_MAX_ITEMS} items`);
      const teams = await asAdmin(UPDATE, { id: adminId, i: { teamIds: ids } });
      expect(fieldsOf(teams)['input.teamIds']).toBeDefined();
      expect(MAX_PERMISSION_KEYS).toBeGreaterThanOrEqual(PERMISSION_CATALOG.length);
      const keys = Array.from({ length: MAX_PERMISSION_KEYS + 1 }, () => PERMISSION_CATALOG[0].key);
      expect(fieldsOf(await asAdmin(GROUP, { i: { name: 'Big', permissions: keys } }))['input.permissions']).toMatch(/at most/);
      expect(fieldsOf(await asAdmin(UPDATE, { id: adminId, i: { permissions: keys } }))['input.permissions']).toMatch(/at most/);
    });

    it('bounds literal lists whose items are variables', async () => {
      const ids = Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, (_, i) => `$v${i % 2}`).join(', ');
      const r = await asAdmin(
        `mutation($s: ID!, $v0: ID!, $v1: ID!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: [${ids}], sections: [TEAMS]) { id } }`,
        { s: adminId, v0: '2', v1: '3' },
      );
      expect(fieldsOf(r).targetAgentIds).toMatch(/at most/);
    });

    it('answers a body over the limit with a GraphQL-shaped 413', async () => {
      const body = JSON.stringify({
        query: UPDATE,
        variables: { id: '1', i: { otherNotifications: settings(Math.ceil(MAX_BODY_BYTES / 40)) } },
      });
      expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(413);
      const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(json.errors[0].message).toMatch(/too large/);
    });
  });

  describe('error messages quote little of the input', () => {
    const long = (i: number) => `${i}-${'x'.repeat(2000)}`;

    it('unknown permission keys', async () => {
      const keys = Array.from({ length: 90 }, (_, i) => long(i));
      for (const r of [
        await asAdmin(GROUP, { i: { name: 'Unknown keys', permissions: keys } }),
        await asAdmin(UPDATE, { id: adminId, i: { permissions: keys } }),
      ]) {
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(r)['input.permissions']).toMatch(/^unknown permissions 0-x+…, 1-x+…, .* and 85 more$/);
        expect(size(r)).toBeLessThan(2000);
      }
    });

    it('unknown ids, events and scopes', async () => {
      const ids = Array.from({ length: DEFAULT_MAX_ITEMS }, (_, i) => String(900_000 + i));
      const teams = await asAdmin(UPDATE, { id: adminId, i: { teamIds: ids } });
      expect(fieldsOf(teams)['input.teamIds']).toBe('unknown ids 900000, 900001, 900002, 900003, 900004 and 995 more');
      const copy = await asAdmin(COPY, { s: adminId, t: ids });
      expect(fieldsOf(copy).targetAgentIds).toMatch(/^unknown agent ids 900000, .* and 995 more$/);
      const events = await asAdmin(UPDATE, {
        id: adminId,
        i: {
          otherNotifications: Array.from({ length: MAX_NOTIFICATION_SETTINGS }, (_, i) => ({ event: long(i), email: true, browser: true })),
        },
      });
      expect(fieldsOf(events)['input.otherNotifications']).toMatch(/^unknown events .* and 95 more$/);
      const scopes = await asAdmin('mutation($s: [String!]!) { createApiToken(name: "x", scopes: $s) { token } }', {
        s: Array.from({ length: 400 }, (_, i) => long(i)),
      });
      expect(fieldsOf(scopes).scopes).toMatch(/^unknown scopes .* and 395 more \(known: /);
      for (const r of [teams, copy, events, scopes]) expect(size(r)).toBeLessThan(2000);
    });

    it('values that graphql-js quotes when a scalar does not fit', async () => {
      const r = await asAdmin('query($f: Int) { agents(first: $f) { totalCount } }', { f: 'y'.repeat(500_000) });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(size(r)).toBeLessThan(2000);
    });
  });
});
