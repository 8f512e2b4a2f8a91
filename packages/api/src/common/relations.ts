import { EntityManager, EntityTarget, FindOperator, In, ObjectLiteral, Raw } from 'typeorm';
import { FieldCheck } from './errors';
import { insertRows } from './insert-rows';
import { paddedIn } from './raw-rows';
import { checkIds } from './ids';
import { unknownValues } from './quote-input';

/** Ids per `IN (...)`: well under SQLite's and MySQL's placeholder limits, so N up to this is one statement. */
export const IN_CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

let listNames = 0;

/** The longest list inList binds (a power of two: padded, it stays this long). */
export const MAX_BOUND_LIST = 16_384;

/**
 * `In(items)` for find, update and delete options with the items as bound parameters, padded as
 * paddedIn pads them (the last one repeated up to a power of two). TypeORM's own `In` writes a
 * number into the text on SQLite (`IN (12002, 12003, ...)`), so that each chunk of a bulk write was
 * a statement of its own: prepared again, and kept in TypeORM's cache of 100 statements of the
 * connection with its program (~340 kB for 2,000 ids), some 17 MB of SQLite's memory through a
 * 100,000-row import (heaptrack, docs/performance.md). With this a chunk of any size takes one of
 * a few statement texts, prepared once.
 */
export function inList<T extends number | string>(items: readonly T[]): FindOperator<T> {
  if (!items.length) return In([]);
  // Past this the padded list would not fit SQLite's 32,766 parameters a statement: such a list
  // (unchunked callers only: DataLoaders' targets, a group's members) stays TypeORM's In, as before.
  if (items.length > MAX_BOUND_LIST) return In([...items]);
  const name = `inList${(listNames = (listNames + 1) % 1_000_000)}`;
  return Raw((alias) => `${alias} IN (:...${name})`, { [name]: paddedIn(items).params });
}

/** The ids that name no existing row. */
export async function missingIds(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const have = new Set<number>();
  for (const part of chunks(ids)) {
    const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: inList(part) } as never });
    for (const r of found) have.add((r as { id: number }).id);
  }
  return ids.filter((id) => !have.has(id));
}

export const unknownIdsMessage = (missing: number[]) => unknownValues('id', missing);

/** Parses ids into `fc` and checks that each names an existing row; undefined when any is bad. */
export async function checkExistingIds(
  fc: FieldCheck,
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  raw: readonly unknown[] | null | undefined,
  field: string,
): Promise<number[] | undefined> {
  const before = Object.keys(fc.errors).length;
  const ids = checkIds(fc, raw, field);
  const missing = await missingIds(em, entity, ids);
  fc.check(!missing.length, field, unknownIdsMessage(missing));
  return Object.keys(fc.errors).length === before ? ids : undefined;
}

/** Replaces the rows of several owners in a link table: one DELETE per chunk of owners, multi-row INSERTs of the rows. */
export async function replaceLinksMany<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ownerColumn: keyof T & string,
  ownerIds: number[],
  rows: Partial<T>[],
): Promise<void> {
  for (const part of chunks(ownerIds)) await em.delete(entity, { [ownerColumn]: inList(part) } as never);
  const props = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) props.add(k);
  await insertRows(em, entity, [...props] as (keyof T & string)[], rows);
}

/** Replaces one owner's rows in a link table with `rows` (one DELETE, one multi-row INSERT). */
export const replaceLinks = <T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  owner: Partial<T>,
  rows: Partial<T>[],
) => {
  const [column, id] = Object.entries(owner)[0] as [keyof T & string, number];
  return replaceLinksMany(em, entity, column, [id], rows);
};

/** Order-insensitive text of a set of ids or keys, for the change log. */
export const setText = (values: readonly (string | number)[]): string => [...values].map(String).sort().join(', ');
