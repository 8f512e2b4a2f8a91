import { TestApp } from './helpers/test-app';
import { startImportApp } from './helpers/import-helpers';
import { getUserImport, importUsers, USER_HEADER, userByEmail, userCount } from './helpers/user-import-helpers';

// The user CSV import (docs/csv.md "User CSV") on the shared import engine: every column, row errors
// with row and column, ABORT / SKIP_INVALID_ROWS, dry run, SKIP / UPDATE of existing users.

let t: TestApp;
const admin = () => t.adminToken;
beforeAll(async () => {
  t = await startImportApp();
  for (const n of ['VIP', 'Partners']) await t.ok('mutation($n: String!) { createUsergroup(name: $n) { id } }', { n }, { token: admin() });
  await t.ok('mutation($n: String!) { createOrganization(name: $n) { id } }', { n: 'Acme Corp' }, { token: admin() });
});
afterAll(() => t.close());

test('every column imports: emails (first primary), organization by name, usergroups, contact fields, Auto Responder; change log', async () => {
  const csv = [
    USER_HEADER,
    'Ada Lovelace,"ada@example.com; ADA@work.example | ada2@example.org",acme corp,"VIP, partners",+44 20 7946 0000,https://ada.example,@ada_l,https://www.linkedin.com/in/ada,https://www.facebook.com/ada,"1 Main St\nLondon",Europe/London,en,"=1+2 is a formula",Yes',
    'Bob,bob@example.com,,,,,,,,,,,,',
  ].join('\n');
  const { job } = await importUsers(t, csv);
  expect(job).toMatchObject({ status: 'COMPLETED', totalRows: 2, processedRows: 2, createdCount: 2, errorCount: 0 });
  const ada = await userByEmail(t, 'ada@work.example');
  expect(ada).toMatchObject({
    name: 'Ada Lovelace',
    primaryEmail: 'ada@example.com',
    organization: { name: 'Acme Corp' },
    phone: '+442079460000',
    website: 'https://ada.example',
    twitter: 'ada_l',
    linkedin: 'https://www.linkedin.com/in/ada',
    facebook: 'https://www.facebook.com/ada',
    address: '1 Main St\nLondon',
    timezone: 'Europe/London',
    language: 'en',
    summary: '=1+2 is a formula',
    isAutoResponder: true,
  });
  expect(ada.emails.map((e: { address: string }) => e.address).sort()).toEqual(['ada2@example.org', 'ada@example.com', 'ada@work.example']);
  expect(ada.usergroups.map((g: { name: string }) => g.name).sort()).toEqual(['Partners', 'VIP']);
  expect(await userByEmail(t, 'bob@example.com')).toMatchObject({
    name: 'Bob',
    organization: null,
    isAutoResponder: false,
    usergroups: [],
  });
  const log = await t.ok(
    'query($id: ID!) { changeLog(entityType: USER, entityId: $id) { edges { node { field newValue reason } } } }',
    { id: ada.id },
    { token: admin() },
  );
  const fields = log.changeLog.edges.map((e: { node: { field: string } }) => e.node.field);
  expect(fields).toEqual(expect.arrayContaining(['created', 'organization', 'usergroups']));
  expect(log.changeLog.edges[0].node.reason).toBe(`import #${job.id}`);
});

test('a missing organization is created (people.manage_organizations) and logged', async () => {
  const { job } = await importUsers(t, [USER_HEADER, 'Cy,cy@example.com,New Org Ltd,,,,,,,,,,,'].join('\n'));
  expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1 });
  expect((await userByEmail(t, 'cy@example.com')).organization).toEqual({ name: 'New Org Ltd' });
  const orgs = await t.ok('{ organizations(search: "New Org") { edges { node { id name } } } }', {}, { token: admin() });
  expect(orgs.organizations.edges).toHaveLength(1);
});

