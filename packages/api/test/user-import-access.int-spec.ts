import { CREATE_TOKEN } from './helpers/access-fixtures';
import { codeOf, TestApp } from './helpers/test-app';
import { baseUrl, startImportApp } from './helpers/import-helpers';
import { csvRows, downloadUsers, getUserImport, importUsers, USER_HEADER, userByEmail, userCount } from './helpers/user-import-helpers';

// Who may import and export users: People permissions (people.create, people.edit for UPDATE,
// people.manage_organizations to create organizations, people.view to export) and token scopes
// (users:write to import, users:read to export); the HTTP upload; the export's formula guard and
// its round trip through the import.

let t: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await startImportApp();
  const agent = async (key: string, permissions: string[]) =>
    (tokens[key] = (
      await t.createAgent(
        { email: `${key}@agents.example`, name: key, permissionGroupIds: [], permissions, isAdmin: false },
        'agent-password-1',
      )
    ).token);
  await agent('nothing', []);
  await agent('viewer', ['people.view']);
  await agent('creator', ['people.view', 'people.create']);
  await agent('editor', ['people.view', 'people.create', 'people.edit']);
  const token = async (key: string, scopes: string[]) =>
    (tokens[key] = (await t.ok(CREATE_TOKEN, { n: key, s: scopes }, { token: t.adminToken })).createApiToken.token);
  await token('read', ['users:read']);
  await token('write', ['users:write']);
  await token('agents', ['agents:read', 'agents:write']);
  await t.ok('mutation($n: String!) { createOrganization(name: $n) { id } }', { n: 'Known Org' }, { token: t.adminToken });
});
afterAll(() => t.close());

/** The error code a refused importUsersCsv answered with. */
const refusal = (r: Awaited<ReturnType<typeof importUsers>>) => ('errors' in r ? r.errors?.[0]?.extensions?.code : undefined);

const row = (name: string, email: string, org = '') => `${name},${email},${org},,,,,,,,,,,`;

test('importing needs people.create (people.edit to UPDATE) and the users:write scope', async () => {
  const csv = [USER_HEADER, row('Perm One', 'perm1@example.com')].join('\n');
  for (const who of ['nothing', 'viewer']) expect(refusal(await importUsers(t, csv, {}, tokens[who]))).toBe('FORBIDDEN');
  expect(refusal(await importUsers(t, csv, { existing: 'UPDATE' }, tokens.creator))).toBe('FORBIDDEN');
  expect((await importUsers(t, csv, {}, tokens.creator)).job).toMatchObject({ status: 'COMPLETED', createdCount: 1 });
  expect((await importUsers(t, csv, { existing: 'UPDATE' }, tokens.editor)).job).toMatchObject({ status: 'COMPLETED', updatedCount: 1 });
  // Token scopes: users:write imports, users:read or agents scopes do not.
  for (const who of ['read', 'agents']) expect(refusal(await importUsers(t, csv, {}, tokens[who]))).toBe('FORBIDDEN');
  expect((await importUsers(t, csv, {}, tokens.write)).job).toMatchObject({ status: 'COMPLETED', skippedCount: 1 });
  // importAgentsCsv stays admin-only.
  const r = await t.gql(
    'mutation { importAgentsCsv(csv: "Email,Name,Permission Groups", dryRun: true) { id } }',
    {},
    { token: tokens.editor },
  );
  expect(codeOf(r)).toBe('FORBIDDEN');
});

test('an agent without people.manage_organizations cannot create organizations (row error); a known one is fine', async () => {
  const csv = [USER_HEADER, row('Org A', 'orga@example.com', 'Unknown Org'), row('Org B', 'orgb@example.com', 'known org')].join('\n');
  const { job } = await importUsers(t, csv, { onError: 'SKIP_INVALID_ROWS' }, tokens.creator);
  expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 1 });
  expect(job.errors[0]).toMatchObject({ row: 1, column: 'Organization', code: 'UNKNOWN_ORGANIZATION' });
  expect((await userByEmail(t, 'orgb@example.com')).organization).toEqual({ name: 'Known Org' });
});

