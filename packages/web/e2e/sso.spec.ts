// Single sign-on with a real OpenID Connect provider (oidc-provider 9 on a loopback port): an
// administrator adds it under Admin -> Single sign-on; a signed-out browser clicks "Sign in with
// <name>", signs in on the provider's own login page and comes back signed in to Roster (created
// just in time); a refused sign-in comes back to the sign-in page with the reason.
import { startOidcProvider, type OidcTestProvider } from '@roster/testkit';
import { expect, test } from './support/fixtures';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';
import { apiLogin, gqlOk, linkIn } from './support/graphql';

const CLIENT = { client_id: 'roster-e2e', client_secret: 'roster-e2e-secret' };
let idp: OidcTestProvider;

test.beforeAll(async ({ server }) => {
  idp = await startOidcProvider({
    clients: [{ ...CLIENT, redirect_uris: [`${server.baseUrl}/sso/oidc/callback`] }],
    accounts: {
      'pat.sso': { password: 'idp-password', claims: { email: 'pat.sso@corp.example', email_verified: true, name: 'Pat Single' } },
      'quinn.sso': { password: 'idp-password', claims: { email: 'quinn.sso@corp.example', email_verified: false, name: 'Quinn' } },
      'rae.sso': { password: 'idp-password', claims: { email: 'rae.sso@corp.example', email_verified: true, name: 'Rae Invited' } },
    },
  });
});
test.afterAll(async () => idp?.close());

test('an admin adds an OIDC provider; an agent signs in with it at the provider and comes back signed in', async ({
  page,
  admin,
  browser,
  baseURL,
}) => {
  // Two browsers, the provider's pages and an accessibility check of each screen: slow on a busy machine.
  test.setTimeout(180_000);
  await openSignedIn(page, admin, '/single-sign-on');
  await expect(page.getByRole('heading', { level: 1, name: 'Single sign-on' })).toBeVisible();
  await page.getByRole('button', { name: 'Add OIDC provider' }).click();
  await page.getByLabel('Button name').fill('Corp IdP');
  await page.getByLabel('Issuer URL').fill(idp.issuer);
  await page.getByLabel('Client ID').fill(CLIENT.client_id);
  await page.getByLabel('Client secret').fill(CLIENT.client_secret);
  await checkScreen(page, 'sso-provider-form');
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.getByTestId('toast')).toContainText('Added “Corp IdP”');
  await expect(page.getByRole('row').filter({ hasText: 'Corp IdP' })).toContainText(`${baseURL}/sso/oidc/callback`);
  await checkScreen(page, 'sso-providers');

  // A signed-out browser.
  const context = await browser.newContext({ baseURL });
  const agent = await context.newPage();
  await agent.goto('/sign-in');
  await checkScreen(agent, 'sign-in-sso');
  await agent.getByRole('link', { name: 'Sign in with Corp IdP' }).click();
  // The provider's own login page.
  await expect(agent.getByRole('heading', { name: 'Test identity provider: sign in' })).toBeVisible();
  expect(new URL(agent.url()).origin).toBe(idp.issuer);
  await agent.getByLabel('Username').fill('pat.sso');
  await agent.getByLabel('Password').fill('idp-password');
  await agent.getByRole('button', { name: 'Sign in' }).click();
  // Back in Roster, signed in as the agent created just in time.
  await expect(agent).toHaveURL(path('/'));
  await expect(agent.getByRole('banner')).toContainText('Pat Single');
  await checkScreen(agent, 'home-after-sso');

  // An unverified address is refused: the sign-in page says why.
  await agent.context().clearCookies();
  await agent.goto('/sign-in');
  await agent.getByRole('link', { name: 'Sign in with Corp IdP' }).click();
  await agent.getByLabel('Username').fill('quinn.sso');
  await agent.getByLabel('Password').fill('idp-password');
  await agent.getByRole('button', { name: 'Sign in' }).click();
  await expect(agent).toHaveURL(/\/sign-in\?sso_error=EMAIL_NOT_VERIFIED$/);
  await expect(agent.getByTestId('sso-error')).toContainText('has not verified your email address');
  await checkScreen(agent, 'sign-in-sso-refused');
  await context.close();
});

test('with SSO required, an invited person accepts by signing in with the provider, not with a password', async ({
  browser,
  baseURL,
  admin,
  mail,
}) => {
  test.setTimeout(180_000);
  const token = await apiLogin(baseURL!, admin);
  const gql = (query: string, variables: Record<string, unknown>) => gqlOk(baseURL!, query, variables, token);
  const provider = await gql(`mutation($i: SsoProviderInput!) { createSsoProvider(input: $i) { id } }`, {
    i: {
      protocol: 'OIDC',
      displayName: 'Corp Invites',
      oidc: { issuer: idp.issuer, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret },
    },
  });
  const me = await gql(`query { viewer { id } }`, {});
  await gql(`mutation($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }`, { i: { email: 'rae.sso@corp.example' } });
  const acceptUrl = linkIn((await mail.waitFor((m) => m.to.includes('rae.sso@corp.example'), 15_000)).text, '/accept-invitation');
  const settings = `mutation($i: SsoSettingsInput!) { updateSsoSettings(input: $i) { ssoRequired } }`;
  await gql(settings, { i: { ssoRequired: true, breakGlassAdminIds: [me.viewer.id] } });
  try {
    const context = await browser.newContext({ baseURL });
    const invited = await context.newPage();
    await invited.goto(acceptUrl);
    await expect(invited.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
    await expect(invited.getByRole('note')).toContainText('no Roster password is needed');
    await expect(invited.getByLabel('Password', { exact: true })).toHaveCount(0);
    await checkScreen(invited, 'accept-invitation-sso-required');
    await invited.getByRole('link', { name: 'Sign in with Corp Invites' }).click();
    await invited.getByLabel('Username').fill('rae.sso');
    await invited.getByLabel('Password').fill('idp-password');
    await invited.getByRole('button', { name: 'Sign in' }).click();
    await expect(invited).toHaveURL(path('/'));
    await expect(invited.getByRole('banner')).toContainText('Rae Invited');
    // The link has done its work.
    await invited.goto(acceptUrl);
    await expect(invited.getByRole('heading', { name: 'Invitation already used' })).toBeVisible();
    await context.close();
  } finally {
    await gql(settings, { i: { ssoRequired: false } });
    await gql(`mutation($id: ID!) { deleteSsoProvider(id: $id) }`, { id: provider.createSsoProvider.id });
  }
});
