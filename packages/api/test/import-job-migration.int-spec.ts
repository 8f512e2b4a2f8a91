import { DataSource } from 'typeorm';
import { createDataSource, initDataSource, migrations } from '../src/db/data-source';
import { ImportJob, ImportRow, ImportRowError } from '../src/modules/import';
import { testDbConfig } from './helpers/test-db';

// The import engine's tables lost their agent_ prefix (migration 1764660000000): jobs, row
// outcomes and errors written under the old names are still there, on SQLite and MySQL/MariaDB.

describe('import job tables renamed', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('keeps the jobs, rows and errors stored in agent_import*, and new jobs get new ids', async () => {
    const db = testDbConfig();
    const base = createDataSource(db);
    const renaming = migrations.findIndex((m) => m.name === 'ImportJob1764660000000');
    const before = new DataSource({ ...base.options, migrations: migrations.slice(0, renaming) } as typeof base.options);
    await before.initialize();
    if (db.type === 'mysql') await before.dropDatabase();
    await before.runMigrations({ transaction: 'each' });
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    for (const [id, kind] of [
      [1, 'AGENTS'],
      [2, 'USERS'],
    ] as const) {
      await before.query(
        `INSERT INTO agent_import (id, kind, status, dry_run, on_error, existing, file_name, file_bytes, actor_kind, actor_name, total_rows, error_count, created_at)
         VALUES (?, ?, 'COMPLETED', 1, 'ABORT', 'SKIP', ?, 10, 'AGENT', 'Admin', 1, 1, ?)`,
        [id, kind, `f${id}.csv`, now],
      );
      await before.query(
        `INSERT INTO agent_import_row (import_id, \`row\`, email, action, cells) VALUES (?, 1, 'a@example.com', 'ERROR', '["x"]')`,
        [id],
      );
      await before.query(
        `INSERT INTO agent_import_error (import_id, \`row\`, \`column\`, code, message) VALUES (?, 1, 'Email', 'INVALID', 'bad')`,
        [id],
      );
    }
    await before.destroy();

    ds = await initDataSource(createDataSource(db));
    const jobs = await ds.manager.find(ImportJob, { order: { id: 'ASC' } });
    expect(jobs.map((j) => [j.id, j.kind, j.fileName])).toEqual([
      [1, 'AGENTS', 'f1.csv'],
      [2, 'USERS', 'f2.csv'],
    ]);
    expect((await ds.manager.find(ImportRow, { order: { importId: 'ASC' } })).map((r) => [r.importId, r.row, r.cells])).toEqual([
      [1, 1, '["x"]'],
      [2, 1, '["x"]'],
    ]);
    expect((await ds.manager.find(ImportRowError, { order: { id: 'ASC' } })).map((e) => [e.importId, e.code])).toEqual([
      [1, 'INVALID'],
      [2, 'INVALID'],
    ]);
    // The foreign keys follow the renamed parent: deleting a job still removes its rows and errors.
    await ds.manager.delete(ImportJob, { id: 1 });
    expect(await ds.manager.countBy(ImportRow, { importId: 1 })).toBe(0);
    expect(await ds.manager.countBy(ImportRowError, { importId: 1 })).toBe(0);
    const { identifiers } = await ds.manager.insert(ImportJob, { ...jobs[1], id: undefined, fileName: 'f3.csv' });
    expect(identifiers[0].id).toBe(3);
    const names = (await ds.query(db.type === 'mysql' ? 'SHOW TABLES' : "SELECT name FROM sqlite_master WHERE type = 'table'")).map(
      (r: Record<string, string>) => Object.values(r)[0],
    );
    expect(names.filter((n: string) => /import/.test(n)).sort()).toEqual(['import_job', 'import_job_error', 'import_job_row']);
  });
});
