// SAML single sign-on in the browser (issue 21): an administrator adds a SAML provider on the
// Single sign-on page from the IdP's metadata; a signed-out browser clicks "Sign in with <name>",
// signs in on a local IdP's login page (started by the spec), whose signed SAMLResponse the
// browser posts to the ACS, and comes back signed in as an agent created just in time.
import { startSamlIdp, type SamlIdpServer } from '@roster/testkit';
import { expect, test } from './support/fixtures';
import { openSignedIn } from './support/admin-pages';
import { path } from './support/pages';
import { checkScreen } from './support/screens';

let idp: SamlIdpServer;
test.beforeAll(async () => {
  idp = await startSamlIdp();
});
test.afterAll(() => idp?.close());

test('an admin adds a SAML provider from metadata; an agent signs in at the IdP and comes back signed in', async ({
  page,
  admin,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await openSignedIn(page, admin, '/single-sign-on');
  await page.getByRole('button', { name: 'Add SAML provider' }).click();
  await page.getByLabel('Button name').fill('Corp SAML');
  await page.getByLabel('IdP metadata XML').fill(idp.metadata());
  await page.getByRole('button', { name: 'Read metadata' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Metadata read' })).toBeVisible();
  await expect(page.getByLabel('Single sign-on URL')).toHaveValue(idp.ssoUrl);
  await checkScreen(page, 'sso-saml-provider-form');
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Added “Corp SAML”' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Corp SAML' })).toContainText('/sso/saml/');

  // A signed-out browser.
  const context = await browser.newContext({ baseURL });
  const agent = await context.newPage();
  await agent.goto('/sign-in');
  await agent.getByRole('link', { name: 'Sign in with Corp SAML' }).click();
  await expect(agent.getByRole('heading', { name: 'Test IdP sign-in' })).toBeVisible();
  await agent.getByLabel('Email').fill('sam.saml@corp.example');
  await agent.getByRole('button', { name: 'Sign in at the IdP' }).click();
  // Back in Roster through the ACS, signed in as the agent created just in time.
  await expect(agent).toHaveURL(path('/'));
  await expect(agent.getByRole('banner')).toContainText('IdP sam.saml');
  await checkScreen(agent, 'home-after-saml');
  await context.close();
});
