// SQLite suites start from a copy of one migrated file instead of running every migration again.
// The first suite of each worker that needs it migrates a file in the run's folder (run-dir.ts) and
// renames it into place: no lock, since a rename is atomic and two workers that race write the same
// file. The copy is the file the migrations left (WAL checkpointed into it, journal mode WAL kept in
// its header), so the suite's data source opens it as the app opens any database: initDataSource
// finds no migration to run, and the start-up work after it (the first admin) still happens.
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource, initDataSource } from '../../src/db/data-source';
import { testRunDir } from '../setup/run-dir';

async function migratedTemplate(dir: string): Promise<string> {
  const template = path.join(dir, 'migrated.sqlite');
  if (fs.existsSync(template)) return template;
  const scratch = path.join(dir, `migrating-${process.pid}.sqlite`);
  const ds = await initDataSource(createDataSource({ type: 'sqlite', path: scratch }));
  await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await ds.destroy();
  for (const extra of ['-wal', '-shm']) fs.rmSync(scratch + extra, { force: true });
  fs.renameSync(scratch, template);
  return template;
}

/** Puts a migrated database at `file` when nothing is there yet; false outside a jest run (the caller migrates). */
export async function copyMigratedSqlite(file: string): Promise<boolean> {
  const dir = testRunDir();
  if (!dir || file === ':memory:' || fs.existsSync(file)) return false;
  fs.copyFileSync(await migratedTemplate(dir), file);
  return true;
}
