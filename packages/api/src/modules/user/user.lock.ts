import { EntityManager, IsNull } from 'typeorm';
import { notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { isMysql } from '../../common/transaction';
import { User } from './user.entity';
import { inList } from '../../common/relations';

/**
 * Reads users for a read-modify-write, locking their rows until the transaction ends (MySQL;
 * SQLite transactions are serial), in id order so that two writers locking overlapping pairs
 * (two merges) cannot deadlock on them. Merged-away users are included: callers decide.
 */
export async function lockUsers(em: EntityManager, ids: readonly number[]): Promise<User[]> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const qb = em.getRepository(User).createQueryBuilder('u').where('u.id IN (:...ids)', { ids: sorted }).orderBy('u.id', 'ASC');
  if (isMysql(em)) qb.setLock('pessimistic_write');
  return qb.getMany();
}

/** One live (not merged-away) user, locked for update; NOT_FOUND when absent. */
export async function lockUser(em: EntityManager, id: unknown, field = 'id'): Promise<User> {
  const [user] = await lockUsers(em, [parseId(id, field)]);
  if (!user || user.mergedIntoId !== null) throw notFound('User');
  return user;
}

/** Live users by id (merged-away ones are hidden), unlocked. */
export const findLiveUsers = (em: EntityManager, ids: number[]) => em.findBy(User, { id: inList(ids), mergedIntoId: IsNull() });
