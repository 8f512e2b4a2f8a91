import { graphql } from './gql';
import { createHash } from 'node:crypto';
import { AnyDocument, codeOf, startTestApp, TestApp } from './helpers/test-app';

// Role and token denials, through HTTP against a real database. Every denial is paired with a
// check that nothing changed, and most with the same call succeeding for someone allowed to.

const VIEWER = graphql(`
  query AccessViewer {
    viewer {
      id
      name
      alias
      phone
      isAdmin
    }
  }
`);
const CREATE_AGENT = graphql(`
  mutation AccessCreateAgent($i: CreateAgentInput!) {
    createAgent(input: $i) {
      agent {
        id
        isAdmin
      }
    }
  }
`);
const UPDATE_AGENT = graphql(`
  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
      name
      alias
      phone
      isAdmin
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {
    createApiToken(name: $n, scopes: $s) {
      token
      apiToken {
        id
        name
        prefix
        scopes
        lastUsedAt
        revokedAt
      }
    }
  }
`);
const API_TOKENS = graphql(`
  query AccessApiTokens {
    apiTokens(includeRevoked: true) {
      id
      name
      prefix
      lastUsedAt
      revokedAt
    }
  }
`);
const AGENTS = graphql(`
  query AccessAgents {
    agents(first: 100) {
      totalCount
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
let seq = 0;
/** A fresh, valid CreateAgentInput (the welcome email and forced password change off). */
const newAgentInput = (extra: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    email: `made-${seq}@example.com`,
    name: `Made ${seq}`,
    sendWelcomeEmail: false,
    password: 'made-password-1',
    forcePasswordChange: false,
    ...extra,
  };
};

describe('access control', () => {
  let t: TestApp;
  let admin: string;
  const count = async (table: string): Promise<number> => Number((await t.roster.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const agentRow = async (id: string) =>
    (
      await t.roster.ds.query(
        'SELECT name, alias, phone, is_admin, is_reports_admin, status, permissions, can_edit_own_ticket_notifications FROM agent WHERE id = ?',
        [Number(id)],
      )
    )[0];
  const newToken = async (scopes: string[], as = admin, name = 'integration') =>
    (await t.ok(CREATE_TOKEN, { n: name, s: scopes }, { token: as })).createApiToken as {
      token: string;
      apiToken: { id: string; name: string; prefix: string; lastUsedAt: string | null };
    };

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.adminToken;
  });
  afterAll(() => t.close());

  it('edits its own profile only with the Profile permissions of its groups', async () => {
    const group = await t.ok(
      graphql(`
        mutation AccessCreatePermissionGroup {
          createPermissionGroup(input: { name: "No Profile", permissions: ["tickets.reply"] }) {
            id
          }
        }
      `),
      {},
      { token: admin },
    );
    const restricted = await t.createAgent({
      email: 'restricted@example.com',
      name: 'Restricted',
      permissionGroupIds: [group.createPermissionGroup.id],
    });
    const denied = await t.gql(UPDATE_AGENT, { id: restricted.id, i: { name: 'Renamed' } }, { token: restricted.token });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect((await agentRow(restricted.id)).name).toBe('Restricted');
    const ticket = await t.gql(
      UPDATE_AGENT,
      { id: restricted.id, i: { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] } },
      { token: restricted.token },
    );
    expect(codeOf(ticket)).toBe('FORBIDDEN');
    // Other notifications are always the agent's own.
    const other = await t.gql(
      UPDATE_AGENT,
      { id: restricted.id, i: { otherNotifications: [{ event: 'mention', email: false, browser: true }] } },
      { token: restricted.token },
    );
    expect(other.errors).toBeUndefined();
    // Granting the permission directly (permissions add up) lets the edit through.
    await t.ok(UPDATE_AGENT, { id: restricted.id, i: { permissions: ['profile.edit_own'] } }, { token: admin });
    expect((await t.ok(UPDATE_AGENT, { id: restricted.id, i: { name: 'Renamed' } }, { token: restricted.token })).updateAgent.name).toBe(
      'Renamed',
    );
  });

  it('guards nested fields too: a narrow token or a pending password change cannot read the directory through viewer', async () => {
    const narrow = await newToken(['users:read']);
    const viaViewer = await t.gql(
      graphql(`
        query AccessViewer2 {
          viewer {
            teams {
              members {
                email
              }
            }
          }
        }
      `),
      {},
      { token: narrow.token },
    );
    expect(codeOf(viaViewer)).toBe('FORBIDDEN');
    expect(
      (
        await t.ok(
          graphql(`
            query AccessViewer3 {
              viewer {
                id
                email
              }
            }
          `),
          {},
          { token: narrow.token },
        )
      ).viewer.id,
    ).toBeTruthy();
    const created = await t.ok(CREATE_AGENT, { i: newAgentInput({ forcePasswordChange: true }) }, { token: admin });
    const row = (await t.roster.ds.query('SELECT email FROM agent WHERE id = ?', [Number(created.createAgent.agent.id)]))[0];
    const pending = await t.login(row.email, 'made-password-1');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query AccessViewer2 {
              viewer {
                teams {
                  members {
                    email
                  }
                }
              }
            }
          `),
          {},
          { token: pending },
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await t.ok(
          graphql(`
            query AccessViewer4 {
              viewer {
                email
                mustChangePassword
              }
            }
          `),
          {},
          { token: pending },
        )
      ).viewer.mustChangePassword,
    ).toBe(true);
  });

  describe('a non-admin agent', () => {
    let agent: { id: string; token: string };
    let other: { id: string; token: string };
    let adminId: string;
    beforeAll(async () => {
      agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain Agent' }, 'plain-password-1');
      other = await t.createAgent({ email: 'other@example.com', name: 'Other Agent', alias: 'Otto' }, 'other-password-1');
      adminId = (await t.ok(VIEWER, {}, { token: admin })).viewer.id;
      expect((await t.ok(VIEWER, {}, { token: agent.token })).viewer.isAdmin).toBe(false);
    });

    it('gets FORBIDDEN for every admin operation and changes nothing', async () => {
      const team = (
        await t.ok(
          graphql(`
            mutation AccessCreateTeam {
              createTeam(name: "Existing Team") {
                id
              }
            }
          `),
          {},
          { token: admin },
        )
      ).createTeam.id;
      const denied: [string, AnyDocument, Record<string, unknown>][] = [
        ['createAgent', CREATE_AGENT, { i: newAgentInput() }],
        [
          'deleteAgent',
          graphql(`
            mutation AccessDeleteAgent($id: ID!) {
              deleteAgent(id: $id)
            }
          `),
          { id: other.id },
        ],
        [
          'createTeam',
          graphql(`
            mutation AccessCreateTeam2 {
              createTeam(name: "Sneaky Team") {
                id
              }
            }
          `),
          {},
        ],
        [
          'setTeamMembers',
          graphql(`
            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {
              setTeamMembers(id: $id, agentIds: $a) {
                id
              }
            }
          `),
          { id: team, a: [agent.id] },
        ],
        [
          'createPermissionGroup',
          graphql(`
            mutation AccessCreatePermissionGroup2 {
              createPermissionGroup(input: { name: "Sneaky Group", permissions: [] }) {
                id
              }
            }
          `),
          {},
        ],
        [
          'createDepartment',
          graphql(`
            mutation AccessCreateDepartment {
              createDepartment(name: "Sneaky Department") {
                id
              }
            }
          `),
          {},
        ],
        [
          'inviteAgent',
          graphql(`
            mutation AccessInviteAgent {
              inviteAgent(input: { email: "invitee@example.com" }) {
                id
              }
            }
          `),
          {},
        ],
        [
          'license',
          graphql(`
            query AccessLicense {
              license {
                seats
                used
                available
              }
            }
          `),
          {},
        ],
        [
          'invitations',
          graphql(`
            query AccessInvitations {
              invitations {
                id
              }
            }
          `),
          {},
        ],
        [
          'copyAgentSettings',
          graphql(`
            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {
              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {
                id
              }
            }
          `),
          { s: other.id, t: [agent.id] },
        ],
        ['apiTokens', API_TOKENS, {}],
        ['createApiToken', CREATE_TOKEN, { n: 'mine', s: ['agents:read'] }],
      ];
      const before = await Promise.all(
        ['agent', 'team', 'team_member', 'permission_group', 'department', 'invitation', 'api_token'].map(count),
      );
      for (const [name, query, vars] of denied) {
        const r = await t.gql(query, vars, { token: agent.token });
        expect({ name, code: codeOf(r) }).toEqual({ name, code: 'FORBIDDEN' });
        expect(r.data ?? null).toBeNull();
      }
      const after = await Promise.all(
        ['agent', 'team', 'team_member', 'permission_group', 'department', 'invitation', 'api_token'].map(count),
      );
      expect(after).toEqual(before);
      // The same calls are not broken: an admin may make them.
      expect(
        (
          await t.ok(
            graphql(`
              query AccessLicense2 {
                license {
                  seats
                }
              }
            `),
            {},
            { token: admin },
          )
        ).license.seats,
      ).toBe(100);
      expect(
        (
          await t.ok(
            graphql(`
              mutation AccessCreateDepartment2 {
                createDepartment(name: "Admin Department") {
                  name
                }
              }
            `),
            {},
            { token: admin },
          )
        ).createDepartment.name,
      ).toBe('Admin Department');
    });

    it('cannot give itself admin or any other admin-only setting', async () => {
      const attempts: Record<string, unknown>[] = [
        { isAdmin: true },
        { name: 'Harmless', isAdmin: true },
        { isReportsAdmin: true },
        { permissions: ['agents.delete'] },
        { permissionGroupIds: ['1'] },
        { teamIds: [] },
        { status: 'DISABLED' },
        { canEditOwnTicketNotifications: true },
      ];
      const before = await agentRow(agent.id);
      for (const input of attempts) {
        const r = await t.gql(UPDATE_AGENT, { id: agent.id, i: input }, { token: agent.token });
        expect({ input, code: codeOf(r) }).toEqual({ input, code: 'FORBIDDEN' });
      }
      expect(await agentRow(agent.id)).toEqual(before);
      expect((await t.ok(VIEWER, {}, { token: agent.token })).viewer.isAdmin).toBe(false);
    });

    it('cannot edit another agent, not even harmless fields', async () => {
      const before = await agentRow(other.id);
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: other.id, i: { name: 'Renamed By Peer' } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: other.id, i: { phone: '+1 555 0100' } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: adminId, i: { isAdmin: false } }, { token: agent.token }))).toBe('FORBIDDEN');
      expect(await agentRow(other.id)).toEqual(before);
      expect((await t.ok(VIEWER, {}, { token: admin })).viewer.isAdmin).toBe(true);
    });

    it('reads the agent directory and edits its own name, alias and phone', async () => {
      const list = (await t.ok(AGENTS, {}, { token: agent.token })).agents;
      expect(list.totalCount).toBe(await count('agent'));
      expect(list.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual(
        expect.arrayContaining(['plain@example.com', 'other@example.com']),
      );
      expect(
        (
          await t.ok(
            graphql(`
              query AccessAgent($id: ID!) {
                agent(id: $id) {
                  alias
                }
              }
            `),
            { id: other.id },
            { token: agent.token },
          )
        ).agent!.alias,
      ).toBe('Otto');
      await t.ok(
        graphql(`
          query AccessTeams {
            teams {
              id
            }
            permissionGroups {
              id
            }
            departments {
              id
            }
            permissionCatalog {
              key
            }
          }
        `),
        {},
        { token: agent.token },
      );

      const r = await t.ok(
        UPDATE_AGENT,
        { id: agent.id, i: { name: 'Plain Renamed', alias: 'Plainy', phone: '+44 20 7946 0000' } },
        { token: agent.token },
      );
      expect(r.updateAgent).toMatchObject({
        id: agent.id,
        name: 'Plain Renamed',
        alias: 'Plainy',
        phone: '+44 20 7946 0000',
        isAdmin: false,
      });
      expect(await agentRow(agent.id)).toMatchObject({ name: 'Plain Renamed', alias: 'Plainy', phone: '+44 20 7946 0000' });
    });

    it('follows canEditOwnTicketNotifications set by an admin', async () => {
      const NOTIFS = graphql(`
        query AccessAgent2($id: ID!) {
          agent(id: $id) {
            canEditOwnTicketNotifications
            ticketNotifications {
              event
              email
              browser
            }
            otherNotifications {
              event
              email
              browser
            }
          }
        }
      `);
      const read = async () => (await t.ok(NOTIFS, { id: agent.id }, { token: admin })).agent!;
      await t.ok(UPDATE_AGENT, { id: agent.id, i: { canEditOwnTicketNotifications: false } }, { token: admin });
      const before = await read();
      expect(before.canEditOwnTicketNotifications).toBe(false);
      expect(before.ticketNotifications).toContainEqual({ event: 'ticket.new', email: true, browser: true });

      const ticket = { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] };
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: agent.id, i: ticket }, { token: agent.token }))).toBe('FORBIDDEN');
      // Sneaking it in next to an allowed field is refused as a whole.
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: agent.id, i: { ...ticket, name: 'Still Plain' } }, { token: agent.token }))).toBe(
        'FORBIDDEN',
      );
      const denied = await read();
      expect(denied.ticketNotifications).toEqual(before.ticketNotifications);

      await t.ok(
        UPDATE_AGENT,
        { id: agent.id, i: { otherNotifications: [{ event: 'task.due', email: false, browser: true }] } },
        { token: agent.token },
      );
      const allowed = await read();
      expect(allowed.otherNotifications).toContainEqual({ event: 'task.due', email: false, browser: true });
      expect(allowed.ticketNotifications).toEqual(before.ticketNotifications);

      // Switched back on, the same edit goes through: the denial above came from the flag.
      await t.ok(UPDATE_AGENT, { id: agent.id, i: { canEditOwnTicketNotifications: true } }, { token: admin });
      await t.ok(UPDATE_AGENT, { id: agent.id, i: ticket }, { token: agent.token });
      expect((await read()).ticketNotifications).toContainEqual({ event: 'ticket.new', email: false, browser: false });
    });
  });

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
      expect(
        (
          await t.ok(
            graphql(`
              query AccessOutbox {
                outbox {
                  toAddress
                  subject
                }
              }
            `),
            {},
            { token: admin },
          )
        ).outbox.length,
      ).toBeGreaterThan(0);
      const outbox = await t.gql(
        graphql(`
          query AccessOutbox {
            outbox {
              toAddress
              subject
            }
          }
        `),
        {},
        { token },
      );
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

  describe('disabled agents', () => {
    const LOGIN = graphql(`
      mutation AccessLogin($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
        }
      }
    `);

    it('cannot sign in, and their sessions stop working', async () => {
      const a = await t.createAgent({ email: 'soon-disabled@example.com', name: 'Soon Disabled' }, 'disabled-password-1');
      const second = await t.login('soon-disabled@example.com', 'disabled-password-1');
      await t.ok(VIEWER, {}, { token: a.token });
      await t.ok(UPDATE_AGENT, { id: a.id, i: { status: 'DISABLED' } }, { token: admin });

      expect(codeOf(await t.gql(VIEWER, {}, { token: a.token }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(AGENTS, {}, { token: second }))).toBe('UNAUTHENTICATED');
      const login = await t.gql(LOGIN, { e: 'soon-disabled@example.com', p: 'disabled-password-1' });
      expect(codeOf(login)).toBe('UNAUTHENTICATED');
      expect(login.data ?? null).toBeNull();
      expect(login.headers.get('set-cookie') ?? '').not.toMatch(/roster_session=rss_/);

      // Enabled again, the same password works: the refusal above was the status.
      await t.ok(UPDATE_AGENT, { id: a.id, i: { status: 'ACTIVE' } }, { token: admin });
      const back = await t.login('soon-disabled@example.com', 'disabled-password-1');
      expect((await t.ok(VIEWER, {}, { token: back })).viewer.id).toBe(a.id);
    });

    it('loses a session even when only the status column changes', async () => {
      // Not through updateAgent (which also deletes sessions): the session check itself must look at the status.
      const a = await t.createAgent({ email: 'db-disabled@example.com', name: 'Db Disabled' }, 'db-disabled-password-1');
      await t.ok(VIEWER, {}, { token: a.token });
      await t.roster.ds.query("UPDATE agent SET status = 'DISABLED' WHERE id = ?", [Number(a.id)]);
      expect(codeOf(await t.gql(VIEWER, {}, { token: a.token }))).toBe('UNAUTHENTICATED');
      await t.roster.ds.query("UPDATE agent SET status = 'ACTIVE' WHERE id = ?", [Number(a.id)]);
      await t.ok(VIEWER, {}, { token: a.token });
    });
  });

  describe('granting admin access', () => {
    it('is for admins only', async () => {
      const plain = await t.createAgent({ email: 'wannabe@example.com', name: 'Wannabe' }, 'wannabe-password-1');
      const peer = await t.createAgent({ email: 'peer@example.com', name: 'Peer' }, 'peer-password-1');
      const adminCount = async () => Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM agent WHERE is_admin = ?', [1]))[0].n);
      const before = await adminCount();

      expect(codeOf(await t.gql(UPDATE_AGENT, { id: plain.id, i: { isAdmin: true } }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE_AGENT, { id: peer.id, i: { isAdmin: true } }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE_AGENT, { i: newAgentInput({ isAdmin: true }) }, { token: plain.token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessInviteAgent2 {
                inviteAgent(input: { email: "future-admin@example.com", isAdmin: true }) {
                  id
                }
              }
            `),
            {},
            { token: plain.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      const adminId = (await t.ok(VIEWER, {}, { token: admin })).viewer.id;
      expect(
        codeOf(
          await t.gql(
            graphql(`
              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {
                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {
                  id
                }
              }
            `),
            { s: adminId, t: [plain.id] },
            { token: plain.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await adminCount()).toBe(before);
      expect(await count('invitation')).toBe(0);

      // An admin grants it, and it takes effect on the agent's existing session.
      expect((await t.ok(UPDATE_AGENT, { id: plain.id, i: { isAdmin: true } }, { token: admin })).updateAgent.isAdmin).toBe(true);
      expect(await adminCount()).toBe(before + 1);
      expect(
        (
          await t.ok(
            graphql(`
              mutation AccessCreateTeam5 {
                createTeam(name: "Promoted Team") {
                  name
                }
              }
            `),
            {},
            { token: plain.token },
          )
        ).createTeam.name,
      ).toBe('Promoted Team');
    });
  });
});
