import { createHash } from 'node:crypto';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { pageLimit, readRows } from '../../common/prepared-read';
import { namedCondition, rowShape, SqlCondition, whereAll } from '../../common/raw-rows';
import { cachedCount } from '../../common/count-cache';
import { badInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { SORT_KEY_MAX_LENGTH } from '@roster/shared';
import { afterCondition, clampFirst, cursorPart, cursorShape, decodeCursor, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from './user.entity';
import { searchUsers, UserPage } from './user.search';
import { PEOPLE } from './user.permissions';
import { ActorUserScope, userScope, userScopeCondition } from './user.scope';
import type { UserFilterFields } from './user.types';

/** The plain list's cursor: [name key, id]. */
export const USERS_CURSOR = cursorShape('users', [cursorPart.text(SORT_KEY_MAX_LENGTH), cursorPart.id]);

/**
 * Live users in the actor's scope (team-scoped visibility) with the organization and usergroup
 * filters: fixed SQL text on crm_user `u`, the filter's values only as parameters.
 */
function conditions(f: UserFilterFields, scope: ActorUserScope): SqlCondition[] {
  const out: SqlCondition[] = [{ sql: 'u.merged_into_id IS NULL', params: [] }];
  const inScope = userScopeCondition(scope);
  if (inScope) out.push(inScope);
  if (f.organizationId !== undefined && f.organizationId !== null) {
    out.push({ sql: 'u.organization_id = ?', params: [parseId(f.organizationId, 'filter.organizationId')] });
  }
  if (f.usergroupId !== undefined && f.usergroupId !== null) {
    const gid = parseId(f.usergroupId, 'filter.usergroupId');
    out.push({ sql: 'EXISTS (SELECT 1 FROM user_usergroup ug WHERE ug.user_id = u.id AND ug.usergroup_id = ?)', params: [gid] });
  }
  return out;
}

/** The same as a query builder (the search reads through it). */
function filtered(sc: ServiceContext, f: UserFilterFields, scope: ActorUserScope): SelectQueryBuilder<User> {
  const qb = sc.em.createQueryBuilder(User, 'u');
  for (const c of conditions(f, scope)) qb.andWhere(...namedCondition(c));
  return qb;
}

/** The scope as a short cache key: 'all', or a hash of the organizations in scope. */
const scopeKey = (scope: ActorUserScope): string =>
  scope
    ? `orgs:${createHash('sha256')
        .update([...scope.organizationIds].sort((a, b) => a - b).join(','))
        .digest('base64url')
        .slice(0, 22)}`
    : 'all';

/**
 * Users ordered by name (its sort key) then id, keyset-paginated (no OFFSET); merged-away users
 * hidden. A search lists name matches first, then the other users with matching words (user.search.ts).
 */
export async function listUsers(
  sc: ServiceContext,
  args: {
    filter?: UserFilterFields | null;
    first?: number | null;
    after?: string | null;
    withTotal?: boolean;
    /** Only these columns (properties) of the rows; id and the sort key always. */
    columns?: readonly string[];
  },
): Promise<UserPage> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const f = args.filter ?? {};
  const search = f.search?.trim();
  if (search && search.length > 200) throw badInput({ 'filter.search': 'must be at most 200 characters' });
  const scope = await userScope(sc);
  const withTotal = args.withTotal !== false;
  const columns = args.columns && [...new Set(['id', 'nameKey', ...args.columns])];
  if (search) {
    const narrowed = scope !== null || (f.organizationId ?? null) !== null || (f.usergroupId ?? null) !== null;
    return searchUsers(sc, () => filtered(sc, f, scope), { search, first: args.first, after: args.after, withTotal, narrowed, columns });
  }
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, USERS_CURSOR);
  const where = conditions(f, scope);
  // Counting scans every matching row: only when the client asked for it (-1 otherwise), and a
  // big count is reused for a few seconds (a client paging through a million users selects it on
  // every page). Keyed by what the asker may see (the scope, not the asker: a scope that changes,
  // because a setting or a team changed, is another key at once).
  const key = `users:${scopeKey(scope)}:${JSON.stringify(f)}`;
  const ds = sc.em.connection;
  // The hot path (the CRM pane's list): hand-written statements kept prepared, rows hydrated as
  // TypeORM does with only the columns the selection reads (id and the sort key always).
  const shape = rowShape(ds, User, 'u', columns);
  const page = whereAll([...where, ...(cursor ? [afterCondition('u.name_key', 'u.id', cursor)!] : [])]);
  const lim = pageLimit(sc.em, limit + 1);
  const sql = `SELECT ${shape.columns} FROM crm_user u ${page.sql} ORDER BY u.name_key, u.id ${lim.sql}`;
  // The count and the page at once (two pooled connections on MySQL/MariaDB; SQLite answers in turn).
  const [totalCount, found] = await Promise.all([
    withTotal ? cachedCount(ds, key, () => countRows(sc.em, where)) : -1,
    readRows(sc.em, sql, [...page.params, ...lim.params]),
  ]);
  const rows = found.map(shape.hydrate);
  return { ...toConnection(rows, limit, totalCount, USERS_CURSOR, (u) => [u.nameKey, u.id]), totalCountIsExact: true };
}

async function countRows(em: EntityManager, where: SqlCondition[]): Promise<number> {
  const w = whereAll(where);
  const [row] = await readRows(em, `SELECT COUNT(*) AS n FROM crm_user u ${w.sql}`, w.params);
  return Number(row.n);
}