test('a user import is seen by the agent who started it (and administrators), not by other agents', async () => {
  const { job } = await importUsers(t, [USER_HEADER, row('Mine', 'mine@example.com')].join('\n'), { dryRun: true }, tokens.creator);
  expect(await getUserImport(t, job.id, '', tokens.creator)).toMatchObject({ id: job.id });
  expect(await getUserImport(t, job.id, '', tokens.editor)).toBeNull();
  expect(await getUserImport(t, job.id)).toMatchObject({ id: job.id });
});

test('a job whose agent lost people.create before it ran fails with nothing written', async () => {
  const demoted = await t.createAgent(
    { email: 'demoted@agents.example', name: 'Demoted', permissionGroupIds: [], permissions: ['people.create'], isAdmin: false },
    'agent-password-1',
  );
  const r = await t.gql(
    'mutation($csv: String!) { importUsersCsv(csv: $csv, dryRun: false) { id } }',
    { csv: [USER_HEADER, row('Late', 'late@example.com')].join('\n') },
    { token: demoted.token },
  );
  await t.ok('mutation($id: ID!) { updateAgent(id: $id, input: { permissions: [] }) { id } }', { id: demoted.id }, { token: t.adminToken });
  await t.roster.imports.runDue();
  const job = await getUserImport(t, r.data.importUsersCsv.id);
  expect(job).toMatchObject({ status: 'FAILED', createdCount: 0 });
  expect(job.errors[0]).toMatchObject({ code: 'NOT_ALLOWED' });
  expect(await userByEmail(t, 'late@example.com')).toBeUndefined();
});

