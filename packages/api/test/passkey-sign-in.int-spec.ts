import { graphql } from './gql';
import { eventsOf } from './helpers/audit-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { SoftPasskey } from './helpers/two-step';
import { LOGIN, PASSKEY_FINISH, PASSKEY_START, STATUS, VIEWER } from './helpers/two-step-docs';

// Password-less sign-in with a discoverable passkey (issue 20): a software authenticator answers
// startPasskeySignIn's options; each request's challenge once; the user handle must be the
// passkey's agent's; user verification required; disabled agents refused; starts limited per IP;
// the audit log. And recovery codes regenerated with the password by an agent with passkeys only.

const SIGN_IN_START = graphql(`
  mutation PasskeySignInStart {
    startPasskeySignIn {
      requestId
      options
    }
  }
`);
const SIGN_IN_FINISH = graphql(`
  mutation PasskeySignInFinish($requestId: String!, $response: String!) {
    finishPasskeySignIn(requestId: $requestId, response: $response) {
      token
      secondFactorRequired
      enrolmentRequired
      agent {
        id
      }
    }
  }
`);
const REGENERATE = graphql(`
  mutation PasskeySignInRegenerate($password: String) {
    regenerateRecoveryCodes(password: $password) {
      codes
    }
  }
`);
const REQUIRE_TWO_STEP = graphql(`
  mutation PasskeySignInRequire($required: TwoStepRequirement!) {
    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {
      twoStepSignInRequired
    }
  }
`);

const PASSWORD = 'agent-password-1';

