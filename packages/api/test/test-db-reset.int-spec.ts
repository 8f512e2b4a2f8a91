import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, initDataSource, migrations } from '../src/db/data-source';
import { MysqlReset, mysqlReset } from './helpers/mysql-reset';
import { dataSourceBefore, freshDataSource, testDbConfig } from './helpers/test-db';

// Every suite's database starts as the migrations leave it, whatever the suite before it wrote
// (test/helpers/test-db.ts): on SQLite a copy of the run's migrated file, on MySQL/MariaDB the
// worker's database with its data reset, or dropped and migrated again when its shape changed.
const db = testDbConfig();
const mysql = db.type === 'mysql';
const seededGroups = [
  { id: 1, name: 'All Permissions' },
  { id: 2, name: 'All Non-Destructive Permissions' },
];

const groups = (ds: DataSource) => ds.query('SELECT id, name FROM permission_group ORDER BY id').then(numbers);
const settings = (ds: DataSource) => ds.query('SELECT name, value FROM helpdesk_setting ORDER BY name');
const locks = (ds: DataSource) => ds.query('SELECT id, touched_at FROM license_lock ORDER BY id');
/** The migrations recorded as run (TypeORM runs them in timestamp order, not the list's). */
const migrationNames = (ds: DataSource) =>
  ds.query('SELECT name FROM migrations').then((r: { name: string }[]) => r.map((m) => m.name).sort());
const allMigrations = migrations.map((m) => m.name).sort();
/** The reset of this worker's MySQL/MariaDB database. */
function resetOf(): MysqlReset {
  const reset = db.type === 'mysql' ? mysqlReset(db.url) : undefined;
  if (!reset) throw new Error('no MySQL database, or no jest run folder (globalSetup did not run)');
  return reset;
}
const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, id: Number(r.id) }));

/** A suite's writes: a new group (its id shows the counter), a changed lock, a setting gone. */
async function scribble(ds: DataSource): Promise<number> {
  await ds.query(
    "INSERT INTO permission_group (name, built_in, stored_permissions, created_at) VALUES ('Scribble', 0, '[]', '2026-01-02 03:04:05')",
  );
  await ds.query("UPDATE license_lock SET touched_at = '2030-01-01 00:00:00'");
  await ds.query('DELETE FROM helpdesk_setting');
  const [{ id }] = await ds.query("SELECT id FROM permission_group WHERE name = 'Scribble'");
  return Number(id);
}

describe('a suite never sees the rows of the suite before it', () => {
  let ds: DataSource | undefined;
  afterEach(async () => {
    if (ds?.isInitialized) await ds.destroy();
    ds = undefined;
  });

  it('starts from the migrated state after another suite wrote, counters included', async () => {
    ds = await freshDataSource(undefined, db);
    const before = { groups: await groups(ds), settings: await settings(ds), locks: await locks(ds) };
    expect(before.groups).toEqual(seededGroups);
    expect(before.settings.length).toBeGreaterThan(0);
    expect(await ds.showMigrations()).toBe(false);
    const firstId = await scribble(ds);
    await ds.destroy();

    // The next suite: on SQLite a new file, on MySQL the same database, reset.
    ds = await freshDataSource(undefined, mysql ? db : testDbConfig());
    expect({ groups: await groups(ds), settings: await settings(ds), locks: await locks(ds) }).toEqual(before);
    expect(await migrationNames(ds)).toEqual(allMigrations);
    expect(await ds.showMigrations()).toBe(false);
    // The AUTO_INCREMENT counter is back too: the same write gets the same id.
    expect(await scribble(ds)).toBe(firstId);
  });

  it('holds what a database migrated from scratch holds, opened with the same settings', async () => {
    if (mysql) {
      // The worker's database was migrated from scratch once this run: the reset compares it with the snapshot taken then.
      const reset = resetOf();
      expect(await reset.reset()).toBe(true);
      expect(await reset.differences()).toEqual([]);
      return;
    }
    ds = await freshDataSource(undefined, testDbConfig());
    const other = await initDataSource(
      createDataSource({ type: 'sqlite', path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-scratch-')), 'db.sqlite') }),
    );
    try {
      const schema = 'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name';
      expect(await ds.query(schema)).toEqual(await other.query(schema));
      const tables: { name: string }[] = await other.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
      for (const { name } of tables) {
        const count = `SELECT COUNT(*) AS n FROM "${name}"`;
        expect([name, await ds.query(count)]).toEqual([name, await other.query(count)]);
      }
      expect(await groups(ds)).toEqual(await groups(other));
      expect(await settings(ds)).toEqual(await settings(other));
      for (const pragma of ['journal_mode', 'foreign_keys', 'busy_timeout', 'cache_size'])
        expect(await ds.query(`PRAGMA ${pragma}`)).toEqual(await other.query(`PRAGMA ${pragma}`));
    } finally {
      await other.destroy();
    }
  });

  (mysql ? it : it.skip)(
    'migrates again when a suite left the schema in another shape (MySQL/MariaDB)',
    async () => {
      ds = await freshDataSource(undefined, db);
      await ds.query('ALTER TABLE helpdesk_setting ADD COLUMN scribble INT NULL');
      await ds.destroy();
      const reset = resetOf();
      expect(await reset.reset()).toBe(false);
      ds = await freshDataSource(undefined, db);
      const columns: { Field: string }[] = await ds.query('SHOW COLUMNS FROM helpdesk_setting');
      expect(columns.map((c) => c.Field)).not.toContain('scribble');
      await ds.destroy();

      // A migration suite's database, migrated only part of the way.
      ds = await dataSourceBefore(migrations[migrations.length - 1], db);
      await ds.destroy();
      expect(await reset.reset()).toBe(false);
      ds = await freshDataSource(undefined, db);
      expect(await migrationNames(ds)).toEqual(allMigrations);
      expect(await groups(ds)).toEqual(seededGroups);
      await ds.destroy();
      expect(await reset.reset()).toBe(true);
      expect(await reset.differences()).toEqual([]);
      ds = undefined;
      // Migrates three times: slow on a busy machine.
    },
    180_000,
  );
});
