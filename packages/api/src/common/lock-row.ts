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

/**
 * Share-locks rows by id until the transaction ends (MySQL): a row about to be referenced cannot be
 * deleted meanwhile, and a deletion already under way is waited for, so the caller's next read sees
 * whether the row is still there (READ COMMITTED) instead of failing on the foreign key later.
 */
export async function lockRowsShared(em: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: readonly number[]): Promise<void> {
  if (!isMysql(em) || !ids.length) return;
  // LOCK IN SHARE MODE by hand: TypeORM writes FOR SHARE (MySQL 8 only), which MariaDB does not parse.
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const table = em.connection.driver.escape(em.connection.getMetadata(entity).tableName);
  await em.query(`SELECT id FROM ${table} WHERE id IN (${sorted.map(() => '?').join(', ')}) LOCK IN SHARE MODE`, sorted);
}
