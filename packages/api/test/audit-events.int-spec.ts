import { graphql } from './gql';
import { systemActor } from '../src/common/actor';
import { ChangeLogEntityType, recordChanges } from '../src/common/change-log';
import { inTransaction } from '../src/common/transaction';
import { ApiToken } from '../src/modules/api-token';
import { recordAuditEvent } from '../src/modules/audit';
import { OutboxMessage } from '../src/modules/mail';
import { allEvents, AUDIT_LOG, eventsOf } from './helpers/audit-fixtures';
import { importCsv, startImportApp } from './helpers/import-helpers';
import { codeOf, TestApp } from './helpers/test-app';

// The audit log (issue 20): an event for every administrative change (written with its change-log
// rows, in their transaction, which hold its payload) and for every security event.

const LOGIN = graphql(`
  mutation AuditLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);
const VIEWER = graphql(`
  query AuditViewer {
    viewer {
      id
    }
  }
`);

const PASSWORD = 'agent-password-1';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('audit events', () => {
  let t: TestApp;
  const admin = (query: string, variables: Record<string, unknown> = {}) => t.ok(query, variables, { token: t.adminToken });
  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t.close());

  test('each kind of administrative change is one event, its changes read from the change log', async () => {
    const team = (await admin('mutation { createTeam(name: "Audit Team") { id } }')).createTeam.id;
    await admin('mutation($id: ID!) { renameTeam(id: $id, name: "Audit Team 2") { id } }', { id: team });
    await admin('mutation { createDepartment(name: "Audit Dept") { id } }');
    await admin('mutation { createPermissionGroup(input: { name: "Audit Group", permissions: [] }) { id } }');
    const inv = (await admin('mutation { inviteAgent(input: { email: "audit.invitee@example.com" }) { id } }')).inviteAgent.id;
    await admin('mutation($id: ID!) { revokeInvitation(id: $id) { id } }', { id: inv });
    await admin('mutation { createOrganization(name: "Audit Org") { id } }');
    await admin('mutation { createUsergroup(name: "Audit UG") { id } }');
    await admin('mutation { updateCrmSettings(input: { teamScopedUserVisibility: true }) { teamScopedUserVisibility } }');
    await admin('mutation { createUserCustomField(input: { name: "Audit field", type: TEXT }) { id } }');
    const agent = await t.createAgent({ email: 'audit.changed@example.com', name: 'Changed' });
    await admin('mutation($id: ID!) { updateAgent(id: $id, input: { name: "Changed Again" }) { id } }', { id: agent.id });

    const actions = (await allEvents(t)).map((e) => e.action);
    for (const a of [
      'team.created',
      'team.updated',
      'department.created',
      'permission_group.created',
      'invitation.created',
      'invitation.revoked',
      'organization.created',
      'usergroup.created',
      'setting.updated',
      'user_custom_field.created',
      'agent.created',
      'agent.updated',
    ])
      expect(actions).toContain(a);

    const d = await t.ok(AUDIT_LOG, { filter: { targetType: 'TEAM', targetId: team } }, { token: t.adminToken });
    const [renamed, created] = d.auditLog.edges.map((e) => e.node);
    expect(renamed).toMatchObject({ action: 'team.updated', actorKind: 'AGENT', actorName: 'Administrator', outcome: 'SUCCESS' });
    expect(renamed.changes).toEqual([{ field: 'name', oldValue: 'Audit Team', newValue: 'Audit Team 2' }]);
    expect(created).toMatchObject({ action: 'team.created', targetLabel: 'Audit Team' });
    expect(created.ip).toMatch(/127\.0\.0\.1/);
    const upd = await t.ok(
      AUDIT_LOG,
      { filter: { targetType: 'AGENT', targetId: agent.id, action: 'agent.updated' } },
      { token: t.adminToken },
    );
    expect(upd.auditLog.edges[0].node.changes).toContainEqual({ field: 'name', oldValue: 'Changed', newValue: 'Changed Again' });
  });

  test('an event commits or rolls back with its change', async () => {
    const before = (await allEvents(t)).length;
    await expect(
      inTransaction(t.roster.ds, async (em) => {
        await recordChanges(em, systemActor(), ChangeLogEntityType.TEAM, 999, [{ field: 'name', oldValue: 'a', newValue: 'b' }]);
        await recordAuditEvent({ em, actor: systemActor() }, { action: 'auth.sign_in' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await allEvents(t)).length).toBe(before);
    // Through the API: a refused change (the last administrator cannot lose admin access) leaves no event.
    const viewer = (await t.ok(VIEWER, {}, { token: t.adminToken })).viewer.id;
    const r = await t.gql(
      'mutation($id: ID!) { updateAgent(id: $id, input: { isAdmin: false }) { id } }',
      { id: viewer },
      { token: t.adminToken },
    );
    expect(codeOf(r)).toBeDefined();
    expect((await allEvents(t)).length).toBe(before);
  });

  test('sign-in success and failure: the address normalized, never the password, the same answer for unknown addresses', async () => {
    await t.createAgent({ email: 'audit.signin@example.com', name: 'Signin' }, PASSWORD);
    const ok = await t.gql(LOGIN, { e: ' Audit.Signin@Example.com ', p: PASSWORD }, { headers: { 'user-agent': FIREFOX } });
    expect(ok.errors).toBeUndefined();
    const wrong = await t.gql(LOGIN, { e: 'AUDIT.SIGNIN@example.com', p: 'secret-guess-123' });
    const unknown = await t.gql(LOGIN, { e: 'nobody.here@example.com', p: 'secret-guess-456' });
    const junk = await t.gql(LOGIN, { e: 'secret-guess-789', p: 'x' });
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(codeOf(wrong)).toBe(codeOf(unknown));

    const signIns = (await eventsOf(t, 'auth.sign_in')).filter((e) => e.targetLabel === 'audit.signin@example.com' || !e.targetId);
    const success = signIns.filter((e) => e.outcome === 'SUCCESS' && e.targetLabel === 'audit.signin@example.com').at(-1)!;
    expect(success).toMatchObject({ actorKind: 'AGENT', actorName: 'Signin', targetType: 'AGENT' });
    expect(success.userAgent).toBe(FIREFOX.slice(0, 120));
    const failures = signIns.filter((e) => e.outcome === 'FAILURE').map((e) => ({ target: e.targetLabel, ...JSON.parse(e.details!) }));
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'audit.signin@example.com', email: 'audit.signin@example.com' }),
        expect.objectContaining({ target: null, email: 'nobody.here@example.com' }),
        expect.objectContaining({ target: null, email: '(not an email address)' }),
      ]),
    );
    const stored = JSON.stringify(await allEvents(t));
    for (const secret of [PASSWORD, 'secret-guess-123', 'secret-guess-456', 'secret-guess-789']) expect(stored).not.toContain(secret);
    expect(junk.errors).toBeDefined();
  });

  test('password resets: requested (known or not: one answer), sent by an admin, used; temporary password', async () => {
    const agent = await t.createAgent({ email: 'audit.reset@example.com', name: 'Reset' }, PASSWORD);
    const ask = (email: string) => t.ok('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(await ask('audit.reset@example.com')).toEqual(await ask('not.an.agent@example.com'));
    const requested = (await eventsOf(t, 'auth.password_reset_requested')).map((e) => JSON.parse(e.details!).email);
    expect(requested).toEqual(expect.arrayContaining(['audit.reset@example.com', 'not.an.agent@example.com']));
    const sent = await eventsOf(t, 'auth.password_reset_sent');
    expect(sent.map((e) => e.targetId)).toEqual([agent.id]);
    expect(sent[0].actorKind).toBe('SYSTEM');

    await admin('mutation($id: ID!) { sendPasswordReset(agentId: $id) { id } }', { id: agent.id });
    expect((await eventsOf(t, 'auth.password_reset_sent')).at(-1)).toMatchObject({ actorKind: 'AGENT', actorName: 'Administrator' });
    const mail = (await t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: 'audit.reset@example.com' })).at(-1)!;
    const token = decodeURIComponent(/set-password\?token=(\S+)/.exec(mail.textBody)![1]);
    await t.ok('mutation($t: String!) { setPasswordWithToken(token: $t, password: "a-brand-new-password") { token } }', { t: token });
    expect((await eventsOf(t, 'auth.password_link_used')).map((e) => e.targetId)).toEqual([agent.id]);
    expect((await eventsOf(t, 'auth.password_changed')).map((e) => e.targetId)).toContain(agent.id);

    await admin('mutation($id: ID!) { setTemporaryPassword(agentId: $id) { expiresAt } }', { id: agent.id });
    const temp = (await eventsOf(t, 'auth.temporary_password_set')).at(-1)!;
    expect(temp).toMatchObject({ targetId: agent.id, actorName: 'Administrator' });
    expect(JSON.stringify(await allEvents(t))).not.toContain('a-brand-new-password');
  });

  test('sessions revoked: one, the others, everywhere by an admin', async () => {
    const agent = await t.createAgent({ email: 'audit.sessions@example.com', name: 'Sessions' }, PASSWORD);
    await t.login('audit.sessions@example.com', PASSWORD);
    await t.ok('mutation { revokeOtherSessions }', {}, { token: agent.token });
    expect((await eventsOf(t, 'auth.other_sessions_revoked')).at(-1)).toMatchObject({ targetId: agent.id, details: '{"ended":1}' });
    await t.login('audit.sessions@example.com', PASSWORD);
    const mine = await t.ok('{ mySessions { id current } }', {}, { token: agent.token });
    const id = mine.mySessions.find((s: { current: boolean }) => !s.current).id;
    await t.ok('mutation($id: ID!) { revokeSession(id: $id) }', { id }, { token: agent.token });
    expect((await eventsOf(t, 'auth.session_revoked')).at(-1)!.targetId).toBe(agent.id);
    await admin('mutation($id: ID!) { signOutAgentEverywhere(agentId: $id) { id } }', { id: agent.id });
    expect((await eventsOf(t, 'auth.signed_out_everywhere')).at(-1)).toMatchObject({ targetId: agent.id, actorName: 'Administrator' });
    const leaving = await t.login('audit.sessions@example.com', PASSWORD);
    await t.ok('mutation { logout }', {}, { token: leaving });
    expect((await eventsOf(t, 'auth.sign_out')).at(-1)).toMatchObject({ targetId: agent.id, actorName: 'Sessions' });
  });

  test('API tokens: created, first used once, revoked, an expired one refused (recorded once an hour)', async () => {
    const made = await admin('mutation { createApiToken(name: "audit-bot", scopes: ["agents:read"]) { token apiToken { id } } }');
    const { token, apiToken } = made.createApiToken;
    await t.ok(VIEWER, {}, { token });
    await t.ok(VIEWER, {}, { token });
    expect((await eventsOf(t, 'api_token.created')).map((e) => e.targetLabel)).toContain('audit-bot [agents:read]');
    const firstUse = (await eventsOf(t, 'api_token.first_used')).filter((e) => e.targetId === apiToken.id);
    expect(firstUse).toHaveLength(1);
    expect(firstUse[0]).toMatchObject({ actorKind: 'API_TOKEN', actorName: 'audit-bot (API token)' });

    const expiring = (await admin('mutation { createApiToken(name: "audit-old", scopes: ["agents:read"]) { token apiToken { id } } }'))
      .createApiToken;
    await t.roster.ds.getRepository(ApiToken).update(Number(expiring.apiToken.id), { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await t.gql(VIEWER, {}, { token: expiring.token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(VIEWER, {}, { token: expiring.token }))).toBe('UNAUTHENTICATED');
    const refused = (await eventsOf(t, 'api_token.expired_refused')).filter((e) => e.targetId === expiring.apiToken.id);
    expect(refused).toHaveLength(1);
    expect(refused[0].outcome).toBe('REFUSED');

    await admin('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: apiToken.id });
    expect((await eventsOf(t, 'api_token.revoked')).map((e) => e.targetId)).toContain(apiToken.id);
  });

  test('imports: queued, completed, and the agents they create acted by the import job', async () => {
    const csv = ['Email,Name,Permission Groups', 'audit.imported@example.com,Imported,1'].join('\n');
    const { job } = await importCsv(t, csv);
    expect(job.status).toBe('COMPLETED');
    expect((await eventsOf(t, 'import.queued')).at(-1)).toMatchObject({ targetType: 'IMPORT', targetId: job.id, actorKind: 'AGENT' });
    const done = (await eventsOf(t, 'import.completed')).at(-1)!;
    expect(done).toMatchObject({ targetId: job.id, actorKind: 'IMPORT_JOB' });
    expect(JSON.parse(done.details!)).toMatchObject({ createdCount: 1 });
    const created = (await eventsOf(t, 'agent.created')).at(-1)!;
    expect(created).toMatchObject({ actorKind: 'IMPORT_JOB', actorId: Number(job.id), actorName: `import #${job.id} (Administrator)` });
  });
});
