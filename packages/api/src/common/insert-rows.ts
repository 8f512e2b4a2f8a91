import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { sqliteHandle, SqliteStatement } from './typeorm-internals';

// Multi-row INSERTs without TypeORM's query builder, which spends more time building a large
// INSERT (per-row entity metadata walks, value maps, parameter names) than the database spends
// running it. Values still go through the driver's own conversion of each column (dates, JSON,
// booleans, transformers), so the rows read back exactly as TypeORM would have written them.

/** Placeholders per statement: under SQLite's 32,766 and MySQL's 65,535. */
export const INSERT_PARAMS = 32_000;
/** Text per statement: well under MariaDB's default max_allowed_packet (16 MB), and small enough
 * that one statement's values die young (an import's welcome emails are ~3 kB each). */
const INSERT_CHARS = 1_000_000;

interface Plan {
  sqlHead: string;
  tuple: string;
  convert: ((v: unknown) => unknown)[];
}

const plans = new WeakMap<object, Map<string, Plan>>();

function planFor(em: EntityManager, entity: EntityTarget<ObjectLiteral>, props: readonly string[]): Plan {
  const meta = em.connection.getMetadata(entity);
  const key = props.join(',');
  let byProps = plans.get(meta);
  if (!byProps) plans.set(meta, (byProps = new Map()));
  const cached = byProps.get(key);
  if (cached) return cached;
  const driver = em.connection.driver;
  const columns = props.map((p) => {
    const c = meta.findColumnWithPropertyName(p);
    if (!c) throw new Error(`insertRows: ${meta.name} has no column ${p}`);
    return c;
  });
  const convert = columns.map((c: ColumnMetadata) => {
    // The same Date or array object repeats in a batch (one `now`, one list of defaults): convert it once.
    let lastIn: unknown = undefined;
    let lastOut: unknown = undefined;
    return (v: unknown) => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'object') {
        if (v === lastIn) return lastOut;
        lastIn = v;
        return (lastOut = driver.preparePersistentValue(v, c));
      }
      return driver.preparePersistentValue(v, c);
    };
  });
  const plan = {
    sqlHead: `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `,
    tuple: `(${props.map(() => '?').join(', ')})`,
    convert,
  };
  byProps.set(key, plan);
  return plan;
}

/**
 * One INSERT in the caller's transaction. On SQLite it runs on better-sqlite3's statement itself,
 * not through TypeORM's query runner, whose cache keeps the last 100 statement texts prepared for
 * the life of the process: an import's INSERTs come in many sizes (the last of each chunk, those
 * cut by text length), and SQLite holds up to 2.8 MB for one of 32,000 placeholders (its program
 * and registers), so that cache alone grew a 100,000-row import's server by tens of MB. Here only
 * the full-size statement of each plan is kept (the one that repeats: preparing it again would
 * cost more than running it), and only as long as the caller's manager (its transaction) lives.
 * The data source's logger sees every statement, as through the query runner.
 */
const fullSize = new WeakMap<EntityManager, Map<string, SqliteStatement>>();

async function runInsert(em: EntityManager, sql: string, params: unknown[], full: boolean): Promise<void> {
  const ds = em.connection;
  if (ds.options.type !== 'better-sqlite3') {
    await em.query(sql, params);
    return;
  }
  let kept = fullSize.get(em);
  if (full && !kept) fullSize.set(em, (kept = new Map()));
  let statement = full ? kept!.get(sql) : undefined;
  if (!statement) {
    statement = sqliteHandle(ds).prepare(sql);
    if (full) kept!.set(sql, statement);
  }
  if (ds.options.logging) ds.logger.logQuery(sql, params, em.queryRunner);
  try {
    statement.run(...params);
  } catch (e) {
    throw new QueryFailedError(sql, params, e as Error);
  }
}

/**
 * Inserts `rows` (each with the properties `props`, undefined = NULL) in as few parameterised
 * statements as the placeholder and packet limits allow, with the caller's `em` (so in its
 * transaction). `rows` may be a generator: only one statement's rows are held at a time.
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  props: readonly (keyof T & string)[],
  rows: Iterable<Partial<T>>,
): Promise<void> {
  const { sqlHead, tuple, convert } = planFor(em, entity as EntityTarget<ObjectLiteral>, props);
  const perStatement = Math.max(1, Math.floor(INSERT_PARAMS / props.length));
  let params: unknown[] = [];
  let tuples = 0;
  let chars = 0;
  const flush = async () => {
    if (!tuples) return;
    await runInsert(em, sqlHead + Array(tuples).fill(tuple).join(', '), params, tuples === perStatement);
    params = [];
    tuples = 0;
    chars = 0;
  };
  for (const row of rows) {
    for (let i = 0; i < props.length; i++) {
      const v = convert[i](row[props[i]]);
      if (typeof v === 'string') chars += v.length;
      params.push(v);
    }
    tuples++;
    if (tuples >= perStatement || chars >= INSERT_CHARS) await flush();
  }
  await flush();
}

/**
 * Inserts one row with the same prepared plan as insertRows and answers its generated id: for
 * callers that need each new row's id (a multi-row INSERT does not tell them portably), without
 * TypeORM's per-insert query building and read-back.
 */
export async function insertOne<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  props: readonly (keyof T & string)[],
  row: Partial<T>,
): Promise<number> {
  const { sqlHead, tuple, convert } = planFor(em, entity as EntityTarget<ObjectLiteral>, props);
  const res: unknown = await em.query(
    sqlHead + tuple,
    props.map((p, i) => convert[i](row[p])),
  );
  // mysql2 answers a result header with insertId; better-sqlite3 (through TypeORM) the last row id.
  return Number(typeof res === 'object' && res !== null && 'insertId' in res ? (res as { insertId: number }).insertId : res);
}
