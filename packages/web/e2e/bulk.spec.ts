// Bulk work as an admin does it: select rows of the agents list and change them all at once
// (teams, disable with its confirmation, the last-administrator rule, copy settings), and invite
// a pasted list of addresses with a per-address answer, up to the seat limit.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';
import { Setup } from './support/agents';
import type { Page } from '@playwright/test';

// Its own server: these specs create agents and invitations, and count the seats left.
test.use({ licenseSeats: 40 });

async function setUp(page: Page, baseURL: string, admin: { email: string; password: string }) {
  const setup = new Setup(baseURL, await apiLogin(baseURL, admin));
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  return setup;
}

/** Opens the list filtered by a name prefix and selects every row it shows. */
async function selectAll(page: Page, search: string, count: number) {
  await page.goto(`/agents?q=${encodeURIComponent(search)}`);
  await expect(page.getByRole('row').filter({ hasText: search })).toHaveCount(count);
  await page.getByRole('checkbox', { name: 'Select the loaded agents' }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar).toContainText(`${count} selected`);
  return toolbar;
}

test('bulk: add three agents to a team, then disable them; the last administrator stays', async ({ page, baseURL, admin }) => {
  const setup = await setUp(page, baseURL!, admin);
  const tag = `Bd${randomSuffix()}`;
  const team = await setup.team('Night shift');
  const otherTeam = await setup.team('Day shift');
  const agents = [await setup.agent(`${tag} One`), await setup.agent(`${tag} Two`), await setup.agent(`${tag} Three`)];

  const toolbar = await selectAll(page, tag, 3);
  await checkScreen(page, 'agents-bulk-toolbar');
  await toolbar.getByRole('button', { name: 'Teams' }).click();
  await page.getByRole('menuitem', { name: 'Add to team…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to teams: 3 selected agents' });
  await dialog.getByRole('checkbox', { name: team.name }).check();
  await checkScreen(page, 'agents-bulk-add-team');
  await dialog.getByRole('button', { name: 'Add to teams' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `3 selected agents added to ${team.name}.` })).toBeVisible();
  // Focus moves to the message; the rows stay selected for the next action.
  await expect(page.getByText(`3 selected agents added to ${team.name}.`)).toBeFocused();
  await expect(page.getByRole('row').filter({ hasText: team.name })).toHaveCount(3);
  await expect(toolbar, 'the selection is kept').toContainText('3 selected');

  // Removing offers only the teams the selected agents are in.
  await toolbar.getByRole('button', { name: 'Teams' }).click();
  await page.getByRole('menuitem', { name: 'Remove from team…' }).click();
  const removeDialog = page.getByRole('dialog', { name: 'Remove from teams: 3 selected agents' });
  await expect(removeDialog.getByRole('checkbox', { name: team.name })).toBeVisible();
  await expect(removeDialog.getByRole('checkbox', { name: otherTeam.name })).toHaveCount(0);
  await removeDialog.getByRole('button', { name: 'Cancel' }).click();

  await toolbar.getByRole('button', { name: 'Disable', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Disable 3 selected agents?' });
  await expect(confirm).toContainText('disabled agents keep their seats');
  await checkScreen(page, 'agents-bulk-disable-confirm');
  await confirm.getByRole('button', { name: 'Disable 3 agents' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '3 agents disabled.' })).toBeVisible();
  await expect(page.getByText('3 agents disabled.')).toBeFocused();
  const rows = page.getByRole('row').filter({ hasText: tag });
  await expect(rows.filter({ hasText: 'Disabled' })).toHaveCount(3);
  await checkScreen(page, 'agents-bulk-disabled');
  for (const agent of agents) {
    const saved = await setup.read(agent.id);
    expect(saved?.status).toBe('DISABLED');
    expect(saved?.teams.map((t) => t.id)).toEqual([team.id]);
  }

  // The admin is the only active administrator: disabling them with others is refused, nothing changes.
  await page.goto(`/agents?q=${encodeURIComponent(admin.email)}`);
  await page.getByRole('row').filter({ hasText: admin.email }).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Disable', exact: true }).click();
  const last = page.getByRole('alertdialog', { name: 'Disable 1 selected agent?' });
  await last.getByRole('button', { name: 'Disable 1 agent' }).click();
  await expect(last.getByRole('alert')).toContainText('The helpdesk needs at least one active administrator');
  await expect(last.getByRole('alert')).toContainText('First give another agent administrator access');
  await checkScreen(page, 'agents-bulk-last-admin');
  await last.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toContainText('Active');
});

