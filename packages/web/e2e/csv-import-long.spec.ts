// The CSV import preview of a file longer than one page (100 rows): Next and Previous page through it.
import { expect, test } from './support/fixtures';
import { randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

// Its own worker and server: 250 new agents need more than the default 100 seats, even for a preview.
test.use({ licenseSeats: 300 });

test('bulk add: the preview of a long file pages through every row', async ({ page, admin }) => {
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  const tag = randomSuffix();
  const lines = Array.from({ length: 250 }, (_, i) => `long${i + 1}.${tag}@example.com,Long ${i + 1},All Permissions`);
  const csv = ['Email,Name,Permission Groups', ...lines, ''].join('\n');

  await page.goto('/agents/bulk?tab=csv');
  await page.getByLabel('CSV file').setInputFiles({ name: `long-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toContainText('250 rows read');
  const table = (range: string) =>
    preview.getByRole('table', { name: `What each row would do (spreadsheet rows ${range} of 250 data rows)` });
  await expect(table('2–101').getByRole('row')).toHaveCount(101);
  const pager = preview.getByRole('navigation', { name: 'Preview rows' });
  await pager.getByRole('button', { name: 'Next rows' }).click();
  await expect(table('102–201')).toContainText(`long200.${tag}@example.com`);
  await pager.getByRole('button', { name: 'Next rows' }).click();
  await expect(table('202–251').getByRole('row')).toHaveCount(51);
  await expect(table('202–251')).toContainText(`long250.${tag}@example.com`);
  await expect(pager.getByRole('button', { name: 'Next rows' })).toBeDisabled();
  await checkScreen(page, 'bulk-add-csv-preview-paged');
  await pager.getByRole('button', { name: 'Previous rows' }).click();
  await expect(table('102–201')).toBeVisible();
});
