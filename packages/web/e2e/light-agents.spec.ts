// Light agents (issue 21): an admin picks "Light agent" on the new-agent form (no groups or admin
// access to choose), finds the Light badge and the type filter on the agents list and the light
// count on the license page; the light agent signs in, adds a note on a user and finds no control
// that edits the record. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { openSignedIn } from './support/admin-pages';
import { checkScreen } from './support/screens';

const CREATE_USER = `mutation CreateUserForLightAgents($input: CreateUserInput!) { createUser(input: $input) { id name } }`;

test('an admin makes a light agent, who signs in, adds a note on a user and finds no edit controls', async ({ page, admin, baseURL }) => {
  // Two sign-ins and five screens checked with axe: longer than the default on a busy machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const user = (await gqlOk(baseURL!, CREATE_USER, { input: { name: `Ula User ${suffix}`, emails: [`ula.${suffix}@example.com`] } }, token))
    .createUser as { id: string; name: string };
  const email = `lee.light.${suffix}@example.com`;
  const name = `Lee Light ${suffix}`;

  // The new-agent form: the type picker hides what a light agent cannot hold.
  await openSignedIn(page, admin, '/agents/new');
  await expect(page.getByRole('radio', { name: 'Full agent' })).toBeChecked();
  await page.getByRole('radio', { name: 'Light agent' }).check();
  await expect(page.getByRole('group', { name: 'Permission groups' })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Administrator access' })).toHaveCount(0);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('switch', { name: 'Send welcome email' }).click();
  await page.getByRole('switch', { name: 'Force password change' }).click();
  await checkScreen(page, 'light-agent-new');
  await page.getByRole('button', { name: 'Create agent' }).click();
  const password = (await page.getByTestId('temporary-password').textContent())!.trim();
  expect(password.length).toBeGreaterThan(8);

  // The agents list: the badge, and the type filter.
  await page.goto('/agents?type=LIGHT');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('LIGHT');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.locator('.badge-light')).toHaveText('Light');
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toHaveCount(0);
  await checkScreen(page, 'light-agent-list');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Light');
  await checkScreen(page, 'light-agent-page');

  // The license page counts light agents apart from the seats.
  await page.goto('/license');
  const light = page.getByTestId('light-agent-counts');
  await expect(light).toContainText('Unlimited');
  expect(Number(await light.locator('dd').first().textContent())).toBeGreaterThanOrEqual(1);
  await checkScreen(page, 'light-agent-license');
  await logOut(page);

  // The light agent signs in, reads the user and adds a note; nothing on the record edits it.
  await signIn(page, email, password);
  await expect(page).toHaveURL(path('/'));
  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByRole('heading', { name: user.name })).toBeVisible();
  await page.getByRole('textbox', { name: 'New note' }).fill('Light agent was here.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.locator('.crm-notes li').first()).toContainText('Light agent was here.');
  for (const control of [
    'Edit summary',
    'Edit contact information',
    'Edit properties',
    'Add email',
    'Change organization',
    'Merge',
    'Delete user',
  ]) {
    await expect(page.getByRole('button', { name: control }), control).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^(Edit|Delete|Merge|Upload)/ })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: /auto-responder/ })).toBeDisabled();
  await expect(page.getByRole('link', { name: 'New user' })).toHaveCount(0);
  await checkScreen(page, 'light-agent-crm-record');
});
