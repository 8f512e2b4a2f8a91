import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { clampFirst, Connection, decodeCursor, toConnection } from '../../common/pagination';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { Agent } from './agent.entity';
import type { AgentFilter } from './agent.inputs';

// '!' rather than a backslash: MySQL reads \' inside a string literal as an escaped quote, so
// ESCAPE '\' is a syntax error there; '!' means the same on SQLite and MySQL/MariaDB.
const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

function filtered(em: EntityManager, filter: AgentFilter | null | undefined): SelectQueryBuilder<Agent> {
  const qb = em.createQueryBuilder(Agent, 'a');
  const f = filter ?? {};
  const search = f.search?.trim();
  if (search) {
    const prefix = `${escapeLike(search.toLowerCase())}%`;
    qb.andWhere(new Brackets((w) => {
      w.where("LOWER(a.name) LIKE :prefix ESCAPE '!'", { prefix })
        .orWhere("a.email LIKE :prefix ESCAPE '!'", { prefix })
        .orWhere("LOWER(a.alias) LIKE :prefix ESCAPE '!'", { prefix });
    }));
  }
  if (f.teamId !== undefined && f.teamId !== null) {
    const teamId = parseId(f.teamId, 'filter.teamId');
    qb.andWhere('EXISTS (SELECT 1 FROM team_member tm WHERE tm.agent_id = a.id AND tm.team_id = :teamId)', { teamId });
  }
  if (f.permissionGroupId !== undefined && f.permissionGroupId !== null) {
    const groupId = parseId(f.permissionGroupId, 'filter.permissionGroupId');
    qb.andWhere('EXISTS (SELECT 1 FROM agent_permission_group g WHERE g.agent_id = a.id AND g.group_id = :groupId)', { groupId });
  }
  if (f.status) qb.andWhere('a.status = :status', { status: f.status });
  if (f.isAdmin !== undefined && f.isAdmin !== null) qb.andWhere('a.is_admin = :isAdmin', { isAdmin: f.isAdmin });
  return qb;
}

/** Agents ordered by name then id, keyset-paginated (no OFFSET). */
export async function listAgents(sc: ServiceContext, args: { filter?: AgentFilter | null; first?: number | null; after?: string | null }): Promise<Connection<Agent>> {
  const { em } = sc;
  const { filter, first, after } = args;
  const limit = clampFirst(first);
  const cursor = decodeCursor(after, 2);
  const qb = filtered(em, filter);
  const totalCount = await qb.clone().getCount();
  // Case-insensitive name order on both databases (SQLite compares bytes, MySQL's collation does not).
  if (cursor) {
    qb.andWhere(new Brackets((w) => {
      w.where('LOWER(a.name) > :cName', { cName: cursor[0] }).orWhere(new Brackets((x) => {
        x.where('LOWER(a.name) = :cName', { cName: cursor[0] }).andWhere('a.id > :cId', { cId: cursor[1] });
      }));
    }));
  }
  // limit + 1 rows tell whether another page exists (also for first: 0).
  const rows = await qb.orderBy('LOWER(a.name)', 'ASC').addOrderBy('a.id', 'ASC').limit(limit + 1).getMany();
  return toConnection(rows, limit, totalCount, (a) => [a.name.toLowerCase(), a.id]);
}
