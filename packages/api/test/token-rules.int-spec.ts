import { graphql } from './gql';
import { agentHelpers, CREATE, UPDATE } from './helpers/agent-fixtures';
import type { CreateAgentInput } from './gql/graphql';
import { AnyDocument, codeOf, startTestApp, TestApp, withToken } from './helpers/test-app';

const TOKEN_RULES_VIEWER_DOC = graphql(`
  query TokenRulesViewer {
    viewer {
      id
    }
  }
`);

// What API tokens may not do (issue: an agents:write token could make admins), and tokens of an
// agent who must change their password.

describe('API token rules', () => {
  let t: TestApp;
  let token: string;
  let plainId: string;
  let otherAdminId: string;
  const { asAdmin, create, get, activeAdmins } = agentHelpers(() => t);
  const { gql: asToken } = withToken(
    () => t,
    () => token,
  );

  beforeAll(async () => {
    t = await startTestApp();
    token = (
      await asAdmin(
        graphql(`
          mutation TokenRulesCreateApiToken {
            createApiToken(name: "integration", scopes: ["agents:write"]) {
              token
            }
          }
        `),
      )
    ).createApiToken.token;
    plainId = (await create({ email: 'plain@example.com', name: 'Plain Agent' })).id;
    otherAdminId = (await create({ email: 'second.admin@example.com', name: 'Second Admin', isAdmin: true })).id;
  });
  afterAll(() => t.close());

  const newAgent = (i: CreateAgentInput) => ({
    i: { sendWelcomeEmail: false, forcePasswordChange: false, password: 'agent-password-1', ...i },
  });

  it('cannot create administrators or reports administrators, but can create agents', async () => {
    expect(codeOf(await asToken(CREATE, newAgent({ email: 'evil.admin@example.com', name: 'Evil', isAdmin: true })))).toBe('FORBIDDEN');
    expect(codeOf(await asToken(CREATE, newAgent({ email: 'evil.reports@example.com', name: 'Evil', isReportsAdmin: true })))).toBe(
      'FORBIDDEN',
    );
    // Copying from an administrator would make one too.
    const copied = await asToken(CREATE, newAgent({ email: 'evil.copy@example.com', name: 'Evil', copySettingsFrom: otherAdminId }));
    expect(codeOf(copied)).toBe('FORBIDDEN');
    expect((await asToken(CREATE, newAgent({ email: 'fine@example.com', name: 'Fine' }))).data?.createAgent.agent.isAdmin).toBe(false);
    // Nothing of the refused creates was written.
    const emails = (
      await asAdmin(
        graphql(`
          query TokenRulesAgents {
            agents(first: 100) {
              edges {
                node {
                  email
                }
              }
            }
          }
        `),
      )
    ).agents.edges.map((e) => e.node.email);
    expect(emails.filter((e) => e.startsWith('evil'))).toEqual([]);
  });

  it('cannot grant or remove admin access, nor change, disable or delete an administrator', async () => {
    expect(codeOf(await asToken(UPDATE, { id: plainId, i: { isAdmin: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await asToken(UPDATE, { id: plainId, i: { isReportsAdmin: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await asToken(UPDATE, { id: otherAdminId, i: { isAdmin: false } }))).toBe('FORBIDDEN');
    expect(codeOf(await asToken(UPDATE, { id: otherAdminId, i: { name: 'Renamed' } }))).toBe('FORBIDDEN');
    expect(codeOf(await asToken(UPDATE, { id: otherAdminId, i: { status: 'DISABLED' } }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await asToken(
          graphql(`
            mutation TokenRulesDeleteAgent($id: ID!) {
              deleteAgent(id: $id)
            }
          `),
          { id: otherAdminId },
        ),
      ),
    ).toBe('FORBIDDEN');
    const copy = graphql(`
      mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) {
        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {
          id
        }
      }
    `);
    expect(codeOf(await asToken(copy, { s: otherAdminId, t: [plainId] }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await asToken(
          graphql(`
            mutation TokenRulesInviteAgent {
              inviteAgent(input: { email: "evil.invite@example.com", isAdmin: true }) {
                id
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await get(plainId)).toMatchObject({ isAdmin: false, isReportsAdmin: false });
    expect(await get(otherAdminId)).toMatchObject({ isAdmin: true, status: 'ACTIVE', name: 'Second Admin' });
    // Ordinary changes to agents still work, and a signed-in admin can do what the token cannot.
    expect((await asToken(UPDATE, { id: plainId, i: { name: 'Plain Renamed' } })).data?.updateAgent.name).toBe('Plain Renamed');
    expect(
      (
        await asToken(
          graphql(`
            mutation TokenRulesInviteAgent2 {
              inviteAgent(input: { email: "invited.plain@example.com" }) {
                isAdmin
              }
            }
          `),
        )
      ).data?.inviteAgent.isAdmin,
    ).toBe(false);
    expect((await asAdmin(UPDATE, { id: plainId, i: { isAdmin: true } })).updateAgent.isAdmin).toBe(true);
    expect(await activeAdmins()).toHaveLength(3);
  });

  it('stop working while their agent must change the password, and work again after', async () => {
    const secondToken = await t.login('second.admin@example.com', 'agent-password-1');
    const ownToken = (
      await t.ok(
        graphql(`
          mutation TokenRulesCreateApiToken2 {
            createApiToken(name: "second", scopes: ["agents:write"]) {
              token
            }
          }
        `),
        {},
        { token: secondToken },
      )
    ).createApiToken.token;
    expect((await t.gql(TOKEN_RULES_VIEWER_DOC, {}, { token: ownToken })).data?.viewer.id).toBe(otherAdminId);
    await asAdmin(UPDATE, { id: otherAdminId, i: { forcePasswordChange: true } });
    const docs: AnyDocument[] = [
      graphql(`
        query TokenRulesViewer {
          viewer {
            id
          }
        }
      `),
      graphql(`
        query TokenRulesAgents2 {
          agents(first: 1) {
            totalCount
          }
        }
      `),
    ];
    for (const q of docs) {
      expect(codeOf(await t.gql(q, {}, { token: ownToken }))).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const created = await t.gql(CREATE, newAgent({ email: 'during.change@example.com', name: 'During' }), { token: ownToken });
    expect(codeOf(created)).toBe('PASSWORD_CHANGE_REQUIRED');
    const session = await t.login('second.admin@example.com', 'agent-password-1');
    await t.ok(
      graphql(`
        mutation TokenRulesChangePassword {
          changePassword(currentPassword: "agent-password-1", newPassword: "new-password-22") {
            id
          }
        }
      `),
      {},
      { token: session },
    );
    expect((await t.gql(TOKEN_RULES_VIEWER_DOC, {}, { token: ownToken })).data?.viewer.id).toBe(otherAdminId);
  });
});
