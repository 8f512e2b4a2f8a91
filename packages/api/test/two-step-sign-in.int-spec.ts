import { graphql } from './gql';
import { PUBLIC_ROOT_FIELDS } from '../src/graphql/plugins/auth-gate';
import { buildAppSchema } from '../src/graphql/schema';
import { AuditEvent } from '../src/modules/audit';
import { OutboxMessage } from '../src/modules/mail';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { everyRootFieldCall, totpCode } from './helpers/two-step';
import { CONFIRM, CREATE_TOKEN, LOGIN, RESET, START, STATUS, VERIFY, VIEWER } from './helpers/two-step-docs';

// Two-step sign-in (issue 20): TOTP enrolment with sealed secrets, the second step at sign-in
// (codes accepted once, limited like passwords), recovery codes, enforcement, admin reset.

const REGENERATE = graphql(`
  mutation TwoStepRegenerate($code: String!) {
    regenerateRecoveryCodes(code: $code) {
      codes
    }
  }
`);
const DISABLE = graphql(`
  mutation TwoStepDisable($code: String, $password: String) {
    disableTwoStepSignIn(code: $code, password: $password)
  }
`);
const AGENTS = graphql(`
  query TwoStepAgents {
    agents(first: 5) {
      totalCount
    }
  }
`);
const SETTINGS = graphql(`
  mutation TwoStepSettings($required: TwoStepRequirement!) {
    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {
      twoStepSignInRequired
    }
  }
`);

const PASSWORD = 'agent-password-1';

