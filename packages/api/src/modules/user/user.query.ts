import { In, SelectQueryBuilder } from 'typeorm';
import { checkEmailAddress, sortKey } from '@roster/shared';
import { cachedCount } from '../../common/count-cache';
import { badInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { clampFirst, Connection, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { startsWith } from '../../common/prefix-search';
import { isMysql } from '../../common/transaction';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User, UserEmail } from './user.entity';
import { PEOPLE } from './user.permissions';
import { ActorUserScope, userScope, whereInUserScope } from './user.scope';
import type { UserFilterFields } from './user.types';

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

/**
 * The searches a page is the union of, each served by its own index: names by the sort-key index
 * (already in page order), addresses by the address index (a whole address by equality), as
 * `u.id IN (addresses' users)`: a semi-join, no DISTINCT over whole rows. One query with
 * `name LIKE .. OR id IN (emails ..)` made MariaDB walk the whole name index.
 */
function searches(sc: ServiceContext, f: UserFilterFields, scope: ActorUserScope): SelectQueryBuilder<User>[] {
  const search = f.search?.trim();
  if (search && search.length > 200) throw badInput({ 'filter.search': 'must be at most 200 characters' });
  if (!search) return [filtered(sc, f, scope)];
  const mysql = isMysql(sc.em);
  const exact = search.includes('@') ? checkEmailAddress(search) : null;
  const byEmail = (sql: string, params: Record<string, string>) => {
    const owners = sc.em.createQueryBuilder(UserEmail, 'x').select('x.user_id').where(sql, params);
    return filtered(sc, f, scope).andWhere(`u.id IN (${owners.getQuery()})`, owners.getParameters());
  };
  if (exact?.ok) return [byEmail('x.address = :exact', { exact: exact.email })];
  const [nameSql, nameParams] = startsWith(mysql, 'u.name_key', sortKey(search), 'namePrefix');
  const [emailSql, emailParams] = startsWith(mysql, 'x.address', search.normalize('NFKC').toLowerCase(), 'emailPrefix');
  return [filtered(sc, f, scope).andWhere(nameSql, nameParams), byEmail(emailSql, emailParams)];
}

/** Sort keys compare as UTF-8 bytes (= code points), as utf8mb4_bin and SQLite's BINARY do. */
const byKey = (a: User, b: User) => Buffer.compare(Buffer.from(a.nameKey, 'utf8'), Buffer.from(b.nameKey, 'utf8')) || a.id - b.id;

async function count(sc: ServiceContext, parts: SelectQueryBuilder<User>[]): Promise<number> {
  if (parts.length === 1) return parts[0].getCount();
  const sql = parts.map((p) => p.clone().select('u.id', 'id').getQueryAndParameters());
  const rows: { n: number | string }[] = await sc.em.query(
    `SELECT COUNT(*) AS n FROM (${sql.map((s) => s[0]).join(' UNION ')}) t`,
    sql.flatMap((s) => s[1]),
  );
  return Number(rows[0].n);
}

/** Users ordered by name (its sort key) then id, keyset-paginated (no OFFSET); merged-away users hidden. */
export async function listUsers(
  sc: ServiceContext,
  args: { filter?: UserFilterFields | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Connection<User>> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, 2);
  const parts = searches(sc, args.filter ?? {}, await userScope(sc));
  // Counting scans every matching row: only when the client asked for it (-1 otherwise), and a
  // big count is reused for a few seconds (a client paging through a million users selects it on
  // every page). Keyed by the actor as well, for lists whose visibility depends on who asks.
  const key = `users:${sc.actor.agent?.id ?? sc.actor.kind}:${JSON.stringify(args.filter ?? {})}`;
  const totalCount = args.withTotal === false ? -1 : await cachedCount(sc.em.connection, key, () => count(sc, parts));
  const after = (qb: SelectQueryBuilder<User>) => orderedAfter(qb, 'u.name_key', 'u.id', cursor).limit(limit + 1);
  if (parts.length === 1) return toConnection(await after(parts[0]).getMany(), limit, totalCount, (u) => [u.nameKey, u.id]);
  // Each part's next limit + 1 keys (small rows: a part may sort thousands of matches); their
  // union in order holds the page and tells whether more follow; then the page's rows by id.
  const keys = await Promise.all(parts.map((qb) => after(qb.select(['u.id', 'u.nameKey'])).getMany()));
  const seen = new Set<number>();
  const page = keys
    .flat()
    .filter((u) => !seen.has(u.id) && seen.add(u.id))
    .sort(byKey)
    .slice(0, limit + 1);
  const byId = new Map((page.length ? await sc.em.findBy(User, { id: In(page.map((u) => u.id)) }) : []).map((u) => [u.id, u]));
  // A user merged away between the two statements is left out of this page.
  const rows = page.map((u) => byId.get(u.id)).filter((u): u is User => u !== undefined && u.mergedIntoId === null);
  return toConnection(rows, limit, totalCount, (u) => [u.nameKey, u.id]);
}
