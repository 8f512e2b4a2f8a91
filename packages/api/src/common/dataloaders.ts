import DataLoader from 'dataloader';
import { DataSource, EntityTarget } from 'typeorm';
import { paddedIn, rowShape } from './raw-rows';
import { keptRead } from './prepared-read';
import { chunks } from './relations';

type Row = Record<string, unknown>;

// Building blocks of the per-request DataLoaders that each module declares in its `*.loaders.ts`
// (src/graphql/loaders.ts composes them into the request's `Loaders`).

/** Groups rows by key, in the order of `keys` (DataLoader's contract). */
function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
}

/**
 * One join-table query plus one entity query per relation, whatever the page size.
 * `link` fetches (owner, target) pairs; `targets` loads the target rows.
 */
export function manyToMany<T extends { id: number }, L>(
  link: (ids: number[]) => Promise<L[]>,
  ownerOf: (l: L) => number,
  targetOf: (l: L) => number,
  targets: (ids: number[]) => Promise<T[]>,
  order: (a: T, b: T) => number,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const links = await link([...ids]);
    const targetIds = [...new Set(links.map(targetOf))];
    const byId = new Map((targetIds.length ? await targets(targetIds) : []).map((t) => [t.id, t]));
    return groupBy(ids, links, ownerOf).map((ls) =>
      ls
        .map((l) => byId.get(targetOf(l)))
        .filter((t): t is T => !!t)
        .sort(order),
    );
  });
}

/**
 * Rows of a SELECT whose text ends in `IN (`, one statement per chunk of `ids`: the list padded
 * (paddedIn) and the statement kept prepared (keptRead), as the list pages' relations run on
 * every request. `tail` follows the list (`)` and any ORDER BY). Table and column names come
 * from the code, never from input. Reads outside a transaction, like the loaders that use it.
 */
export async function rowsIn(ds: DataSource, head: string, ids: readonly number[], tail = ')'): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of chunks(ids)) {
    const list = paddedIn(part);
    rows.push(...(await keptRead(ds, statementText(head, list.sql, tail))(list.params)));
  }
  return rows;
}

// The statement texts rowsIn has built, by head, tail and list: the same string for every request
// (a string's hash is computed once, so the prepared-statement lookup does not walk a new text of
// a few hundred characters each time). Heads come from the code (columns chosen from a selection
// at most): bounded all the same.
const texts = new Map<string, Map<string, string>>();
const MAX_HEADS = 500;

function statementText(head: string, list: string, tail: string): string {
  let byList = texts.get(head);
  if (!byList) {
    if (texts.size >= MAX_HEADS) texts.clear();
    texts.set(head, (byList = new Map()));
  }
  const key = tail === ')' ? list : `${list}${tail}`;
  let sql = byList.get(key);
  if (sql === undefined) byList.set(key, (sql = `${head}${list}${tail}`));
  return sql;
}

/**
 * Rows by primary key, one `WHERE id IN (...)` per batch (hand-written, kept prepared, hydrated as
 * TypeORM does: raw-rows.ts); missing ids load as undefined.
 */
export function byId<T extends { id: number }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const map = new Map<number, T>();
    for (const r of await rowsById(ds, entity, ids)) map.set(r.id, r);
    return ids.map((id) => map.get(id));
  });
}

const byIdHeads = new WeakMap<object, string>();

/** The rows of these ids that exist, only with `properties` (and id) when given: partial entities for a list page. */
export async function rowsById<T extends { id: number }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  ids: readonly number[],
  properties?: readonly string[],
): Promise<T[]> {
  const shape = rowShape(ds, entity, 't', properties && [...new Set(['id', ...properties])]);
  let head = byIdHeads.get(shape);
  if (head === undefined)
    byIdHeads.set(shape, (head = `SELECT ${shape.columns} FROM ${ds.getMetadata(entity).tableName} t WHERE t.id IN (`));
  return (await rowsIn(ds, head, ids)).map(shape.hydrate);
}

/** Rows of a child table by owner id, one `WHERE owner IN (...)` per batch, in `order`. */
export function childrenOf<T extends object>(load: (ids: number[]) => Promise<T[]>, ownerOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (ids) => groupBy(ids, await load([...ids]), ownerOf));
}

/** Several ids at once, keeping those that exist, in the given order. */
export async function loadExisting<T>(loader: DataLoader<number, T | undefined>, ids: number[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((r): r is T => !!r && !(r instanceof Error));
}

export const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

/**
 * How many rows of `table` each owner has (`owner IN (...)`, and `where` when given), one GROUP BY
 * per batch; 0 for none. Table and column names come from the code, never from input.
 */
export function countsBy(ds: DataSource, table: string, owner: string, where = '') {
  return new DataLoader<number, number>(async (ids) => {
    const rows: { k: number | string; n: number | string }[] = await ds.query(
      `SELECT ${owner} AS k, COUNT(*) AS n FROM ${table} WHERE ${owner} IN (${ids.map(() => '?').join(', ')})${where ? ` AND ${where}` : ''} GROUP BY ${owner}`,
      [...ids],
    );
    const counts = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