test('row errors name the row (1 = first data row) and the column; ABORT writes nothing; SKIP_INVALID_ROWS writes the valid rows', async () => {
  const csv = [
    'email,NAME,usergroups,timezone,auto responder,phone',
    'ok1@example.com,Ok One,,,,',
    'not-an-email,Bad Email,,,,',
    'ok2@example.com,,,,,',
    'ok3@example.com,Bad Group,Nope,,,',
    'ok4@example.com,Bad Zone,,Mars/Base,,',
    'ok5@example.com,Bad Flag,,,maybe,',
    'ok6@example.com,Bad Phone,,,,call me',
    'ok1@example.com,Twice,,,,',
  ].join('\r\n');
  const before = await userCount(t);
  const aborted = (await importUsers(t, csv)).job;
  expect(aborted).toMatchObject({ status: 'FAILED', createdCount: 0, errorCount: 7 });
  expect(aborted.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
    [2, 'Email', 'INVALID_EMAIL'],
    [3, 'Name', 'REQUIRED'],
    [4, 'Usergroups', 'UNKNOWN_USERGROUP'],
    [5, 'Timezone', 'INVALID_VALUE'],
    [6, 'Auto Responder', 'INVALID_YES_NO'],
    [7, 'Phone', 'INVALID_VALUE'],
    [8, 'Email', 'DUPLICATE_EMAIL'],
  ]);
  expect(aborted.errors[6].message).toBe('ok1@example.com is also on row 1');
  expect(await userCount(t)).toBe(before);
  const skipped = (await importUsers(t, csv, { onError: 'SKIP_INVALID_ROWS' })).job;
  expect(skipped).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 7 });
  expect(await userCount(t)).toBe(before + 1);
});

test('a website without a scheme imports with https://; one that is not a web address is a row error on Website', async () => {
  const csv = ['email,name,website', 'web1@example.com,Web One,acme.example', 'web2@example.com,Web Two,javascript:alert(1)'].join('\n');
  const job = (await importUsers(t, csv, { onError: 'SKIP_INVALID_ROWS' })).job;
  expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 1 });
  expect(job.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message])).toEqual([
    [2, 'Website', 'must be a web address such as acme.example'],
  ]);
  expect(await userByEmail(t, 'web1@example.com')).toMatchObject({ website: 'https://acme.example' });
});

test('a dry run writes nothing and reports what each row would do', async () => {
  const before = await userCount(t);
  const csv = [USER_HEADER, 'Bob Again,bob@example.com,,,,,,,,,,,,', 'Dee,dee@example.com,Dry Org,,,,,,,,,,,', 'Eve,eve@,,,,,,,,,,,,'].join(
    '\n',
  );
  const { job } = await importUsers(t, csv, { dryRun: true, onError: 'SKIP_INVALID_ROWS' });
  expect(job).toMatchObject({ status: 'COMPLETED', dryRun: true, totalRows: 3, createdCount: 1, skippedCount: 1, errorCount: 1 });
  const rows = await getUserImport(t, job.id, 'rows(first: 10) { edges { node { row email action } } }');
  expect(rows.rows.edges.map((e: { node: unknown }) => e.node)).toEqual([
    { row: 1, email: 'bob@example.com', action: 'SKIP' },
    { row: 2, email: 'dee@example.com', action: 'CREATE' },
    { row: 3, email: null, action: 'ERROR' },
  ]);
  expect(await userCount(t)).toBe(before);
  const orgs = await t.ok('{ organizations(search: "Dry Org") { totalCount } }', {}, { token: admin() });
  expect(orgs.organizations.totalCount).toBe(0);
});

