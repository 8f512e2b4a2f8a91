// The bulk add page's CSV import: a dry-run preview of every row, then the import (the valid rows
// only) with its summary. Counts only what this spec creates (the server is shared).
import { expect, test } from './support/fixtures';
import { randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { previewCsv, runImport } from './support/csv-import';
import { checkScreen } from './support/screens';

test('bulk add: preview a CSV file with a bad row, import the valid rows', async ({ page, admin }) => {
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));

  const tag = randomSuffix();
  const ann = `ann.${tag}@example.com`;
  const bo = `bo.${tag}@example.com`;
  const csv = [
    'Email,Name,Permission Groups',
    `${ann},Csv${tag} Ann,All Permissions`,
    'not-an-address,Bad Row,All Permissions',
    `${bo},Csv${tag} Bo,All Permissions`,
    '',
  ].join('\n');

  await page.goto('/agents/bulk?tab=csv');
  await expect(page.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/imports/agents/template.csv');
  // "Import nothing" (the default) refuses the file, and still shows what each row would do.
  await page.getByLabel('CSV file').setInputFiles({ name: `agents-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('group', { name: 'If a row has an error' }).getByRole('radio', { name: 'Import nothing' })).toBeChecked();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert')).toContainText('The file cannot be imported.');
  await expect(page.getByRole('alert')).toContainText('"Import nothing" is chosen: nothing would be imported.');
  await expect(page.getByRole('alert')).not.toContainText('onError');
  const refused = page.getByRole('table', { name: 'What each row would do' }).getByRole('row');
  await expect(refused).toHaveCount(4);
  await expect(refused.nth(2)).toContainText('not-an-address');
  await checkScreen(page, 'bulk-add-csv-import-nothing');

  const { rows, errors } = await previewCsv(page, `agents-${tag}.csv`, csv, '3 rows read: 2 to create, 0 to update, 0 to skip, 1 error.');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(ann);
  await expect(rows.nth(1)).toContainText('Create');
  await expect(rows.nth(2)).toContainText('Error');
  await expect(errors).toHaveCount(2);
  // Rows are numbered as the spreadsheet shows them (the header is row 1); the bad cell is shown as written
  // (the API's ImportRowError.value), with the data row it is.
  await expect(rows.nth(0).getByRole('columnheader').first()).toHaveText('Spreadsheet row');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('2');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('not-an-address');
  await expect(errors.nth(1).getByRole('cell').first()).toHaveText('3');
  await expect(errors.nth(1)).toContainText('Row 2 (spreadsheet row 3): email "not-an-address" is not a valid email address');
  await expect(errors.nth(1).getByTitle('Error code (for support)')).toHaveText('INVALID_EMAIL');
  await checkScreen(page, 'bulk-add-csv-preview');

  const summary = await runImport(page, '2 created, 0 updated, 0 skipped, 1 failed.');
  await expect(summary.getByRole('link', { name: 'Download the errors (CSV)' })).toHaveAttribute('href', /^\/imports\/\d+\/errors\.csv$/);
  await checkScreen(page, 'bulk-add-csv-imported');

  await page.goto(`/agents?q=Csv${tag}`);
  await expect(page.getByRole('row').filter({ hasText: `Csv${tag}` })).toHaveCount(2);
});
