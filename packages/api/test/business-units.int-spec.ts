import { writeToString } from 'fast-csv';
import { BusinessUnit } from '../src/modules/business-unit';
import { insertRows } from '../src/common/insert-rows';
import { MAX_BUSINESS_UNITS } from '../src/common/list-limits';
import { agentHelpers, fields } from './helpers/agent-fixtures';
import { csvRows, exportAgentsCsv, importCsv, startImportApp } from './helpers/import-helpers';
import { codeOf, TestApp } from './helpers/test-app';

// Issue 24 item 3: business units as a managed list (create, rename, delete with agent counts and
// change-log entries), the agent's unit by id or by name, the agents list filter and the CSV column.

const UNITS = '{ businessUnits { id name agentCount } }';
const CREATE = 'mutation($n: String!) { createBusinessUnit(name: $n) { id name agentCount } }';
const RENAME = 'mutation($id: ID!, $n: String!) { renameBusinessUnit(id: $id, name: $n) { id name } }';
const DELETE = 'mutation($id: ID!) { deleteBusinessUnit(id: $id) }';
const UNIT_LOG = `query($id: ID!) { changeLog(entityType: BUSINESS_UNIT, entityId: $id) { edges { node { field oldValue newValue } } } }`;
const FILTER =
  'query($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id email businessUnit businessUnitId } } } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id businessUnit businessUnitId } }';

const toCsv = (rows: string[][]) => writeToString(rows, { rowDelimiter: '\r\n' });

