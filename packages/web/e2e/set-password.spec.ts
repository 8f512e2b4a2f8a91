// An admin imports agents from a CSV; the welcome email arrives over SMTP with a link to choose
// a password, and the imported agent ends up signed in. The link then no longer works.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlInPage, gqlOk, linkIn, randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';

const IMPORT = `mutation($csv: String!) { importAgentsCsv(csv: $csv, dryRun: false) { id status } }`;

test('CSV import, welcome email, set-password page, agent signed in', async ({ page, baseURL, admin, mail }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `imported-${randomSuffix()}@example.com`;
  const csv = `Email,Name,Permission Groups\n${email},Iris Imported,1\n`;
  const { importAgentsCsv } = await gqlOk(baseURL!, IMPORT, { csv }, adminToken);
  expect(importAgentsCsv.status).toBe('QUEUED');

  const message = await mail.waitFor((m) => m.to.includes(email), 20_000);
  const url = linkIn(message.text, '/set-password');
  expect(new URL(url).searchParams.get('token'), 'the link carries a token').toBeTruthy();

  await page.goto(url);
  await expect(page).toHaveURL(path('/set-password'));
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await checkScreen(page, 'set-password');
  const password = `imported-Passphrase-${randomSuffix()}`;
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(path('/'));
  const viewer = await gqlInPage(page, '{ viewer { email name } }');
  expect(viewer.data?.viewer).toEqual({ email, name: 'Iris Imported' });

  await page.goto(url);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('heading', { name: 'Password link not valid' })).toBeVisible();
});
