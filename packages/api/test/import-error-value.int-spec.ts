import { TestApp } from './helpers/test-app';
import { getImport, importCsv, startImportApp } from './helpers/import-helpers';
import { getUserImport, importUsers } from './helpers/user-import-helpers';

// A row rejected for an invalid email carries what was in the cell (ImportRowError.value), for
// both kinds of import: as written, cut to 200 characters, never interpreted.

let t: TestApp;
beforeAll(async () => {
  t = await startImportApp();
});
afterAll(() => t.close());

const VALUES = 'valueErrors: errors(first: 100) { row column code value }';
// Longer than the 200 characters kept, shorter than the column's limit (a longer cell is CELL_TOO_LONG).
const LONG = `${'x'.repeat(230)}@@example.com`;

test('agent import: the invalid Email cell as written, cut to 200 characters; other errors have no value', async () => {
  const csv = [
    'Email,Name,Permission Groups',
    'bob@@example,Bob,1',
    `${LONG},Long,1`,
    '"=HYPERLINK(""http://evil.example"")",Formula,1',
    'ok@example.com,,1',
  ].join('\n');
  const { job } = await importCsv(t, csv, { dryRun: true, onError: 'SKIP_INVALID_ROWS' });
  const { valueErrors } = await getImport(t, job.id, VALUES);
  expect(valueErrors).toEqual([
    { row: 1, column: 'Email', code: 'INVALID_EMAIL', value: 'bob@@example' },
    { row: 2, column: 'Email', code: 'INVALID_EMAIL', value: `${'x'.repeat(200)}…` },
    { row: 3, column: 'Email', code: 'INVALID_EMAIL', value: '=HYPERLINK("http://evil.example")' },
    { row: 4, column: 'Name', code: 'REQUIRED', value: null },
  ]);
});

test('user import: the address of the cell that is not one (the whole cell when it holds one)', async () => {
  const csv = ['Name,Email', 'Bob,bob@@example', 'Two,"two@example.com; not an address"', 'Ok,ok@example.com'].join('\n');
  const { job } = await importUsers(t, csv, { dryRun: true, onError: 'SKIP_INVALID_ROWS' });
  expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 2 });
  const { valueErrors } = await getUserImport(t, job.id, VALUES);
  expect(valueErrors).toEqual([
    { row: 1, column: 'Email', code: 'INVALID_EMAIL', value: 'bob@@example' },
    { row: 2, column: 'Email', code: 'INVALID_EMAIL', value: 'not an address' },
  ]);
});
