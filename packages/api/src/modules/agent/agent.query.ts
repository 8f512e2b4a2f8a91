import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SORT_KEY_MAX_LENGTH } from '@roster/shared';
import {
  afterCondition,
  clampFirst,
  Connection,
  cursorPart,
  cursorShape,
  decodeCursor,
  orderedAfter,
  toConnection,
} from '../../common/pagination';
import { parseId } from '../../common/ids';
import { namedCondition, rowShape, SqlCondition, whereAll } from '../../common/raw-rows';
import { pageLimit, readRows } from '../../common/prepared-read';
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

/**
 * The filter's conditions other than the search: fixed SQL text on agent `a`, the filter's values
 * only as parameters.
 */
function conditions(f: AgentFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (f.teamId !== undefined && f.teamId !== null) {
    const teamId = parseId(f.teamId, 'filter.teamId');
    out.push({ sql: 'EXISTS (SELECT 1 FROM team_member tm WHERE tm.agent_id = a.id AND tm.team_id = ?)', params: [teamId] });
  }
  if (f.permissionGroupId !== undefined && f.permissionGroupId !== null) {
    const groupId = parseId(f.permissionGroupId, 'filter.permissionGroupId');
    out.push({ sql: 'EXISTS (SELECT 1 FROM agent_permission_group g WHERE g.agent_id = a.id AND g.group_id = ?)', params: [groupId] });
  }
  if (f.status) out.push({ sql: 'a.status = ?', params: [f.status] });
  if (f.isAdmin !== undefined && f.isAdmin !== null) out.push({ sql: 'a.is_admin = ?', params: [f.isAdmin ? 1 : 0] });
  if (f.type) out.push({ sql: 'a.type = ?', params: [f.type] });
  if (f.businessUnitId !== undefined && f.businessUnitId !== null) {
    out.push({ sql: 'a.business_unit_id = ?', params: [parseId(f.businessUnitId, 'filter.businessUnitId')] });
  }
  return out;
}

/** The agents a filter matches (the directory's search, the CSV export), unordered. */
export function filtered(em: EntityManager, filter: AgentFilter | null | undefined): SelectQueryBuilder<Agent> {
  const qb = em.createQueryBuilder(Agent, 'a');
  const f = filter ?? {};
  const search = f.search?.trim();
  if (search) whereAgentWords(qb, search);
  for (const c of conditions(f)) qb.andWhere(...namedCondition(c));
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
  const f = filter ?? {};
  const { column, property, value } = ORDER_KEYS[field];
  const columns = args.columns && [...new Set(['id', property, ...args.columns])];
  const search = f.search?.trim();
  // The filter's conditions, read once for the count and the page (a search's go through the query builder).
  const where = search ? [] : conditions(f);
  // Counting is a scan of every matching row: only when the client asked for it, and kept for a
  // few seconds once it is big (count-cache.ts). Every join of a search is one row per agent.
  // The count and the page at once (two pooled connections on MySQL/MariaDB; SQLite answers in turn).
  const count = async (): Promise<number> => {
    if (search) return filtered(em, f).getCount();
    const w = whereAll(where);
    const [row] = await readRows(em, `SELECT COUNT(*) AS n FROM agent a ${w.sql}`, w.params);
    return Number(row.n);
  };
  const [totalCount, rows] = await Promise.all([
    args.withTotal === false ? -1 : cachedCount(em.connection, `agents:${JSON.stringify(f)}`, count),
    search
      ? searchPage(em, f, { field, direction, cursor, limit, columns, longPrefix: search.length >= 2 })
      : plainPage(em, where, { column, direction, cursor, limit, columns }),
  ]);
  return toConnection(rows, limit, totalCount, AGENTS_CURSOR, (a) => [value(a), a.id, order]);
}

interface PageArgs {
  direction: SortDirection;
  cursor: readonly [string, number, string] | null;
  limit: number;
  columns: string[] | undefined;
}

/**
 * A page without a search (the directory as it opens, its filters): hand-written and kept
 * prepared (one statement text per filter combination and order), rows hydrated as TypeORM does
 * with only the columns the selection reads.
 */
async function plainPage(em: EntityManager, where: SqlCondition[], args: PageArgs & { column: string }): Promise<Agent[]> {
  const { column, direction, cursor, limit } = args;
  const shape = rowShape(em.connection, Agent, 'a', args.columns);
  const after = cursor && afterCondition(column, 'a.id', [cursor[0], cursor[1]], direction);
  const w = whereAll([...where, ...(after ? [after] : [])]);
  const lim = pageLimit(em, limit + 1);
  const sql = `SELECT ${shape.columns} FROM agent a ${w.sql} ORDER BY ${column} ${direction}, a.id ${direction} ${lim.sql}`;
  const found = await readRows(em, sql, [...w.params, ...lim.params]);
  return found.map(shape.hydrate);
}

/** A page of a search (agent.words.ts), through the query builder. */
async function searchPage(
  em: EntityManager,
  f: AgentFilter,
  args: PageArgs & { field: AgentOrderField; longPrefix: boolean },
): Promise<Agent[]> {
  const { field, direction, cursor, limit, columns, longPrefix } = args;
  const qb = filtered(em, f);
  if (columns) qb.select(columns.map((c) => `a.${c}`));
  const [built, params] = orderedAfter(qb, ORDER_KEYS[field].column, 'a.id', cursor && [cursor[0], cursor[1]], direction)
    .limit(limit + 1)
    .getQueryAndParameters();
  // A search of two characters or more on MySQL/MariaDB in name order: without this the optimizer
  // walks the sort-key index in order and checks rows until it has a page, most of the table for a
  // word late in the order ("zane": 3-5x slower at 100,000 agents); kept off that index for the
  // order it reads the search words' ranges of agent_word and sorts the matches. One letter matches
  // so many rows that the ordered walk finds a page at once: left alone.
  const sql =
    longPrefix && field === AgentOrderField.NAME && isMysql(em)
      ? built.replace(/FROM `agent` `a`/, '$& IGNORE INDEX FOR ORDER BY (`ix_agent_name_key`)')
      : built;
  // The builder's SQL, hydrated without its entity transformer (its columns are named a_<column>).
  const shape = rowShape(em.connection, Agent, 'a', columns);
  return ((await em.query(sql, params)) as Record<string, unknown>[]).map(shape.hydrate);
}