describe('two-step sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signedIn = async (token: string) => !codeOf(await t.gql(VIEWER, {}, { token }));
  const lastStep = async (agentId: string): Promise<number | null> => {
    const [row] = await t.roster.ds.query('SELECT last_used_step FROM second_factor WHERE agent_id = ?', [Number(agentId)]);
    return row?.last_used_step == null ? null : Number(row.last_used_step);
  };
  /** A code of a time step not used yet (the current one, else the next: both are accepted). */
  const freshCode = async (agentId: string, secret: string) => {
    const now = Date.now();
    const current = Math.floor(now / 30_000);
    const step = Math.max(current, ((await lastStep(agentId)) ?? -1) + 1);
    if (step > current + 1) throw new Error('no fresh TOTP step left in this window');
    return totpCode(secret, new Date(step * 30_000 + 1000));
  };

  /** An agent with two-step sign-in on: its id, secret, recovery codes and email. */
  async function enrolled(email: string) {
    const { id, token } = await t.createAgent({ email, name: email.split('@')[0] }, PASSWORD);
    const { secret } = (await t.ok(START, {}, { token })).startTotpEnrolment;
    const { codes } = (await t.ok(CONFIRM, { code: await totpCode(secret) }, { token })).confirmTotpEnrolment;
    return { id, token, secret, codes, email };
  }

  it('enrols with a first code: the secret is sealed at rest, 10 recovery codes are stored hashed, other sessions end', async () => {
    const { id, token } = await t.createAgent({ email: 'enrol@example.com', name: 'Enrol' }, PASSWORD);
    const other = await t.login('enrol@example.com', PASSWORD);
    expect((await t.ok(STATUS, {}, { token })).myTwoStepSignIn).toMatchObject({ enabled: false, methods: [], recoveryCodesLeft: 0 });

    const started = (await t.ok(START, {}, { token })).startTotpEnrolment;
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Roster:enrol%40example\\.com\\?.*secret=${started.secret}`));
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.qrCodeDataUrl.split(',')[1], 'base64').toString()).toContain('<svg');

    const [row] = await t.roster.ds.query('SELECT secret_sealed FROM second_factor WHERE agent_id = ?', [Number(id)]);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(row.secret_sealed).not.toContain(started.secret);
    expect(row.secret_sealed.toUpperCase()).not.toContain(started.secret.slice(0, 8));

    const wrong = await t.gql(CONFIRM, { code: '000000' === (await totpCode(started.secret)) ? '111111' : '000000' }, { token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.fields).toHaveProperty('code');
    expect((await t.ok(STATUS, {}, { token })).myTwoStepSignIn.enabled).toBe(false);

    const { codes } = (await t.ok(CONFIRM, { code: await totpCode(started.secret) }, { token })).confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored: { code_hash: string }[] = await t.roster.ds.query('SELECT code_hash FROM recovery_code WHERE agent_id = ?', [Number(id)]);
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(stored.map((s) => s.code_hash).join()).not.toContain(c.replace('-', ''));

    expect(await signedIn(token)).toBe(true);
    expect(await signedIn(other)).toBe(false);
    expect((await t.ok(STATUS, {}, { token })).myTwoStepSignIn).toMatchObject({
      enabled: true,
      methods: ['TOTP', 'RECOVERY_CODE'],
      recoveryCodesLeft: 10,
    });
    expect((await t.ok(VIEWER, {}, { token })).viewer.twoStepSignIn).toBe(true);
    expect(codeOf(await t.gql(START, {}, { token }))).toBe('CONFLICT');
  });

  it('signs in in two steps: the password gives a session that can only take the second step; a code is accepted once', async () => {
    const a = await enrolled('steps@example.com');
    const first = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login;
    expect(first).toMatchObject({ secondFactorRequired: true, secondFactorMethods: ['TOTP', 'RECOVERY_CODE'], enrolmentRequired: false });
    expect(codeOf(await t.gql(VIEWER, {}, { token: first.token }))).toBe('SECOND_FACTOR_REQUIRED');

    const wrong = await t.gql(VERIFY, { code: '12345' }, { token: first.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    const code = await freshCode(a.id, a.secret);
    const done = (await t.ok(VERIFY, { code }, { token: first.token })).verifySecondFactor;
    expect(done.secondFactorRequired).toBe(false);
    expect(done.token).not.toBe(first.token);
    expect(await signedIn(done.token)).toBe(true);
    // The pending session is gone: its token signs in nothing.
    expect(codeOf(await t.gql(VIEWER, {}, { token: first.token }))).toBe('UNAUTHENTICATED');

    // The same code again, from another sign-in in the same 30 seconds: refused.
    const second = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login;
    expect(codeOf(await t.gql(VERIFY, { code }, { token: second.token }))).toBe('BAD_USER_INPUT');
    // A full session has no second step to take.
    expect(codeOf(await t.gql(VERIFY, { code: '000000' }, { token: done.token }))).toBe('BAD_USER_INPUT');

    // The audit log: the factor added (with its change-log entry), each second step, and one sign-in (the completed one).
    const events = await t.roster.ds.getRepository(AuditEvent).find({ where: { targetId: a.id }, order: { id: 'ASC' } });
    const seen = events.map((e) => `${e.action} ${e.outcome}`);
    expect(seen).toContain('auth.factor_added SUCCESS');
    expect(seen.filter((x) => x === 'auth.second_step FAILURE')).toHaveLength(2);
    expect(seen.filter((x) => x === 'auth.second_step SUCCESS')).toHaveLength(1);
    const step = events.find((e) => e.action === 'auth.second_step' && e.outcome === 'SUCCESS')!;
    expect(JSON.stringify(step.details)).toContain('TOTP');
    expect(JSON.stringify(events)).not.toContain(code);
    // Sign-in events: the enrolling agent's own session, and the one completed by the code; not the pending ones.
    expect(seen.filter((x) => x === 'auth.sign_in SUCCESS')).toHaveLength(2);
  });

  it('accepts a code once across two API processes racing on the same database', async () => {
    const a = await enrolled('race@example.com');
    const other = await startTestApp({}, { shareDatabaseWith: t });
    try {
      const [p1, p2] = await Promise.all([t.ok(LOGIN, { e: a.email, p: PASSWORD }), other.ok(LOGIN, { e: a.email, p: PASSWORD })]);
      const code = await freshCode(a.id, a.secret);
      const results = await Promise.all([
        t.gql(VERIFY, { code }, { token: p1.login.token }),
        other.gql(VERIFY, { code }, { token: p2.login.token }),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('accepts each recovery code once, and regenerating replaces them', async () => {
    const a = await enrolled('recover@example.com');
    const p1 = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login;
    const done = (await t.ok(VERIFY, { code: ` ${a.codes[0].toUpperCase()} ` }, { token: p1.token })).verifySecondFactor;
    expect((await t.ok(STATUS, {}, { token: done.token })).myTwoStepSignIn.recoveryCodesLeft).toBe(9);
    const p2 = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login;
    expect(codeOf(await t.gql(VERIFY, { code: a.codes[0] }, { token: p2.token }))).toBe('BAD_USER_INPUT');

    expect(codeOf(await t.gql(REGENERATE, { code: a.codes[1] }, { token: done.token }))).toBe('BAD_USER_INPUT');
    const fresh = (await t.ok(REGENERATE, { code: await freshCode(a.id, a.secret) }, { token: done.token })).regenerateRecoveryCodes.codes;
    expect(fresh).toHaveLength(10);
    expect(codeOf(await t.gql(VERIFY, { code: a.codes[1] }, { token: p2.token }))).toBe('BAD_USER_INPUT');
    expect((await t.ok(VERIFY, { code: fresh[0] }, { token: p2.token })).verifySecondFactor.secondFactorRequired).toBe(false);
  });

  it('refuses every other root field while the second step is pending', async () => {
    const a = await enrolled('pending@example.com');
    const pending = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.token;
    const calls = everyRootFieldCall(
      await buildAppSchema(),
      new Set([...PUBLIC_ROOT_FIELDS, 'verifySecondFactor', 'startPasskeySecondStep', 'verifyPasskey']),
    );
    expect(calls.length).toBeGreaterThan(60);
    const refused: Record<string, string | undefined> = {};
    for (const c of calls) refused[c.field] = codeOf(await t.gql(c.query, c.variables, { token: pending }));
    expect(Object.entries(refused).filter(([, code]) => code !== 'SECOND_FACTOR_REQUIRED')).toEqual([]);
    // Nested fields of the payload are refused too; logout works.
    expect((await t.ok('mutation { logout }', {}, { token: pending })).logout).toBe(true);
  });

  it('limits code guesses like passwords: per account, and signing in with the password again does not reset them', async () => {
    const a = await enrolled('guess@example.com');
    let pending = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.token;
    for (let i = 0; i < t.config.loginMaxAttemptsPerAccount; i++) {
      expect(codeOf(await t.gql(VERIFY, { code: `99999${i}` }, { token: pending }))).toBe('BAD_USER_INPUT');
    }
    pending = (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.token;
    expect(codeOf(await t.gql(VERIFY, { code: await freshCode(a.id, a.secret) }, { token: pending }))).toBe('RATE_LIMITED');
    // Aliases cannot multiply guesses in one request.
    const aliased = await t.gql(
      'mutation { a: verifySecondFactor(code: "1") { token } b: verifySecondFactor(code: "2") { token } }',
      {},
      {
        token: pending,
      },
    );
    expect(aliased.errors!.map((e) => e.extensions?.code)).toContain('RATE_LIMITED');
  });

  it('enforcement: an agent without a factor who must have one can only enrol; API tokens are unaffected', async () => {
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token: t.adminToken })).createApiToken.token;
    const { id } = await t.createAgent({ email: 'plain@example.com', name: 'Plain' }, PASSWORD);
    await t.ok(SETTINGS, { required: 'ADMINISTRATORS' }, { token: t.adminToken });
    try {
      expect((await t.ok(LOGIN, { e: 'plain@example.com', p: PASSWORD })).login.enrolmentRequired).toBe(false);
      await t.ok(SETTINGS, { required: 'EVERYONE' }, { token: t.adminToken });
      const login = (await t.ok(LOGIN, { e: 'plain@example.com', p: PASSWORD })).login;
      expect(login).toMatchObject({ enrolmentRequired: true, secondFactorRequired: false });
      const token = login.token;
      expect(codeOf(await t.gql(AGENTS, {}, { token }))).toBe('TWO_STEP_ENROLMENT_REQUIRED');
      const refused = everyRootFieldCall(
        await buildAppSchema(),
        new Set([
          ...PUBLIC_ROOT_FIELDS,
          'viewer',
          'startTotpEnrolment',
          'confirmTotpEnrolment',
          'startPasskeyRegistration',
          'finishPasskeyRegistration',
          'myTwoStepSignIn',
        ]),
      );
      for (const c of refused)
        expect([c.field, codeOf(await t.gql(c.query, c.variables, { token }))]).toEqual([c.field, 'TWO_STEP_ENROLMENT_REQUIRED']);
      expect((await t.ok(VIEWER, {}, { token })).viewer.id).toBe(id);
      expect((await t.ok(STATUS, {}, { token })).myTwoStepSignIn.required).toBe(true);
      // The admin's API token still works; the admin's new sign-ins would enrol.
      expect((await t.ok(AGENTS, {}, { token: apiToken })).agents.totalCount).toBeGreaterThan(1);
      const { secret } = (await t.ok(START, {}, { token })).startTotpEnrolment;
      await t.ok(CONFIRM, { code: await totpCode(secret) }, { token });
      expect((await t.ok(AGENTS, {}, { token })).agents.totalCount).toBeGreaterThan(1);
      // Required: it cannot be turned off.
      expect(codeOf(await t.gql(DISABLE, { password: PASSWORD }, { token }))).toBe('FORBIDDEN');
    } finally {
      await t.ok(SETTINGS, { required: 'OFF' }, { token: t.adminToken });
    }
  });

  it('turns off with the password or a current code, ending other sessions', async () => {
    const a = await enrolled('off@example.com');
    const other = (await t.ok(VERIFY, { code: a.codes[0] }, { token: (await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.token }))
      .verifySecondFactor.token;
    expect(codeOf(await t.gql(DISABLE, {}, { token: a.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(DISABLE, { password: 'wrong-password-1' }, { token: a.token }))).toBe('BAD_USER_INPUT');
    expect((await t.ok(DISABLE, { password: PASSWORD }, { token: a.token })).disableTwoStepSignIn).toBe(true);
    expect(await signedIn(other)).toBe(false);
    expect((await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.secondFactorRequired).toBe(false);
  });

  it('admin reset: administrators only, not for themselves; removes the factor, ends sessions, emails the agent', async () => {
    const a = await enrolled('lost@example.com');
    const peer = await t.createAgent({ email: 'peer@example.com', name: 'Peer' }, PASSWORD);
    expect(codeOf(await t.gql(RESET, { id: a.id }, { token: peer.token }))).toBe('FORBIDDEN');
    const adminId = (await t.ok(VIEWER, {}, { token: t.adminToken })).viewer.id;
    expect(codeOf(await t.gql(RESET, { id: adminId }, { token: t.adminToken }))).toBe('FORBIDDEN');
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await t.gql(RESET, { id: a.id }, { token: apiToken }))).toBe('FORBIDDEN');

    const reset = (await t.ok(RESET, { id: a.id }, { token: t.adminToken })).resetSecondFactor;
    expect(reset).toEqual({ id: a.id, twoStepSignIn: false });
    expect(await signedIn(a.token)).toBe(false);
    const [{ n }] = await t.roster.ds.query('SELECT COUNT(*) AS n FROM recovery_code WHERE agent_id = ?', [Number(a.id)]);
    expect(Number(n)).toBe(0);
    const mails = await t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: a.email });
    expect(mails.map((m) => m.subject)).toContain('Your Roster two-step sign-in was reset');
    expect((await t.ok(LOGIN, { e: a.email, p: PASSWORD })).login.secondFactorRequired).toBe(false);
    expect(codeOf(await t.gql(RESET, { id: a.id }, { token: t.adminToken }))).toBe('BAD_USER_INPUT');
    const resetEvent = await t.roster.ds.getRepository(AuditEvent).findOneByOrFail({ action: 'auth.factor_reset', targetId: a.id });
    expect(resetEvent).toMatchObject({ actorKind: 'AGENT', actorId: Number(adminId) });
  });
});
