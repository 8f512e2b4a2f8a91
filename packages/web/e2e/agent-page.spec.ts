// The agent page: an admin opens an agent, changes teams and groups (saved, and in the change
// log), copies settings from another agent, disables one with a confirmation, and meets the
// last-administrator rule. Every tab is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { gqlInPage } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { openTab, saveAgent, signInWithSetup } from './support/agent-page';

test('agent page: every tab, teams and groups saved and in the change log', async ({ page, baseURL, admin }) => {
  // Ten axe runs: on a busy 2-core machine they alone can take most of a minute.
  test.setTimeout(120_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const support = await setup.team('Support');
  const billing = await setup.team('Billing');
  await setup.department('Sales');
  const agent = await setup.agent('Tabitha Tabs', { permissionGroupIds: ['1'] });

  await page.goto(`/agents/${agent.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Tabitha Tabs/ })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Tabitha Tabs');
  await checkScreen(page, 'agent-profile');

  // Profile: a server field error appears next to its field.
  await page.getByLabel('Email (sign-in)').fill(admin.email);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Email (sign-in) is already used by another agent').first()).toBeVisible();
  await checkScreen(page, 'agent-profile-error');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByLabel('Alias (shown to end users)').fill('Tabby');
  await saveAgent(page);

  await openTab(page, 'Teams');
  await page.getByRole('checkbox', { name: support.name }).check();
  await saveAgent(page);
  await checkScreen(page, 'agent-teams');
  // An unsaved edit survives a look at another tab.
  await page.getByRole('checkbox', { name: billing.name }).check();
  await openTab(page, 'Profile');
  await openTab(page, 'Teams');
  await expect(page.getByRole('checkbox', { name: billing.name })).toBeChecked();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('checkbox', { name: billing.name })).not.toBeChecked();

  await openTab(page, 'Permission Groups');
  await page.getByRole('checkbox', { name: 'All Permissions' }).uncheck();
  await page.getByRole('checkbox', { name: 'All Non-Destructive Permissions' }).check();
  await saveAgent(page);
  await checkScreen(page, 'agent-groups');

  // Permissions: destructive ones are left out by group 2; a direct one adds to it.
  await openTab(page, 'Permissions');
  const summary = page.getByTestId('effective-summary');
  const before = await summary.textContent();
  const deleteRow = page
    .getByRole('row')
    .filter({ has: page.getByText('Destructive', { exact: true }) })
    .first();
  await expect(deleteRow).toContainText('Not granted');
  await deleteRow.getByRole('checkbox').check();
  await expect(deleteRow).toContainText('Granted');
  await expect(summary).not.toHaveText(before!);
  await checkScreen(page, 'agent-permissions');
  await page.getByRole('button', { name: 'Discard changes' }).click();

  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Agents' })).toHaveAttribute(
    'href',
    '/agents',
  );
  await openTab(page, 'Departments');
  await checkScreen(page, 'agent-departments');
  await openTab(page, 'Ticket Notifications');
  await expect(page.getByRole('switch', { name: 'Agent may edit their own ticket notifications' })).toBeChecked();
  await checkScreen(page, 'agent-ticket-notifications');
  await openTab(page, 'Other Notifications');
  await checkScreen(page, 'agent-other-notifications');

  // The change log names the teams and groups, newest first.
  await openTab(page, 'Change log');
  const log = page.getByRole('table');
  await expect(log.getByRole('row').nth(1)).toContainText('Permission groups');
  await expect(log.getByRole('row').nth(1)).toContainText(/All Permissions →.*All Non-Destructive Permissions/);
  await expect(log.getByRole('row').filter({ hasText: 'Teams' })).toContainText(support.name);
  await expect(log.getByRole('row').filter({ hasText: 'Alias' })).toContainText('Tabby');
  await checkScreen(page, 'agent-change-log');

  const saved = await setup.read(agent.id);
  expect(saved?.teams.map((t) => t.id)).toEqual([support.id]);
  expect(saved?.permissionGroups.map((g) => g.id)).toEqual(['2']);

  // A narrow window (390 px) keeps the page usable: tabs scroll sideways, tables scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await openTab(page, 'Permission Groups');
  await checkScreen(page, 'agent-narrow');

  // A wrong id says so.
  await page.goto('/agents/999999');
  await expect(page.getByRole('heading', { name: 'Agent not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to Agents' })).toHaveAttribute('href', '/agents');
  await checkScreen(page, 'agent-not-found');
});

test('copy settings from one agent to another', async ({ page, baseURL, admin }) => {
  const setup = await signInWithSetup(page, baseURL!, admin);
  const team = await setup.team('Escalations');
  const source = await setup.agent('Sofia Source', { permissionGroupIds: ['2'], teamIds: [team.id] });
  const target = await setup.agent('Theo Target', { permissionGroupIds: ['1'] });

  await page.goto(`/agents/${target.id}`);
  await page.getByRole('button', { name: 'Settings menu' }).click();
  await page.getByRole('menuitem', { name: 'Copy settings from another agent…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy settings to Theo Target' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search agents' }).fill('Sofia');
  await dialog.getByRole('radio', { name: /Sofia Source/ }).check();
  await dialog.getByRole('checkbox', { name: 'Permission groups' }).check();
  await dialog.getByRole('checkbox', { name: 'Teams' }).check();
  await checkScreen(page, 'agent-copy-settings');
  await dialog.getByRole('button', { name: 'Copy settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: 'copied from Sofia Source' })).toBeVisible();

  await openTab(page, 'Teams');
  await expect(page.getByRole('checkbox', { name: team.name })).toBeChecked();
  const copied = await setup.read(target.id);
  expect(copied?.teams.map((t) => t.id)).toEqual([team.id]);
  expect(copied?.permissionGroups.map((g) => g.id)).toEqual(['2']);
  expect((await setup.read(source.id))?.teams.map((t) => t.id)).toEqual([team.id]);
});

test('disable with confirmation; the last administrator stays', async ({ page, baseURL, admin }) => {
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Dora Disable');

  await page.goto(`/agents/${agent.id}`);
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Disable Dora Disable?' });
  await expect(confirm).toContainText('the agent keeps the seat');
  await checkScreen(page, 'agent-disable-confirm');
  await confirm.getByRole('button', { name: 'Disable agent' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Disabled');
  await expect(page.getByRole('button', { name: 'Enable', exact: true })).toBeVisible();
  expect((await setup.read(agent.id))?.status).toBe('DISABLED');

  // Deleting frees the seat at once; the page says so and goes back to the agents.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleting = page.getByRole('alertdialog', { name: 'Delete Dora Disable?' });
  await expect(deleting).toContainText('the seat is freed at once');
  await checkScreen(page, 'agent-delete-confirm');
  await deleting.getByRole('button', { name: 'Delete agent' }).click();
  await expect(page).toHaveURL(path('/agents'));
  await expect(page.getByTestId('toast').filter({ hasText: 'Dora Disable was deleted' })).toBeVisible();
  expect(await setup.read(agent.id)).toBeNull();

  // The admin is the only active administrator: disabling them is refused, clearly.
  const viewer = await gqlInPage(page, '{ viewer { id } }');
  await page.goto(`/agents/${viewer.data.viewer.id}`);
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  const last = page.getByRole('alertdialog');
  await last.getByRole('button', { name: 'Disable agent' }).click();
  await expect(last.getByRole('alert')).toContainText('The helpdesk needs at least one active administrator');
  await expect(last.getByRole('alert')).toContainText('First give another agent administrator access');
  await expect(page.getByRole('button', { name: 'Delete', exact: true }), 'admins cannot delete themselves').toHaveCount(0);
  await checkScreen(page, 'agent-last-admin');
  await last.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Active');
});
