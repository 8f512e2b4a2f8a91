import fs from 'node:fs';
import path from 'node:path';
import { QueryResult, type DataSource, type EntityMetadata } from 'typeorm';
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
  prepare(sql: string): SqliteStatement;
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

/** better-sqlite3's Statement: `all` for a SELECT's rows, `run` for a write. */
export interface SqliteStatement {
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): unknown;
  /** Rows as arrays of the column values in order (raw mode) instead of objects. */
  raw(toggle?: boolean): SqliteStatement;
}

/** mysql2's callback pool: `execute` prepares a statement once per pooled connection. */
export interface MysqlPool {
  execute(sql: string | { sql: string; rowsAsArray: true }, params: unknown[], cb: (err: Error | null, rows: Row[]) => void): void;
}

/** A column as hand-written SQL needs it: names, and TypeORM's own value conversion for it. */
export interface ColumnAccess {
  propertyName: string;
  databaseName: string;
  /** The driver's prepareHydratedValue: a database value as TypeORM puts it on an entity. */
  hydrate(value: unknown): unknown;
  /** hydrate returns every value as it is (text and integer columns without a transformer): it need not be called. */
  asStored: boolean;
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

/**
 * Column types the SQLite and MySQL drivers' prepareHydratedValue returns as given (no branch of it
 * names them): pinned by typeorm-internals.spec.ts.
 */
export const AS_STORED_TYPES: readonly string[] = ['varchar', 'text', 'int', 'integer', 'smallint'];

/** How TypeORM's SQLite driver stores a datetime (UTC, DateUtils.mixedDateToUtcDatetimeString). */
const SQLITE_DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

/**
 * SQLite datetime columns without a transformer, converted without the driver's general code
 * (two regular expressions and a replace to read one, a dozen padded strings to write one: about
 * 1 us a value, and the session lookup reads two and writes one on every request), for the one
 * format the driver writes; anything else goes to the driver. The same results
 * (typeorm-internals.spec.ts compares them).
 */
function sqliteDatetime(
  hydrated: (value: unknown) => unknown,
  persisted: (value: unknown) => unknown,
): Pick<ColumnAccess, 'hydrate' | 'persist'> {
  return {
    hydrate: (value) =>
      typeof value === 'string' && SQLITE_DATETIME.test(value) ? new Date(`${value.slice(0, 10)}T${value.slice(11)}Z`) : hydrated(value),
    persist(value) {
      if (!(value instanceof Date)) return persisted(value);
      const year = value.getUTCFullYear();
      if (!(year >= 1000 && year <= 9999)) return persisted(value);
      // 'YYYY-MM-DDTHH:MM:SS.SSSZ' for these years.
      const iso = value.toISOString();
      return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
    },
  };
}

function access(ds: DataSource, column: ColumnMetadata): ColumnAccess {
  const driver = ds.driver;
  const hydrated = (value: unknown) => driver.prepareHydratedValue(value, column);
  const persisted = (value: unknown) => driver.preparePersistentValue(value, column);
  const asStored = !column.transformer && typeof column.type === 'string' && AS_STORED_TYPES.includes(column.type);
  // A `Number` column (a primary key) is parseInt'ed by the driver: a safe integer stays as it is.
  const numeric = !column.transformer && column.type === Number;
  const common = { propertyName: column.propertyName, databaseName: column.databaseName, asStored };
  if (ds.options.type === 'better-sqlite3' && !column.transformer && (column.type === 'datetime' || column.type === Date)) {
    return { ...common, ...sqliteDatetime(hydrated, persisted) };
  }
  // Both drivers read a boolean as `value ? true : false`, null and undefined as they are.
  if (!column.transformer && (column.type === 'boolean' || column.type === Boolean)) {
    return { ...common, hydrate: (value) => (value === null || value === undefined ? value : !!value), persist: persisted };
  }
  return {
    ...common,
    hydrate: numeric ? (value) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : hydrated(value)) : hydrated,
    persist: persisted,
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

/** A mysql2 pool to a read replica, with the data source's own connection options (type casts, time zone, charset). */
export interface ReplicaPool {
  /**
   * One statement; its raw result as MysqlQueryRunner.query gives it (`prepared`: as mysql2's
   * execute gives it, for preparedRead). Fails after timeoutMs.
   */
  run(sql: string, params: unknown[], timeoutMs: number, prepared?: boolean): Promise<unknown>;
  end(): Promise<void>;
}

interface MysqlDriverInternals {
  mysql: { createPool(options: object): MysqlCallbackPool };
  createConnectionOptions(options: object, credentials: { url: string }): Record<string, unknown>;
  options: object;
  createQueryRunner: (mode: string) => QueryRunnerInternals;
}

interface MysqlCallbackPool {
  query(options: { sql: string; timeout: number }, params: unknown[], cb: (err: Error | null, raw: unknown) => void): void;
  execute(options: { sql: string; timeout: number }, params: unknown[], cb: (err: Error | null, raw: unknown) => void): void;
  end(cb: (err?: Error | null) => void): void;
}

interface QueryRunnerInternals {
  isTransactionActive: boolean;
  query(sql: string, params?: unknown[], structured?: boolean): Promise<unknown>;
}

function mysqlDriver(ds: DataSource): MysqlDriverInternals {
  const driver = ds.driver as unknown as MysqlDriverInternals;
  if (typeof driver.mysql?.createPool !== 'function' || typeof driver.createConnectionOptions !== 'function') {
    throw typeormInternalsChanged('MysqlDriver has no mysql.createPool() or createConnectionOptions()');
  }
  return driver;
}

export function replicaPool(ds: DataSource, url: string): ReplicaPool {
  const driver = mysqlDriver(ds);
  // A replica that does not answer is given up on quickly: its reads go to the primary meanwhile.
  const pool = driver.mysql.createPool({ ...driver.createConnectionOptions(driver.options, { url }), connectTimeout: 2000 });
  return {
    run: (sql, params, timeout, prepared = false) =>
      new Promise((ok, fail) => {
        const done = (err: Error | null, raw: unknown) => (err ? fail(err) : ok(raw));
        if (prepared) pool.execute({ sql, timeout }, params, done);
        else pool.query({ sql, timeout }, params, done);
      }),
    end: () => new Promise((ok) => pool.end(() => ok())),
  };
}

/** Answers a statement's raw result from elsewhere (`primary` runs it as usual), or undefined to run it as usual. */
export type Reroute = (
  sql: string,
  params: unknown[] | undefined,
  primary: () => Promise<unknown>,
  prepared: boolean,
) => Promise<unknown> | undefined;

const reroutes = new WeakMap<DataSource, Reroute>();

/** The data source's reroute (interceptQueries), for statements that bypass query runners (preparedRead). */
export const rerouteOf = (ds: DataSource): Reroute | undefined => reroutes.get(ds);

/**
 * Every query runner of `ds` asks `reroute` before a statement outside a transaction, and so does
 * preparedRead (rerouteOf). Statements of a transaction always run on the runner's own (primary)
 * connection. The data source's logger sees each statement once, wherever it runs.
 */
export function interceptQueries(ds: DataSource, reroute: Reroute): void {
  reroutes.set(ds, reroute);
  const driver = mysqlDriver(ds);
  const makeRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = makeRunner(mode);
    if (typeof runner.query !== 'function' || typeof runner.isTransactionActive !== 'boolean') {
      throw typeormInternalsChanged('MysqlQueryRunner has no query() or isTransactionActive');
    }
    const query = runner.query.bind(runner);
    runner.query = (sql, params, structured = false) => {
      const elsewhere = runner.isTransactionActive
        ? undefined
        : reroute(sql, params, () => query(sql, params, true).then((r) => (r as QueryResult).raw), false);
      if (!elsewhere) return query(sql, params, structured);
      if (ds.options.logging) ds.logger.logQuery(sql, params);
      return elsewhere.then((raw) => (structured ? structuredResult(raw) : raw));
    };
    return runner;
  };
}

/** MysqlQueryRunner's structured result of a raw mysql2 result. */
function structuredResult(raw: unknown): QueryResult {
  const result = new QueryResult();
  result.raw = raw;
  if (Array.isArray(raw)) result.records = Array.from(raw);
  const affected = (raw as { affectedRows?: number } | null)?.affectedRows;
  if (affected !== undefined) result.affected = affected;
  return result;
}
