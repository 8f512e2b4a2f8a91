import { SelectQueryBuilder } from 'typeorm';
import { checkEmailAddress, sortKey } from '@roster/shared';
import { badInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { clampFirst, Connection, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { startsWith } from '../../common/prefix-search';
import { isMysql } from '../../common/transaction';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from './user.entity';
import { PEOPLE } from './user.permissions';
import type { UserFilterFields } from './user.types';

function filtered(sc: ServiceContext, filter: UserFilterFields | null | undefined): SelectQueryBuilder<User> {
  const qb = sc.em.createQueryBuilder(User, 'u').where('u.merged_into_id IS NULL');
  const f = filter ?? {};
  const search = f.search?.trim();
  if (search && search.length > 200) throw badInput({ 'filter.search': 'must be at most 200 characters' });
  if (search) {
    // Names match on their sort keys (folded like the order); addresses as stored (lower-case).
    // The email side is a sub-select on the unique address index, so each side can use an index.
    const mysql = isMysql(sc.em);
    const exact = search.includes('@') ? checkEmailAddress(search) : null;
    if (exact?.ok) {
      // A whole address answers by equality.
      qb.andWhere('u.id IN (SELECT x.user_id FROM user_email x WHERE x.address = :exact)', { exact: exact.email });
    } else {
      const [byName, p1] = startsWith(mysql, 'u.name_key', sortKey(search), 'namePrefix');
      const [byEmail, p2] = startsWith(mysql, 'x.address', search.normalize('NFKC').toLowerCase(), 'emailPrefix');
      qb.andWhere(`(${byName} OR u.id IN (SELECT x.user_id FROM user_email x WHERE ${byEmail}))`, { ...p1, ...p2 });
    }
  }
  if (f.organizationId !== undefined && f.organizationId !== null) {
    qb.andWhere('u.organization_id = :orgId', { orgId: parseId(f.organizationId, 'filter.organizationId') });
  }
  if (f.usergroupId !== undefined && f.usergroupId !== null) {
    const gid = parseId(f.usergroupId, 'filter.usergroupId');
    qb.andWhere('EXISTS (SELECT 1 FROM user_usergroup ug WHERE ug.user_id = u.id AND ug.usergroup_id = :gid)', { gid });
  }
  return qb;
}

/** Users ordered by name (its sort key) then id, keyset-paginated (no OFFSET); merged-away users hidden. */
export async function listUsers(
  sc: ServiceContext,
  args: { filter?: UserFilterFields | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Connection<User>> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, 2);
  const qb = filtered(sc, args.filter);
  // Counting scans every matching row: only when the client asked for it (-1 otherwise).
  const totalCount = args.withTotal === false ? -1 : await qb.clone().getCount();
  const rows = await orderedAfter(qb, 'u.name_key', 'u.id', cursor)
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (u) => [u.nameKey, u.id]);
}
