import { writeToString } from 'fast-csv';
import { systemActor } from '../src/common/actor';
import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import type { ServiceContext } from '../src/common/service';
import { Agent, writeAgentChanges } from '../src/modules/agent';
import { agentHelpers } from './helpers/agent-fixtures';
import { csvRows, exportAgentsCsv, getImport, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// An import's UPDATE rows against a change committed while the import runs (issue 18 item 5): the
// write pass compares each row with the agent locked, so an admin's concurrent edit that already
// set the file's value makes the row UNCHANGED: no second write, no change-log entry, updatedAt kept.
// On MariaDB the edit holds the agent's lock while the import reaches it; SQLite has one writer,
// so there the edit simply commits first.

describe('agent CSV import against a concurrent edit', () => {
  let t: TestApp;
  const { create, team } = agentHelpers(() => t);
  beforeAll(async () => {
    t = await startImportApp();
  });
  afterAll(() => t.close());

  it('reports and writes a row whose value an admin set meanwhile as UNCHANGED', async () => {
    const sales = await team('Sales');
    const agent = await create({ email: 'ana@example.com', name: 'Ana Before', teamIds: [sales], permissionGroupIds: ['2'] });
    const [header, ...rows] = await csvRows(await exportAgentsCsv(t));
    rows.find((r) => r[0] === 'ana@example.com')![header.indexOf('Name')] = 'Ana After';
    const csv = await writeToString([header, ...rows]);

    const { ds } = t.roster;
    const mysql = ds.options.type === 'mysql';
    const other = ds.createQueryRunner();
    const edit = async () => {
      const [row] = await other.manager.findBy(Agent, { id: Number(agent.id) });
      const sc = { em: other.manager, actor: systemActor('Other admin'), clock: () => new Date() } as ServiceContext;
      await writeAgentChanges(sc, [{ agent: row, change: { patch: { name: 'Ana After' } } }]);
    };
    try {
      await other.startTransaction();
      if (mysql) await other.query('SELECT id FROM agent WHERE id = ? FOR UPDATE', [Number(agent.id)]);
      await edit();
      if (!mysql) await other.commitTransaction();
      const queued = await t.ok(
        'mutation($csv: String!) { importAgentsCsv(csv: $csv, dryRun: false, existing: UPDATE) { id } }',
        { csv },
        { token: t.adminToken },
      );
      const run = t.roster.imports.runDue();
      if (mysql) {
        // The check pass reads the committed name (Ana Before); the write pass then waits for this lock.
        await new Promise((r) => setTimeout(r, 1500));
        await other.commitTransaction();
      }
      await run;
      const job = await getImport(t, queued.importAgentsCsv.id, 'unchangedCount');
      expect(job).toMatchObject({ status: 'COMPLETED', updatedCount: 0, unchangedCount: 2, errorCount: 0 });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    const stored = await ds.getRepository(Agent).findOneByOrFail({ id: Number(agent.id) });
    expect(stored.name).toBe('Ana After');
    const log = await ds.getRepository(ChangeLogEntry).find({ where: { entityType: ChangeLogEntityType.AGENT, entityId: agent.id } });
    // Created, then the admin's edit: the import added nothing.
    expect(log.filter((e) => e.field === 'name').map((e) => [e.oldValue, e.newValue, e.actorName])).toEqual([
      [null, 'Ana Before', 'Administrator'],
      ['Ana Before', 'Ana After', 'Other admin'],
    ]);
    expect(log.filter((e) => e.reason?.startsWith('import'))).toEqual([]);
  });
});
