// Permission groups: create a group, tick its permissions in the matrix, put an agent in it on the
// agent page and delete it (the confirmation counts the agents); copy a built-in group.
import { expect, test } from './support/fixtures';
import { apiLogin, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';
import { Setup } from './support/agents';

test('permission groups: create, edit in the matrix, assign on the agent page, delete', async ({ page, admin, baseURL }) => {
  // Four axe runs over a 26 x 3 matrix of checkboxes: on a busy 2-core machine that alone can take 30 s.
  test.setTimeout(120_000);
  const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
  const agent = await setup.agent('Greta Groups', { permissionGroupIds: ['2'] });
  await openSignedIn(page, admin, '/permission-groups');
  await expect(page.getByRole('heading', { level: 1, name: 'Permission groups' })).toBeVisible();
  // Built-in groups are read-only.
  await expect(page.getByRole('checkbox', { name: 'Reply to tickets: All Permissions' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Delete users: All Non-Destructive Permissions' })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Delete All Permissions' })).toHaveCount(0);

  const name = `Night shift ${randomSuffix()}`;
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New permission group' });
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByText('Group name is required')).toBeVisible();
  await dialog.getByLabel('Group name').fill(name);
  await checkScreen(page, 'permission-group-new');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: `Created ${name}.` })).toBeVisible();
  // The matrix's header (the department access table under it names the group too, without a count).
  const column = page.getByRole('columnheader', { name: new RegExp(`${name} \\d+ of`) });
  await expect(column).toContainText('0 of');

  await page.getByRole('checkbox', { name: `Reply to tickets: ${name}` }).check();
  // Keyboard: Space ticks the focused box.
  await page.getByRole('checkbox', { name: `Use chat: ${name}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`Unsaved changes to ${name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Saved the changes to 1 group.' })).toBeVisible();
  await expect(column).toContainText('2 of');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: `Use chat: ${name}` })).toBeChecked();
  await checkScreen(page, 'permission-groups');
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole('checkbox', { name: `Reply to tickets: ${name}` })).toBeChecked();
  await checkScreen(page, 'permission-groups-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The agent page lists the new group; put the agent in it.
  await page.goto(`/agents/${agent.id}`);
  await page.getByRole('tab', { name: 'Permission Groups', exact: true }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: /^Changes to .* saved\.$/ })).toBeVisible();
  expect((await setup.read(agent.id))!.permissionGroups.map((g) => g.id)).toHaveLength(2);
  await page.getByRole('tab', { name: 'Permissions', exact: true }).click();
  await expect(page.getByRole('row', { name: /Use chat/ })).toContainText(name);

  await page.goto('/permission-groups');
  // Delete: the confirmation says how many agents are in the group.
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete group ${name}?` });
  await expect(confirm).toContainText('1 agent is in this group');
  await checkScreen(page, 'permission-group-delete');
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('columnheader', { name: new RegExp(name) })).toHaveCount(0);
  expect((await setup.read(agent.id))!.permissionGroups.map((g) => g.id)).toEqual(['2']);
});

test('permission groups: department access set under the matrix, saved, seen after a reload', async ({ page, admin, baseURL }) => {
  test.setTimeout(120_000);
  const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
  const department = await setup.department('Billing');
  const group = await setup.permissionGroup('Billing desk');
  await openSignedIn(page, admin, '/permission-groups');
  const cell = page.getByRole('combobox', { name: `${department.name}: ${group.name}` });
  await expect(cell).toHaveValue('NONE');
  await expect(page.getByRole('combobox', { name: `${department.name}: All Permissions` })).toBeDisabled();
  await cell.selectOption({ label: 'Full' });
  await expect(page.getByText(`Unsaved changes to ${group.name}`)).toBeVisible();
  await checkScreen(page, 'permission-group-departments');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Saved the changes to 1 group.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: `${department.name}: ${group.name}` })).toHaveValue('FULL');
});

test('permission groups: copy a built-in group, then delete the copy', async ({ page, admin }) => {
  await openSignedIn(page, admin, '/permission-groups');
  // Copy a built-in group: the copy starts with its permissions.
  await page.getByRole('button', { name: 'Copy All Non-Destructive Permissions' }).click();
  const copyDialog = page.getByRole('dialog', { name: 'Copy group All Non-Destructive Permissions' });
  const copyName = `Careful ${randomSuffix()}`;
  await copyDialog.getByLabel('Group name').fill(copyName);
  await copyDialog.getByRole('button', { name: 'Create group' }).click();
  await expect(copyDialog).toBeHidden();
  await expect(page.getByRole('checkbox', { name: `Reply to tickets: ${copyName}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Delete users: ${copyName}` })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Delete users: ${copyName}` })).toBeEnabled();

  await page.getByRole('button', { name: `Delete ${copyName}` }).click();
  const confirmCopy = page.getByRole('alertdialog', { name: `Delete group ${copyName}?` });
  await expect(confirmCopy).toContainText('No agent is in this group.');
  await confirmCopy.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('columnheader', { name: new RegExp(copyName) })).toHaveCount(0);
});