describe('password-less sign-in with a passkey', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signedIn = async (token: string) => !codeOf(await t.gql(VIEWER, {}, { token }));

  /** An agent with one registered discoverable passkey. */
  async function agentWithPasskey(email: string) {
    const agent = await t.createAgent({ email, name: email.split('@')[0] }, PASSWORD);
    const key = new SoftPasskey(t.config.publicUrl);
    const options = (await t.ok(PASSKEY_START, {}, { token: agent.token })).startPasskeyRegistration;
    expect(JSON.parse(options).authenticatorSelection).toMatchObject({ residentKey: 'preferred' });
    const { recoveryCodes } = (await t.ok(PASSKEY_FINISH, { name: 'Laptop', response: key.register(options) }, { token: agent.token }))
      .finishPasskeyRegistration;
    return { ...agent, key, recoveryCodes: recoveryCodes! };
  }
  const start = async () => (await t.ok(SIGN_IN_START)).startPasskeySignIn;

  it('signs in fully with a discoverable passkey, without the password or a second step; each request once', async () => {
    const a = await agentWithPasskey('pwless@example.com');
    const req = await start();
    const options = JSON.parse(req.options);
    expect(options).toMatchObject({ allowCredentials: [], userVerification: 'required', rpId: 'localhost' });
    const response = a.key.assert(req.options, { userHandle: a.key.userHandle });
    const done = (await t.ok(SIGN_IN_FINISH, { requestId: req.requestId, response })).finishPasskeySignIn;
    expect(done).toMatchObject({ secondFactorRequired: false, enrolmentRequired: false, agent: { id: a.id } });
    expect(await signedIn(done.token)).toBe(true);
    // Replayed: the request's challenge is gone.
    expect(codeOf(await t.gql(SIGN_IN_FINISH, { requestId: req.requestId, response }))).toBe('UNAUTHENTICATED');
    // Another request, answered with the first challenge's signature: refused.
    const other = await start();
    expect(codeOf(await t.gql(SIGN_IN_FINISH, { requestId: other.requestId, response }))).toBe('UNAUTHENTICATED');

    const ok = await eventsOf(t, 'auth.sign_in');
    expect(ok.filter((e) => e.outcome === 'SUCCESS' && e.targetId === a.id).map((e) => JSON.parse(e.details ?? '{}'))).toContainEqual({
      method: 'PASSKEY',
    });
    const failed = ok.filter((e) => e.outcome === 'FAILURE' && JSON.parse(e.details ?? '{}').method === 'PASSKEY');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.every((e) => JSON.parse(e.details!).reason === 'UNAUTHENTICATED')).toBe(true);
  });

  it("refuses another agent's user handle, an unknown passkey, no user verification and a disabled agent", async () => {
    const a = await agentWithPasskey('handle-a@example.com');
    const b = await agentWithPasskey('handle-b@example.com');
    let req = await start();
    const wrongHandle = a.key.assert(req.options, { userHandle: b.key.userHandle });
    expect(codeOf(await t.gql(SIGN_IN_FINISH, { requestId: req.requestId, response: wrongHandle }))).toBe('UNAUTHENTICATED');
    const failure = (await eventsOf(t, 'auth.sign_in')).at(-1)!;
    expect(failure).toMatchObject({ outcome: 'FAILURE', targetId: a.id });

    req = await start();
    const stranger = new SoftPasskey(t.config.publicUrl);
    const unknown = await t.gql(SIGN_IN_FINISH, { requestId: req.requestId, response: stranger.assert(req.options, { userHandle: 'eA' }) });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toMatch(/not registered/);

    req = await start();
    const presenceOnly = a.key.assert(req.options, { userHandle: a.key.userHandle, verified: false });
    expect(codeOf(await t.gql(SIGN_IN_FINISH, { requestId: req.requestId, response: presenceOnly }))).toBe('UNAUTHENTICATED');

    await t.roster.ds.query("UPDATE agent SET status = 'DISABLED' WHERE id = ?", [Number(a.id)]);
    req = await start();
    const disabled = await t.gql(SIGN_IN_FINISH, {
      requestId: req.requestId,
      response: a.key.assert(req.options, { userHandle: a.key.userHandle }),
    });
    expect(codeOf(disabled)).toBe('UNAUTHENTICATED');
    expect(disabled.errors![0].message).toMatch(/disabled/);
    // Every request above was used up.
    const [{ n }] = await t.roster.ds.query('SELECT COUNT(*) AS n FROM passkey_challenge');
    expect(Number(n)).toBe(0);
  });

  it('meets a two-step requirement (the passkey is the factor)', async () => {
    const a = await agentWithPasskey('required@example.com');
    await t.ok(REQUIRE_TWO_STEP, { required: 'EVERYONE' }, { token: t.adminToken });
    try {
      const req = await start();
      const done = (
        await t.ok(SIGN_IN_FINISH, { requestId: req.requestId, response: a.key.assert(req.options, { userHandle: a.key.userHandle }) })
      ).finishPasskeySignIn;
      expect(done).toMatchObject({ secondFactorRequired: false, enrolmentRequired: false });
      expect((await t.ok(STATUS, {}, { token: done.token })).myTwoStepSignIn.enabled).toBe(true);
    } finally {
      await t.ok(REQUIRE_TWO_STEP, { required: 'OFF' }, { token: t.adminToken });
    }
  });

  it('lets an agent whose only factor is passkeys regenerate recovery codes with the password, wrong ones limited', async () => {
    const a = await agentWithPasskey('codes@example.com');
    expect(codeOf(await t.gql(REGENERATE, {}, { token: a.token }))).toBe('BAD_USER_INPUT');
    const wrong = await t.gql(REGENERATE, { password: 'not-it' }, { token: a.token });
    expect(wrong.errors?.[0].extensions?.fields).toHaveProperty('password');
    const codes = (await t.ok(REGENERATE, { password: PASSWORD }, { token: a.token })).regenerateRecoveryCodes.codes;
    expect(codes).toHaveLength(10);
    expect(codes).not.toEqual(a.recoveryCodes);
    // The old codes no longer complete a second step; a new one does.
    const pending = (await t.ok(LOGIN, { e: 'codes@example.com', p: PASSWORD })).login.token;
    const VERIFY = `mutation ($c: String!) { verifySecondFactor(code: $c) { secondFactorRequired } }`;
    expect(codeOf(await t.gql(VERIFY, { c: a.recoveryCodes[0] }, { token: pending }))).toBe('BAD_USER_INPUT');
    expect((await t.ok(VERIFY, { c: codes[0] }, { token: pending })).verifySecondFactor.secondFactorRequired).toBe(false);
    // Guesses count like the current password's (5 per account by default).
    for (let i = 0; i < 5; i++) await t.gql(REGENERATE, { password: `guess-${i}` }, { token: a.token });
    expect(codeOf(await t.gql(REGENERATE, { password: PASSWORD }, { token: a.token }))).toBe('RATE_LIMITED');
  });
});

describe('password-less sign-in: starts limited per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it('refuses a fourth start from one IP within the window', async () => {
    for (let i = 0; i < 3; i++) await t.ok(SIGN_IN_START);
    expect(codeOf(await t.gql(SIGN_IN_START))).toBe('RATE_LIMITED');
    const [{ n }] = await t.roster.ds.query('SELECT COUNT(*) AS n FROM passkey_challenge');
    expect(Number(n)).toBe(3);
  });
});