test('bulk: copy settings from one agent to two selected agents', async ({ page, baseURL, admin }) => {
  const setup = await setUp(page, baseURL!, admin);
  const tag = `Cp${randomSuffix()}`;
  const team = await setup.team('Escalations');
  const source = await setup.agent(`Src${tag}`, { permissionGroupIds: ['2'], teamIds: [team.id] });
  const targets = [await setup.agent(`${tag} Ada`), await setup.agent(`${tag} Bo`)];

  const toolbar = await selectAll(page, tag, 2);
  await toolbar.getByRole('button', { name: 'Copy settings to selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy settings to 2 selected agents' });
  await dialog.getByRole('searchbox', { name: 'Search agents' }).fill(source.name);
  await dialog.getByRole('radio', { name: new RegExp(source.name) }).check();
  await dialog.getByRole('checkbox', { name: 'Permission groups' }).check();
  await dialog.getByRole('checkbox', { name: 'Teams' }).check();
  await checkScreen(page, 'agents-bulk-copy-settings');
  await dialog.getByRole('button', { name: 'Copy settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `copied from ${source.name} to 2 selected agents` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: tag }).filter({ hasText: team.name })).toHaveCount(2);
  for (const target of targets) {
    const copied = await setup.read(target.id);
    expect(copied?.teams.map((t) => t.id)).toEqual([team.id]);
    expect(copied?.permissionGroups.map((g) => g.id)).toEqual(['2']);
  }

  // On a phone-sized window the toolbar wraps and stays usable.
  await page.setViewportSize({ width: 390, height: 844 });
  await selectAll(page, tag, 2);
  await checkScreen(page, 'agents-bulk-toolbar-narrow');
});

test('bulk add: invite a pasted list, see each address, hit the seat limit', async ({ page, baseURL, admin }) => {
  await setUp(page, baseURL!, admin);
  const tag = randomSuffix();
  const first = `ivy.${tag}@example.com`;
  const second = `jon.${tag}@example.com`;

  await page.goto('/agents');
  await page.getByRole('button', { name: 'More ways to add agents' }).click();
  await page.getByRole('menuitem', { name: 'Bulk add agents' }).click();
  await expect(page).toHaveURL(path('/agents/bulk'));
  await expect(page.getByRole('heading', { level: 1, name: 'Bulk add agents' })).toBeVisible();
  await checkScreen(page, 'bulk-add-email');

  const list = page.getByLabel('Email addresses');
  await list.fill(`${first}, not-an-address\n${first.toUpperCase()}; ${second}`);
  await page.getByRole('button', { name: 'Invite 4 addresses' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 addresses invited, 2 not invited.' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(first);
  await expect(rows.nth(1)).toContainText('Invited');
  await expect(rows.nth(2)).toContainText('not-an-address');
  await expect(rows.nth(2)).toContainText('Not a valid address');
  await expect(rows.nth(3)).toContainText('Listed twice');
  await expect(rows.nth(4)).toContainText(second);
  await expect(rows.nth(4)).toContainText('Invited');
  await checkScreen(page, 'bulk-add-result');

  // A list longer than the seats left invites nobody and says what to do.
  const { license } = await gqlOk(baseURL!, '{ license { available } }', {}, await apiLogin(baseURL!, admin));
  const many = Array.from({ length: license.available + 1 }, (_, i) => `seat${i}.${tag}@example.com`);
  await list.fill(many.join('\n'));
  await page.getByRole('button', { name: `Invite ${many.length} addresses` }).click();
  const prompt = page.getByRole('alert').filter({ hasText: 'nobody was invited' });
  await expect(prompt).toContainText('The list needs 1 seat more than the license has left');
  await expect(prompt).toContainText('Upgrade your license or delete an agent no longer in use');
  await expect(rows.filter({ hasText: 'No seat left' })).toHaveCount(many.length);
  await checkScreen(page, 'bulk-add-no-seats');

  await page.getByRole('tab', { name: 'Upload CSV' }).click();
  await expect(page.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/imports/agents/template.csv');
  const template = await page.request.get('/imports/agents/template.csv');
  expect(template.ok()).toBe(true);
  expect(await template.text()).toMatch(/Email/i);
  await checkScreen(page, 'bulk-add-csv');

  // A narrow window keeps the page usable.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Invite by email' }).click();
  await expect(list, 'the list survives a look at the other tab').toHaveValue(many.join('\n'));
  await list.fill('');
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await expect(page.getByText('Email addresses needs at least one address')).toBeVisible();
  await list.fill(`${first}\n${admin.email}`);
  await page.getByRole('button', { name: 'Invite 2 addresses' }).click();
  await expect(rows.nth(1)).toContainText('Already invited');
  await expect(rows.nth(2)).toContainText('Already an agent');
  await checkScreen(page, 'bulk-add-narrow');
});
