// An administrator makes a SCIM provisioning token on the API tokens page; the identity provider's
// first request with it (discovery, then a user lookup) is answered as SCIM.
import { expect, test } from './support/fixtures';
import { randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';

test('a token with the SCIM provisioning scope answers /scim/v2', async ({ page, admin, baseURL }) => {
  await openSignedIn(page, admin, '/api-tokens');
  const scim = page.getByRole('checkbox', { name: /SCIM provisioning/ });
  await expect(scim).toBeVisible();
  await page.getByRole('checkbox', { name: /Read agents/ }).uncheck();
  await scim.check();
  const name = `Okta ${randomSuffix()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('scim');
  await checkScreen(page, 'api-tokens-scim');

  const headers = { authorization: `Bearer ${token}` };
  const config = await fetch(`${baseURL}/scim/v2/ServiceProviderConfig`, { headers });
  expect(config.status).toBe(200);
  expect(config.headers.get('content-type')).toContain('application/scim+json');
  const found = await fetch(`${baseURL}/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${admin.email}"`)}`, { headers });
  expect((await found.json()).totalResults).toBe(1);
  // Without the token the path is SCIM's (401), not the SPA's page.
  expect((await fetch(`${baseURL}/scim/v2/Users`)).status).toBe(401);
});
