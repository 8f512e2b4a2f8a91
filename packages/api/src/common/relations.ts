import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { FieldCheck } from './errors';
import { insertRows } from './insert-rows';
import { checkIds } from './ids';
import { unknownValues } from './quote-input';

/** Ids per `IN (...)`: well under SQLite's and MySQL's placeholder limits, so N up to this is one statement. */
export const IN_CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The ids that name no existing row. */
export async function missingIds(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const have = new Set<number>();
  for (const part of chunks(ids)) {
    const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: In(part) } as never });
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
  for (const part of chunks(ownerIds)) await em.delete(entity, { [ownerColumn]: In(part) } as never);
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
