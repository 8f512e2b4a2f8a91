import type { DataSource, EntityTarget } from 'typeorm';
import { rowsIn } from '../../common/dataloaders';
import { rowShape } from '../../common/raw-rows';
import { Department, DepartmentAccessLevel } from '../department/department.entity';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';

export interface DepartmentAccessEntry {
  department: Department;
  access: DepartmentAccessLevel;
}

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

type Batch<V> = (ids: readonly number[]) => Promise<V[]>;

/**
 * Targets of a link table with their owner, in one hand-written join per batch (rather than the
 * link rows then the targets, each through the query builder), kept prepared (rowsIn): the agent
 * list's relations. `properties`: only these columns of the targets and those `order` reads (partial
 * entities, for a list whose selection reads few), every column without. A target shared by several owners is one object.
 */
function linked<T extends { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  sql: (columns: string) => string,
  order: { compare: (a: T, b: T) => number; reads: string[] },
): (ids: readonly number[], properties?: readonly string[]) => Promise<T[][]> {
  // The statement's text up to its IN list, per row shape (the same string each request: statementText in rowsIn).
  const heads = new WeakMap<object, string>();
  return async (ids, properties) => {
    const shape = rowShape(ds, target, 't', properties && [...new Set(['id', ...order.reads, ...properties])]);
    let head = heads.get(shape);
    if (head === undefined) heads.set(shape, (head = sql(shape.columns)));
    const rows = await rowsIn(ds, head, ids);
    const byOwner = new Map<number, T[]>(ids.map((id) => [id, []]));
    const targets = new Map<number, T>();
    for (const r of rows) {
      const id = Number(r.t_id);
      let t = targets.get(id);
      if (!t) targets.set(id, (t = shape.hydrate(r)));
      byOwner.get(Number(r.owner))?.push(t);
    }
    return ids.map((id) => byOwner.get(id)!.sort(order.compare));
  };
}

/** Departments with the access level of the link, one join per batch (agent_department or group_department). */
function departmentAccess(ds: DataSource, table: string, owner: string): Batch<DepartmentAccessEntry[]> {
  const shape = rowShape(ds, Department, 't');
  return async (ids) => {
    const rows = await rowsIn(
      ds,
      `SELECT l.${owner} AS owner, l.access AS access, ${shape.columns} FROM ${table} l JOIN department t ON t.id = l.department_id WHERE l.${owner} IN (`,
      ids,
    );
    const byOwner = new Map<number, DepartmentAccessEntry[]>(ids.map((id) => [id, []]));
    const departments = new Map<number, Department>();
    for (const r of rows) {
      const id = Number(r.t_id);
      let d = departments.get(id);
      if (!d) departments.set(id, (d = shape.hydrate(r)));
      byOwner.get(Number(r.owner))?.push({ department: d, access: r.access as DepartmentAccessLevel });
    }
    return ids.map((id) => byOwner.get(id)!.sort((a, b) => byName(a.department, b.department)));
  };
}

const batches = new WeakMap<DataSource, ReturnType<typeof makeRelationBatches>>();

function makeRelationBatches(ds: DataSource) {
  return {
    groupsOfAgent: linked(
      ds,
      PermissionGroup,
      (cols) =>
        `SELECT l.agent_id AS owner, ${cols} FROM agent_permission_group l JOIN permission_group t ON t.id = l.group_id WHERE l.agent_id IN (`,
      { compare: (a, b) => a.id - b.id, reads: [] },
    ),
    teamsOfAgent: linked(
      ds,
      Team,
      (cols) => `SELECT l.agent_id AS owner, ${cols} FROM team_member l JOIN team t ON t.id = l.team_id WHERE l.agent_id IN (`,
      { compare: byName, reads: ['name'] },
    ),
    departmentsOfAgent: departmentAccess(ds, 'agent_department', 'agent_id'),
    departmentsOfGroup: departmentAccess(ds, 'group_department', 'group_id'),
  };
}

/**
 * The relation batches behind the DataLoaders, shared by all requests (they hold no state): a
 * list that loads a whole page's relations at once calls them directly, without a DataLoader.
 */
export function relationBatches(ds: DataSource): ReturnType<typeof makeRelationBatches> {
  let b = batches.get(ds);
  if (!b) batches.set(ds, (b = makeRelationBatches(ds)));
  return b;
}
