import { graphql } from './gql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { SoftPasskey } from './helpers/two-step';
import { CREATE_TOKEN, LOGIN, PASSKEY_FINISH, PASSKEY_START, RESET, STATUS, VIEWER } from './helpers/two-step-docs';

// Passkeys as a second factor (issue 20): registration and the second step with a software
// authenticator (P-256, "none" attestation, as Chromium's virtual one in the e2e test), each
// challenge once, removal, and the rules shared with the other factors.

const PASSKEY_STEP = graphql(`
  mutation TwoStepPasskeyStep {
    startPasskeySecondStep
  }
`);
const PASSKEY_VERIFY = graphql(`
  mutation TwoStepPasskeyVerify($response: String!) {
    verifyPasskey(response: $response) {
      token
    }
  }
`);
const PASSKEYS = graphql(`
  query TwoStepPasskeys {
    myPasskeys {
      id
      name
      lastUsedAt
    }
  }
`);
const PASSKEY_REMOVE = graphql(`
  mutation TwoStepPasskeyRemove($id: ID!) {
    removePasskey(id: $id)
  }
`);

const PASSWORD = 'agent-password-1';

describe('passkeys (a second factor)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signedIn = async (token: string) => !codeOf(await t.gql(VIEWER, {}, { token }));

  it('registers passkeys as a second factor and completes the second step with one, each challenge once', async () => {
    const { id, token } = await t.createAgent({ email: 'keys@example.com', name: 'Keys' }, PASSWORD);
    const key = new SoftPasskey(t.config.publicUrl);
    const options = (await t.ok(PASSKEY_START, {}, { token })).startPasskeyRegistration;
    expect(JSON.parse(options)).toMatchObject({ rp: { name: 'Roster', id: 'localhost' }, user: { name: 'keys@example.com' } });
    const first = (await t.ok(PASSKEY_FINISH, { name: 'Laptop', response: key.register(options) }, { token })).finishPasskeyRegistration;
    expect(first.passkey.name).toBe('Laptop');
    expect(first.recoveryCodes).toHaveLength(10);
    // The challenge was used: the same response again is refused.
    expect(codeOf(await t.gql(PASSKEY_FINISH, { name: 'Again', response: key.register(options) }, { token }))).toBe('BAD_USER_INPUT');
    const second = new SoftPasskey(t.config.publicUrl);
    const more = (await t.ok(PASSKEY_START, {}, { token })).startPasskeyRegistration;
    expect(JSON.parse(more).excludeCredentials).toHaveLength(1);
    expect(
      (await t.ok(PASSKEY_FINISH, { name: 'Phone', response: second.register(more) }, { token })).finishPasskeyRegistration.recoveryCodes,
    ).toBeNull();
    expect((await t.ok(PASSKEYS, {}, { token })).myPasskeys.map((p) => p.name)).toEqual(['Laptop', 'Phone']);
    expect((await t.ok(VIEWER, {}, { token })).viewer.twoStepSignIn).toBe(true);

    const login = (await t.ok(LOGIN, { e: 'keys@example.com', p: PASSWORD })).login;
    expect(login.secondFactorMethods).toEqual(['PASSKEY', 'RECOVERY_CODE']);
    const pending = login.token;
    const step = (await t.ok(PASSKEY_STEP, {}, { token: pending })).startPasskeySecondStep;
    expect(JSON.parse(step).allowCredentials).toHaveLength(2);
    // Another authenticator's assertion is refused, and uses the challenge up.
    const stranger = new SoftPasskey(t.config.publicUrl);
    expect(codeOf(await t.gql(PASSKEY_VERIFY, { response: stranger.assert(step) }, { token: pending }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(PASSKEY_VERIFY, { response: key.assert(step) }, { token: pending }))).toBe('BAD_USER_INPUT');
    const fresh = (await t.ok(PASSKEY_STEP, {}, { token: pending })).startPasskeySecondStep;
    const done = (await t.ok(PASSKEY_VERIFY, { response: key.assert(fresh) }, { token: pending })).verifyPasskey;
    expect(await signedIn(done.token)).toBe(true);
    expect(await signedIn(pending)).toBe(false);
    expect((await t.ok(PASSKEYS, {}, { token: done.token })).myPasskeys[0].lastUsedAt).toBeTruthy();

    // Removing the passkeys: the last one takes two-step sign-in (and its recovery codes) away.
    const [laptop, phone] = (await t.ok(PASSKEYS, {}, { token: done.token })).myPasskeys;
    await t.ok(PASSKEY_REMOVE, { id: phone.id }, { token: done.token });
    expect((await t.ok(STATUS, {}, { token: done.token })).myTwoStepSignIn.enabled).toBe(true);
    await t.ok(PASSKEY_REMOVE, { id: laptop.id }, { token: done.token });
    expect((await t.ok(STATUS, {}, { token: done.token })).myTwoStepSignIn).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    const [{ n }] = await t.roster.ds.query('SELECT COUNT(*) AS n FROM recovery_code WHERE agent_id = ?', [Number(id)]);
    expect(Number(n)).toBe(0);
  });

  it("another agent's passkey id reads as not found; API tokens cannot register passkeys", async () => {
    const a = await t.createAgent({ email: 'keys2@example.com', name: 'Keys Two' }, PASSWORD);
    const key = new SoftPasskey(t.config.publicUrl);
    const options = (await t.ok(PASSKEY_START, {}, { token: a.token })).startPasskeyRegistration;
    const { passkey } = (await t.ok(PASSKEY_FINISH, { name: 'Key', response: key.register(options) }, { token: a.token }))
      .finishPasskeyRegistration;
    expect(codeOf(await t.gql(PASSKEY_REMOVE, { id: passkey.id }, { token: t.adminToken }))).toBe('NOT_FOUND');
    const apiToken = (await t.ok(CREATE_TOKEN, {}, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await t.gql(PASSKEY_START, {}, { token: apiToken }))).toBe('FORBIDDEN');
    // The admin resets it like any factor.
    await t.ok(RESET, { id: a.id }, { token: t.adminToken });
    expect((await t.ok(LOGIN, { e: 'keys2@example.com', p: PASSWORD })).login.secondFactorRequired).toBe(false);
  });
});
