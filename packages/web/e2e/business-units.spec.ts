// Issue 24 items 3 and 4: an admin creates a business unit on its page, picks it on an agent's
// profile, filters the agents list by it and deletes it (the confirmation counts the agents who
// lose it); a CRM user's mailing address opens a card with a map link (hover and keyboard) to an
// OpenStreetMap search in a new tab. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen, checkScreenSizes } from './support/screens';
import { openTab, saveAgent, signInWithSetup } from './support/agent-page';

const CREATE_USER = `mutation CreateMapUser($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const SET_ADDRESS = `mutation SetMapAddress($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;

test('business units: create, pick on an agent, filter the list, delete with a count', async ({ page, baseURL, admin }) => {
  test.setTimeout(120_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const tag = `Bu${randomSuffix()}`;
  const agent = await setup.agent(`${tag} Member`);
  await setup.agent(`${tag} Other`);
  const unitName = `Unit ${tag}`;

  // The admin navigation leads to the page, next to Teams and Departments.
  await page.getByRole('link', { name: 'Business units' }).click();
  await expect(page).toHaveURL(path('/business-units'));
  await expect(page.getByRole('heading', { level: 1, name: 'Business units' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Business unit name' }).fill(unitName);
  await page.getByRole('button', { name: 'Create business unit' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unitName }) });
  await expect(row).toContainText('0 agents');
  await checkScreenSizes(page, 'business-units');

  // The agent's profile picks it from the list.
  await page.goto(`/agents/${agent.id}`);
  await openTab(page, 'Profile');
  const select = page.getByRole('combobox', { name: 'Business unit' });
  await select.selectOption({ label: unitName });
  await checkScreen(page, 'business-units-agent-profile');
  await saveAgent(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Business unit' })).toHaveValue(/\d+/);
  const unitId = await page.getByRole('combobox', { name: 'Business unit' }).inputValue();

  // The agents list filters by it: only the member is listed, and the address keeps the filter.
  await page.goto('/agents');
  await page.getByLabel('Business unit', { exact: true }).selectOption({ label: unitName });
  await expect(page).toHaveURL((url) => url.searchParams.get('unit') === unitId);
  const rows = page.locator('tbody tr.agent-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${tag} Member`);
  await checkScreen(page, 'business-units-agents-filter');

  // Delete: the confirmation says how many agents lose it; afterwards the agent has none.
  await page.goto('/business-units');
  await expect(row).toContainText('1 agent');
  await row.getByRole('button', { name: `Delete ${unitName}` }).click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await expect(dialog).toContainText(`1 agent loses the business unit ${unitName}.`);
  await checkScreen(page, 'business-units-delete-confirm');
  await dialog.getByRole('button', { name: 'Delete business unit' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Business unit ${unitName} deleted; 1 agent no longer has it.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.goto(`/agents/${agent.id}`);
  await openTab(page, 'Profile');
  await expect(page.getByRole('combobox', { name: 'Business unit' })).toHaveValue('');
});

test("a CRM user's mailing address opens a card with an OpenStreetMap link", async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const tag = randomSuffix();
  const address = '10 Downing Street\nLondon SW1A 2AA';
  const user = (await gqlOk(baseURL!, CREATE_USER, { input: { name: `Mara Map ${tag}`, emails: [`mara.${tag}@example.com`] } }, token))
    .createUser;
  await gqlOk(baseURL!, SET_ADDRESS, { id: user.id, input: { address } }, token);
  await signInWithSetup(page, baseURL!, admin);
  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByRole('heading', { level: 2, name: user.name })).toBeVisible();

  const trigger = page.getByRole('button', { name: `${address}: show on a map` });
  const href = `https://www.openstreetmap.org/search?query=${encodeURIComponent('10 Downing Street London SW1A 2AA')}`;
  // The mouse: hovering opens it.
  await trigger.hover();
  const link = page.getByRole('link', { name: 'Open in OpenStreetMap (opens in a new tab)' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await checkScreen(page, 'crm-address-map-card');
  await page.mouse.move(0, 0);
  await expect(link).toBeHidden();

  // The keyboard: Enter on the address opens it with the link focusable; Escape closes it and returns focus.
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();
  await expect(trigger).toBeFocused();

  // An administrator picks another provider on the admin home: http is refused by the field, https with {query} is kept.
  await page.goto('/admin');
  const setting = page.getByRole('textbox', { name: 'Map link for addresses' });
  await expect(setting).toHaveValue('https://www.openstreetmap.org/search?query={query}');
  await setting.fill('http://maps.example.com/?q={query}');
  await page.getByRole('button', { name: 'Save map link' }).click();
  await expect(setting).toHaveAccessibleDescription(/Map link for addresses must start with https:\/\//);
  await checkScreen(page, 'address-map-setting-error');
  await setting.fill('https://maps.example.com/?q={query}');
  await page.getByRole('button', { name: 'Save map link' }).click();
  await expect(page.getByRole('button', { name: 'Use OpenStreetMap' })).toBeVisible();
  await page.goto(`/crm/users/${user.id}`);
  await trigger.click();
  const custom = page.getByRole('link', { name: 'Open in maps.example.com (opens in a new tab)' });
  await expect(custom).toHaveAttribute('href', `https://maps.example.com/?q=${encodeURIComponent('10 Downing Street London SW1A 2AA')}`);
  // Back to the default for the specs that follow on this server.
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Use OpenStreetMap' }).click();
  await expect(page.getByRole('textbox', { name: 'Map link for addresses' })).toHaveValue(
    'https://www.openstreetmap.org/search?query={query}',
  );
});
