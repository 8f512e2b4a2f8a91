import { TestApp } from './helpers/test-app';
import { agentCount, startImportApp } from './helpers/import-helpers';
import { uploadCsv } from './helpers/import-upload';

// Issue 18.7: a well-formed row over the length limit is a row error, and the rest of the file is
// still checked and imported; only a quote that never closes (to the end of the file) fails it.

const HEADER = 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature';

describe('a row over the length limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t?.close());

  it('is a row error; the rows after it are checked, and imported with SKIP_INVALID_ROWS', async () => {
    const before = await agentCount(t);
    const csv = [
      HEADER,
      'long.one@example.com,Long One,1,,,,,',
      `long.big@example.com,Long Big,1,,,,,"${'x'.repeat(10 * 1024 * 1024)}"`,
      'long.three@example.com,Long Three,1,,,,,"a ""quoted"" signature, with a comma"',
      'not-an-email,Long Four,1,,,,,',
      'long.five@example.com,Long Five,1,,,,,',
    ].join('\r\n');
    const dry = await uploadCsv(t, csv, '?dryRun=true');
    expect(dry.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'ROW_TOO_LONG'],
      [4, expect.any(String)],
    ]);
    expect(dry.totalRows).toBe(5);
    const job = await uploadCsv(t, csv, '?onError=SKIP_INVALID_ROWS');
    expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 3, totalRows: 5 });
    expect(job.errors[0]).toMatchObject({ row: 2, code: 'ROW_TOO_LONG' });
    expect(await agentCount(t)).toBe(before + 3);
  });

  it('fails the whole file when a quote never closes', async () => {
    const job = await uploadCsv(t, `${HEADER}\nopen.quote@example.com,Open,1,,,,,"${'y'.repeat(200_000)}\nnext@example.com,Next,1,,,,,\n`);
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([expect.objectContaining({ row: 0, code: 'ROW_TOO_LONG' })]);
  });
});