describe('business units', () => {
  let t: TestApp;
  const { asAdmin, tryAdmin, create, log } = agentHelpers(() => t);
  const units = async () => (await asAdmin(UNITS)).businessUnits as { id: string; name: string; agentCount: number }[];
  const newUnit = async (n: string) => (await asAdmin(CREATE, { n })).createBusinessUnit.id as string;

  beforeAll(async () => {
    t = await startImportApp({ LICENSE_SEATS: '100' });
  });
  afterAll(() => t?.close());

  it('creates, renames and lists units by name with their agent counts; each change is in the unit change log', async () => {
    const emea = await newUnit('  EMEA ');
    const apac = await newUnit('APAC');
    await create({ email: 'bu.one@example.com', name: 'Bu One', businessUnitId: emea });
    await create({ email: 'bu.two@example.com', name: 'Bu Two', businessUnit: 'emea' });
    expect(await units()).toEqual([
      { id: apac, name: 'APAC', agentCount: 0 },
      { id: emea, name: 'EMEA', agentCount: 2 },
    ]);
    expect((await asAdmin(RENAME, { id: apac, n: 'Asia Pacific' })).renameBusinessUnit.name).toBe('Asia Pacific');
    const entries = (await asAdmin(UNIT_LOG, { id: apac })).changeLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toEqual([
      { field: 'name', oldValue: 'APAC', newValue: 'Asia Pacific' },
      { field: 'created', oldValue: null, newValue: 'APAC' },
    ]);
  });

  it('refuses empty, over-long and taken names (ignoring case), naming the field', async () => {
    const r1 = await tryAdmin(CREATE, { n: '   ' });
    expect([codeOf(r1), fields(r1)]).toEqual(['BAD_USER_INPUT', { name: 'must not be empty' }]);
    const r2 = await tryAdmin(CREATE, { n: 'x'.repeat(201) });
    expect([codeOf(r2), fields(r2)]).toEqual(['BAD_USER_INPUT', { name: 'must be at most 200 characters' }]);
    const r3 = await tryAdmin(CREATE, { n: 'emea' });
    expect([codeOf(r3), fields(r3)]).toEqual(['CONFLICT', { name: 'is already used by another business unit' }]);
    const apac = (await units()).find((u) => u.name === 'Asia Pacific')!.id;
    expect(codeOf(await tryAdmin(RENAME, { id: apac, n: 'Emea' }))).toBe('CONFLICT');
    expect(codeOf(await tryAdmin(RENAME, { id: '99999', n: 'Nowhere' }))).toBe('NOT_FOUND');
    expect(fields(await tryAdmin(DELETE, { id: 'abc' }))).toEqual({ id: 'is not a valid id' });
  });

  it("sets, changes and clears an agent's unit by id or by name, logging names; unknown units are field errors", async () => {
    const a = await create({ email: 'bu.three@example.com', name: 'Bu Three' });
    const apac = (await units()).find((u) => u.name === 'Asia Pacific')!.id;
    expect((await asAdmin(UPDATE, { id: a.id, i: { businessUnitId: apac } })).updateAgent).toMatchObject({
      businessUnit: 'Asia Pacific',
      businessUnitId: apac,
    });
    expect((await asAdmin(UPDATE, { id: a.id, i: { businessUnit: 'EMEA' } })).updateAgent.businessUnit).toBe('EMEA');
    expect((await asAdmin(UPDATE, { id: a.id, i: { businessUnitId: null } })).updateAgent.businessUnitId).toBeNull();
    const unitEntries = (await log(a.id)).filter((e) => e.field === 'businessUnit').map((e) => [e.oldValue, e.newValue]);
    expect(unitEntries).toEqual([
      ['EMEA', null],
      ['Asia Pacific', 'EMEA'],
      [null, 'Asia Pacific'],
    ]);
    const unknownName = await tryAdmin(UPDATE, { id: a.id, i: { businessUnit: 'Mars' } });
    expect(fields(unknownName)).toEqual({
      'input.businessUnit': '"Mars" is not a business unit (an administrator adds it under Business units first)',
    });
    expect(fields(await tryAdmin(UPDATE, { id: a.id, i: { businessUnitId: '99999' } }))).toEqual({
      'input.businessUnitId': 'unknown business unit id 99999',
    });
    expect(fields(await tryAdmin(UPDATE, { id: a.id, i: { businessUnitId: 'x' } }))).toEqual({
      'input.businessUnitId': 'is not a valid id',
    });
    expect(fields(await tryAdmin(UPDATE, { id: a.id, i: { businessUnitId: apac, businessUnit: 'EMEA' } }))).toEqual({
      'input.businessUnitId': 'give businessUnitId or businessUnit (a name), not both',
    });
    expect((await asAdmin(UPDATE, { id: a.id, i: {} })).updateAgent.businessUnitId).toBeNull();
  });

  it('filters the agents list by unit', async () => {
    const emea = (await units()).find((u) => u.name === 'EMEA')!.id;
    const list = (await asAdmin(FILTER, { f: { businessUnitId: emea } })).agents;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: { node: { email: string } }) => e.node.email).sort()).toEqual(['bu.one@example.com', 'bu.two@example.com']);
    expect(fields(await tryAdmin(FILTER, { f: { businessUnitId: '0' } }))).toEqual({ 'filter.businessUnitId': 'is not a valid id' });
  });

  it('exports the unit by name and imports it back by name; an unknown name is a row error naming the row and the value', async () => {
    const csv = await exportAgentsCsv(t);
    const [header, ...rows] = await csvRows(csv);
    expect(header[header.length - 1]).toBe('Business Unit');
    const cell = (email: string) => rows.find((r) => r[0] === email)![header.length - 1];
    expect([cell('bu.one@example.com'), cell('bu.three@example.com')]).toEqual(['EMEA', '']);

    // Untouched, the file changes nothing.
    const again = await importCsv(t, csv, { existing: 'UPDATE' });
    expect(again.job).toMatchObject({ status: 'COMPLETED', errorCount: 0, updatedCount: 0 });

    const at = header.indexOf('Business Unit');
    const edited = [header, ...rows].map((r) => [...r]);
    const three = edited.findIndex((r) => r[0] === 'bu.three@example.com');
    edited[three][at] = 'asia PACIFIC';
    const moved = await importCsv(t, await toCsv(edited), { existing: 'UPDATE' });
    expect(moved.job).toMatchObject({ status: 'COMPLETED', errorCount: 0, updatedCount: 1 });
    const three2 = (await asAdmin(FILTER, { f: { search: 'bu.three' } })).agents.edges[0].node;
    expect(three2.businessUnit).toBe('Asia Pacific');
    expect((await log(three2.id)).find((e) => e.field === 'businessUnit')).toMatchObject({
      oldValue: null,
      newValue: 'Asia Pacific',
      actorName: expect.any(String),
    });

    const bad = await toCsv([
      ['Email', 'Name', 'Permission Groups', 'Business Unit'],
      ['new.bu@example.com', 'New Bu', 'All Permissions', 'EMEA'],
      ['mars.bu@example.com', 'Mars Bu', 'All Permissions', 'Mars Base'],
    ]);
    const refused = await importCsv(t, bad, { onError: 'ABORT' });
    expect(refused.job.errors).toEqual([
      {
        row: 2,
        column: 'Business Unit',
        code: 'UNKNOWN_BUSINESS_UNIT',
        message: '"Mars Base" is not a business unit (an administrator adds it under Business units first)',
      },
    ]);
    expect((await asAdmin(FILTER, { f: { search: 'new.bu' } })).agents.totalCount).toBe(0);
    const created = await importCsv(t, bad, { onError: 'SKIP_INVALID_ROWS' });
    expect(created.job).toMatchObject({ createdCount: 1, errorCount: 1 });
    expect((await asAdmin(FILTER, { f: { search: 'new.bu' } })).agents.edges[0].node.businessUnit).toBe('EMEA');
  });

  it('answers lists and deletes in a constant number of statements, whatever the number of agents', async () => {
    const [a, b] = [await newUnit('Stmt A'), await newUnit('Stmt B')];
    for (let i = 0; i < 6; i++) await create({ email: `stmt${i}@example.com`, name: `Stmt ${i}`, businessUnitId: i % 2 ? a : b });
    const LIST = 'query($first: Int!) { agents(first: $first) { edges { node { id businessUnit } } } businessUnits { id agentCount } }';
    const statements = async (run: () => Promise<unknown>) => {
      const before = t.sql.count;
      await run();
      return t.sql.count - before;
    };
    await asAdmin(LIST, { first: 2 });
    expect(await statements(() => asAdmin(LIST, { first: 12 }))).toBe(await statements(() => asAdmin(LIST, { first: 2 })));
    // Five agents lose unit B in as many statements as one agent loses unit C.
    const c = await newUnit('Stmt C');
    await create({ email: 'stmt.c@example.com', name: 'Stmt C', businessUnitId: c });
    await asAdmin(UPDATE, { id: (await create({ email: 'stmt.b2@example.com', name: 'Stmt B2' })).id, i: { businessUnitId: b } });
    await asAdmin(UPDATE, { id: (await create({ email: 'stmt.b3@example.com', name: 'Stmt B3' })).id, i: { businessUnitId: b } });
    const many = await statements(() => asAdmin(DELETE, { id: b }));
    const one = await statements(() => asAdmin(DELETE, { id: c }));
    expect(many).toBe(one);
    expect((await asAdmin(DELETE, { id: a })).deleteBusinessUnit).toBe(3);
  });

  it("deletes a unit: its agents lose it in the same transaction, each agent's change log says so, the answer counts them", async () => {
    const emea = (await units()).find((u) => u.name === 'EMEA')!;
    expect(emea.agentCount).toBe(3);
    const holders = (await asAdmin(FILTER, { f: { businessUnitId: emea.id } })).agents.edges.map(
      (e: { node: { email: string } }) => e.node.email,
    );
    expect((await asAdmin(DELETE, { id: emea.id })).deleteBusinessUnit).toBe(3);
    expect((await units()).map((u) => u.name)).toEqual(['Asia Pacific']);
    for (const email of holders) {
      const node = (await asAdmin(FILTER, { f: { search: email } })).agents.edges[0].node;
      expect(node.businessUnitId).toBeNull();
    }
    const one = (await asAdmin(FILTER, { f: { search: 'bu.one' } })).agents.edges[0].node;
    expect((await log(one.id)).find((e) => e.field === 'businessUnit')).toMatchObject({ oldValue: 'EMEA', newValue: null });
    const unitLog = (await asAdmin(UNIT_LOG, { id: emea.id })).changeLog.edges.map((e: { node: { field: string } }) => e.node.field);
    expect(unitLog[0]).toBe('deleted');
    // The audit log has the deletion (the administrative change log feeds it).
    const audit = await asAdmin('query($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { edges { node { action targetId } } } }', {
      f: { targetType: 'BUSINESS_UNIT', targetId: emea.id },
    });
    expect(audit.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'business_unit.deleted',
      'business_unit.created',
    ]);
    expect(codeOf(await tryAdmin(DELETE, { id: emea.id }))).toBe('NOT_FOUND');
    // A unit nobody holds: nothing to clear.
    expect((await asAdmin(DELETE, { id: await newUnit('Empty Unit') })).deleteBusinessUnit).toBe(0);
  });

  it(`keeps at most ${MAX_BUSINESS_UNITS} units`, async () => {
    const have = (await units()).length;
    const now = new Date();
    await insertRows(
      t.roster.ds.manager,
      BusinessUnit,
      ['name', 'createdAt'],
      Array.from({ length: MAX_BUSINESS_UNITS - have - 1 }, (_, i) => ({ name: `Bulk Unit ${i}`, createdAt: now })),
    );
    await newUnit('The Last One');
    const r = await tryAdmin(CREATE, { n: 'One Too Many' });
    expect([codeOf(r), fields(r)]).toEqual(['CONFLICT', { name: `at most ${MAX_BUSINESS_UNITS} business units exist` }]);
    expect((await units()).length).toBe(MAX_BUSINESS_UNITS);
  });
});
