import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from './actor';
import { badInput, conflict, isUniqueViolation, notFound } from './errors';
import { parseId } from './ids';
import { ChangeLogEntityType } from '../modules/change-log/change-log.entity';
import { recordChanges } from '../modules/change-log/change-log.service';

interface Named {
  id: number;
  name: string;
  createdAt: Date;
}

/**
 * The row whose name equals `name` ignoring case. MySQL's _ci collation compares that way already;
 * SQLite compares bytes, so without LOWER "Sales" and "sales" would be two teams there but not on MySQL.
 */
function findByName<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, name: string): Promise<T | null> {
  return em.getRepository(entity).createQueryBuilder('e').where('LOWER(e.name) = LOWER(:name)', { name }).getOne();
}

/**
 * Runs a write that may hit the unique name index, answering CONFLICT instead of an internal error:
 * on MySQL a concurrent transaction can pass the name check and commit first.
 */
export async function orNameConflict<R>(write: Promise<R>, taken: () => Error): Promise<R> {
  try {
    return await write;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}

/** A name as typed, trimmed; empty and over-long names are field errors. */
export function cleanName(name: string): string {
  const n = name.trim();
  if (!n) throw badInput({ name: 'must not be empty' });
  if (n.length > 200) throw badInput({ name: 'must be at most 200 characters' });
  return n;
}

/**
 * The unique-name rules of one kind of thing: `taken` is the CONFLICT for a name in use (`label`
 * in the message, `fieldLabel` in the field error), `assertFree` checks ignoring case.
 */
export function uniqueName<T extends { id: number; name: string }>(entity: EntityTarget<T>, label: string, fieldLabel = label) {
  const taken = (name: string) => conflict(`A ${label} named "${name}" already exists`, { name: `is already used by another ${fieldLabel}` });
  return {
    taken,
    async assertFree(em: EntityManager, name: string, exceptId?: number): Promise<void> {
      const other = await findByName(em, entity, name);
      if (other && other.id !== exceptId) throw taken(name);
    },
  };
}

/** Create / rename / delete for the simple named things (teams, departments), with change-log entries. */
export function namedEntityService<T extends Named>(entity: EntityTarget<T>, label: string, logType: ChangeLogEntityType) {
  const { taken, assertFree } = uniqueName(entity, label.toLowerCase());
  const load = async (em: EntityManager, id: string): Promise<T> => {
    const row = await em.findOneBy(entity, { id: parseId(id) } as never);
    if (!row) throw notFound(label);
    return row;
  };
  return {
    load,
    list: (em: EntityManager) => em.find(entity, { order: { name: 'ASC', id: 'ASC' } as never }),
    async create(em: EntityManager, actor: Actor, rawName: string): Promise<T> {
      const name = cleanName(rawName);
      await assertFree(em, name);
      const { identifiers } = await orNameConflict(em.insert(entity, { name, createdAt: new Date() } as never), () => taken(name));
      const id = identifiers[0].id as number;
      await recordChanges(em, actor, logType, id, [{ field: 'created', oldValue: null, newValue: name }]);
      return em.findOneByOrFail(entity, { id } as never);
    },
    async rename(em: EntityManager, actor: Actor, id: string, rawName: string): Promise<T> {
      const row = await load(em, id);
      const name = cleanName(rawName);
      if (name === row.name) return row;
      await assertFree(em, name, row.id);
      await orNameConflict(em.update(entity, row.id, { name } as never), () => taken(name));
      await recordChanges(em, actor, logType, row.id, [{ field: 'name', oldValue: row.name, newValue: name }]);
      return em.findOneByOrFail(entity, { id: row.id } as never);
    },
    async remove(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
      const row = await load(em, id);
      await em.delete(entity, row.id);
      await recordChanges(em, actor, logType, row.id, [{ field: 'deleted', oldValue: row.name, newValue: null }]);
      return true;
    },
  };
}
