// Export agents to CSV: the agents list's Export CSV link downloads GET /exports/agents.csv with
// the session cookie (no token, no script), in the import's columns.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { apiLogin } from './support/graphql';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';
import { Setup } from './support/agents';

test('export agents to CSV from the agents list and the bulk add page', async ({ page, admin, baseURL }) => {
  const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
  const agent = await setup.agent('Exa Export');
  await openSignedIn(page, admin, '/agents');
  await checkScreen(page, 'agents-export');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('agents.csv');
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature,Type,Business Unit');
  expect(lines.find((l) => l.startsWith(`${agent.email},`))).toContain('Exa Export');
  expect(lines.some((l) => l.startsWith(`${admin.email},`))).toBe(true);

  await page.goto('/agents/bulk?tab=csv');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'export the current agents' }).click()]);
  expect(again.suggestedFilename()).toBe('agents.csv');
});
