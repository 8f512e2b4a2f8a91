import { TestApp } from './helpers/test-app';
import { startImportApp } from './helpers/import-helpers';
import { csvRows, downloadUsers, importUsers, USER_HEADER, userByEmail, userCount } from './helpers/user-import-helpers';

// 5,000 users in one file: chunks of 2,000 in one write transaction, and the export's keyset
// pages (500 users each) bring every one of them back.

let t: TestApp;
beforeAll(async () => {
  t = await startImportApp();
  await t.ok('mutation($n: String!) { createUsergroup(name: $n) { id } }', { n: 'Bulk' }, { token: t.adminToken });
});
afterAll(() => t.close());

const N = 5000;
const line = (i: number, name = `Bulk User ${i}`) =>
  `${name},"bulk${i}@example.com; bulk${i}@alt.example",Org ${i % 25},Bulk,+44 7400 ${100000 + i},,,,,,Europe/Berlin,de,,No`;

test(`${N.toLocaleString('en')} rows import, update and export`, async () => {
  const csv = [USER_HEADER, ...Array.from({ length: N }, (_, i) => line(i))].join('\n');
  const before = await userCount(t);
  let started = Date.now();
  const { job } = await importUsers(t, csv);
  const createMs = Date.now() - started;
  expect(job).toMatchObject({ status: 'COMPLETED', totalRows: N, processedRows: N, createdCount: N, errorCount: 0 });
  expect(await userCount(t)).toBe(before + N);
  expect(await userByEmail(t, 'bulk4999@alt.example')).toMatchObject({
    name: 'Bulk User 4999',
    organization: { name: 'Org 24' },
    usergroups: [{ name: 'Bulk' }],
  });

  started = Date.now();
  const renamed = [USER_HEADER, ...Array.from({ length: N }, (_, i) => line(i, `Renamed ${i}`))].join('\n');
  const upd = (await importUsers(t, renamed, { existing: 'UPDATE' })).job;
  const updateMs = Date.now() - started;
  expect(upd).toMatchObject({ status: 'COMPLETED', updatedCount: N, createdCount: 0 });
  expect((await userByEmail(t, 'bulk10@example.com')).name).toBe('Renamed 10');

  started = Date.now();
  const text = await (await downloadUsers(t, { authorization: `Bearer ${t.adminToken}` })).text();
  const exportMs = Date.now() - started;
  const rows = await csvRows(text);
  expect(rows.length - 1).toBe(before + N);
  expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(before + N);
  console.log(`user import ${N} rows: create ${createMs} ms, update ${updateMs} ms, export ${exportMs} ms`);
}, 240_000);