test('POST /imports/users: text/csv body with query params; 401 anonymous, 403 without people.create; errors.csv', async () => {
  const post = (token: string | null, body: string, query = '') =>
    fetch(`${baseUrl(t)}/imports/users${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const csv = [USER_HEADER, row('Up', 'up@example.com'), row('=cmd', 'bad-address')].join('\n');
  expect((await post(null, csv)).status).toBe(401);
  expect((await post(tokens.viewer, csv)).status).toBe(403);
  expect((await post(tokens.read, csv)).status).toBe(403);
  const res = await post(tokens.creator, csv, '?dryRun=true&onError=SKIP_INVALID_ROWS');
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await t.roster.imports.runDue();
  expect(await getUserImport(t, id, '', tokens.creator)).toMatchObject({
    status: 'COMPLETED',
    dryRun: true,
    createdCount: 1,
    errorCount: 1,
  });
  const errors = await fetch(`${baseUrl(t)}/imports/users/${id}/errors.csv`, { headers: { authorization: `Bearer ${tokens.creator}` } });
  expect(errors.status).toBe(200);
  const rows = await csvRows(await errors.text());
  expect(rows[1].slice(0, 3)).toEqual(['2', 'Email', 'INVALID_EMAIL']);
  expect(rows[1][4]).toBe("'=cmd");
  // Another agent's job is not found; the agents' errors.csv does not serve user imports to non-admins.
  expect(
    (await fetch(`${baseUrl(t)}/imports/users/${id}/errors.csv`, { headers: { authorization: `Bearer ${tokens.editor}` } })).status,
  ).toBe(404);
  expect((await fetch(`${baseUrl(t)}/imports/${id}/errors.csv`, { headers: { authorization: `Bearer ${tokens.creator}` } })).status).toBe(
    403,
  );
});

test('GET /imports/users/template.csv: the header and an example row that imports cleanly (dry run)', async () => {
  const res = await fetch(`${baseUrl(t)}/imports/users/template.csv`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const rows = await csvRows(text);
  expect(rows[0].join(',')).toBe(USER_HEADER);
  const { job } = await importUsers(t, text, { dryRun: true });
  expect(job.errors).toEqual([]);
  expect(job).toMatchObject({ status: 'COMPLETED', createdCount: 1, errorCount: 0 });
});

describe('GET /exports/users.csv', () => {
  it('needs people.view (401 anonymous, 403 without it) and, for tokens, users:read', async () => {
    expect((await downloadUsers(t, {})).status).toBe(401);
    expect((await downloadUsers(t, { authorization: `Bearer ${tokens.nothing}` })).status).toBe(403);
    expect((await downloadUsers(t, { authorization: `Bearer ${tokens.agents}` })).status).toBe(403);
    expect((await downloadUsers(t, { authorization: `Bearer ${tokens.viewer}` })).status).toBe(200);
    const res = await downloadUsers(t, { authorization: `Bearer ${tokens.read}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="users.csv"');
    const body = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(body.startsWith('\uFEFFName,Email,Organization,Usergroups')).toBe(true);
  });

  it('guards formula cells, and round-trips through the import (UPDATE changes nothing; a fresh database gets the same users)', async () => {
    await t.ok('mutation($n: String!) { createUsergroup(name: $n) { id } }', { n: 'Round, Trip' }, { token: t.adminToken });
    const csv = [
      USER_HEADER,
      '"=HYPERLINK(""http://evil"")","rt1@example.com; rt1b@example.com",Known Org,"Round, Trip",+1 415 555 0100,https://rt.example,rt_one,,,"@line1\n-line2",America/New_York,pt-BR,"+SUM(A1)",No',
      '-Minus,rt2@example.com,,,,,,,,,,,@mention,Yes',
    ].join('\n');
    // The usergroup's name has a comma: the import takes its id.
    const groups = await t.ok('{ usergroups { id name } }', {}, { token: t.adminToken });
    const rtId = groups.usergroups.find((g: { name: string }) => g.name === 'Round, Trip').id;
    expect((await importUsers(t, csv.replace('"Round, Trip"', rtId))).job).toMatchObject({ status: 'COMPLETED', createdCount: 2 });
    const text = await (await downloadUsers(t, { authorization: `Bearer ${t.adminToken}` })).text();
    const rows = await csvRows(text);
    const byEmail = new Map(rows.slice(1).map((r) => [r[1].split(';')[0], r]));
    const rt1 = byEmail.get('rt1@example.com')!;
    expect(rt1[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rt1[1]).toBe('rt1@example.com; rt1b@example.com');
    expect(rt1[3]).toBe(rtId);
    // A phone is no formula: it goes out as stored, in E.164 (issue 24).
    expect(rt1[4]).toBe('+14155550100');
    expect(rt1[9]).toBe(`'@line1\n-line2`);
    expect(rt1[12]).toBe(`'+SUM(A1)`);
    expect(byEmail.get('rt2@example.com')![0]).toBe(`'-Minus`);
    expect(byEmail.get('rt2@example.com')![12]).toBe(`'@mention`);
    for (const r of rows.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^(?:[=@\t\r]|[+-](?![\d\s().-]+$))/);
    // Imported back over the same users: every row matches, nothing changes (no change-log entry).
    const before = await userCount(t);
    const rtId1 = (await userByEmail(t, 'rt1@example.com')).id;
    const fieldsOf = async () =>
      (
        await t.ok(
          'query($id: ID!) { changeLog(entityType: USER, entityId: $id) { edges { node { field } } } }',
          { id: rtId1 },
          { token: t.adminToken },
        )
      ).changeLog.edges.map((e: { node: { field: string } }) => e.node.field);
    const logBefore = await fieldsOf();
    const back = (await importUsers(t, text, { existing: 'UPDATE' })).job;
    expect(back).toMatchObject({ status: 'COMPLETED', createdCount: 0, errorCount: 0, updatedCount: rows.length - 1 });
    expect(await userCount(t)).toBe(before);
    expect(await userByEmail(t, 'rt1@example.com')).toMatchObject({
      name: '=HYPERLINK("http://evil")',
      summary: '+SUM(A1)',
      address: '@line1\n-line2',
      phone: '+14155550100',
      language: 'pt-BR',
      isAutoResponder: false,
    });
    expect(await fieldsOf()).toEqual(logBefore);
    // Into an empty database: the same users come out.
    const fresh = await startImportApp();
    try {
      await fresh.ok('mutation($n: String!) { createUsergroup(name: $n) { id } }', { n: 'Round, Trip' }, { token: fresh.adminToken });
      const copy = (await importUsers(fresh, text.replace(`,${rtId},`, ',"Round, Trip",').replace(/^\uFEFF/, ''))).job;
      expect(copy.errors.filter((e: { code: string }) => e.code !== 'UNKNOWN_USERGROUP')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
