import { csvRows, exportAgentsCsv, getImport, importCsv, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// The agent CSV's Type column (Full / Light, empty = Full): exported for every agent, read back
// unchanged, a Light row creates a light agent without a seat, a Light row cannot carry admin access
// or groups that grant writes, and files without the column import as they always did.

const TYPES = '{ agents(first: 100) { edges { node { email type isAdmin permissionGroups { id } } } } }';
const LICENSE = '{ license { used lightUsed } }';
const CREATE = 'mutation($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }';
const OUTCOME = 'unchangedCount';

describe('agent CSV: the Type column', () => {
  let t: TestApp;
  const asAdmin = (q: string, v: Record<string, unknown> = {}) => t.ok(q, v, { token: t.adminToken });
  const run = async (csv: string, args: Record<string, unknown> = {}) => {
    const r = await importCsv(t, csv, args);
    if (!('job' in r)) throw new Error(JSON.stringify(r.errors));
    return r.job;
  };
  const types = async () =>
    Object.fromEntries(
      ((await asAdmin(TYPES)).agents.edges as { node: { email: string; type: string } }[]).map((e) => [e.node.email, e.node.type]),
    );
  beforeAll(async () => {
    t = await startImportApp({ LICENSE_SEATS: '3' });
    const input = { sendWelcomeEmail: false, forcePasswordChange: false };
    await asAdmin(CREATE, { i: { ...input, email: 'lou@csv.example', name: 'Lou Light', type: 'LIGHT' } });
    await asAdmin(CREATE, { i: { ...input, email: 'fay@csv.example', name: 'Fay Full' } });
  });
  afterAll(() => t.close());

  it('exports Full or Light and imports the export back unchanged', async () => {
    const csv = await exportAgentsCsv(t);
    const [header, ...rows] = await csvRows(csv);
    const at = header.indexOf('Type');
    expect(at).toBe(8);
    expect(Object.fromEntries(rows.map((r) => [r[0], r[at]]))).toEqual({
      'admin@example.com': 'Full',
      'lou@csv.example': 'Light',
      'fay@csv.example': 'Full',
    });
    const job = await run(csv, { existing: 'UPDATE' });
    expect(job).toMatchObject({ status: 'COMPLETED', errorCount: 0, updatedCount: 0, createdCount: 0 });
    expect((await getImport(t, job.id, OUTCOME)).unchangedCount).toBe(3);
    expect(await types()).toMatchObject({ 'lou@csv.example': 'LIGHT', 'fay@csv.example': 'FULL' });
  });

  it('creates light agents without a seat; old files without the column create full agents', async () => {
    const before = (await asAdmin(LICENSE)).license;
    // 3 seats, 2 used: one full agent fits, the two light ones need none.
    const csv =
      'Email,Name,Permission Groups,Type\r\n' +
      'l1@csv.example,Light One,,Light\r\n' +
      'l2@csv.example,Light Two,,light\r\n' +
      'f1@csv.example,Full One,All Permissions,\r\n';
    const job = await run(csv);
    expect(job).toMatchObject({ status: 'COMPLETED', errorCount: 0, createdCount: 3 });
    const after = (await asAdmin(LICENSE)).license;
    expect([after.used - before.used, after.lightUsed - before.lightUsed]).toEqual([1, 2]);
    expect(await types()).toMatchObject({ 'l1@csv.example': 'LIGHT', 'l2@csv.example': 'LIGHT', 'f1@csv.example': 'FULL' });
    // Without the column (a file from before it existed): a full agent, which needs a seat that is not there.
    const old = await run('Email,Name,Permission Groups\r\nold@csv.example,Old File,All Permissions\r\n');
    expect(old.status).toBe('FAILED');
    expect(old.failure).toMatch(/seats/);
  });

  it('refuses Light rows with admin access or groups that grant writes, and unknown types, naming the column', async () => {
    const csv =
      'Email,Name,Permission Groups,Admin,Type\r\n' +
      'x1@csv.example,Admin Light,,Yes,Light\r\n' +
      'x2@csv.example,Group Light,All Permissions,No,Light\r\n' +
      'x3@csv.example,Odd Type,All Permissions,No,Medium\r\n';
    const job = await run(csv, { onError: 'SKIP_INVALID_ROWS' });
    expect(job.createdCount).toBe(0);
    expect(job.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [1, 'Admin', 'NOT_FOR_LIGHT_AGENT'],
      [2, 'Permission Groups', 'NOT_FOR_LIGHT_AGENT'],
      [3, 'Type', 'INVALID_VALUE'],
    ]);
  });

  it('converts an existing agent when its Type cell changes (UPDATE)', async () => {
    const job = await run('Email,Name,Permission Groups,Type\r\nl1@csv.example,Light One,,Light\r\nfay@csv.example,Fay Full,,Light\r\n', {
      existing: 'UPDATE',
    });
    expect([job.errors, job.status, job.updatedCount]).toEqual([[], 'COMPLETED', 1]);
    expect((await types())['fay@csv.example']).toBe('LIGHT');
  });
});
