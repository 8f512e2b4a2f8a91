import DataLoader from 'dataloader';
import { newestChildrenLoaders } from '../common/child-pages';
import { DataSource, EntityTarget, FindOptionsWhere, In } from 'typeorm';
import { Agent, relationBatches } from '../modules/agent';
import { Department } from '../modules/department';
import { PermissionGroup } from '../modules/permission';
import { Team, TeamMember, TeamOrganization } from '../modules/team';
import { Organization } from '../modules/organization';
import { Note, UserEmail, UserMerge } from '../modules/user';
import { Usergroup, UserUsergroup } from '../modules/usergroup';
import { UserFile } from '../modules/user-file/user-file.entity';
import { customValuesOfUsers } from '../modules/custom-field';

export type { DepartmentAccessEntry } from '../modules/agent/agent-relations';

/** Groups rows by key, in the order of `keys` (DataLoader's contract). */
function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
}

/**
 * One join-table query plus one entity query per relation, whatever the page size.
 * `link` fetches (owner, target) pairs; `targets` loads the target rows.
 */
function manyToMany<T extends { id: number }, L>(
  link: (ids: number[]) => Promise<L[]>,
  ownerOf: (l: L) => number,
  targetOf: (l: L) => number,
  targets: (ids: number[]) => Promise<T[]>,
  order: (a: T, b: T) => number,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const links = await link([...ids]);
    const targetIds = [...new Set(links.map(targetOf))];
    const byId = new Map((targetIds.length ? await targets(targetIds) : []).map((t) => [t.id, t]));
    return groupBy(ids, links, ownerOf).map((ls) =>
      ls
        .map((l) => byId.get(targetOf(l)))
        .filter((t): t is T => !!t)
        .sort(order),
    );
  });
}

/** Rows by primary key, one `WHERE id IN (...)` per batch; missing ids load as undefined. */
function byId<T extends { id: number }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}

/** Rows of a child table by owner id, one `WHERE owner IN (...)` per batch, in `order`. */
function childrenOf<T extends object>(load: (ids: number[]) => Promise<T[]>, ownerOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (ids) => groupBy(ids, await load([...ids]), ownerOf));
}

/** Several ids at once, keeping those that exist, in the given order. */
export async function loadExisting<T>(loader: DataLoader<number, T | undefined>, ids: number[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((r): r is T => !!r && !(r instanceof Error));
}

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

export function createLoaders(ds: DataSource) {
  const rel = relationBatches(ds);
  const membersOfTeam = manyToMany(
    (ids) => ds.getRepository(TeamMember).findBy({ teamId: In(ids) }),
    (l) => l.teamId,
    (l) => l.agentId,
    (ids) => ds.getRepository(Agent).findBy({ id: In(ids) }),
    byName,
  );
  const organizationsOfTeam = manyToMany(
    (ids) => ds.getRepository(TeamOrganization).findBy({ teamId: In(ids) }),
    (l) => l.teamId,
    (l) => l.organizationId,
    (ids) => ds.getRepository(Organization).findBy({ id: In(ids) }),
    byName,
  );
  const teamsOfOrganization = manyToMany(
    (ids) => ds.getRepository(TeamOrganization).findBy({ organizationId: In(ids) }),
    (l) => l.organizationId,
    (l) => l.teamId,
    (ids) => ds.getRepository(Team).findBy({ id: In(ids) }),
    byName,
  );
  const departmentsById = byId(ds, Department);
  return {
    organizationsById: byId(ds, Organization),
    emailsOfUser: childrenOf(
      (ids) => ds.getRepository(UserEmail).find({ where: { userId: In(ids) }, order: { isPrimary: 'DESC', id: 'ASC' } }),
      (e) => e.userId,
    ),
    /** `notesOfUser(first)`: the newest `first` notes of each user (a loader per size). */
    notesOfUser: newestChildrenLoaders(() => ds.manager, { entity: Note, owner: 'userId' }),
    filesOfUser: childrenOf(
      (ids) => ds.getRepository(UserFile).find({ where: { userId: In(ids) }, order: { id: 'DESC' } }),
      (f) => f.userId,
    ),
    mergesIntoUser: newestChildrenLoaders(() => ds.manager, { entity: UserMerge, owner: 'targetUserId' }),
    usergroupsOfUser: manyToMany(
      (ids) => ds.getRepository(UserUsergroup).findBy({ userId: In(ids) }),
      (l) => l.userId,
      (l) => l.usergroupId,
      (ids) => ds.getRepository(Usergroup).findBy({ id: In(ids) }),
      byName,
    ),
    customFieldsOfUser: new DataLoader(async (ids: readonly number[]) => {
      const byUser = await customValuesOfUsers(ds.manager, ids);
      return ids.map((id) => byUser.get(id) ?? []);
    }),
    agentsById: byId(ds, Agent),
    teamsById: byId(ds, Team),
    groupsById: byId(ds, PermissionGroup),
    groupsOfAgent: new DataLoader(rel.groupsOfAgent),
    teamsOfAgent: new DataLoader(rel.teamsOfAgent),
    membersOfTeam,
    organizationsOfTeam,
    teamsOfOrganization,
    departmentsById,
    departmentsOfAgent: new DataLoader(rel.departmentsOfAgent),
    departmentsOfGroup: new DataLoader(rel.departmentsOfGroup),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
