import { CREATE_TOKEN } from './helpers/access-fixtures';
import {
  ADD_AGENT_NOTE,
  AGENT_CRM,
  AGENT_CRM_LOG,
  AGENT_CRM_NOTES,
  AGENT_PLAIN,
  AGENTS_CRM,
  UPDATE_CRM,
  VIEWER_CRM,
} from './helpers/agent-crm-fixtures';
import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';

// Who may read and write agents' CRM records: the user CRM's People permissions (people.view,
// people.edit, people.add_notes) on the acting agent or a token's creator, and the token scopes
// users:read / users:write besides agents:read for the agent itself. Requests go through HTTP, so
// reads take the fast query path first (graphql-jit) and fall back to Apollo on any error.

describe('agent CRM access', () => {
  let t: TestApp;
  let targetId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => ({ token: tokens[who] });
  const denied = <R>(r: GqlResult<R>) => {
    expect(codeOf(r)).toBe('FORBIDDEN');
    return r;
  };
  const allowed = <R>(r: GqlResult<R>) => {
    expect(r.errors).toBeUndefined();
    return r;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const agent = async (key: string, permissions: string[], isAdmin = false) => {
      const a = await t.createAgent({ email: `${key}@crm-agents.example`, name: key, permissionGroupIds: [], permissions, isAdmin });
      tokens[key] = a.token;
      ids[key] = a.id;
    };
    await agent('target', []);
    targetId = ids.target;
    await agent('nothing', ['people.edit', 'people.add_notes']);
    await agent('viewer', ['people.view']);
    await agent('editor', ['people.view', 'people.edit']);
    await agent('noter', ['people.view', 'people.add_notes']);
    await agent('adminViewer', ['people.view'], true);
    const token = async (key: string, scopes: string[], creator = t.adminToken) =>
      (tokens[key] = (await t.ok(CREATE_TOKEN, { n: key, s: scopes }, { token: creator })).createApiToken.token);
    await token('read', ['agents:read', 'users:read']);
    await token('write', ['agents:read', 'users:write']);
    await token('agentsOnly', ['agents:read', 'agents:write']);
    await token('viewerWrite', ['agents:read', 'users:write'], tokens.adminViewer);
    await t.ok(UPDATE_CRM, { id: targetId, i: { summary: 'Secret summary', phone: '+1 415 555 0199' } }, { token: t.adminToken });
    await t.ok(ADD_AGENT_NOTE, { id: targetId, t: 'Secret note' }, { token: t.adminToken });
  });
  afterAll(() => t.close());

  it('refuses anonymous requests', async () => {
    for (const r of [await t.gql(AGENT_CRM_NOTES, { id: targetId }), await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } })])
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('keeps an agent without people.view out of every CRM field, their own included', async () => {
    const r = denied(await t.gql(AGENT_CRM_NOTES, { id: targetId }, as('nothing')));
    expect(JSON.stringify(r)).not.toContain('Secret note');
    denied(await t.gql(AGENT_CRM, { id: targetId }, as('nothing')));
    denied(await t.gql(AGENTS_CRM, { first: 20 }, as('nothing')));
    denied(await t.gql(VIEWER_CRM, {}, as('nothing')));
    denied(await t.gql(AGENT_CRM_LOG, { id: targetId }, as('nothing')));
    // people.edit and people.add_notes without people.view still write (as for users); reading needs view.
    // The agent's other fields keep their own rules.
    expect(allowed(await t.gql(AGENT_PLAIN, { id: targetId }, as('nothing'))).data!.agent!.name).toBe('target');
  });

  it('lets people.view read, people.edit edit and people.add_notes add notes', async () => {
    const read = allowed(await t.gql(AGENT_CRM, { id: targetId }, as('viewer'))).data!.agent!;
    expect([read.crmSummary, read.crmContact.phone, read.crmNotes.map((x) => x.text)]).toEqual([
      'Secret summary',
      '+14155550199',
      ['Secret note'],
    ]);
    allowed(await t.gql(AGENT_CRM_LOG, { id: targetId }, as('viewer')));
    allowed(await t.gql(VIEWER_CRM, {}, as('viewer')));
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('viewer')));
    denied(await t.gql(ADD_AGENT_NOTE, { id: targetId, t: 'x' }, as('viewer')));

    allowed(await t.gql(UPDATE_CRM, { id: targetId, i: { im: 'editor-im' } }, as('editor')));
    denied(await t.gql(ADD_AGENT_NOTE, { id: targetId, t: 'x' }, as('editor')));
    allowed(await t.gql(ADD_AGENT_NOTE, { id: targetId, t: 'By noter' }, as('noter')));
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('noter')));
    // Administrator access does not imply People permissions.
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('adminViewer')));
    const log = allowed(await t.gql(AGENT_CRM_LOG, { id: targetId }, as('viewer'))).data!.agentCrmChangeLog.edges;
    expect(log.slice(0, 2).map((e) => [e.node.field, e.node.actorName])).toEqual([
      ['crm.note', 'noter'],
      ['crm.im', 'editor'],
    ]);
  });

  it('needs users:read to read and users:write to write, within the token creator’s permissions', async () => {
    allowed(await t.gql(AGENT_CRM, { id: targetId }, as('read')));
    allowed(await t.gql(AGENT_CRM_LOG, { id: targetId }, as('read')));
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('read')));
    denied(await t.gql(ADD_AGENT_NOTE, { id: targetId, t: 'x' }, as('read')));
    denied(await t.gql(AGENT_CRM_NOTES, { id: targetId }, as('agentsOnly')));
    denied(await t.gql(AGENTS_CRM, { first: 5 }, as('agentsOnly')));
    denied(await t.gql(AGENT_CRM_LOG, { id: targetId }, as('agentsOnly')));
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('agentsOnly')));
    allowed(await t.gql(AGENT_PLAIN, { id: targetId }, as('agentsOnly')));
    const written = allowed(await t.gql(UPDATE_CRM, { id: targetId, i: { website: 'https://token.example' } }, as('write')));
    expect(written.data!.updateAgentCrmProfile.crmContact.website).toBe('https://token.example');
    const log = (await t.ok(AGENT_CRM_LOG, { id: targetId, first: 1 }, { token: t.adminToken })).agentCrmChangeLog.edges;
    expect(log[0].node.actorName).toBe('write (API token)');
    // A token cannot do more than the agent who made it (people.view only).
    denied(await t.gql(UPDATE_CRM, { id: targetId, i: { summary: 'x' } }, as('viewerWrite')));
    // Nothing above changed the Preferences phone or the summary.
    const after = (await t.ok(AGENT_CRM, { id: targetId }, { token: t.adminToken })).agent!;
    expect([after.phone, after.crmSummary]).toEqual([null, 'Secret summary']);
  });
});
