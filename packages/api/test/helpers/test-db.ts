import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, EntityTarget, Logger, ObjectLiteral } from 'typeorm';
import type { DbConfig } from '../../src/config';
import { createDataSource, initDataSource, migrations } from '../../src/db/data-source';
import { mysqlReset } from './mysql-reset';
import { copyMigratedSqlite } from './sqlite-template';

/** SQLite by default; MySQL/MariaDB when TEST_DATABASE_URL=mysql://... is set. */
export function testDbConfig(): DbConfig {
  const url = process.env.TEST_DATABASE_URL;
  if (url && /^(mysql|mariadb):\/\//.test(url)) return { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-test-'));
  return { type: 'sqlite', path: path.join(dir, 'test.sqlite') };
}

/**
 * A fresh, migrated database: every suite starts with only the rows the migrations seed. SQLite:
 * a copy of the run's migrated file (sqlite-template.ts); MySQL: the worker database with its data
 * reset (mysql-reset.ts), or dropped and migrated when it has another shape. Either way
 * initDataSource then finds no migration to run.
 */
export async function freshDataSource(logger?: Logger, db: DbConfig = testDbConfig()): Promise<DataSource> {
  if (db.type === 'sqlite') await copyMigratedSqlite(db.path);
  const reset = db.type === 'mysql' ? mysqlReset(db.url) : undefined;
  if (await reset?.reset()) return initDataSource(createDataSource(db, logger));
  const ds = createDataSource(db, logger);
  await ds.initialize();
  if (db.type === 'mysql') await ds.dropDatabase();
  await initDataSource(ds);
  await reset?.snapshot();
  return ds;
}

/**
 * A fresh database migrated up to, not including, `migration` (for testing that migration on
 * data in the old shape); initDataSource(createDataSource(db)) then runs the rest.
 */
export async function dataSourceBefore(migration: (typeof migrations)[number], db: DbConfig = testDbConfig()): Promise<DataSource> {
  const base = createDataSource(db);
  const index = migrations.indexOf(migration);
  if (index < 0) throw new Error(`${migration.name} is not a migration`);
  const before = new DataSource({ ...base.options, migrations: migrations.slice(0, index) } as typeof base.options);
  await before.initialize();
  if (db.type === 'mysql') await before.dropDatabase();
  await before.runMigrations({ transaction: 'each' });
  return before;
}

/** Runs the migrations `db` still lacks; returns the data source and the lines they wrote to the migration log (console.warn). */
export async function migrateLogged(db: DbConfig): Promise<{ ds: DataSource; logged: string[] }> {
  const logged: string[] = [];
  const warn = jest.spyOn(console, 'warn').mockImplementation((m: unknown) => void logged.push(String(m)));
  try {
    return { ds: await initDataSource(createDataSource(db)), logged };
  } finally {
    warn.mockRestore();
  }
}

/** The properties of `entity` whose columns the table has at this point of the migrations (later ones add others). */
export async function columnsNow<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, props: string[]) {
  const meta = ds.getMetadata(entity);
  const mysql = ds.options.type === 'mysql';
  const rows: Record<string, string>[] = await ds.query(
    mysql ? `SHOW COLUMNS FROM ${meta.tableName}` : `PRAGMA table_info(${meta.tableName})`,
  );
  const have = new Set(rows.map((r) => r.Field ?? r.name));
  return props.filter((p) => have.has(meta.findColumnWithPropertyName(p)?.databaseName ?? '')) as (keyof T & string)[];
}
