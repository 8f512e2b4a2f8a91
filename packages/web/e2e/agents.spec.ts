// The agents screens as an admin uses them: the list, the new-agent form (client checks, a server
// field error next to its field, the one-time password), search and filters; a non-admin kept
// out of admin pages; the list and the menu on a phone-sized window.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_TEAM = `mutation CreateTeam($name: String!) { createTeam(name: $name) { id name } }`;
const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email } } }
`;

test('create an agent with teams and groups, then find it by search and filter', async ({ page, baseURL, admin }) => {
  // Seven screens checked with axe, two of them the long new-agent form: on a busy 2-core machine
  // that alone can take most of a minute.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const teams = [`Billing ${suffix}`, `Support ${suffix}`];
  for (const name of teams) await gqlOk(baseURL!, CREATE_TEAM, { name }, token);

  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agents' }).click();
  await expect(page).toHaveURL(path('/agents'));
  await expect(page.getByRole('heading', { level: 1, name: 'Agents' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toBeVisible();
  await checkScreen(page, 'agents-list');

  // "New agent" opens the form; the menu next to it also offers Bulk add.
  await page.getByRole('button', { name: 'More ways to add agents' }).click();
  await expect(page.getByRole('menuitem', { name: 'Bulk add agents' })).toBeVisible();
  await checkScreen(page, 'agents-new-menu');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'New agent', exact: true }).click();
  await expect(page).toHaveURL(path('/agents/new'));
  await expect(page.getByRole('heading', { level: 1, name: 'New agent' })).toBeVisible();
  await checkScreen(page, 'agent-new');

  // Required fields are checked before anything is sent.
  await page.getByRole('button', { name: 'Create agent' }).click();
  await expect(page.getByText('Email is required')).toBeVisible();
  await expect(page.getByText('Name is required')).toBeVisible();

  // The API's field error lands next to its field.
  const email = `nora-${suffix}@example.com`;
  await page.getByLabel('Email', { exact: true }).fill(admin.email);
  await page.getByLabel('Name', { exact: true }).fill(`Nora New ${suffix}`);
  await page.getByRole('button', { name: 'Create agent' }).click();
  const emailError = page.locator('.field-error', { hasText: /^Email / });
  await expect(emailError).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'agent-new-server-error');

  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Alias').fill(`Zed${suffix}`);
  await page.getByRole('combobox', { name: 'Time zone' }).fill('lisbon');
  await page.getByRole('option', { name: /^Europe\/Lisbon \(UTC/ }).click();
  const groups = page.getByRole('group', { name: 'Permission groups' });
  await expect(groups).toContainText(/1 of \d+ selected/);
  await groups.getByLabel('All Non-Destructive Permissions').check();
  await expect(groups).toContainText(/2 of \d+ selected/);
  const teamBox = page.getByRole('group', { name: 'Teams' });
  await teamBox.getByRole('button', { name: 'Select all' }).click();
  // Other specs on the same server add teams too: every team listed is selected.
  await expect(teamBox).toContainText(/(\d+) of \1 selected/);
  await teamBox.getByLabel('Show only selected').check();
  await expect(teamBox.getByRole('checkbox', { name: teams[0] })).toBeVisible();
  await page.getByRole('switch', { name: 'Send welcome email' }).click();
  await page.getByRole('button', { name: 'Create agent' }).click();

  await expect(page.getByRole('heading', { name: `Nora New ${suffix} was added` })).toBeVisible();
  await expect(page.getByTestId('temporary-password')).not.toBeEmpty();
  await expect(page.getByRole('link', { name: `Open Nora New ${suffix}` })).toHaveAttribute('href', /^\/agents\/\d+$/);
  await checkScreen(page, 'agent-created');

  // Search by alias prefix finds the new agent, with its teams and groups.
  await page.getByRole('link', { name: 'Back to the agents list' }).click();
  await page.getByLabel('Search').fill(`zed${suffix}`);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === `zed${suffix}`);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toBeVisible();
  await expect(row).toContainText(teams[0]);
  await expect(row).toContainText('All Non-Destructive Permissions');
  await expect(page.locator('tbody tr.agent-row')).toHaveCount(1);
  await checkScreen(page, 'agents-search');

  // A team filter with a search nobody matches: the empty state offers to clear the filters.
  await page.getByLabel('Team', { exact: true }).selectOption({ label: teams[1] });
  await page.getByLabel('Search').fill(`nobody-${suffix}`);
  await expect(page.getByText('No agents match these filters.')).toBeVisible();
  await checkScreen(page, 'agents-no-match');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('Search')).toHaveValue('');
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toBeVisible();

  // Selecting rows counts them (bulk actions come later); a row opens the agent.
  await page.getByRole('checkbox', { name: `Select Nora New ${suffix}` }).check();
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.getByRole('row').filter({ hasText: email }).getByRole('cell').nth(1).click();
  await expect(page).toHaveURL(/\/agents\/\d+$/);
});

test('a non-admin sees no admin entries and is told why an admin page is closed', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const agent = { email: `plain-${randomSuffix()}@example.com`, password: `plain-Agent-Password-${randomSuffix()}` };
  await gqlOk(
    baseURL!,
    CREATE_AGENT,
    { input: { ...agent, name: 'Pat Plain', sendWelcomeEmail: false, forcePasswordChange: false } },
    token,
  );

  await page.goto('/sign-in');
  await signIn(page, agent.email, agent.password);
  await expect(page).toHaveURL(path('/'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Agents' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Teams' })).toHaveCount(0);
  await expect(nav.getByText('Administration')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Agents' }).click();
  await expect(page.getByRole('row').filter({ hasText: agent.email })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New agent', exact: true })).toHaveCount(0);

  for (const adminPath of ['/teams', '/agents/new']) {
    await page.goto(adminPath);
    await expect(page.getByRole('heading', { level: 1, name: 'You need administrator access' })).toBeVisible();
    await expect(page.getByText('Page not found')).toHaveCount(0);
  }
  await checkScreen(page, 'admin-only');
});

test('on a 390 px window the list fits and the menu folds', async ({ page, admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  await page.goto('/agents');
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await checkScreen(page, 'agents-list-narrow');

  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav.getByRole('link', { name: 'Permission groups' })).toBeVisible();
  await checkScreen(page, 'menu-narrow');
  await nav.getByRole('link', { name: 'Teams' }).click();
  await expect(page).toHaveURL(path('/teams'));
  await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();

  await page.goto('/agents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New agent' })).toBeVisible();
  await checkScreen(page, 'agent-new-narrow');
});
