// The CRM pane: an agent creates a user, finds it by search, adds an email (another user's address is
// refused next to the field) and makes it primary, sets the organization by creating a new one, edits
// the summary, adds a note and sees it all in the change log; the pane at 390 px; an agent without
// people.view is kept out. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn, signInByApi } from './support/pages';
import { checkScreen } from './support/screens';
import type { Page } from '@playwright/test';

const CREATE_USER = `mutation CreateUserForSpec($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const CREATE_USERGROUP = `mutation CreateUsergroupForSpec($name: String!) { createUsergroup(name: $name) { id name } }`;
const CREATE_AGENT = `
  mutation CreateCrmAgentForSpec($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email } } }
`;

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await signIn(page, email, password);
  await expect(page).toHaveURL(path('/'));
}

test('CRM pane: create, search, emails, organization, summary, note and the change log', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const other = await gqlOk(
    baseURL!,
    CREATE_USER,
    { input: { name: `Otto Other ${suffix}`, emails: [`otto.${suffix}@example.com`] } },
    token,
  );
  const name = `Carla Crm ${suffix}`;
  const organization = `Acme ${suffix}`;

  await signInAs(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL(path('/crm'));
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await checkScreen(page, 'crm-list');

  // New user.
  await page.getByRole('link', { name: 'New user' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Name is required/);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Email' }).fill(`carla.${suffix}@example.com`);
  await checkScreen(page, 'crm-new-user');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page).toHaveURL(/\/crm\/users\/\d+$/);
  const recordUrl = new URL(page.url()).pathname;

  // Find it by search: the list narrows to it, and the link opens the record.
  await page.goto('/crm');
  await page.getByRole('searchbox', { name: 'Search' }).fill(`carla.${suffix}`);
  const list = page.getByRole('navigation', { name: 'Users' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('status')).toHaveText('1 user');
  await list.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(path(recordUrl));

  // Emails: another user's address is refused next to the field and stays in the box.
  const addBox = page.getByRole('textbox', { name: 'Add an email' });
  await addBox.fill(`otto.${suffix}@example.com`);
  await page.getByRole('button', { name: 'Add email' }).click();
  await expect(addBox).toHaveAccessibleDescription(new RegExp(`already belongs to user ${other.createUser.id}`));
  await expect(addBox).toHaveValue(`otto.${suffix}@example.com`);
  await checkScreen(page, 'crm-email-error');
  await addBox.fill(`carla.work.${suffix}@example.com`);
  await page.getByRole('button', { name: 'Add email' }).click();
  await expect(addBox).toHaveValue('');
  await page.getByRole('button', { name: `Make primary (carla.work.${suffix}@example.com)` }).click();
  const emails = page.locator('.crm-emails li');
  await expect(emails.first()).toContainText(`carla.work.${suffix}@example.com`);
  await expect(emails.first()).toContainText('Primary');
  await expect(page.locator('.crm-record-email')).toHaveText(`carla.work.${suffix}@example.com`);

  // Organization: created on the spot and set.
  await page.getByRole('button', { name: 'Change organization' }).click();
  await page.getByRole('searchbox', { name: 'Find or create an organization' }).fill(organization);
  await page.getByRole('button', { name: `Create “${organization}”` }).click();
  await expect(page.getByTestId('crm-organization')).toHaveText(organization);

  // Summary: inline edit; one over the limit keeps the text and says why.
  await page.getByRole('button', { name: 'Edit summary' }).click();
  const summaryBox = page.getByRole('textbox', { name: 'Summary' });
  await summaryBox.fill('x'.repeat(10_001));
  await page.getByRole('button', { name: 'Save summary' }).click();
  await expect(summaryBox).toHaveAccessibleDescription(/^Summary /);
  await expect(summaryBox).toHaveValue('x'.repeat(10_001));
  await summaryBox.fill('Prefers email. Renewal in March.');
  await page.getByRole('button', { name: 'Save summary' }).click();
  await expect(page.getByText('Prefers email. Renewal in March.')).toBeVisible();

  // Note.
  await page.getByRole('textbox', { name: 'New note' }).fill('Called about the invoice.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.locator('.crm-notes li').first()).toContainText('Called about the invoice.');
  await checkScreen(page, 'crm-record');

  // The organization filter finds the user.
  await page.goto('/crm');
  await page.getByRole('combobox', { name: 'Organization' }).fill(organization);
  await page.getByRole('option', { name: organization }).click();
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link')).toContainText(name);

  // Change log.
  await page.goto(recordUrl);
  await page.getByRole('tab', { name: 'Change log' }).click();
  const log = page.getByRole('table');
  await expect(log).toContainText('Primary email');
  await expect(log).toContainText(organization);
  await expect(log).toContainText('Prefers email. Renewal in March.');
  await checkScreen(page, 'crm-change-log');
});

test('CRM pane at 390 px: the list, then the record with a way back', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const group = await gqlOk(baseURL!, CREATE_USERGROUP, { name: `VIP ${suffix}` }, token);
  const user = await gqlOk(
    baseURL!,
    CREATE_USER,
    { input: { name: `Nina Narrow ${suffix}`, emails: [`nina.${suffix}@example.com`], usergroupIds: [group.createUsergroup.id] } },
    token,
  );
  await page.setViewportSize({ width: 390, height: 800 });
  await signInByApi(page, admin);
  await page.goto('/crm');
  // The list comes first; the filters open above it. The usergroup filter alone finds her.
  await page.getByRole('button', { name: 'Show filters' }).click();
  await page.getByRole('combobox', { name: 'Usergroup' }).selectOption({ label: `VIP ${suffix}` });
  const list = page.getByRole('navigation', { name: 'Users' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await list.getByRole('link', { name: new RegExp(`Nina Narrow ${suffix}`) }).click();
  await expect(page).toHaveURL(path(`/crm/users/${user.createUser.id}`));
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await checkScreen(page, 'crm-record-390');
  await page.getByRole('link', { name: /Back to the list/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  // The list was hidden while the record was open: its user shows again.
  await expect(list.getByRole('link', { name: new RegExp(`Nina Narrow ${suffix}`) })).toBeVisible();
  await checkScreen(page, 'crm-list-390');
});

test('CRM pane: an agent without people.view is kept out', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const email = `nopeople.${randomSuffix()}@example.com`;
  const password = 'No-People-Password-0f-Decent-Length!';
  await gqlOk(
    baseURL!,
    CREATE_AGENT,
    { input: { email, name: 'Noel NoPeople', password, permissionGroupIds: [], forcePasswordChange: false, sendWelcomeEmail: false } },
    token,
  );
  await signInAs(page, email, password);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.goto('/crm/users/1');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to users' })).toBeVisible();
  await checkScreen(page, 'crm-no-access');
});
