import { mapCsvHeaders } from '@roster/shared';
import { TestApp } from './helpers/test-app';
import { importCsv, startImportApp } from './helpers/import-helpers';

// Issue 18.6: the header spellings of the bulk-add documentation admins copy from ("Admin access",
// "Reports access") and other natural spellings of each column are accepted.

describe('agent CSV header spellings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t?.close());

  it('imports a file written with the documentation’s headers', async () => {
    const csv = [
      'E-mail address,Full name,Permission group,Team,Admin access,Reports access,Email notifications',
      'spelled@example.com,Spelled Out,1,,Yes,Yes,No',
    ];
    const { job } = await importCsv(t, csv.join('\n'));
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 0 });
    const a = await t.ok(
      '{ agents(filter: { search: "spelled@" }) { edges { node { isAdmin isReportsAdmin } } } }',
      {},
      { token: t.adminToken },
    );
    expect(a.agents.edges[0].node).toEqual({ isAdmin: true, isReportsAdmin: true });
  });

  it('maps every documented spelling, and two spellings of one column are a duplicate', async () => {
    expect(mapCsvHeaders(['Admin access', 'REPORTS ACCESS', 'administrator', 'reports_admin', 'Email', 'Login email', 'nope'])).toEqual([
      'admin',
      'reports',
      'admin',
      'reports',
      'email',
      'email',
      null,
    ]);
    const { job } = await importCsv(t, ['Email,Name,Permission Groups,Admin,Admin access', 'dup@example.com,Dup,1,Yes,No'].join('\n'));
    expect(job.errors).toEqual([expect.objectContaining({ row: 0, code: 'DUPLICATE_HEADER' })]);
  });
});
