// The agents list as an admin (and a plain agent) uses it, issue 19.2: a team picked right after
// typing a search, Export CSV of what the list shows, the selection kept after a bulk action,
// no selection (and no Last sign-in column) for non-admins, the admin home's names as links, and an address that names no agent.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { apiLogin, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { createAgent, openSignedIn } from './support/admin-pages';
import { Setup } from './support/agents';
import { logOut, path, signInByApi } from './support/pages';

const setUp = async (baseURL: string, admin: { email: string; password: string }) => new Setup(baseURL, await apiLogin(baseURL, admin));
const agentRows = (page: Page) => page.locator('tbody tr.agent-row');

test('a team picked within a second of typing a search stays picked', async ({ page, baseURL, admin }) => {
  const setup = await setUp(baseURL!, admin);
  const tag = `Tq${randomSuffix()}`;
  const team = await setup.team('Race');
  await setup.agent(`${tag} In`, { teamIds: [team.id] });
  await setup.agent(`${tag} Out`);
  await openSignedIn(page, admin, '/agents');
  // Typed once the list has loaded: this test is about the team picked right after typing. (A
  // search typed before the first load survives the list's remount: use-agent-filters.test.tsx.)
  await expect(agentRows(page).first()).toBeVisible();
  await page.getByLabel('Search').fill(tag);
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team.name });
  // The search reaches the address only after its delay (q appears then): the team must still be there.
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === tag && url.searchParams.get('team') === team.id);
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue(team.id);
  await expect(agentRows(page)).toHaveCount(1);
  await expect(agentRows(page)).toContainText(`${tag} In`);
});

test('Export CSV exports the agents the filtered list shows', async ({ page, baseURL, admin }) => {
  const setup = await setUp(baseURL!, admin);
  const tag = `Ex${randomSuffix()}`;
  const team = await setup.team('Exported');
  const shown = await setup.agent(`${tag} Shown`, { teamIds: [team.id] });
  const hidden = await setup.agent(`${tag} Hidden`);
  await openSignedIn(page, admin, '/agents');
  await page.goto(`/agents?q=${tag}&team=${team.id}`);
  await expect(agentRows(page)).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature,Type,Business Unit');
  const emails = lines
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0]);
  expect(emails).toEqual([shown.email]);
  expect(emails).not.toContain(hidden.email);
  expect(emails).not.toContain(admin.email);
});

test('a bulk action keeps the selection of the rows still listed', async ({ page, baseURL, admin }) => {
  const setup = await setUp(baseURL!, admin);
  const tag = `Ks${randomSuffix()}`;
  const team = await setup.team('Kept');
  await setup.agent(`${tag} One`);
  await setup.agent(`${tag} Two`);
  await openSignedIn(page, admin, '/agents');
  await page.goto(`/agents?q=${tag}&status=ACTIVE`);
  await expect(agentRows(page)).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Select the loaded agents' }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });

  await toolbar.getByRole('button', { name: 'Teams' }).click();
  await page.getByRole('menuitem', { name: 'Add to team…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to teams: 2 selected agents' });
  await dialog.getByRole('checkbox', { name: team.name }).check();
  await dialog.getByRole('button', { name: 'Add to teams' }).click();
  await expect(page.getByRole('status').filter({ hasText: `2 selected agents added to ${team.name}.` })).toBeVisible();
  await expect(agentRows(page).filter({ hasText: team.name })).toHaveCount(2);
  // Still listed, still selected: the next action applies to the same rows.
  await expect(toolbar).toContainText('2 selected');
  await expect(page.getByRole('checkbox', { name: `Select ${tag} One` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Select ${tag} Two` })).toBeChecked();
  await checkScreen(page, 'agents-bulk-selection-kept');

  // Disabled, they leave a list of active agents, and the selection with them.
  await toolbar.getByRole('button', { name: 'Disable', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Disable 2 selected agents?' }).getByRole('button', { name: 'Disable 2 agents' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 agents disabled.' })).toBeVisible();
  await expect(agentRows(page)).toHaveCount(0);
  await expect(toolbar).toBeHidden();
});

test('a plain agent gets no row checkboxes and no bulk bar', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const agent = { email: `nosel-${randomSuffix()}@example.com`, password: `nosel-Agent-Password-${randomSuffix()}` };
  await createAgent(baseURL!, token, { ...agent, name: 'Nora Noselect' });
  await signInByApi(page, agent);
  await page.goto('/agents');
  await expect(page.getByRole('row').filter({ hasText: agent.email })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Last sign-in' })).toHaveCount(0);
  await checkScreen(page, 'agents-list-non-admin');
  await logOut(page);

  // Administrators see when each agent last signed in: Nora just did, a new agent never has.
  const never = await createAgent(baseURL!, token, {
    email: `never-${randomSuffix()}@example.com`,
    password: `never-Agent-Password-${randomSuffix()}`,
    name: 'Nell Never',
  });
  await openSignedIn(page, admin, '/agents');
  await page.goto(`/agents?q=${encodeURIComponent(agent.email)}`);
  await expect(page.getByRole('columnheader', { name: 'Last sign-in' })).toBeVisible();
  const nora = page.getByRole('row').filter({ hasText: agent.email });
  await expect(nora.getByRole('cell').last()).toHaveText(/\d{4}|\d:\d\d/);
  await page.goto(`/agents?q=${encodeURIComponent(never.email)}`);
  await expect(page.getByRole('row').filter({ hasText: never.email }).getByRole('cell').last()).toHaveText('Never');
});

test('names on the admin home open the agent; an address that names no agent says so', async ({ page, admin }) => {
  await openSignedIn(page, admin, '/admin');
  const admins = page.getByRole('region', { name: 'Administrators' });
  await expect(admins.getByRole('link', { name: 'See every agent' })).toHaveAttribute('href', '/agents');
  await admins.getByRole('link', { name: 'Administrator', exact: true }).click();
  await expect(page).toHaveURL(/\/agents\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Administrator/ })).toBeVisible();

  await page.goto('/agents/abc');
  await expect(page.getByRole('heading', { level: 1, name: 'Agent not found' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await checkScreen(page, 'agent-not-found');
  await page.getByRole('link', { name: 'Back to Agents' }).click();
  await expect(page).toHaveURL(path('/agents'));
});
