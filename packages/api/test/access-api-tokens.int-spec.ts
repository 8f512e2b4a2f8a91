import { graphql } from './gql';
import {
  accessHelpers,
  AGENTS,
  API_TOKENS,
  CREATE_AGENT,
  CREATE_TOKEN,
  newAgentInput,
  sha256,
  UPDATE_AGENT,
} from './helpers/access-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// API tokens: the secret, scopes, revocation, and never more than the creator may do.

const OUTBOX = graphql(`
  query AccessOutbox {
    outbox {
      toAddress
      subject
    }
  }
`);

describe('access control', () => {
  let t: TestApp;
  let admin: string;
  const { count, agentRow, newToken } = accessHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.adminToken;
  });
  afterAll(() => t.close());

  describe('API tokens', () => {
    it('shows the secret once, prefixed rat_, and stores only its SHA-256', async () => {
      const created = await newToken(['agents:read'], admin, 'Stored hash check');
      expect(created.token).toMatch(/^rat_[A-Za-z0-9_-]{40,}$/);
      expect(created.token.startsWith(created.apiToken.prefix)).toBe(true);
      expect(created.apiToken.prefix.length).toBeLessThan(created.token.length / 2);

      const rows = await t.roster.ds.query('SELECT * FROM api_token WHERE id = ?', [Number(created.apiToken.id)]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(sha256(created.token));
      for (const [column, value] of Object.entries(rows[0])) {
        expect({ column, hasSecret: String(value).includes(created.token) }).toEqual({ column, hasSecret: false });
      }
      // Nor anywhere else (change log, ...).
      for (const meta of t.roster.ds.entityMetadatas) {
        const all = JSON.stringify(await t.roster.ds.query(`SELECT * FROM ${meta.tableName}`));
        expect({ table: meta.tableName, hasSecret: all.includes(created.token) }).toEqual({ table: meta.tableName, hasSecret: false });
      }
      // Listing shows the prefix, never the secret: the type has no field for it.
      const listed = (await t.ok(API_TOKENS, {}, { token: admin })).apiTokens.find((x: { id: string }) => x.id === created.apiToken.id);
      expect(listed).toMatchObject({ name: 'Stored hash check', prefix: created.apiToken.prefix });
      // Not in the schema, so a plain string (codegen cannot type it).
      expect(codeOf(await t.gql('{ apiTokens { token } }', {}, { token: admin }))).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('with agents:read reads agents but cannot create one', async () => {
      const { token } = await newToken(['agents:read']);
      expect((await t.ok(AGENTS, {}, { token })).agents.totalCount).toBe(await count('agent'));
      const before = await count('agent');
      const r = await t.gql(CREATE_AGENT, { i: newAgentInput() }, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessCreateTeam3 {
                createTeam(name: "Read Only Team") {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await count('agent')).toBe(before);
      // Business units: read with agents:read, changed only with agents:write.
      expect(
        (
          await t.ok(
            graphql(`
              query AccessBusinessUnits {
                businessUnits {
                  id
                }
              }
            `),
            {},
            { token },
          )
        ).businessUnits,
      ).toEqual([]);
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessCreateBusinessUnit3 {
                createBusinessUnit(name: "Read Only Unit") {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await count('business_unit')).toBe(0);
    });

    it('with users:read only cannot read agents', async () => {
      const { token } = await newToken(['users:read']);
      expect(codeOf(await t.gql(AGENTS, {}, { token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              query AccessTeams2 {
                teams {
                  id
                }
                businessUnits {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('rejects unknown or missing scopes', async () => {
      const r = await t.gql(CREATE_TOKEN, { n: 'bad', s: ['agents:admin'] }, { token: admin });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields).toHaveProperty('scopes');
      expect(codeOf(await t.gql(CREATE_TOKEN, { n: 'none', s: [] }, { token: admin }))).toBe('BAD_USER_INPUT');
    });

    it('rejects an empty or over-long name as input, not as a database error', async () => {
      const before = await count('api_token');
      for (const n of ['   ', 'x'.repeat(201)]) {
        const r = await t.gql(CREATE_TOKEN, { n, s: ['agents:read'] }, { token: admin });
        expect({ length: n.length, code: codeOf(r) }).toEqual({ length: n.length, code: 'BAD_USER_INPUT' });
        expect(r.errors![0].extensions!.fields).toHaveProperty('name');
      }
      expect(await count('api_token')).toBe(before);
      const longest = await newToken(['agents:read'], admin, 'y'.repeat(200));
      expect(longest.apiToken.name).toBe('y'.repeat(200));
    });

    it('with agents:write creates an agent, acting as its creator', async () => {
      const { token } = await newToken(['agents:write']);
      const input = newAgentInput();
      const r = await t.ok(CREATE_AGENT, { i: input }, { token });
      expect(r.createAgent.agent.id).toBeTruthy();
      const log = await t.roster.ds.query(
        "SELECT actor_kind, actor_name FROM change_log WHERE entity_type = 'AGENT' AND entity_id = ? AND field = 'created'",
        [String(r.createAgent.agent.id)],
      );
      expect(log).toEqual([expect.objectContaining({ actor_kind: 'API_TOKEN' })]);
    });

    it('cannot manage tokens, read the outbox or change a password', async () => {
      const { token, apiToken } = await newToken(['agents:write', 'agents:read', 'users:write', 'users:read']);
      const before = await count('api_token');
      expect(codeOf(await t.gql(CREATE_TOKEN, { n: 'child', s: ['agents:read'] }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(API_TOKENS, {}, { token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessRevokeApiToken($id: ID!) {
                revokeApiToken(id: $id) {
                  id
                }
              }
            `),
            { id: apiToken.id },
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessChangePassword {
                changePassword(currentPassword: "x", newPassword: "y-y-y-y-y-y-y") {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      // The outbox holds temporary passwords and invitation links: it is for signed-in admins only.
      await t.ok(CREATE_AGENT, { i: newAgentInput({ password: undefined, sendWelcomeEmail: true }) }, { token: admin });
      expect((await t.ok(OUTBOX, {}, { token: admin })).outbox.length).toBeGreaterThan(0);
      const outbox = await t.gql(OUTBOX, {}, { token });
      expect(codeOf(outbox)).toBe('FORBIDDEN');
      expect(outbox.data ?? null).toBeNull();
      expect(await count('api_token')).toBe(before);
      expect((await t.roster.ds.query('SELECT revoked_at FROM api_token WHERE id = ?', [Number(apiToken.id)]))[0].revoked_at).toBeNull();
    });

    it('is UNAUTHENTICATED once revoked', async () => {
      const { token, apiToken } = await newToken(['agents:read']);
      await t.ok(AGENTS, {}, { token });
      const revoked = await t.ok(
        graphql(`
          mutation AccessRevokeApiToken2($id: ID!) {
            revokeApiToken(id: $id) {
              id
              revokedAt
            }
          }
        `),
        { id: apiToken.id },
        { token: admin },
      );
      expect(revoked.revokeApiToken.revokedAt).toBeTruthy();
      expect(codeOf(await t.gql(AGENTS, {}, { token }))).toBe('UNAUTHENTICATED');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              query AccessViewer5 {
                viewer {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    });

    it('records lastUsedAt when used', async () => {
      const { token, apiToken } = await newToken(['agents:read']);
      const listed = async () => (await t.ok(API_TOKENS, {}, { token: admin })).apiTokens.find((x) => x.id === apiToken.id)!;
      expect(apiToken.lastUsedAt).toBeNull();
      expect((await listed()).lastUsedAt).toBeNull();
      const start = Date.now();
      await t.ok(AGENTS, {}, { token });
      const used = (await listed()).lastUsedAt!;
      expect(used).toBeTruthy();
      // Whole seconds on MariaDB DATETIME: allow the truncation.
      expect(new Date(used).getTime()).toBeGreaterThanOrEqual(Math.floor(start / 1000) * 1000 - 1000);
      expect(new Date(used).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('never exceeds its creator: demoting the creator takes the rights away', async () => {
      const second = await t.createAgent({ email: 'second-admin@example.com', name: 'Second Admin', isAdmin: true }, 'second-password-1');
      const { token } = await newToken(['agents:write'], second.token);
      await t.ok(CREATE_AGENT, { i: newAgentInput() }, { token });

      await t.ok(UPDATE_AGENT, { id: second.id, i: { isAdmin: false } }, { token: admin });
      const before = await count('agent');
      expect(codeOf(await t.gql(CREATE_AGENT, { i: newAgentInput() }, { token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessCreateTeam4 {
                createTeam(name: "Demoted Team") {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: second.id, i: { isAdmin: true } }, { token }))).toBe('FORBIDDEN');
      expect(await count('agent')).toBe(before);
      expect((await agentRow(second.id)).is_admin).toBeFalsy();
      // Reading still works: a non-admin agent may read the directory.
      await t.ok(AGENTS, {}, { token });
    });

    it('stops working when its creator is disabled', async () => {
      const third = await t.createAgent({ email: 'third-admin@example.com', name: 'Third Admin', isAdmin: true }, 'third-password-1');
      const { token } = await newToken(['agents:read'], third.token);
      await t.ok(AGENTS, {}, { token });
      await t.ok(UPDATE_AGENT, { id: third.id, i: { status: 'DISABLED' } }, { token: admin });
      expect(codeOf(await t.gql(AGENTS, {}, { token }))).toBe('UNAUTHENTICATED');
    });

    it('can only be created by an admin', async () => {
      const plain = await t.createAgent({ email: 'no-tokens@example.com', name: 'No Tokens' }, 'no-tokens-password-1');
      const before = await count('api_token');
      const r = await t.gql(CREATE_TOKEN, { n: 'mine', s: ['agents:read'] }, { token: plain.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data ?? null).toBeNull();
      expect(await count('api_token')).toBe(before);
      const rows = await t.roster.ds.query('SELECT COUNT(*) AS n FROM api_token WHERE created_by_id = ?', [Number(plain.id)]);
      expect(Number(rows[0].n)).toBe(0);
    });
  });
});
