import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnAccess, entityColumn, entityColumns } from './typeorm-internals';

export type { ColumnAccess } from './typeorm-internals';

/**
 * Hand-written SELECTs for the read hot paths (session lookup, the agent list and its relations),
 * turned into entities the way TypeORM hydrates them (the driver's prepareHydratedValue: dates,
 * booleans, simple-json) without the query builder and its result transformer, which cost more
 * than the statement itself on a page of 50 agents.
 */
export interface RowShape<T> {
  /** `alias.column AS alias_column, ...` for every column of the entity. */
  columns: string;
  /** The entity from a row selected with `columns`. */
  hydrate(row: Record<string, unknown>): T;
  /** The same from a row as an array of values (preparedValues), `columns`' values from index `at` on. */
  hydrateValues(values: readonly unknown[], at: number): T;
}

const shapes = new WeakMap<DataSource, Map<string, RowShape<unknown>>>();

/** `properties`: only these columns (a partial entity: the others are left out, not null). */
export function rowShape<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  properties?: readonly string[],
): RowShape<T> {
  const meta = ds.getMetadata(entity);
  const byDs = shapes.get(ds) ?? new Map<string, RowShape<unknown>>();
  shapes.set(ds, byDs);
  const key = `${meta.name}:${alias}:${properties?.join(',') ?? '*'}`;
  let shape = byDs.get(key) as RowShape<T> | undefined;
  if (!shape) {
    const selected = entityColumns(ds, meta, properties);
    const cols = selected.map((c) => ({ hydrate: c.asStored ? null : c.hydrate, prop: c.propertyName, key: `${alias}_${c.databaseName}` }));
    const proto = (meta.target as { prototype: object }).prototype;
    shape = {
      columns: selected.map((c) => `${alias}.${c.databaseName} AS ${alias}_${c.databaseName}`).join(', '),
      hydrate(row) {
        const e = Object.create(proto) as Record<string, unknown>;
        for (const c of cols) e[c.prop] = c.hydrate === null ? row[c.key] : c.hydrate(row[c.key]);
        return e as T;
      },
      hydrateValues(values, at) {
        const e = Object.create(proto) as Record<string, unknown>;
        for (let i = 0; i < cols.length; i++) {
          const c = cols[i];
          e[c.prop] = c.hydrate === null ? values[at + i] : c.hydrate(values[at + i]);
        }
        return e as T;
      },
    };
    byDs.set(key, shape);
  }
  return shape;
}

/** One column's names and value conversion as TypeORM has them (for a value used on every request: keep it). */
export function columnAccess<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, property: string): ColumnAccess {
  return entityColumn(ds, ds.getMetadata(entity), property);
}

/** A parameter for a column as TypeORM would write it (dates in the driver's format). */
export function columnParam<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, property: string, value: unknown): unknown {
  return columnAccess(ds, entity, property).persist(value);
}

/** `?, ?, ?` for n parameters (both drivers take positional `?`). */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * The items of an `IN (...)` list kept prepared (prepared-read.ts's keptRead): as many
 * placeholders as the next power of two, the last item repeated, so that a list of any length
 * takes one of a few statement texts. `sql` is the placeholders, `params` the padded items.
 */
export function paddedIn(items: readonly unknown[]): SqlCondition {
  const size = items.length <= 1 ? 1 : 2 ** Math.ceil(Math.log2(items.length));
  const params = items.slice();
  while (params.length < size) params.push(items[items.length - 1]);
  let sql = paddedLists.get(size);
  if (sql === undefined) paddedLists.set(size, (sql = placeholders(size)));
  return { sql, params };
}

/** The placeholder list of each padded size (powers of two: a few), built once. */
const paddedLists = new Map<number, string>();

/** A condition of hand-written SQL: fixed text with positional `?`, the values as parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** `WHERE a AND b ...` of conditions ('' when none), and their parameters in order. */
export function whereAll(conditions: readonly SqlCondition[]): SqlCondition {
  return {
    sql: conditions.length ? `WHERE ${conditions.map((c) => `(${c.sql})`).join(' AND ')}` : '',
    params: conditions.flatMap((c) => c.params),
  };
}

let named = 0;
/** The same condition for the query builder's `andWhere`: each `?` becomes a parameter of its own name. */
export function namedCondition(c: SqlCondition): [string, Record<string, unknown>] {
  const params: Record<string, unknown> = {};
  const sql = c.sql.replace(/\?/g, () => {
    const name = `rc${(named = (named + 1) % 1_000_000)}`;
    params[name] = c.params[Object.keys(params).length];
    return `:${name}`;
  });
  return [sql, params];
}
