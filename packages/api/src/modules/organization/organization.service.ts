import { SORT_KEY_MAX_LENGTH, sortKey } from '@roster/shared';
import { ChangeLogEntityType, recordChanges, recordChangesMany } from '../../common/change-log';
import { badInput, conflict, notFound, orConflict } from '../../common/errors';
import { parseId } from '../../common/ids';
import { lockRow } from '../../common/lock-row';
import { cleanName } from '../../common/named-entity';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { whereAnyStartsWith } from '../../common/prefix-search';
import { chunks, inList } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from '../user/user.entity';
import { syncUserWordList } from '../user/user.words';
import { PEOPLE } from '../user/user.permissions';
import { scopeHasOrganization, userScope, whereOrganizationInScope } from '../user/user.scope';
import { Organization } from './organization.entity';

const taken = (name: string, field: string) =>
  conflict(`An organization named "${name}" already exists`, { [field]: 'is already used by another organization' });

/**
 * The name clash as the caller may see it: the stored spelling only of an organization in their
 * scope, else their own spelling. (That the name exists stays visible: names are unique.)
 */
async function takenFor(sc: ServiceContext, existing: Organization, asked: string): Promise<Error> {
  return taken(scopeHasOrganization(await userScope(sc), existing.id) ? existing.name : asked, 'name');
}

/** [name key, id]. */
export const ORGANIZATIONS_CURSOR = cursorShape('organizations', [cursorPart.text(SORT_KEY_MAX_LENGTH), cursorPart.id]);

/** Organizations by name (sort key) then id, keyset-paginated; `search` is a name prefix; scoped agents see their teams' only. */
export async function listOrganizations(
  sc: ServiceContext,
  args: { search?: string | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Connection<Organization>> {
  // Admins assign organizations to teams (team-scoped visibility) without needing People permissions.
  if (!sc.actor.agent?.isAdmin) await requirePermission(sc, PEOPLE.view, 'viewing users');
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, ORGANIZATIONS_CURSOR);
  // A scoped agent (team-scoped visibility) lists only their teams' organizations: the ones they can pick.
  const qb = whereOrganizationInScope(sc.em.createQueryBuilder(Organization, 'o'), await userScope(sc));
  const search = args.search?.trim();
  if (search && search.length > 200) throw badInput({ search: 'must be at most 200 characters' });
  if (search) whereAnyStartsWith(qb, [{ column: 'o.name_key', prefix: sortKey(search) }]);
  const totalCount = args.withTotal === false ? -1 : await qb.clone().getCount();
  const rows = await orderedAfter(qb, 'o.name_key', 'o.id', cursor)
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, ORGANIZATIONS_CURSOR, (o) => [o.nameKey, o.id]);
}

/** An organization the actor may see: out of a team-scoped agent's organizations reads as absent. */
export async function loadOrganization(sc: ServiceContext, id: unknown, field = 'id'): Promise<Organization> {
  const orgId = parseId(id, field);
  const org = scopeHasOrganization(await userScope(sc), orgId) ? await sc.em.findOneBy(Organization, { id: orgId }) : null;
  if (!org) throw notFound('Organization');
  return org;
}

/** Creates an organization (names are unique ignoring case and accents). */
export async function createOrganization(sc: ServiceContext, args: { name: string }): Promise<Organization> {
  await requirePermission(sc, PEOPLE.manageOrganizations, 'managing organizations');
  const name = cleanName(args.name);
  const nameKey = sortKey(name);
  const existing = await sc.em.findOneBy(Organization, { nameKey });
  if (existing) throw await takenFor(sc, existing, name);
  const { identifiers } = await orConflict(sc.em.insert(Organization, { name, nameKey, createdAt: sc.clock() }), () => taken(name, 'name'));
  const id = identifiers[0].id as number;
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.ORGANIZATION, id, [{ field: 'created', oldValue: null, newValue: name }]);
  return sc.em.findOneByOrFail(Organization, { id });
}

/** Renames an organization (unique ignoring case and accents); users show the new name at once. */
export async function renameOrganization(sc: ServiceContext, args: { id: string; name: string }): Promise<Organization> {
  await requirePermission(sc, PEOPLE.manageOrganizations, 'managing organizations');
  const org = await loadOrganization(sc, args.id);
  const name = cleanName(args.name);
  if (name === org.name) return org;
  const nameKey = sortKey(name);
  const existing = await sc.em.findOneBy(Organization, { nameKey });
  if (existing && existing.id !== org.id) throw await takenFor(sc, existing, name);
  await orConflict(sc.em.update(Organization, org.id, { name, nameKey }), () => taken(name, 'name'));
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.ORGANIZATION, org.id, [{ field: 'name', oldValue: org.name, newValue: name }]);
  return sc.em.findOneByOrFail(Organization, { id: org.id });
}

/**
 * Deletes an organization (destructive: people.delete_organizations). Its users stay, without an
 * organization; each one's change log says so, in the same transaction (multi-row inserts).
 */
export async function deleteOrganization(sc: ServiceContext, args: { id: string }): Promise<boolean> {
  await requirePermission(sc, PEOPLE.deleteOrganizations, 'deleting organizations');
  const org = await loadOrganization(sc, args.id);
  // Locked first: a user moved into it meanwhile waits for this transaction (its foreign key), so the list below is complete.
  await lockRow(sc.em, Organization, org.id);
  const members = (await sc.em.find(User, { where: { organizationId: org.id }, select: { id: true } })).map((u) => u.id);
  const now = sc.clock();
  for (const part of chunks(members)) await sc.em.update(User, { id: inList(part) }, { organizationId: null, updatedAt: now });
  await syncUserWordList(sc.em, members);
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.USER,
    members.map((entityId) => ({ entityId, changes: [{ field: 'organization', oldValue: org.name, newValue: null }] })),
  );
  await sc.em.delete(Organization, org.id);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.ORGANIZATION, org.id, [
    { field: 'deleted', oldValue: org.name, newValue: null },
  ]);
  return true;
}
