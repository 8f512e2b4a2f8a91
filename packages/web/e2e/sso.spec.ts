// Single sign-on with a real OpenID Connect provider (oidc-provider 9 on a loopback port): an
// administrator adds it under Admin -> Single sign-on; a signed-out browser clicks "Sign in with
// <name>", signs in on the provider's own login page and comes back signed in to Roster (created
// just in time); a refused sign-in comes back to the sign-in page with the reason.
import { startOidcProvider, type OidcTestProvider } from '@roster/testkit';
import { expect, test } from './support/fixtures';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';

const CLIENT = { client_id: 'roster-e2e', client_secret: 'roster-e2e-secret' };
let idp: OidcTestProvider;

test.beforeAll(async ({ server }) => {
  idp = await startOidcProvider({
    clients: [{ ...CLIENT, redirect_uris: [`${server.baseUrl}/sso/oidc/callback`] }],
    accounts: {
      'pat.sso': { password: 'idp-password', claims: { email: 'pat.sso@corp.example', email_verified: true, name: 'Pat Single' } },
      'quinn.sso': { password: 'idp-password', claims: { email: 'quinn.sso@corp.example', email_verified: false, name: 'Quinn' } },
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
