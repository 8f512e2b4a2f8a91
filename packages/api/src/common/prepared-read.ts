import type { DataSource, EntityManager } from 'typeorm';
import { MysqlPool, mysqlPool, rerouteOf, SqliteHandle, sqliteHandle } from './typeorm-internals';
import { BoundedCache } from './bounded-cache';

type Row = Record<string, unknown>;

/** Runs one fixed SELECT with positional parameters: its rows (synchronously on SQLite). */
export type PreparedRead = (params: unknown[]) => Row[] | Promise<Row[]>;

/** The data source's logger sees each statement (tests count statements through it). */
function logOf(ds: DataSource, sql: string): (params: unknown[]) => void {
  return (params) => {
    if (ds.options.logging) ds.logger.logQuery(sql, params);
  };
}

/** A better-sqlite3 statement kept prepared on the data source's connection; `raw`: rows as arrays. */
function sqliteRead<R>(ds: DataSource, sql: string, raw: boolean): (params: unknown[]) => R[] {
  const log = logOf(ds, sql);
  let connection: SqliteHandle | undefined;
  let statement: ReturnType<SqliteHandle['prepare']> | undefined;
  return (params) => {
    // A data source destroyed and initialized again (tests) has a new connection: prepare again.
    const current = sqliteHandle(ds);
    if (current !== connection || !statement) {
      statement = raw ? current.prepare(sql).raw(true) : current.prepare(sql);
      connection = current;
    }
    log(params);
    return statement.all(...params) as unknown as R[];
  };
}

/** mysql2's `execute` on the data source's pool (each pooled connection prepares the statement once). */
function mysqlExecute<R>(ds: DataSource, query: Parameters<MysqlPool['execute']>[0], params: unknown[]): Promise<R[]> {
  const pool = mysqlPool(ds);
  return new Promise<R[]>((resolve, reject) =>
    pool.execute(query, params, (err, rows) => (err ? reject(err) : resolve(rows as unknown as R[]))),
  );
}

/**
 * A SELECT that runs on every request (the session lookup) as a prepared statement on the data
 * source's own connection(s): better-sqlite3's statement, compiled once and kept, or mysql2's
 * `execute` (each pooled connection prepares it once and keeps it). ds.query would go through a
 * query runner, its event broadcaster and, on SQLite, a statement cache lookup: more CPU than the
 * statement itself for a one-row lookup by a unique key. The data source's logger still sees the
 * statement (tests count statements through it). Only for reads outside a transaction: it does
 * not take part in one (on SQLite, like ds.query, it runs on the single connection).
 */
export function preparedRead(ds: DataSource, sql: string, onPrimary = false): PreparedRead {
  if (ds.options.type === 'better-sqlite3') return sqliteRead<Row>(ds, sql, false);
  if (ds.options.type === 'mysql' || ds.options.type === 'mariadb') {
    const log = logOf(ds, sql);
    return (params) => {
      log(params);
      const primary = () => mysqlExecute<Row>(ds, sql, params);
      // With read replicas (src/db/read-replicas.ts) a read-only request's SELECT may run on one.
      if (onPrimary) return primary();
      return (rerouteOf(ds)?.(sql, params, primary, true) as Promise<Row[]> | undefined) ?? primary();
    };
  }
  return (params) => ds.query(sql, params) as Promise<Row[]>;
}

/** Runs one fixed SELECT: its rows as arrays of the selected values, in the statement's column order. */
export type PreparedValues = (params: unknown[]) => unknown[][] | Promise<unknown[][]>;

/**
 * preparedRead with rows as arrays (better-sqlite3's raw mode, mysql2's rowsAsArray), always on
 * the primary: for the session lookup, which runs on every request before it may use a replica.
 * A row object costs better-sqlite3 (with Node 20's V8) a name lookup in V8's string table and a
 * property transition per column; an array costs neither.
 */
export function preparedValues(ds: DataSource, sql: string): PreparedValues {
  if (ds.options.type === 'better-sqlite3') return sqliteRead<unknown[]>(ds, sql, true);
  if (ds.options.type === 'mysql' || ds.options.type === 'mariadb') {
    const log = logOf(ds, sql);
    const options = { sql, rowsAsArray: true as const };
    return (params) => {
      log(params);
      return mysqlExecute<unknown[]>(ds, options, params);
    };
  }
  return async (params) => ((await ds.query(sql, params)) as Row[]).map((r) => Object.values(r));
}

const kept = new WeakMap<DataSource, BoundedCache<string, PreparedRead>>();

/**
 * preparedRead for SELECTs assembled from fixed fragments (a list's filters, its cursor: a few
 * shapes, the client's values only as parameters), each prepared once per data source and kept,
 * least recently used first out, so that no stream of shapes grows the process.
 */
export function keptRead(ds: DataSource, sql: string, onPrimary = false): PreparedRead {
  const cache = kept.get(ds) ?? new BoundedCache<string, PreparedRead>(200, 1 << 20);
  kept.set(ds, cache);
  const key = onPrimary ? `primary:${sql}` : sql;
  let read = cache.get(key);
  if (!read) cache.set(key, (read = preparedRead(ds, sql, onPrimary)), sql.length * 2 + 200);
  return read;
}

/**
 * Rows of a SELECT through `em`: kept prepared (keptRead) outside a transaction, in it through the
 * transaction's connection. `onPrimary`: never from a read replica, for what decides authorization
 * (an agent's permissions), read where it was written, so that a revoked permission or a new
 * agent's grants apply at once, not after a replica's lag.
 */
export function readRows(em: EntityManager, sql: string, params: unknown[], { onPrimary = false } = {}): Row[] | Promise<Row[]> {
  return em.queryRunner ? (em.query(sql, params) as Promise<Row[]>) : keptRead(em.connection, sql, onPrimary)(params);
}

/**
 * A page's `LIMIT n` for readRows. On SQLite the number is written into the statement: SQLite
 * runs a page with a literal LIMIT faster than the same statement with a bound one (the agents
 * list's page: 104 against 122 us a statement, the same plan), and a list has few page sizes (1 to
 * 100: clampFirst), each prepared once and kept. Elsewhere a parameter: one prepared statement for
 * every size; mysql2's `execute` sends a number as a DOUBLE, which MySQL 8 refuses for LIMIT
 * (MariaDB takes either), a string both take. `n` is the server's own page size (checked here: a
 * positive integer), never client text.
 */
export function pageLimit(em: EntityManager, n: number): { sql: string; params: unknown[] } {
  if (!Number.isSafeInteger(n) || n < 1 || n > 10_000) throw new Error(`pageLimit: not a page size: ${n}`);
  const type = em.connection.options.type;
  if (type === 'better-sqlite3' || type === 'sqlite') return { sql: `LIMIT ${n}`, params: [] };
  return { sql: 'LIMIT ?', params: [!em.queryRunner && (type === 'mysql' || type === 'mariadb') ? String(n) : n] };
}

/**
 * A statement on the primary (MySQL/MariaDB only) that the data source's logger does not see:
 * read-replica bookkeeping (the heartbeat, a session's write mark) that runs on its own clock and
 * must not change the statement counts tests take of a request.
 */
export function bookkeeping(ds: DataSource, sql: string, params: unknown[]): Promise<void> {
  const pool = mysqlPool(ds);
  return new Promise((resolve, reject) => pool.execute(sql, params, (err) => (err ? reject(err) : resolve())));
}
