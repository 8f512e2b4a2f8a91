// The CRM's Import / export page: upload a CSV of users, preview it (one bad row), import the
// valid rows with a summary, then download the export and find the imported users in it,
// formula cells guarded. Counts only what this spec creates (the server is shared).
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { previewCsv, runImport } from './support/csv-import';
import { checkScreen } from './support/screens';

test('CRM import / export: preview a CSV with a bad row, import the valid rows, export', async ({ page, admin }) => {
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));

  const tag = randomSuffix();
  const ann = `ann.${tag}@example.com`;
  const bo = `bo.${tag}@example.com`;
  const csv = [
    'Name,Email,Organization,Phone,Summary,Auto Responder',
    `Imp${tag} Ann,"${ann}; ann.work.${tag}@example.com",Org ${tag},+1 415 555 0100,=1+1,No`,
    `Imp${tag} Bad,not-an-address,,,,`,
    `Imp${tag} Bo,${bo},,,,Yes`,
    '',
  ].join('\n');

  await page.goto('/crm');
  await page.getByRole('link', { name: 'Import / export' }).click();
  await expect(page).toHaveURL(path('/crm/import'));
  await expect(page.getByRole('heading', { name: 'Import and export users' })).toBeVisible();

  await expect(page.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/imports/users/template.csv');
  const { rows, errors } = await previewCsv(page, `users-${tag}.csv`, csv, '3 rows read: 2 to create, 0 to update, 0 to skip, 1 error.');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(ann);
  await expect(rows.nth(2)).toContainText('Error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(1).getByRole('cell').first()).toHaveText('3');
  await expect(errors.nth(1)).toContainText('Email');
  await expect(errors.nth(1)).toContainText('INVALID_EMAIL');
  await checkScreen(page, 'crm-import-preview');

  const summary = await runImport(page, '2 created, 0 updated, 0 skipped, 1 failed.');
  await expect(summary.getByRole('link', { name: 'Download the errors (CSV)' })).toHaveAttribute(
    'href',
    /^\/imports\/users\/\d+\/errors\.csv$/,
  );
  await checkScreen(page, 'crm-import-imported');
  await page.setViewportSize({ width: 390, height: 844 });
  await checkScreen(page, 'crm-import-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('users.csv');
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    'Name,Email,Organization,Usergroups,Phone,Website,Twitter,LinkedIn,Facebook,Address,Timezone,Language,Summary,Auto Responder',
  );
  const annLine = lines.find((l) => l.includes(ann));
  expect(annLine).toBe(`Imp${tag} Ann,${ann}; ann.work.${tag}@example.com,Org ${tag},,+14155550100,,,,,,,,'=1+1,No`);
  expect(lines.find((l) => l.includes(bo))).toContain(`Imp${tag} Bo,${bo},`);
  expect(lines.some((l) => l.includes(`Imp${tag} Bad`))).toBe(false);

  await page.goto('/crm');
  await page.getByLabel('Search').fill(`Imp${tag}`);
  await expect(
    page
      .getByRole('navigation', { name: 'Users' })
      .getByRole('link')
      .filter({ hasText: `Imp${tag}` }),
  ).toHaveCount(2);
});
