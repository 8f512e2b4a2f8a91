import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SORT_KEY_MAX_LENGTH } from '@roster/shared';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { parseId } from '../../common/ids';
import { rowShape } from '../../common/raw-rows';
import { cachedCount } from '../../common/count-cache';
import { isMysql } from '../../common/transaction';
import type { ServiceContext } from '../../common/service';
import { Agent } from './agent.entity';
import { whereAgentWords } from './agent.words';
import { badInput } from '../../common/errors';
import { AgentOrderField, SortDirection, type AgentFilter, type AgentOrder } from './agent.inputs';

/** The stored column each order pages on (with an index on it and id) and the row's value of it. */
const ORDER_KEYS: Record<AgentOrderField, { column: string; property: keyof Agent; value: (a: Agent) => string }> = {
  [AgentOrderField.NAME]: { column: 'a.name_key', property: 'nameKey', value: (a) => a.nameKey },
  [AgentOrderField.EMAIL]: { column: 'a.email', property: 'email', value: (a) => a.email },
};

const ORDERS = Object.values(AgentOrderField).flatMap((f) => Object.values(SortDirection).map((d) => `${f}:${d}` as const));

/** [sort key (name key or email), id, order]: the order so that it cannot continue a different one. */
export const AGENTS_CURSOR = cursorShape('agents', [cursorPart.text(SORT_KEY_MAX_LENGTH), cursorPart.id, cursorPart.oneOf(...ORDERS)]);

/** The agents a filter matches (the directory list, the CSV export), unordered. */
export function filtered(em: EntityManager, filter: AgentFilter | null | undefined): SelectQueryBuilder<Agent> {
  const qb = em.createQueryBuilder(Agent, 'a');
  const f = filter ?? {};
  const search = f.search?.trim();
  if (search) whereAgentWords(qb, search);
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
  if (f.type) qb.andWhere('a.type = :type', { type: f.type });
  if (f.businessUnitId !== undefined && f.businessUnitId !== null) {
    qb.andWhere('a.business_unit_id = :businessUnitId', { businessUnitId: parseId(f.businessUnitId, 'filter.businessUnitId') });
  }
  return qb;
}

/**
 * Agents ordered by name (its sort key) or email, then id, keyset-paginated (no OFFSET). The cursor
 * is [key, id, order] so that it cannot continue a different order.
 */
export async function listAgents(
  sc: ServiceContext,
  args: {
    filter?: AgentFilter | null;
    first?: number | null;
    after?: string | null;
    orderBy?: AgentOrder | null;
    /** false: totalCount is not computed (answered as -1): the client did not select it. */
    withTotal?: boolean;
    /** Only these columns (properties) of the rows, for a list that selects few fields; id and the sort key always. */
    columns?: readonly string[];
  },
): Promise<Connection<Agent>> {
  const { em } = sc;
  const { filter, first, after } = args;
  const limit = clampFirst(first);
  const field = args.orderBy?.field ?? AgentOrderField.NAME;
  const direction = args.orderBy?.direction ?? SortDirection.ASC;
  const order = `${field}:${direction}` as const;
  const cursor = decodeCursor(after, AGENTS_CURSOR);
  if (cursor && cursor[2] !== order) throw badInput({ after: 'belongs to another order: start again without it' });
  const qb = filtered(em, filter);
  // Counting is a scan of every matching row: only when the client asked for it, and kept for a
  // few seconds once it is big (count-cache.ts).
  const totalCount =
    args.withTotal === false ? -1 : await cachedCount(em.connection, `agents:${JSON.stringify(filter ?? {})}`, () => qb.clone().getCount());
  // limit + 1 rows tell whether another page exists (also for first: 0).
  const { column, property, value } = ORDER_KEYS[field];
  const columns = args.columns && [...new Set(['id', property, ...args.columns])];
  if (columns) qb.select(columns.map((c) => `a.${c}`));
  const [built, params] = orderedAfter(qb, column, 'a.id', cursor && [cursor[0], cursor[1]], direction)
    .limit(limit + 1)
    .getQueryAndParameters();
  // A search of two characters or more on MySQL/MariaDB in name order: without this the optimizer
  // walks the sort-key index in order and checks rows until it has a page, most of the table for a
  // word late in the order ("zane": 3-5x slower at 100,000 agents); kept off that index for the
  // order it reads the search words' ranges of agent_word and sorts the matches. One letter matches
  // so many rows that the ordered walk finds a page at once: left alone.
  const longPrefix = (filter?.search?.trim().length ?? 0) >= 2;
  const sql =
    longPrefix && field === AgentOrderField.NAME && isMysql(em)
      ? built.replace(/FROM `agent` `a`/, '$& IGNORE INDEX FOR ORDER BY (`ix_agent_name_key`)')
      : built;
  // The builder's SQL, hydrated without its entity transformer (its columns are named a_<column>).
  const shape = rowShape(em.connection, Agent, 'a', columns);
  const rows = ((await em.query(sql, params)) as Record<string, unknown>[]).map(shape.hydrate);
  return toConnection(rows, limit, totalCount, AGENTS_CURSOR, (a) => [value(a), a.id, order]);
}
