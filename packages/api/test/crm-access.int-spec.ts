import { CREATE_TOKEN, UPDATE_AGENT, VIEWER } from './helpers/access-fixtures';
import {
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
  uniqueEmail,
  UPDATE_USER,
  USER_LOG,
} from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Who may do what in the CRM: the catalogue's People permissions on the acting agent (or a
// token's creator), token scopes users:read / users:write, and nobody anonymous.

describe('CRM access', () => {
  let t: TestApp;
  let userId: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) =>
    crmHelpers(
      () => t,
      () => tokens[who],
    );

  beforeAll(async () => {
    t = await startTestApp();
    userId = (await crmHelpers(() => t).createUser('Guarded User')).id;
    const agent = async (key: string, permissions: string[], isAdmin = false) =>
      (tokens[key] = (
        await t.createAgent({ email: `${key}@agents.example`, name: key, permissionGroupIds: [], permissions, isAdmin }, 'agent-password-1')
      ).token);
    await agent('nothing', []);
    await agent('viewer', ['people.view']);
    await agent('editor', ['people.view', 'people.edit', 'people.create', 'people.add_notes']);
    await agent('nondestructive', []);
    // Administrator access does not imply People permissions (only admins make API tokens).
    await agent('adminViewer', ['people.view'], true);
    const me = (await t.ok(VIEWER, {}, { token: tokens.nondestructive })).viewer.id;
    await t.ok(UPDATE_AGENT, { id: me, i: { permissionGroupIds: ['2'] } }, { token: t.adminToken });
    const token = async (key: string, scopes: string[], creator = t.adminToken) =>
      (tokens[key] = (await t.ok(CREATE_TOKEN, { n: key, s: scopes }, { token: creator })).createApiToken.token);
    await token('read', ['users:read']);
    await token('write', ['users:write']);
    await token('agentsOnly', ['agents:read', 'agents:write']);
    await token('viewerWrite', ['users:write'], tokens.adminViewer);
  });
  afterAll(() => t.close());

  const list = (who: string) => as(who).gql(LIST_USERS, { first: 5 });
  const create = (who: string) => as(who).gql(CREATE_USER, { i: { name: `By ${who}`, emails: [uniqueEmail(who)] } });

  it('refuses anonymous requests and invalid tokens', async () => {
    for (const r of [
      await t.gql(LIST_USERS, {}),
      await t.gql(CREATE_USER, { i: { name: 'Anon', emails: [uniqueEmail()] } }),
      await t.gql(GET_USER, { id: userId }),
      await t.gql(ORGS, {}),
      await t.gql(GROUPS, {}),
      await t.gql(USER_LOG, { id: userId }),
      await t.gql(LIST_USERS, {}, { token: 'not-a-token' }),
    ])
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('keeps an agent without people permissions out of every CRM operation', async () => {
    const n = as('nothing');
    for (const r of [
      await list('nothing'),
      await create('nothing'),
      await n.gql(GET_USER, { id: userId }),
      await n.gql(UPDATE_USER, { id: userId, i: { summary: 'x' } }),
      await n.gql(ADD_NOTE, { u: userId, t: 'x' }),
      await n.gql(DELETE_USER, { id: userId }),
      await n.gql(ORGS, {}),
      await n.gql(GROUPS, {}),
      await n.gql(CREATE_ORG, { n: 'Nope Org' }),
      await n.gql(CREATE_GROUP, { n: 'Nope Group' }),
      await n.gql(USER_LOG, { id: userId }),
    ])
      expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('gives each People permission its own operations', async () => {
    expect(codeOf(await list('viewer'))).toBeUndefined();
    expect(codeOf(await as('viewer').gql(USER_LOG, { id: userId }))).toBeUndefined();
    expect(codeOf(await create('viewer'))).toBe('FORBIDDEN');
    expect(codeOf(await as('viewer').gql(UPDATE_USER, { id: userId, i: { summary: 'x' } }))).toBe('FORBIDDEN');

    const made = await create('editor');
    expect(codeOf(made)).toBeUndefined();
    const id = made.data!.createUser.id;
    expect(codeOf(await as('editor').gql(ADD_NOTE, { u: id, t: 'hello' }))).toBeUndefined();
    expect(codeOf(await as('editor').gql(CREATE_ORG, { n: 'Editor Org' }))).toBe('FORBIDDEN');
    expect(codeOf(await as('editor').gql(MERGE, { t: userId, s: id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('editor').gql(DELETE_USER, { id }))).toBe('FORBIDDEN');
    // All Non-Destructive Permissions: everything but deleting.
    expect(codeOf(await as('nondestructive').gql(CREATE_ORG, { n: 'Nondestructive Org' }))).toBeUndefined();
    expect(codeOf(await as('nondestructive').gql(DELETE_USER, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await crmHelpers(() => t).gql(DELETE_USER, { id }))).toBeUndefined();
  });

  it('needs users:read for queries and users:write for mutations, within the creator’s permissions', async () => {
    expect(codeOf(await list('read'))).toBeUndefined();
    expect(codeOf(await create('read'))).toBe('FORBIDDEN');
    expect(codeOf(await list('write'))).toBeUndefined();
    const made = await create('write');
    expect(codeOf(made)).toBeUndefined();
    // The change log names the token.
    const log = (await crmHelpers(() => t).ok(USER_LOG, { id: made.data!.createUser.id })).changeLog.edges;
    expect(log[0].node.actorName).toBe('write (API token)');
    for (const r of [await list('agentsOnly'), await create('agentsOnly'), await as('agentsOnly').gql(USER_LOG, { id: userId })])
      expect(codeOf(r)).toBe('FORBIDDEN');
    // A token cannot do more than the agent who made it.
    expect(codeOf(await list('viewerWrite'))).toBeUndefined();
    expect(codeOf(await create('viewerWrite'))).toBe('FORBIDDEN');
    expect(codeOf(await create('adminViewer'))).toBe('FORBIDDEN');
  });
});
