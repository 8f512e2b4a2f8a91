import type { OidcTestProvider } from '@roster/testkit';
import { graphql } from './gql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, startTestApp, TestApp } from './helpers/test-app';
import {
  CLIENT_ID as OIDC_CLIENT_ID,
  CLIENT_SECRET as OIDC_CLIENT_SECRET,
  createOidcProvider,
  startTestOidc,
  TestBrowser,
} from './helpers/oidc-fixtures';
import type { AgentType, SsoProtocol } from './gql/graphql';

// OIDC single sign-on against a real provider (oidc-provider 9 in a child process on a loopback
// port), driven like a browser: Roster's start URL, the provider's login form, Roster's callback.

const VIEWER = graphql(`
  query SsoOidcViewer {
    viewer {
      id
      email
      name
      type
      mustEnrolSecondFactor
      teams {
        name
      }
      permissionGroups {
        id
      }
    }
  }
`);
// What a session that may only enrol can read.
const STAGE = graphql(`
  query SsoOidcStage {
    viewer {
      id
      mustEnrolSecondFactor
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation SsoOidcCreateTeam($name: String!) {
    createTeam(name: $name) {
      id
    }
  }
`);
const UPDATE_AGENT = graphql(`
  mutation SsoOidcUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
    updateAgent(id: $id, input: $i) {
      id
    }
  }
`);
const AUDIT = graphql(`
  query SsoOidcAudit {
    auditLog(filter: { action: "auth.sign_in" }, first: 5) {
      edges {
        node {
          outcome
          details
        }
      }
    }
  }
`);
const SSO_SETTINGS = graphql(`
  mutation SsoOidcSettings($i: SsoSettingsInput!) {
    updateSsoSettings(input: $i) {
      ssoRequired
      breakGlassAdmins {
        email
      }
    }
  }
`);
const SECURITY = graphql(`
  mutation SsoOidcSecurity($i: SecuritySettingsInput!) {
    updateSecuritySettings(input: $i) {
      twoStepSignInRequired
    }
  }
`);
const LOGIN = graphql(`
  mutation SsoOidcLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);
const RESET = graphql(`
  mutation SsoOidcReset($e: String!) {
    requestPasswordReset(email: $e)
  }
`);
const LICENSE = graphql(`
  query SsoOidcLicense {
    license {
      available
    }
  }
`);
const CREATE_LIGHT_PROVIDER = graphql(`
  mutation SsoOidcCreateLightProvider($i: SsoProviderInput!) {
    createSsoProvider(input: $i) {
      id
      defaultAgentType
    }
  }
`);
const BULK_INVITE = graphql(`
  mutation SsoOidcBulkInvite($emails: [String!]!) {
    bulkInviteAgents(emails: $emails) {
      invited {
        id
      }
    }
  }
`);

const account = (email: string, extra: Record<string, unknown> = {}, amr?: string[]) => ({
  password: 'idp-password',
  claims: { email, email_verified: true, name: `Person ${email.split('@')[0]}`, ...extra },
  ...(amr ? { amr } : {}),
});

const ACCOUNTS = {
  ann: account('ann@corp.example', { groups: ['support-tier-1', 'unmapped'] }),
  bob: account('bob@corp.example'),
  carol: account('carol@corp.example'),
  'carol-again': account('carol@corp.example'),
  dave: account('dave@corp.example', { email_verified: false }),
  erin: account('erin@corp.example'),
  frank: account('frank@corp.example'),
  gina: account('gina@corp.example', {}, ['pwd', 'mfa']),
  hal: account('hal@corp.example'),
  ivy: account('ivy@corp.example'),
  jay: account('jay@corp.example'),
  kim: account('kim@corp.example'),
  zed: account('zed@corp.example'),
};

describe('OIDC single sign-on', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let providerId: string;
  let tierOne: string;
  let everyone: string;
  const asAdmin = { token: '' };
  const signIn = (login: string, opts?: Parameters<TestBrowser['signIn']>[3]) =>
    new TestBrowser(t).signIn(providerId, login, 'idp-password', opts);
  const viewer = (cookie: string) => t.gql(VIEWER, {}, { cookie });
  const mustEnrol = async (cookie: string) => (await t.ok(STAGE, {}, { cookie })).viewer.mustEnrolSecondFactor;
  const lastSignInEvent = async () => {
    const d = await t.ok(AUDIT, {}, asAdmin);
    const e = d.auditLog.edges[0].node;
    return { outcome: e.outcome, ...JSON.parse(e.details ?? '{}') };
  };

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '20' });
    asAdmin.token = t.adminToken;
    idp = await startTestOidc(t, ACCOUNTS);
    tierOne = (await t.ok(CREATE_TEAM, { name: 'Support Tier 1' }, asAdmin)).createTeam.id;
    everyone = (await t.ok(CREATE_TEAM, { name: 'Everyone' }, asAdmin)).createTeam.id;
    providerId = await createOidcProvider(t, idp.issuer, {
      displayName: 'Corp IdP',
      defaultTeamIds: [everyone],
      defaultPermissionGroupIds: ['2'],
      groupTeamMappings: [{ group: 'Support-Tier-1', teamId: tierOne }],
    });
  }, 60_000);
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  it('creates an unknown person just in time, with default groups and teams and the groups claim mapped to teams', async () => {
    const run = await signIn('ann');
    expect(run.location).toBe('/');
    const d = (await viewer(run.cookie!)).data!;
    expect(d.viewer).toMatchObject({ email: 'ann@corp.example', name: 'Person ann', mustEnrolSecondFactor: false });
    expect(d.viewer.teams.map((x) => x.name).sort()).toEqual(['Everyone', 'Support Tier 1']);
    expect(d.viewer.permissionGroups.map((g) => g.id)).toEqual(['2']);
    expect(await lastSignInEvent()).toMatchObject({ outcome: 'SUCCESS', method: 'SSO', protocol: 'OIDC', provider: Number(providerId) });
    // Signing in again finds the same agent by the provider's subject.
    const again = await signIn('ann');
    expect((await viewer(again.cookie!)).data!.viewer.id).toBe(d.viewer.id);
  });

  it('matches a known agent by verified email once, then by subject even after the email changed', async () => {
    const bob = await t.createAgent({ email: 'bob@corp.example', name: 'Bob Known' });
    const first = await signIn('bob');
    expect((await viewer(first.cookie!)).data!.viewer).toMatchObject({ id: bob.id, name: 'Bob Known' });
    await t.ok(UPDATE_AGENT, { id: bob.id, i: { email: 'robert@corp.example' } }, asAdmin);
    const second = await signIn('bob');
    expect((await viewer(second.cookie!)).data!.viewer).toMatchObject({ id: bob.id, email: 'robert@corp.example' });
  });

  it('does not let a second subject with the same email take over a linked agent', async () => {
    const carol = await t.createAgent({ email: 'carol@corp.example', name: 'Carol' });
    expect((await viewer((await signIn('carol')).cookie!)).data!.viewer.id).toBe(carol.id);
    const other = await signIn('carol-again');
    expect(other).toMatchObject({ location: '/sign-in?sso_error=ACCOUNT_CONFLICT', cookie: null });
  });

  it('refuses an unverified email and creates no agent', async () => {
    const run = await signIn('dave');
    expect(run).toMatchObject({ location: '/sign-in?sso_error=EMAIL_NOT_VERIFIED', cookie: null });
    expect(await lastSignInEvent()).toMatchObject({
      outcome: 'REFUSED',
      method: 'SSO',
      reason: 'EMAIL_NOT_VERIFIED',
      email: 'dave@corp.example',
    });
  });

  it('refuses a disabled agent', async () => {
    const erin = await t.createAgent({ email: 'erin@corp.example', name: 'Erin' });
    await t.ok(UPDATE_AGENT, { id: erin.id, i: { status: 'DISABLED' } }, asAdmin);
    expect((await signIn('erin')).location).toBe('/sign-in?sso_error=AGENT_DISABLED');
    expect(await lastSignInEvent()).toMatchObject({ outcome: 'REFUSED', reason: 'AGENT_DISABLED' });
  });

  it('refuses an answer whose state is not the one this browser started', async () => {
    expect((await signIn('frank')).location).toBe('/');
    const browser = new TestBrowser(t);
    const mismatch = await browser.signIn(providerId, 'frank', 'idp-password', {
      beforeCallback: () => browser.setCookie(new URL(t.url).host, 'roster_sso_state', 'another-browsers-state'),
    });
    expect(mismatch).toMatchObject({ location: '/sign-in?sso_error=INVALID_STATE', cookie: null });
  });

  it('refuses a replayed state', async () => {
    const browser = new TestBrowser(t);
    let state = '';
    const run = await browser.signIn(providerId, 'frank', 'idp-password', {
      beforeCallback: () => void (state = browser.cookie(new URL(t.url).host, 'roster_sso_state')!),
    });
    expect(run.location).toBe('/');
    // The same answer again, with the state cookie put back: the stored state was taken once.
    const replay = new TestBrowser(t);
    replay.setCookie(new URL(t.url).host, 'roster_sso_state', state);
    expect(await replay.callback(run.callback!)).toMatchObject({ location: '/sign-in?sso_error=INVALID_STATE', cookie: null });
  });

  it('refuses an ID token whose nonce is not the one Roster sent', async () => {
    const run = await signIn('frank', { tamper: (url) => url.searchParams.set('nonce', 'a-nonce-roster-never-sent') });
    expect(run).toMatchObject({ location: '/sign-in?sso_error=INVALID_STATE', cookie: null });
    expect(await lastSignInEvent()).toMatchObject({ outcome: 'FAILURE', reason: 'INVALID_STATE' });
  });

  it('skips the second step only as the provider setting says', async () => {
    await t.ok(SECURITY, { i: { twoStepSignInRequired: 'EVERYONE' } }, asAdmin);
    try {
      // NEVER: an agent without a second factor may only enrol.
      const never = await signIn('hal');
      expect(await mustEnrol(never.cookie!)).toBe(true);
      const trusting = await createOidcProvider(t, idp.issuer, { displayName: 'MFA IdP', trustProviderMfa: 'WHEN_PROVIDER_DID_MFA' });
      const sso = (login: string) => new TestBrowser(t).signIn(trusting, login, 'idp-password');
      // The provider did MFA (amr mfa): Roster's step is skipped.
      expect(await mustEnrol((await sso('gina')).cookie!)).toBe(false);
      // It did not: Roster's step applies.
      expect(await mustEnrol((await sso('ivy')).cookie!)).toBe(true);
      const always = await createOidcProvider(t, idp.issuer, { displayName: 'Trusted IdP', trustProviderMfa: 'ALWAYS' });
      const trusted = await new TestBrowser(t).signIn(always, 'jay', 'idp-password');
      expect(await mustEnrol(trusted.cookie!)).toBe(false);
    } finally {
      await t.ok(SECURITY, { i: { twoStepSignInRequired: 'OFF' } }, asAdmin);
    }
  });

  it('SSO required refuses passwords and resets except for break-glass administrators', async () => {
    const kim = await t.createAgent({ email: 'kim.password@corp.example', name: 'Kim' });
    const admin = (await viewer(`roster_session=${t.adminToken}`)).data!.viewer;
    const on = await t.ok(SSO_SETTINGS, { i: { ssoRequired: true, breakGlassAdminIds: [admin.id] } }, asAdmin);
    expect(on.updateSsoSettings).toMatchObject({ ssoRequired: true, breakGlassAdmins: [{ email: ADMIN_EMAIL }] });
    try {
      expect(codeOf(await t.gql(LOGIN, { e: 'kim.password@corp.example', p: 'agent-password-1' }))).toBe('SSO_REQUIRED');
      expect(codeOf(await t.gql(RESET, { e: 'kim.password@corp.example' }))).toBe('SSO_REQUIRED');
      expect((await t.gql(LOGIN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD })).data?.login.token).toBeTruthy();
      // SSO itself still works.
      expect((await signIn('kim')).location).toBe('/');
      // Without the admin on the list, the admin's password is refused too.
      await t.ok(SSO_SETTINGS, { i: { breakGlassAdminIds: [] } }, asAdmin);
      expect(codeOf(await t.gql(LOGIN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD }))).toBe('SSO_REQUIRED');
    } finally {
      await t.ok(SSO_SETTINGS, { i: { ssoRequired: false } }, asAdmin);
    }
    expect((await t.gql(LOGIN, { e: 'kim.password@corp.example', p: 'agent-password-1' })).data?.login.token).toBeTruthy();
    expect(kim.id).toBeTruthy();
  });

  it('refuses a new agent when no seat is free, with a clear reason', async () => {
    const { available } = (await t.ok(LICENSE, {}, asAdmin)).license;
    const emails = Array.from({ length: available }, (_, i) => `seat${i}@corp.example`);
    if (emails.length) await t.ok(BULK_INVITE, { emails }, asAdmin);
    const run = await signIn('zed');
    expect(run).toMatchObject({ location: '/sign-in?sso_error=NO_SEAT', cookie: null });
    expect(await lastSignInEvent()).toMatchObject({ outcome: 'REFUSED', reason: 'NO_SEAT', email: 'zed@corp.example' });
  });

  it('creates light agents, who take no seat, when the provider says so; a light provider gives no permission groups', async () => {
    const refused = await t.gql(CREATE_LIGHT_PROVIDER, { i: { ...(await lightInput()), defaultPermissionGroupIds: ['2'] } }, asAdmin);
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject({ 'input.defaultPermissionGroupIds': expect.stringMatching(/light/) });
    const light = (await t.ok(CREATE_LIGHT_PROVIDER, { i: await lightInput() }, asAdmin)).createSsoProvider.id;
    // Every seat is taken (the test before): a light agent still gets in.
    expect((await t.ok(LICENSE, {}, asAdmin)).license.available).toBe(0);
    const run = await new TestBrowser(t).signIn(light, 'zed', 'idp-password');
    expect(run.location).toBe('/');
    const d = (await viewer(run.cookie!)).data!;
    expect(d.viewer).toMatchObject({ email: 'zed@corp.example', type: 'LIGHT', permissionGroups: [] });
    expect(d.viewer.teams.map((x) => x.name)).toEqual(['Everyone']);
    expect((await t.ok(LICENSE, {}, asAdmin)).license.available).toBe(0);
  });

  const lightInput = async () => ({
    protocol: 'OIDC' as SsoProtocol,
    displayName: 'Corp IdP (light agents)',
    groupsClaim: 'groups',
    defaultAgentType: 'LIGHT' as AgentType,
    defaultTeamIds: [everyone],
    oidc: { issuer: idp.issuer, clientId: OIDC_CLIENT_ID, clientSecret: OIDC_CLIENT_SECRET, scopes: 'openid email profile' },
  });
});
