import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Agent } from '../modules/agent/agent.entity';
import { AgentDepartment, Department, DepartmentAccessLevel, GroupDepartment } from '../modules/department/department.entity';
import { AgentPermissionGroup, PermissionGroup } from '../modules/permission/permission-group.entity';
import { Team, TeamMember } from '../modules/team/team.entity';

export interface DepartmentAccessValue {
  department: Department;
  access: DepartmentAccessLevel;
}

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
      ls.map((l) => byId.get(targetOf(l))).filter((t): t is T => !!t).sort(order),
    );
  });
}

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

export function createLoaders(ds: DataSource) {
  const groupsOfAgent = manyToMany(
    (ids) => ds.getRepository(AgentPermissionGroup).findBy({ agentId: In(ids) }),
    (l) => l.agentId,
    (l) => l.groupId,
    (ids) => ds.getRepository(PermissionGroup).findBy({ id: In(ids) }),
    (a, b) => a.id - b.id,
  );
  const teamsOfAgent = manyToMany(
    (ids) => ds.getRepository(TeamMember).findBy({ agentId: In(ids) }),
    (l) => l.agentId,
    (l) => l.teamId,
    (ids) => ds.getRepository(Team).findBy({ id: In(ids) }),
    byName,
  );
  const membersOfTeam = manyToMany(
    (ids) => ds.getRepository(TeamMember).findBy({ teamId: In(ids) }),
    (l) => l.teamId,
    (l) => l.agentId,
    (ids) => ds.getRepository(Agent).findBy({ id: In(ids) }),
    byName,
  );
  const departmentsById = new DataLoader<number, Department | undefined>(async (ids) => {
    const rows = await ds.getRepository(Department).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((d) => [d.id, d]));
    return ids.map((id) => map.get(id));
  });
  const accessLoader = <L extends { departmentId: number; access: DepartmentAccessLevel }>(
    load: (ids: number[]) => Promise<L[]>,
    ownerOf: (l: L) => number,
  ) =>
    new DataLoader<number, DepartmentAccessValue[]>(async (ids) => {
      const links = await load([...ids]);
      const depts = await departmentsById.loadMany([...new Set(links.map((l) => l.departmentId))]);
      const byId = new Map(depts.filter((d): d is Department => !!d && !(d instanceof Error)).map((d) => [d.id, d]));
      return groupBy(ids, links, ownerOf).map((ls) =>
        ls
          .filter((l) => byId.has(l.departmentId))
          .map((l) => ({ department: byId.get(l.departmentId)!, access: l.access }))
          .sort((a, b) => byName(a.department, b.department)),
      );
    });
  return {
    groupsOfAgent,
    teamsOfAgent,
    membersOfTeam,
    departmentsById,
    departmentsOfAgent: accessLoader((ids) => ds.getRepository(AgentDepartment).findBy({ agentId: In(ids) }), (l) => l.agentId),
    departmentsOfGroup: accessLoader((ids) => ds.getRepository(GroupDepartment).findBy({ groupId: In(ids) }), (l) => l.groupId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
