import { expect, type Page } from '@playwright/test';

// The shared CSV import screens (agents' bulk add, the CRM's import): the steps every import spec takes.

/** Chooses the file, keeps the valid rows, previews, and answers the Preview region once its counts show `counts`. */
export async function previewCsv(page: Page, fileName: string, csv: string, counts: string) {
  await page.getByLabel('CSV file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('radio', { name: 'Skip that row, import the others' }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toContainText(counts);
  return {
    preview,
    rows: preview.getByRole('table', { name: 'What each row would do' }).getByRole('row'),
    errors: preview.getByRole('table', { name: 'Errors' }).getByRole('row'),
  };
}

/** Runs the previewed import and answers the summary region once its counts show `counts`. */
export async function runImport(page: Page, counts: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Import finished' });
  await expect(summary.getByRole('status')).toContainText(counts);
  return summary;
}