test('existing users (matched by any address) are skipped, or updated with existing: UPDATE; filled cells only, addresses added', async () => {
  const csv = [USER_HEADER, 'Robert,"bob-new@example.com; bob@example.com",Acme Corp,VIP,,,,,,,Europe/Paris,,,'].join('\n');
  expect((await importUsers(t, csv)).job).toMatchObject({ status: 'COMPLETED', skippedCount: 1, updatedCount: 0 });
  const upd = (await importUsers(t, csv, { existing: 'UPDATE' })).job;
  expect(upd).toMatchObject({ status: 'COMPLETED', updatedCount: 1, createdCount: 0, errorCount: 0 });
  const bob = await userByEmail(t, 'bob@example.com');
  expect(bob).toMatchObject({
    name: 'Robert',
    primaryEmail: 'bob@example.com',
    organization: { name: 'Acme Corp' },
    timezone: 'Europe/Paris',
  });
  expect(bob.usergroups).toEqual([{ name: 'VIP' }]);
  expect(bob.emails.map((e: { address: string }) => e.address).sort()).toEqual(['bob-new@example.com', 'bob@example.com']);
  const log = await t.ok(
    'query($id: ID!) { changeLog(entityType: USER, entityId: $id) { edges { node { field oldValue newValue } } } }',
    { id: bob.id },
    { token: admin() },
  );
  expect(log.changeLog.edges.map((e: { node: unknown }) => e.node)).toEqual(
    expect.arrayContaining([
      { field: 'name', oldValue: 'Bob', newValue: 'Robert' },
      { field: 'emails', oldValue: null, newValue: 'bob-new@example.com' },
      { field: 'organization', oldValue: null, newValue: 'Acme Corp' },
    ]),
  );
  // The same file again changes nothing more.
  const again = (await importUsers(t, csv, { existing: 'UPDATE' })).job;
  expect(again).toMatchObject({ status: 'COMPLETED', updatedCount: 1 });
  const log2 = await t.ok(
    'query($id: ID!) { changeLog(entityType: USER, entityId: $id) { totalCount } }',
    { id: bob.id },
    { token: admin() },
  );
  expect(log2.changeLog.totalCount).toBe(log.changeLog.edges.length);
});

test('an address of another user than the one the row matched is a row error', async () => {
  const csv = [USER_HEADER, 'Mixed,"bob@example.com; cy@example.com",,,,,,,,,,,,'].join('\n');
  const { job } = await importUsers(t, csv, { existing: 'UPDATE' });
  expect(job).toMatchObject({ status: 'FAILED', errorCount: 1 });
  expect(job.errors[0]).toMatchObject({
    row: 1,
    column: 'Email',
    code: 'EMAIL_TAKEN',
    message: expect.stringContaining('cy@example.com belongs to user'),
  });
  expect((await userByEmail(t, 'bob@example.com')).name).toBe('Robert');
});

test('file-level failures: missing required column, unknown header, no rows', async () => {
  const missing = (await importUsers(t, 'Name,Phone\nX,123\n')).job;
  expect(missing).toMatchObject({ status: 'FAILED' });
  expect(missing.errors[0]).toMatchObject({ row: 0, code: 'MISSING_COLUMN', message: 'The header must have the column Email' });
  const unknown = (await importUsers(t, 'Name,Email,Shoe Size\nZed,zed@example.com,44\n')).job;
  expect(unknown).toMatchObject({ status: 'FAILED', errorCount: 1 });
  expect(unknown.errors[0]).toMatchObject({ row: 0, code: 'UNKNOWN_HEADER' });
  const empty = (await importUsers(t, `${USER_HEADER}\n`)).job;
  expect(empty.errors[0]).toMatchObject({ code: 'NO_ROWS', message: 'The file has a header but no user rows' });
});

test('agentImport and userImport do not show each other’s jobs', async () => {
  const { job } = await importUsers(t, [USER_HEADER, 'Solo,solo@example.com,,,,,,,,,,,,'].join('\n'), { dryRun: true });
  const d = await t.ok('query($id: ID!) { agentImport(id: $id) { id } }', { id: job.id }, { token: admin() });
  expect(d.agentImport).toBeNull();
});
