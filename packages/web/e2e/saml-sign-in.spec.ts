// SAML single sign-on in the browser (issue 21): a local IdP with a login page (started by the
// spec) answers Roster's AuthnRequest; its signed SAMLResponse, posted by the browser to the ACS,
// signs a new agent in (just-in-time) and the browser lands in the SPA signed in.
import { startSamlIdp, type SamlIdpServer } from '@roster/testkit';
import { expect, test } from './support/fixtures';
import { apiLogin, gqlInPage, gqlOk, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';

let idp: SamlIdpServer;
test.beforeAll(async () => {
  idp = await startSamlIdp();
});
test.afterAll(() => idp.close());

test('an agent signs in through a SAML IdP and comes back signed in', async ({ page, admin, baseURL }) => {
  const token = await apiLogin(baseURL!, admin);
  const meta = (
    await gqlOk(
      baseURL!,
      'mutation E2eReadSamlMetadata($xml: String) { readSamlMetadata(xml: $xml) { idpEntityId ssoUrl idpCertificates nameIdFormat } }',
      { xml: idp.metadata() },
      token,
    )
  ).readSamlMetadata;
  const provider = (
    await gqlOk(
      baseURL!,
      'mutation E2eCreateSamlProvider($input: SsoProviderInput!) { createSsoProvider(input: $input) { id } }',
      { input: { protocol: 'SAML', displayName: `Test IdP ${randomSuffix()}`, emailClaim: 'email', nameClaim: 'name', saml: meta } },
      token,
    )
  ).createSsoProvider;

  const email = `saml-${randomSuffix()}@example.com`;
  await page.goto(`/sso/${provider.id}/start?returnTo=/`);
  await expect(page.getByRole('heading', { name: 'Test IdP sign-in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Sign in at the IdP' }).click();

  await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/sign-in'));
  const viewer = await gqlInPage(page, 'query E2eSamlViewer { viewer { email name } }');
  expect(viewer.data?.viewer).toEqual({ email, name: `IdP ${email.split('@')[0]}` });
  await checkScreen(page, 'saml-signed-in');
});
