import { createHash } from 'node:crypto';
import { SelectQueryBuilder } from 'typeorm';
import { cachedCount } from '../../common/count-cache';
import { badInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { SORT_KEY_MAX_LENGTH } from '@roster/shared';
import { clampFirst, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from './user.entity';
import { searchUsers, UserPage } from './user.search';
import { PEOPLE } from './user.permissions';
import { ActorUserScope, userScope, whereInUserScope } from './user.scope';
import type { UserFilterFields } from './user.types';

/** The plain list's cursor: [name key, id]. */
export const USERS_CURSOR = cursorShape('users', [cursorPart.text(SORT_KEY_MAX_LENGTH), cursorPart.id]);

/** Live users in the actor's scope (team-scoped visibility) with the organization and usergroup filters. */
function filtered(sc: ServiceContext, f: UserFilterFields, scope: ActorUserScope): SelectQueryBuilder<User> {
  const qb = whereInUserScope(sc.em.createQueryBuilder(User, 'u').where('u.merged_into_id IS NULL'), scope);
  if (f.organizationId !== undefined && f.organizationId !== null) {
    qb.andWhere('u.organization_id = :orgId', { orgId: parseId(f.organizationId, 'filter.organizationId') });
  }
  if (f.usergroupId !== undefined && f.usergroupId !== null) {
    const gid = parseId(f.usergroupId, 'filter.usergroupId');
    qb.andWhere('EXISTS (SELECT 1 FROM user_usergroup ug WHERE ug.user_id = u.id AND ug.usergroup_id = :gid)', { gid });
  }
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
  args: { filter?: UserFilterFields | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<UserPage> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const f = args.filter ?? {};
  const search = f.search?.trim();
  if (search && search.length > 200) throw badInput({ 'filter.search': 'must be at most 200 characters' });
  const scope = await userScope(sc);
  const withTotal = args.withTotal !== false;
  if (search) {
    const narrowed = scope !== null || (f.organizationId ?? null) !== null || (f.usergroupId ?? null) !== null;
    return searchUsers(sc, () => filtered(sc, f, scope), { search, first: args.first, after: args.after, withTotal, narrowed });
  }
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, USERS_CURSOR);
  const qb = filtered(sc, f, scope);
  // Counting scans every matching row: only when the client asked for it (-1 otherwise), and a
  // big count is reused for a few seconds (a client paging through a million users selects it on
  // every page). Keyed by what the asker may see (the scope, not the asker: a scope that changes,
  // because a setting or a team changed, is another key at once).
  const key = `users:${scopeKey(scope)}:${JSON.stringify(f)}`;
  const totalCount = withTotal ? await cachedCount(sc.em.connection, key, () => qb.clone().getCount()) : -1;
  const rows = await orderedAfter(qb, 'u.name_key', 'u.id', cursor)
    .limit(limit + 1)
    .getMany();
  return { ...toConnection(rows, limit, totalCount, USERS_CURSOR, (u) => [u.nameKey, u.id]), totalCountIsExact: true };
}
