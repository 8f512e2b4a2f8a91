import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { badInput } from './errors';

/** Fails with a field error unless every id names an existing row. */
export async function assertExist(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: number[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: In(ids) } as never });
  const have = new Set(found.map((r) => (r as { id: number }).id));
  const missing = ids.filter((id) => !have.has(id));
  if (missing.length) throw badInput({ [field]: `unknown id${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
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
