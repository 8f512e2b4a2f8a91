import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isMysql } from './transaction';

/**
 * Locks one row by id until the transaction ends (MySQL; SQLite transactions are serial). Before a
 * parent row is deleted: rows that would reference it meanwhile wait on their foreign key check.
 */
export async function lockRow(em: EntityManager, entity: EntityTarget<ObjectLiteral>, id: number): Promise<void> {
  if (!isMysql(em)) return;
  await em.getRepository(entity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
}
