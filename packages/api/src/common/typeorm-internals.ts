import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * The one place that reads TypeORM's driver internals (not public API): the better-sqlite3
 * database handle and the mysql2 pool behind a DataSource, and the driver's value conversion
 * with column metadata, as TypeORM 0.3 has them. raw-rows.ts and prepared-read.ts see only the
 * types below; typeorm-internals.spec.ts fails with a message naming the installed version when
 * an upgrade changes any of them.
 */
export const TYPEORM_WRITTEN_FOR = '0.3.x';

type Row = Record<string, unknown>;

/** better-sqlite3's Database, as far as it is used: prepared statements kept across calls. */
export interface SqliteHandle {
  prepare(sql: string): { all(...params: unknown[]): Row[] };
}

/** mysql2's callback pool: `execute` prepares a statement once per pooled connection. */
export interface MysqlPool {
  execute(sql: string, params: unknown[], cb: (err: Error | null, rows: Row[]) => void): void;
}

/** A column as hand-written SQL needs it: names, and TypeORM's own value conversion for it. */
export interface ColumnAccess {
  propertyName: string;
  databaseName: string;
  /** The driver's prepareHydratedValue: a database value as TypeORM puts it on an entity. */
  hydrate(value: unknown): unknown;
  /** The driver's preparePersistentValue: an entity value as TypeORM writes it (a parameter). */
  persist(value: unknown): unknown;
}

export function installedTypeormVersion(): string {
  try {
    const file = path.join(path.dirname(require.resolve('typeorm')), 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function typeormInternalsChanged(what: string): Error {
  return new Error(
    `TypeORM driver internals changed: ${what} (installed typeorm ${installedTypeormVersion()}, ` +
      `src/common/typeorm-internals.ts was written for ${TYPEORM_WRITTEN_FOR}; see the dependency notes in the README)`,
  );
}

/** The better-sqlite3 Database the data source's driver holds now (a new one after destroy + initialize). */
export function sqliteHandle(ds: DataSource): SqliteHandle {
  const handle = (ds.driver as unknown as { databaseConnection?: SqliteHandle }).databaseConnection;
  if (typeof handle?.prepare !== 'function') throw typeormInternalsChanged('BetterSqlite3Driver.databaseConnection has no prepare()');
  return handle;
}

/** The mysql2 pool of a mysql/mariadb data source. */
export function mysqlPool(ds: DataSource): MysqlPool {
  const pool = (ds.driver as unknown as { pool?: MysqlPool }).pool;
  if (typeof pool?.execute !== 'function') throw typeormInternalsChanged('MysqlDriver.pool has no execute()');
  return pool;
}

function access(ds: DataSource, column: ColumnMetadata): ColumnAccess {
  const driver = ds.driver;
  return {
    propertyName: column.propertyName,
    databaseName: column.databaseName,
    hydrate: (value) => driver.prepareHydratedValue(value, column),
    persist: (value) => driver.preparePersistentValue(value, column),
  };
}

/** The entity's columns (or only those of `properties`), in metadata order. */
export function entityColumns(ds: DataSource, meta: EntityMetadata, properties?: readonly string[]): ColumnAccess[] {
  const selected = properties ? meta.columns.filter((c) => properties.includes(c.propertyName)) : meta.columns;
  return selected.map((c) => access(ds, c));
}

/** One column by property name; throws when the entity has none. */
export function entityColumn(ds: DataSource, meta: EntityMetadata, property: string): ColumnAccess {
  const column = meta.findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column ${property}`);
  return access(ds, column);
}
