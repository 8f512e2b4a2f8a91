// The agent page is one form: edits on several tabs go out in one Save, Discard brings the saved
// agent back, leaving with unsaved edits asks first (here and on the permission matrix), and an
// admin changes administrator access on an existing agent, the last administrator staying.
import { expect, test } from './support/fixtures';
import { gqlInPage } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { agentTab, openTab, saveAgent, saveBar, signInWithSetup } from './support/agent-page';
import type { Page } from '@playwright/test';

/** Counts the page's updateAgent requests from now on. */
function countUpdates(page: Page) {
  const sent: unknown[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.postDataJSON()?.operationName === 'UpdateAgentPage') {
      sent.push(request.postDataJSON().variables.input);
    }
  });
  return sent;
}

const departmentRadio = (page: Page, department: string, level: string) =>
  page.getByRole('group', { name: `Direct access to ${department}` }).getByRole('radio', { name: level });

test('one Save stores the edits of five tabs; Discard brings the saved agent back', async ({ page, baseURL, admin }) => {
  test.setTimeout(120_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const team = await setup.team('Escalations');
  const other = await setup.team('Night');
  const sales = await setup.department('Sales');
  const agent = await setup.agent('Fiona Form', { permissionGroupIds: ['2'] });
  const updates = countUpdates(page);

  await page.goto(`/agents/${agent.id}`);
  await expect(saveBar(page)).toContainText('No unsaved changes');
  await expect(saveBar(page).getByRole('button', { name: 'Save changes' })).toBeDisabled();

  await page.getByLabel('Name', { exact: true }).fill('Fiona Formfield');
  await expect(agentTab(page, 'Profile')).toHaveAccessibleName('Profile (unsaved changes)');
  await expect(saveBar(page)).toContainText('1 unsaved change');

  await openTab(page, 'Teams');
  await page.getByRole('checkbox', { name: team.name }).check();
  await openTab(page, 'Permissions');
  await page.getByRole('checkbox', { name: /^Delete users/ }).check();
  await openTab(page, 'Departments');
  await departmentRadio(page, sales.name, 'Full').check();
  await openTab(page, 'Ticket Notifications');
  await page.getByRole('switch', { name: 'Ticket assigned to me: Email' }).click();
  await expect(page.getByRole('switch', { name: 'Ticket assigned to me: Email' })).not.toBeChecked();

  await expect(saveBar(page)).toContainText('5 unsaved changes');
  for (const label of ['Profile', 'Teams', 'Permissions', 'Departments', 'Ticket Notifications']) {
    await expect(agentTab(page, label)).toHaveAccessibleName(`${label} (unsaved changes)`);
  }
  await expect(agentTab(page, 'Permission Groups')).toHaveAccessibleName('Permission Groups');
  await checkScreen(page, 'agent-form-unsaved');

  // A server field error lands on the tab that holds the field, which opens; nothing is stored.
  await openTab(page, 'Profile');
  await page.getByLabel('Email (sign-in)').fill(admin.email);
  await openTab(page, 'Ticket Notifications');
  await saveBar(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(agentTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
  await expect(agentTab(page, 'Profile')).toHaveAccessibleName('Profile (has errors)');
  await expect(page.getByLabel('Email (sign-in)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('tabpanel').getByText('Email (sign-in) is already used by another agent')).toBeVisible();
  await checkScreen(page, 'agent-form-error');
  expect((await setup.read(agent.id))!.name).toBe('Fiona Form');
  await page.getByLabel('Email (sign-in)').fill(agent.email);

  updates.length = 0;
  await saveAgent(page);
  expect(updates, 'one updateAgent for all the tabs').toHaveLength(1);
  await expect(page.getByTestId('toast').filter({ hasText: 'saved.' })).toBeVisible();
  await expect(saveBar(page)).toContainText('No unsaved changes');
  await expect(agentTab(page, 'Teams')).toHaveAccessibleName('Teams');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Fiona Formfield');

  const saved = (await setup.read(agent.id))!;
  expect(saved.name).toBe('Fiona Formfield');
  expect(saved.teams.map((t) => t.id)).toEqual([team.id]);
  expect(saved.permissions).toContain('people.delete');
  expect(saved.departments).toEqual([{ access: 'FULL', department: { id: sales.id } }]);
  expect(saved.ticketNotifications.find((n) => n.event === 'ticket.assigned_to_me')).toMatchObject({ email: false, browser: true });

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Fiona Formfield');
  await openTab(page, 'Teams');
  await expect(page.getByRole('checkbox', { name: team.name })).toBeChecked();
  await openTab(page, 'Permissions');
  await expect(page.getByRole('checkbox', { name: /^Delete users/ })).toBeChecked();
  await openTab(page, 'Departments');
  await expect(departmentRadio(page, sales.name, 'Full')).toBeChecked();
  await openTab(page, 'Ticket Notifications');
  await expect(page.getByRole('switch', { name: 'Ticket assigned to me: Email' })).not.toBeChecked();

  // Discard: every tab back to the saved agent, nothing sent.
  updates.length = 0;
  await page.getByRole('switch', { name: 'Ticket assigned to me: Browser' }).click();
  await openTab(page, 'Teams');
  await page.getByRole('checkbox', { name: other.name }).check();
  await openTab(page, 'Profile');
  await page.getByLabel('Name', { exact: true }).fill('Nobody');
  await expect(saveBar(page)).toContainText('3 unsaved changes');
  // A narrow window: the bar stays in view, its buttons side by side.
  await page.setViewportSize({ width: 390, height: 844 });
  await checkScreen(page, 'agent-form-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveBar(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Fiona Formfield');
  await expect(saveBar(page)).toContainText('No unsaved changes');
  await openTab(page, 'Teams');
  await expect(page.getByRole('checkbox', { name: other.name })).not.toBeChecked();
  await openTab(page, 'Ticket Notifications');
  await expect(page.getByRole('switch', { name: 'Ticket assigned to me: Browser' })).toBeChecked();
  expect(updates).toHaveLength(0);
});

test('leaving with unsaved edits asks first, on the agent page and on the permission matrix', async ({ page, baseURL, admin }) => {
  test.setTimeout(120_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Gus Guard');
  const group = await setup.permissionGroup('Guarded');
  const leaveDialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto(`/agents/${agent.id}`);
  await page.getByLabel('Alias (shown to end users)').fill('Gussie');
  // Moving between tabs is not leaving.
  await openTab(page, 'Teams');
  await openTab(page, 'Profile');
  await expect(leaveDialog).toBeHidden();

  await nav.getByRole('link', { name: 'Teams' }).click();
  await expect(leaveDialog).toBeVisible();
  await expect(leaveDialog).toContainText('1 unsaved change');
  await expect(leaveDialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await checkScreen(page, 'agent-form-leave-guard');
  await leaveDialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(leaveDialog).toBeHidden();
  await expect(page).toHaveURL(path(`/agents/${agent.id}`));
  await expect(page.getByLabel('Alias (shown to end users)')).toHaveValue('Gussie');

  // Closing the browser tab asks too (the browser's own dialog); staying keeps the edits.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const unload = await asked;
  expect(unload.type()).toBe('beforeunload');
  await unload.dismiss();
  await expect(page.getByLabel('Alias (shown to end users)')).toHaveValue('Gussie');

  // Keyboard: Escape stays; then leave discards.
  await nav.getByRole('link', { name: 'Teams' }).click();
  await expect(leaveDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(leaveDialog).toBeHidden();
  await expect(page.getByLabel('Alias (shown to end users)')).toHaveValue('Gussie');
  await nav.getByRole('link', { name: 'Teams' }).click();
  await leaveDialog.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gus Guard');
  await expect(page.getByLabel('Alias (shown to end users)')).toHaveValue('');
  expect((await gqlInPage(page, `{ agent(id: "${agent.id}") { alias } }`)).data.agent.alias).toBeNull();

  // The permission matrix.
  await nav.getByRole('link', { name: 'Permission groups' }).click();
  await expect(page).toHaveURL(path('/permission-groups'));
  await page.getByRole('checkbox', { name: `Use chat: ${group.name}` }).check();
  await nav.getByRole('link', { name: 'Agents' }).click();
  await expect(leaveDialog).toBeVisible();
  await checkScreen(page, 'permission-groups-leave-guard');
  await leaveDialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByRole('checkbox', { name: `Use chat: ${group.name}` })).toBeChecked();
  await nav.getByRole('link', { name: 'Agents' }).click();
  await leaveDialog.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page).toHaveURL(path('/agents'));
});

test('administrator access on an existing agent; demoting the last administrator is refused in place', async ({ page, baseURL, admin }) => {
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Ada Access');
  const adminSwitch = page.getByRole('switch', { name: 'Administrator access', exact: true });
  const reportsSwitch = page.getByRole('switch', { name: 'Reports administrator access' });

  await page.goto(`/agents/${agent.id}`);
  await openTab(page, 'Permissions');
  await expect(adminSwitch).not.toBeChecked();
  await adminSwitch.click();
  await reportsSwitch.click();
  await expect(saveBar(page)).toContainText('2 unsaved changes');
  await saveAgent(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Admin');
  expect(await setup.read(agent.id)).toMatchObject({ isAdmin: true, isReportsAdmin: true });
  await checkScreen(page, 'agent-admin-access');

  await adminSwitch.click();
  await saveAgent(page);
  expect(await setup.read(agent.id)).toMatchObject({ isAdmin: false, isReportsAdmin: true });

  // Now the signed-in admin is the only one: taking their own admin access away is refused,
  // and the reason sits by the switch.
  const viewer = await gqlInPage(page, '{ viewer { id } }');
  await page.goto(`/agents/${viewer.data.viewer.id}?tab=permissions`);
  await expect(adminSwitch).toBeChecked();
  await adminSwitch.click();
  await saveBar(page).getByRole('button', { name: 'Save changes' }).click();
  const field = page.getByRole('tabpanel').locator('.switch-field').filter({ has: adminSwitch });
  await expect(field).toContainText('Administrator access is required on the last active administrator');
  await expect(field).toContainText('First give another agent administrator access');
  await expect(agentTab(page, 'Permissions')).toHaveAccessibleName('Permissions (has errors)');
  await expect(saveBar(page).getByRole('alert')).toContainText('The helpdesk needs at least one active administrator');
  await checkScreen(page, 'agent-last-admin-demote');
  expect((await gqlInPage(page, '{ viewer { isAdmin } }')).data.viewer.isAdmin).toBe(true);
});

test('extra email addresses: added on the Profile tab, saved with the form, seen after a reload and in the CRM; a taken one is flagged in its row', async ({
  page,
  baseURL,
  admin,
}) => {
  test.setTimeout(120_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const other = await setup.agent('Otto Other');
  const agent = await setup.agent('Xena Extras');
  const desk = `desk.${agent.email}`;
  const list = page.getByRole('list', { name: 'Extra email addresses' });
  const add = page.getByLabel('Add an extra email address');

  await page.goto(`/agents/${agent.id}`);
  await add.fill(desk);
  await page.getByRole('button', { name: 'Add address' }).click();
  await expect(list.getByRole('listitem')).toHaveText([new RegExp(desk.replace(/\./g, '\\.'))]);
  await expect(saveBar(page)).toContainText('1 unsaved change');
  await saveAgent(page);
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(desk);

  // Login and extra addresses are one namespace across agents: the error sits in the taken address's row.
  await add.fill(other.email);
  await add.press('Enter');
  await saveBar(page).getByRole('button', { name: 'Save changes' }).click();
  const takenRow = list.getByRole('listitem').filter({ hasText: other.email });
  await expect(takenRow).toContainText(`${other.email} is already used by another agent`);
  await expect(list.getByRole('listitem').filter({ hasText: desk })).not.toContainText('already used');
  await checkScreen(page, 'agent-extra-emails-taken');
  await page.getByRole('button', { name: `Remove ${other.email}` }).click();
  await expect(saveBar(page)).toContainText('No unsaved changes');

  // Read-only in the CRM's agent record.
  await page.goto(`/crm/agents/${agent.id}`);
  await expect(page.getByText(`Extra emails: ${desk}`)).toBeVisible();
});
