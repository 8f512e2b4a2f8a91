import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { badInput } from './errors';
import { unknownValues } from './quote-input';

/** The ids that name no existing row. */
export async function missingIds(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: In(ids) } as never });
  const have = new Set(found.map((r) => (r as { id: number }).id));
  return ids.filter((id) => !have.has(id));
}

export const unknownIdsMessage = (missing: number[]) => unknownValues('id', missing);

/** Fails with a field error unless every id names an existing row. */
export async function assertExist(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: number[], field: string): Promise<void> {
  const missing = await missingIds(em, entity, ids);
  if (missing.length) throw badInput({ [field]: unknownIdsMessage(missing) });
}

/** Replaces an owner's rows in a link table with `rows` (one DELETE, one multi-row INSERT). */
export async function replaceLinks<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  owner: Partial<T>,
  rows: Partial<T>[],
): Promise<void> {
  await em.delete(entity, owner as never);
  if (rows.length) await em.insert(entity, rows as never);
}

/** Order-insensitive text of a set of ids or keys, for the change log. */
export const setText = (values: readonly (string | number)[]): string => [...values].map(String).sort().join(', ');
