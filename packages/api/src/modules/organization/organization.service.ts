import { sortKey } from '@roster/shared';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, conflict, notFound, orConflict } from '../../common/errors';
import { parseId } from '../../common/ids';
import { cleanName } from '../../common/named-entity';
import { clampFirst, Connection, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { whereAnyStartsWith } from '../../common/prefix-search';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { PEOPLE } from '../user/user.permissions';
import { userScope, whereOrganizationInScope } from '../user/user.scope';
import { Organization } from './organization.entity';

const taken = (name: string, field: string) =>
  conflict(`An organization named "${name}" already exists`, { [field]: 'is already used by another organization' });

/** Organizations by name (sort key) then id, keyset-paginated; `search` is a name prefix; scoped agents see their teams' only. */
export async function listOrganizations(
  sc: ServiceContext,
  args: { search?: string | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Connection<Organization>> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, 2);
  // A scoped agent (team-scoped visibility) lists only their teams' organizations: the ones they can pick.
  const qb = whereOrganizationInScope(sc.em.createQueryBuilder(Organization, 'o'), await userScope(sc));
  const search = args.search?.trim();
  if (search && search.length > 200) throw badInput({ search: 'must be at most 200 characters' });
  if (search) whereAnyStartsWith(qb, [{ column: 'o.name_key', prefix: sortKey(search) }]);
  const totalCount = args.withTotal === false ? -1 : await qb.clone().getCount();
  const rows = await orderedAfter(qb, 'o.name_key', 'o.id', cursor)
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (o) => [o.nameKey, o.id]);
}

export async function loadOrganization(sc: ServiceContext, id: unknown, field = 'id'): Promise<Organization> {
  const org = await sc.em.findOneBy(Organization, { id: parseId(id, field) });
  if (!org) throw notFound('Organization');
  return org;
}

/** Creates an organization (names are unique ignoring case and accents). */
export async function createOrganization(sc: ServiceContext, args: { name: string }): Promise<Organization> {
  await requirePermission(sc, PEOPLE.manageOrganizations, 'managing organizations');
  const name = cleanName(args.name);
  const nameKey = sortKey(name);
  const existing = await sc.em.findOneBy(Organization, { nameKey });
  if (existing) throw taken(existing.name, 'name');
  const { identifiers } = await orConflict(sc.em.insert(Organization, { name, nameKey, createdAt: sc.clock() }), () => taken(name, 'name'));
  const id = identifiers[0].id as number;
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.ORGANIZATION, id, [{ field: 'created', oldValue: null, newValue: name }]);
  return sc.em.findOneByOrFail(Organization, { id });
}
