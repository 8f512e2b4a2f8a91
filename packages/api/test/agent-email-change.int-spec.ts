import { graphql } from './gql';
import { OutboxMessage } from '../src/modules/mail';
import { fields } from './helpers/agent-fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, startTestApp, TestApp } from './helpers/test-app';

// Changing one's own login email (issue 18.4): the current password is required (counted like
// other password checks), nothing changes without it, and the old address is told, with the new
// one masked. An administrator changing another agent's email needs no password.

const UPDATE = graphql(`
  mutation EmailChangeUpdate($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
      email
      name
    }
  }
`);
const VIEWER = graphql(`
  query EmailChangeViewer {
    viewer {
      id
      email
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation EmailChangeCreateToken {
    createApiToken(name: "own email", scopes: ["agents:write"]) {
      token
    }
  }
`);

const PASSWORD = 'agent-password-1';

describe('changing a login email', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());
  const notices = (to: string) =>
    t.roster.ds
      .getRepository(OutboxMessage)
      .findBy({ toAddress: to })
      .then((msgs) => msgs.filter((m) => /login email/i.test(m.subject)));
  const emailOf = async (token: string) => (await t.ok(VIEWER, {}, { token })).viewer.email;

  it('needs the current password from an agent changing their own; without it or with a wrong one nothing changes', async () => {
    const { id, token } = await t.createAgent({ email: 'pat@example.com', name: 'Pat' });
    const missing = await t.gql(UPDATE, { id, i: { email: 'pat.new@example.com', name: 'Pat Renamed' } }, { token });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(fields(missing)).toEqual({ 'input.currentPassword': expect.stringMatching(/required/) });
    const wrong = await t.gql(UPDATE, { id, i: { email: 'pat.new@example.com', currentPassword: 'not-the-password' } }, { token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fields(wrong)).toEqual({ 'input.currentPassword': 'is not your current password' });
    expect(await emailOf(token)).toBe('pat@example.com');
    expect(await notices('pat@example.com')).toHaveLength(0);

    // Other fields, and the same address in another case, need no password.
    expect((await t.ok(UPDATE, { id, i: { name: 'Pat Renamed', email: 'PAT@example.com' } }, { token })).updateAgent).toMatchObject({
      email: 'pat@example.com',
      name: 'Pat Renamed',
    });

    const done = await t.ok(UPDATE, { id, i: { email: 'pat.new@example.com', currentPassword: PASSWORD } }, { token });
    expect(done.updateAgent.email).toBe('pat.new@example.com');
    expect(await t.login('pat.new@example.com', PASSWORD)).toEqual(expect.any(String));
    const [notice] = await notices('pat@example.com');
    expect(notice.textBody).toContain('p***@e***.com');
    expect(notice.textBody).not.toContain('pat.new@example.com');
    expect(notice.textBody).toMatch(/If you did not make this change/);
    expect(notice.htmlBody).toContain('p***@e***.com');
    expect(await notices('pat.new@example.com')).toHaveLength(0);
  });

  it('counts wrong current passwords like sign-in attempts', async () => {
    const { id, token } = await t.createAgent({ email: 'quinn@example.com', name: 'Quinn' });
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(UPDATE, { id, i: { email: 'quinn.new@example.com', currentPassword: `guess-${i}` } }, { token });
      expect(fields(r)['input.currentPassword']).toBe('is not your current password');
    }
    const limited = await t.gql(UPDATE, { id, i: { email: 'quinn.new@example.com', currentPassword: PASSWORD } }, { token });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(await emailOf(token)).toBe('quinn@example.com');
  });

  it('queues no notice when the change is refused for another reason', async () => {
    await t.createAgent({ email: 'taken.address@example.com', name: 'Holder' });
    const { id, token } = await t.createAgent({ email: 'rae@example.com', name: 'Rae' });
    const r = await t.gql(UPDATE, { id, i: { email: 'taken.address@example.com', currentPassword: PASSWORD } }, { token });
    expect(fields(r)).toEqual({ 'input.email': 'is already used by another agent' });
    expect(await notices('rae@example.com')).toHaveLength(0);
  });

  it('refuses an agent without a password (never set, or signing in some other way) with a clear error', async () => {
    const { id, token } = await t.createAgent({ email: 'sso.only@example.com', name: 'Sso Only' });
    await t.roster.ds.query('UPDATE agent SET password_hash = NULL WHERE id = ?', [Number(id)]);
    for (const currentPassword of [undefined, PASSWORD]) {
      const r = await t.gql(UPDATE, { id, i: { email: 'sso.new@example.com', currentPassword } }, { token });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fields(r)['input.email']).toMatch(/no password.*administrator/);
    }
    expect(await emailOf(token)).toBe('sso.only@example.com');
  });

  it('lets an administrator change another agent’s email without a password, and tells the old address', async () => {
    const { id } = await t.createAgent({ email: 'sam@example.com', name: 'Sam' });
    const r = await t.ok(UPDATE, { id, i: { email: 'sam.new@example.org' } }, { token: t.adminToken });
    expect(r.updateAgent.email).toBe('sam.new@example.org');
    const [notice] = await notices('sam@example.com');
    expect(notice.textBody).toContain('s***@e***.org');
  });

  it('asks an administrator changing their own login email for their password too', async () => {
    const { viewer } = await t.ok(VIEWER, {}, { token: t.adminToken });
    const r = await t.gql(UPDATE, { id: viewer.id, i: { email: 'boss@example.com' } }, { token: t.adminToken });
    expect(fields(r)).toEqual({ 'input.currentPassword': expect.stringMatching(/required/) });
    await t.ok(UPDATE, { id: viewer.id, i: { email: 'boss@example.com', currentPassword: ADMIN_PASSWORD } }, { token: t.adminToken });
    expect(await notices(ADMIN_EMAIL)).toHaveLength(1);
    await t.ok(UPDATE, { id: viewer.id, i: { email: ADMIN_EMAIL, currentPassword: ADMIN_PASSWORD } }, { token: t.adminToken });
  });

  it('never lets an API token change its creator’s login email, even with the password', async () => {
    const { id, token } = await t.createAgent({ email: 'tara@example.com', name: 'Tara', isAdmin: true });
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token })).createApiToken.token;
    // A creator who is no longer an administrator: the token edits what Tara may edit, her own record.
    await t.ok(UPDATE, { id, i: { isAdmin: false } }, { token: t.adminToken });
    expect((await t.ok(UPDATE, { id, i: { name: 'Tara T' } }, { token: apiToken })).updateAgent.name).toBe('Tara T');
    const r = await t.gql(UPDATE, { id, i: { email: 'tara.new@example.com', currentPassword: PASSWORD } }, { token: apiToken });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await emailOf(token)).toBe('tara@example.com');
    expect(await notices('tara@example.com')).toHaveLength(0);
  });
});
