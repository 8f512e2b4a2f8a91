import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ChangeLogEntityType, recordChanges } from './change-log';
import { badInput, conflict, notFound, orConflict } from './errors';
import { parseId } from './ids';
import { assertRoomFor } from './list-limits';
import type { ServiceContext } from './service';

interface Named {
  id: number;
  name: string;
  createdAt: Date;
}

/**
 * The row whose name equals `name` ignoring case. MySQL's _ci collation compares that way already;
 * SQLite compares bytes, so without LOWER "Sales" and "sales" would be two teams there but not on MySQL.
 */
export function findByName<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, name: string): Promise<T | null> {
  return em.getRepository(entity).createQueryBuilder('e').where('LOWER(e.name) = LOWER(:name)', { name }).getOne();
}

/** A name as typed, trimmed; empty and over-long names are field errors under `field`. */
export function cleanName(name: string | null | undefined, field = 'name'): string {
  const n = (name ?? '').trim();
  if (!n) throw badInput({ [field]: 'must not be empty' });
  if (n.length > 200) throw badInput({ [field]: 'must be at most 200 characters' });
  return n;
}

/**
 * The unique-name rules of one kind of thing: `taken` is the CONFLICT for a name in use (`label`
 * in the message, `fieldLabel` in the field error under `field`), `assertFree` checks ignoring case.
 */
export function uniqueName<T extends { id: number; name: string }>(entity: EntityTarget<T>, label: string, fieldLabel = label) {
  const taken = (name: string, field = 'name') =>
    conflict(`A ${label} named "${name}" already exists`, { [field]: `is already used by another ${fieldLabel}` });
  return {
    taken,
    async assertFree(em: EntityManager, name: string, exceptId?: number, field = 'name'): Promise<void> {
      const other = await findByName(em, entity, name);
      if (other && other.id !== exceptId) throw taken(name, field);
    },
  };
}

/**
 * Create / rename / delete for the simple named things (teams, departments, usergroups), with
 * change-log entries; at most `max` of a kind (clients read each whole list, see list-limits.ts).
 */
export function namedEntityService<T extends Named>(
  entity: EntityTarget<T>,
  label: string,
  logType: ChangeLogEntityType,
  limit: { max: number; plural: string },
) {
  const { taken, assertFree } = uniqueName(entity, label.toLowerCase());
  const load = async (em: EntityManager, id: unknown): Promise<T> => {
    const row = await em.findOneBy(entity, { id: parseId(id) } as never);
    if (!row) throw notFound(label);
    return row;
  };
  return {
    load,
    list: (sc: ServiceContext) => sc.em.find(entity, { order: { name: 'ASC', id: 'ASC' } as never }),
    async create(sc: ServiceContext, args: { name: string }): Promise<T> {
      const name = cleanName(args.name);
      await assertRoomFor(sc.em, entity, limit.max, limit.plural);
      await assertFree(sc.em, name);
      const { identifiers } = await orConflict(sc.em.insert(entity, { name, createdAt: sc.clock() } as never), () => taken(name));
      const id = identifiers[0].id as number;
      await recordChanges(sc.em, sc.actor, logType, id, [{ field: 'created', oldValue: null, newValue: name }]);
      return sc.em.findOneByOrFail(entity, { id } as never);
    },
    async rename(sc: ServiceContext, args: { id: string; name: string }): Promise<T> {
      const row = await load(sc.em, args.id);
      const name = cleanName(args.name);
      if (name === row.name) return row;
      await assertFree(sc.em, name, row.id);
      await orConflict(sc.em.update(entity, row.id, { name } as never), () => taken(name));
      await recordChanges(sc.em, sc.actor, logType, row.id, [{ field: 'name', oldValue: row.name, newValue: name }]);
      return sc.em.findOneByOrFail(entity, { id: row.id } as never);
    },
    async remove(sc: ServiceContext, row: T): Promise<boolean> {
      await sc.em.delete(entity, row.id);
      await recordChanges(sc.em, sc.actor, logType, row.id, [{ field: 'deleted', oldValue: row.name, newValue: null }]);
      return true;
    },
  };
}
