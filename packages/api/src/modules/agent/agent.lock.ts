import { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { chunks } from '../../common/relations';
import { isMysql } from '../../common/transaction';
import { Agent } from './agent.entity';

/**
 * Reads agents for a read-modify-write, locking their rows until the transaction ends (MySQL;
 * SQLite transactions are serial). Rows are locked in id order, so two writers that lock
 * overlapping sets cannot deadlock on them. Returns the rows in id order; missing ids are absent.
 */
export async function lockAgents(em: EntityManager, ids: readonly number[]): Promise<Agent[]> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rows: Agent[] = [];
  for (const part of chunks(sorted)) {
    const qb = em.getRepository(Agent).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: part }).orderBy('a.id', 'ASC');
    if (isMysql(em)) qb.setLock('pessimistic_write');
    rows.push(...(await qb.getMany()));
  }
  return rows;
}

/** One agent by id, locked for update; NOT_FOUND when absent. */
export async function lockAgent(em: EntityManager, id: unknown, field = 'id'): Promise<Agent> {
  const [agent] = await lockAgents(em, [parseId(id, field)]);
  if (!agent) throw notFound('Agent');
  return agent;
}
