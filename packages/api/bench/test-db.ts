import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { DbConfig } from '../src/config';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { freshDataSource } from '../test/helpers/test-db';
import { createRunDir, removeRunDir } from '../test/setup/run-dir';
import { median, ms, pairedRatio, table, timed } from './stats';

// `pnpm bench test-db`: what a test suite waits for before its first test, its database
// (test/helpers/test-db.ts), next to the way every suite got one before: all migrations on a new
// SQLite file, and on MariaDB (BENCH_DATABASE_URL, a database this may empty) DROP + all migrations.
// Each round writes what a suite writes (an agent, a changed setting) so that the reset has work.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const sqliteFile = (): DbConfig => ({
  type: 'sqlite',
  path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-db-')), 'db.sqlite'),
});

/** The old way: every migration, on a new file or on a dropped database. */
async function migrateFromScratch(db: DbConfig): Promise<DataSource> {
  const ds = createDataSource(db);
  await ds.initialize();
  if (db.type === 'mysql') await ds.dropDatabase();
  return initDataSource(ds);
}

async function scribble(ds: DataSource): Promise<void> {
  await ds.query(
    "INSERT INTO permission_group (name, built_in, stored_permissions, created_at) VALUES ('Bench', 0, '[]', '2026-01-02 03:04:05')",
  );
  await ds.query("UPDATE helpdesk_setting SET value = 'true'");
}

async function rounds(db: () => DbConfig): Promise<{ scratch: number[]; now: number[] }> {
  const scratch: number[] = [];
  const now: number[] = [];
  let ds: DataSource | undefined;
  const open = async (how: (d: DbConfig) => Promise<DataSource>) => {
    ds = await how(db());
  };
  // Once unmeasured: the run's SQLite template, the MariaDB snapshot.
  await open((d) => freshDataSource(undefined, d));
  for (let i = 0; i < ROUNDS; i++) {
    await scribble(ds!);
    await ds!.destroy();
    scratch.push(await timed(() => open(migrateFromScratch)));
    await scribble(ds!);
    await ds!.destroy();
    now.push(await timed(() => open((d) => freshDataSource(undefined, d))));
  }
  await ds!.destroy();
  return { scratch, now };
}

export async function testDb(): Promise<void> {
  createRunDir();
  try {
    const rows: string[][] = [];
    const row = (name: string, r: { scratch: number[]; now: number[] }, note: string) =>
      rows.push([name, ms(median(r.now)), ms(median(r.scratch)), pairedRatio(r.now, r.scratch), note]);
    row('SQLite: copy of the migrated file', await rounds(sqliteFile), 'vs all migrations on a new file');
    const url = process.env.BENCH_DATABASE_URL;
    if (url) {
      const db: DbConfig = { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
      row('MariaDB: data reset', await rounds(() => db), 'vs DROP + all migrations');
    }
    console.log(`Database start-up per suite, median of ${ROUNDS} rounds (load ${os.loadavg()[0].toFixed(1)})\n`);
    console.log(table(['', 'now', 'before', 'ratio', ''], rows));
    if (!url) console.log('\nBENCH_DATABASE_URL=mysql://user:password@host/db (a database this may empty) adds MariaDB.');
  } finally {
    removeRunDir();
  }
}
