import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsWhere, In } from 'typeorm';
import { Agent } from '../modules/agent';
import { Department, DepartmentAccessLevel } from '../modules/department';
import { PermissionGroup } from '../modules/permission';
import { Team, TeamMember } from '../modules/team';
import { chunks } from '../common/relations';
import { placeholders, rowShape } from '../common/raw-rows';

export interface DepartmentAccessEntry {
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

/** Several ids at once, keeping those that exist, in the given order. */
export async function loadExisting<T>(loader: DataLoader<number, T | undefined>, ids: number[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((r): r is T => !!r && !(r instanceof Error));
}

/**
 * Targets of a link table with their owner, in one hand-written join per batch (rather than the
 * link rows then the targets, each through the query builder): the agent list's relations.
 */
function linked<T extends { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  sql: (columns: string, ids: string) => string,
  order: (a: T, b: T) => number,
) {
  const shape = rowShape(ds, target, 't');
  return new DataLoader<number, T[]>(async (ids) => {
    const rows: Record<string, unknown>[] = [];
    for (const part of chunks(ids))
      rows.push(...((await ds.query(sql(shape.columns, placeholders(part.length)), part)) as Record<string, unknown>[]));
    const byOwner = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) byOwner.get(Number(r.owner))?.push(shape.hydrate(r));
    return ids.map((id) => byOwner.get(id)!.sort(order));
  });
}

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

export function createLoaders(ds: DataSource) {
  const groupsOfAgent = linked(
    ds,
    PermissionGroup,
    (cols, ids) =>
      `SELECT l.agent_id AS owner, ${cols} FROM agent_permission_group l JOIN permission_group t ON t.id = l.group_id WHERE l.agent_id IN (${ids})`,
    (a, b) => a.id - b.id,
  );
  const teamsOfAgent = linked(
    ds,
    Team,
    (cols, ids) => `SELECT l.agent_id AS owner, ${cols} FROM team_member l JOIN team t ON t.id = l.team_id WHERE l.agent_id IN (${ids})`,
    byName,
  );
  const membersOfTeam = manyToMany(
    (ids) => ds.getRepository(TeamMember).findBy({ teamId: In(ids) }),
    (l) => l.teamId,
    (l) => l.agentId,
    (ids) => ds.getRepository(Agent).findBy({ id: In(ids) }),
    byName,
  );
  const departmentsById = byId(ds, Department);
  // Departments with the access level of the link, one join per batch (agent_department or group_department).
  const departmentShape = rowShape(ds, Department, 't');
  const accessLoader = (table: string, owner: string) =>
    new DataLoader<number, DepartmentAccessEntry[]>(async (ids) => {
      const rows: Record<string, unknown>[] = [];
      for (const part of chunks(ids)) {
        rows.push(
          ...((await ds.query(
            `SELECT l.${owner} AS owner, l.access AS access, ${departmentShape.columns} FROM ${table} l ` +
              `JOIN department t ON t.id = l.department_id WHERE l.${owner} IN (${placeholders(part.length)})`,
            part,
          )) as Record<string, unknown>[]),
        );
      }
      const byOwner = new Map<number, DepartmentAccessEntry[]>(ids.map((id) => [id, []]));
      for (const r of rows)
        byOwner.get(Number(r.owner))?.push({ department: departmentShape.hydrate(r), access: r.access as DepartmentAccessLevel });
      return ids.map((id) => byOwner.get(id)!.sort((a, b) => byName(a.department, b.department)));
    });
  return {
    agentsById: byId(ds, Agent),
    teamsById: byId(ds, Team),
    groupsById: byId(ds, PermissionGroup),
    groupsOfAgent,
    teamsOfAgent,
    membersOfTeam,
    departmentsById,
    departmentsOfAgent: accessLoader('agent_department', 'agent_id'),
    departmentsOfGroup: accessLoader('group_department', 'group_id'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
