// The audit log page (issue 20): administrators filter the log and export what the filters show
// as CSV (GET /exports/audit.csv with the session cookie).
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';

test('the audit page filters the log and exports the filtered events as CSV', async ({ page, admin, baseURL }) => {
  const token = await apiLogin(baseURL!, admin);
  const name = `Audit Team ${randomSuffix()}`;
  await gqlOk(baseURL!, 'mutation AuditSpecTeam($n: String!) { createTeam(name: $n) { id } }', { n: name }, token);

  await openSignedIn(page, admin, '/audit');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await checkScreen(page, 'audit');

  await page.getByLabel('Target', { exact: true }).selectOption('TEAM');
  await page.getByLabel('Action', { exact: true }).selectOption('team.');
  await expect(page).toHaveURL(/targetType=TEAM/);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Team created');
  await expect(row).toContainText('Administrator');
  await expect(page.getByRole('row').filter({ hasText: 'Sign in' })).toHaveCount(0);
  await checkScreen(page, 'audit-filtered');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV (filtered)' }).click()]);
  expect(download.suggestedFilename()).toBe('audit.csv');
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Time,Action,Outcome,Actor kind,Actor ID,Actor,IP,Browser,Target type,Target ID,Target,Details');
  const line = lines.find((l) => l.includes(name))!;
  expect(line).toContain(',team.created,SUCCESS,AGENT,');
  expect(
    lines
      .slice(1)
      .filter(Boolean)
      .every((l) => l.includes(',TEAM,')),
  ).toBe(true);

  await page.getByLabel('From', { exact: true }).fill('2099-01-01');
  await expect(page.getByText('No events match these filters')).toBeVisible();
  await checkScreen(page, 'audit-empty');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
});
