import type { OidcTestProvider } from '@roster/testkit';
import { graphql } from './gql';
import { OutboxMessage } from '../src/modules/mail';
import { acceptLinkToken } from './helpers/onboarding-fixtures';
import { createOidcProvider, startTestOidc, TestBrowser } from './helpers/oidc-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { totpCode } from './helpers/two-step';
import { CONFIRM, START, VERIFY } from './helpers/two-step-docs';

// "SSO required" (issue 21) closes every door to a password session, not only the sign-in form:
// an invitation cannot be accepted with a password (the invited person signs in with the
// provider, which fulfils the invitation), reset and set-password links made before SSO became
// required stop working, and a temporary password cannot be used. Break-glass administrators
// keep their password doors. Sessions that did not sign in with the provider end when it turns on.

const CREATE_TEAM = graphql(`
  mutation SsoDoorsCreateTeam($name: String!) {
    createTeam(name: $name) {
      id
    }
  }
`);
const SSO_SETTINGS = graphql(`
  mutation SsoDoorsSettings($i: SsoSettingsInput!) {
    updateSsoSettings(input: $i) {
      ssoRequired
    }
  }
`);
const INVITE = graphql(`
  mutation SsoDoorsInvite($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
      status
    }
  }
`);
const INVITATION = graphql(`
  query SsoDoorsInvitations {
    invitations(status: ACCEPTED) {
      email
      status
    }
  }
`);
const PREVIEW = graphql(`
  query SsoDoorsPreview($t: String!) {
    invitationPreview(token: $t) {
      status
      email
      ssoRequired
    }
  }
`);
const ACCEPT = graphql(`
  mutation SsoDoorsAccept($t: String!, $p: String!) {
    acceptInvitation(token: $t, password: $p) {
      token
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation SsoDoorsRequestReset($e: String!) {
    requestPasswordReset(email: $e)
  }
`);
const SET_WITH_TOKEN = graphql(`
  mutation SsoDoorsSetWithToken($t: String!, $p: String!) {
    setPasswordWithToken(token: $t, password: $p) {
      token
    }
  }
`);
const TEMPORARY = graphql(`
  mutation SsoDoorsTemporary($id: ID!) {
    setTemporaryPassword(agentId: $id) {
      temporaryPassword
    }
  }
`);
const LOGIN = graphql(`
  mutation SsoDoorsLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);
const VIEWER = graphql(`
  query SsoDoorsViewer {
    viewer {
      id
      email
      type
      isAdmin
      teams {
        name
      }
      permissionGroups {
        id
      }
    }
  }
`);

const account = (email: string) => ({ password: 'idp-password', claims: { email, email_verified: true, name: 'Ines Invited' } });

describe('"SSO required" closes every password door', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let providerId: string;
  const breakGlass: string[] = [];
  const asAdmin = () => ({ token: t.adminToken });
  const outbox = (to: string) => t.roster.ds.getRepository(OutboxMessage).find({ where: { toAddress: to }, order: { id: 'ASC' } });
  const inviteToken = async (to: string) => acceptLinkToken((await outbox(to)).at(-1)!.textBody);
  const resetToken = async (to: string) =>
    decodeURIComponent(/set-password\?token=(\S+)/.exec((await outbox(to)).filter((m) => /reset/i.test(m.subject)).at(-1)!.textBody)![1]);
  const required = (on: boolean) => t.ok(SSO_SETTINGS, { i: { ssoRequired: on, breakGlassAdminIds: on ? breakGlass : [] } }, asAdmin());

  beforeAll(async () => {
    t = await startTestApp();
    idp = await startTestOidc(t, {
      ines: account('ines@corp.example'),
      sam: account('sam@corp.example'),
      tia: account('tia@corp.example'),
    });
    providerId = await createOidcProvider(t, idp.issuer, { displayName: 'Corp IdP' });
    breakGlass.push((await t.ok(VIEWER, {}, asAdmin())).viewer.id);
    // A second break-glass administrator, whose reset (which ends their other sessions) leaves the test's admin session alone.
    breakGlass.push((await t.createAgent({ email: 'bea@corp.example', name: 'Bea Admin', isAdmin: true })).id);
  }, 60_000);
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });
  afterEach(() => required(false));

  it('refuses accepting an invitation with a password; the provider sign-in fulfils the invitation instead', async () => {
    const team = (await t.ok(CREATE_TEAM, { name: 'Invited Team' }, asAdmin())).createTeam.id;
    await t.ok(INVITE, { i: { email: 'ines@corp.example', teamIds: [team], permissionGroupIds: ['2'] } }, asAdmin());
    const token = await inviteToken('ines@corp.example');
    await required(true);
    // The acceptance page learns it before the person types a password.
    expect((await t.ok(PREVIEW, { t: token })).invitationPreview).toEqual({
      status: 'VALID',
      email: 'ines@corp.example',
      ssoRequired: true,
    });
    expect(codeOf(await t.gql(ACCEPT, { t: token, p: 'a-long-enough-password' }))).toBe('SSO_REQUIRED');
    expect(await t.roster.ds.query(`SELECT id FROM agent WHERE email = 'ines@corp.example'`)).toHaveLength(0);
    // Signing in with the provider creates the agent the invitation describes and marks it accepted.
    const run = await new TestBrowser(t).signIn(providerId, 'ines', 'idp-password');
    expect(run.location).toBe('/');
    const me = (await t.ok(VIEWER, {}, { cookie: run.cookie! })).viewer;
    expect(me).toMatchObject({ email: 'ines@corp.example', type: 'FULL', isAdmin: false, teams: [{ name: 'Invited Team' }] });
    expect(me.permissionGroups.map((g) => g.id)).toEqual(['2']);
    const accepted = (await t.ok(INVITATION, {}, asAdmin())).invitations;
    expect(accepted).toContainEqual(expect.objectContaining({ email: 'ines@corp.example', status: 'ACCEPTED' }));
    expect((await t.ok(PREVIEW, { t: token })).invitationPreview.status).toBe('USED');
  });

  it('refuses a reset link made before SSO became required, and new reset requests; a break-glass admin keeps both', async () => {
    await t.createAgent({ email: 'rita@corp.example', name: 'Rita' });
    await t.ok(REQUEST_RESET, { e: 'rita@corp.example' });
    await t.ok(REQUEST_RESET, { e: 'bea@corp.example' });
    const rita = await resetToken('rita@corp.example');
    const admin = await resetToken('bea@corp.example');
    await required(true);
    expect(codeOf(await t.gql(SET_WITH_TOKEN, { t: rita, p: 'a brand new secret' }))).toBe('SSO_REQUIRED');
    expect(codeOf(await t.gql(REQUEST_RESET, { e: 'rita@corp.example' }))).toBe('SSO_REQUIRED');
    expect(codeOf(await t.gql(LOGIN, { e: 'rita@corp.example', p: 'a brand new secret' }))).toBe('SSO_REQUIRED');
    expect((await t.ok(SET_WITH_TOKEN, { t: admin, p: 'admin brand new secret' })).setPasswordWithToken.token).toBeTruthy();
  });

  it("ends the sessions that did not sign in with the provider, but break-glass administrators' and the acting one", async () => {
    const pia = (await t.createAgent({ email: 'pia@corp.example', name: 'Pia' })).token;
    const bo = await t.createAgent({ email: 'bo@corp.example', name: 'Bo Admin', isAdmin: true });
    const sam = (await new TestBrowser(t).signIn(providerId, 'sam', 'idp-password')).cookie!;
    const signedIn = async (auth: { token: string } | { cookie: string }) => !(await t.gql(VIEWER, {}, auth)).errors;
    expect([await signedIn({ token: pia }), await signedIn({ token: bo.token }), await signedIn({ cookie: sam })]).toEqual([
      true,
      true,
      true,
    ]);

    await t.ok(SSO_SETTINGS, { i: { ssoRequired: true, breakGlassAdminIds: [bo.id] } }, asAdmin());
    expect(codeOf(await t.gql(VIEWER, {}, { token: pia }))).toBe('UNAUTHENTICATED');
    expect(await signedIn({ token: bo.token })).toBe(true);
    expect(await signedIn({ cookie: sam })).toBe(true);
    // The administrator who turned it on (not on the list) keeps this session, and so can turn it off again.
    expect(await signedIn(asAdmin())).toBe(true);

    // Taken off the break-glass list while it is on: that administrator's password sessions end too.
    await t.ok(SSO_SETTINGS, { i: { breakGlassAdminIds: [] } }, asAdmin());
    expect(codeOf(await t.gql(VIEWER, {}, { token: bo.token }))).toBe('UNAUTHENTICATED');
    expect(await signedIn({ cookie: sam })).toBe(true);
  });

  it("keeps a provider sign-in that took Roster's second step as a provider sign-in", async () => {
    const first = (await new TestBrowser(t).signIn(providerId, 'tia', 'idp-password')).cookie!;
    const { secret } = (await t.ok(START, {}, { cookie: first })).startTotpEnrolment;
    const step = Math.floor(Date.now() / 30_000);
    await t.ok(CONFIRM, { code: await totpCode(secret, new Date(step * 30_000 + 1000)) }, { cookie: first });
    // Signing in again: the provider did no MFA, so Roster asks for the code.
    const pending = (await new TestBrowser(t).signIn(providerId, 'tia', 'idp-password')).cookie!;
    const done = (await t.ok(VERIFY, { code: await totpCode(secret, new Date((step + 1) * 30_000 + 1000)) }, { cookie: pending }))
      .verifySecondFactor;
    expect(done.secondFactorRequired).toBe(false);
    await required(true);
    expect((await t.ok(VIEWER, {}, { token: done.token! })).viewer.email).toBe('tia@corp.example');
  });

  it('lets no temporary password give a session', async () => {
    const tom = await t.createAgent({ email: 'tom@corp.example', name: 'Tom' });
    await required(true);
    const { temporaryPassword } = (await t.ok(TEMPORARY, { id: tom.id }, asAdmin())).setTemporaryPassword;
    expect(codeOf(await t.gql(LOGIN, { e: 'tom@corp.example', p: temporaryPassword }))).toBe('SSO_REQUIRED');
  });
});
