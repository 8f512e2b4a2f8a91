import { EntityManager, EntityTarget } from 'typeorm';
import type { Actor } from './actor';
import { badInput, conflict, notFound } from './errors';
import { parseId } from './ids';
import { ChangeLogEntityType } from '../modules/change-log/change-log.entity';
import { recordChanges } from '../modules/change-log/change-log.service';

interface Named {
  id: number;
  name: string;
  createdAt: Date;
}

/** Create / rename / delete for the simple named things (teams, departments), with change-log entries. */
export function namedEntityService<T extends Named>(entity: EntityTarget<T>, label: string, logType: ChangeLogEntityType) {
  const cleanName = (name: string) => {
    const n = name.trim();
    if (!n) throw badInput({ name: 'must not be empty' });
    if (n.length > 200) throw badInput({ name: 'must be at most 200 characters' });
    return n;
  };
  const assertFree = async (em: EntityManager, name: string, exceptId?: number) => {
    const other = await em.findOneBy(entity, { name } as never);
    if (other && other.id !== exceptId) throw conflict(`A ${label.toLowerCase()} named "${name}" already exists`, { name: `is already used by another ${label.toLowerCase()}` });
  };
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
      const { identifiers } = await em.insert(entity, { name, createdAt: new Date() } as never);
      const id = identifiers[0].id as number;
      await recordChanges(em, actor, logType, id, [{ field: 'created', oldValue: null, newValue: name }]);
      return em.findOneByOrFail(entity, { id } as never);
    },
    async rename(em: EntityManager, actor: Actor, id: string, rawName: string): Promise<T> {
      const row = await load(em, id);
      const name = cleanName(rawName);
      if (name === row.name) return row;
      await assertFree(em, name, row.id);
      await em.update(entity, row.id, { name } as never);
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
