import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { assertExist } from '../../common/relations';
import { Department, DepartmentAccessLevel } from './department.entity';
import type { DepartmentAccessInput } from './department.inputs';

// Department access rows (an agent's or a permission group's), shared by the agent and
// permission modules; nothing here depends on them.

export interface DepartmentAccessRow {
  departmentId: number;
  access: DepartmentAccessLevel;
}

/** Validates department access rows; a department listed twice keeps its highest level (FULL implies ASSIGN). */
export async function parseDepartmentAccess(em: EntityManager, input: DepartmentAccessInput[], field = 'departments'): Promise<DepartmentAccessRow[]> {
  const byId = new Map<number, DepartmentAccessLevel>();
  for (const d of input) {
    const id = parseId(d.departmentId, `${field}.departmentId`);
    if (!Object.values(DepartmentAccessLevel).includes(d.access)) throw badInput({ [`${field}.access`]: 'must be FULL or ASSIGN' });
    if (byId.get(id) !== DepartmentAccessLevel.FULL) byId.set(id, d.access);
  }
  await assertExist(em, Department, [...byId.keys()], field);
  return [...byId].map(([departmentId, access]) => ({ departmentId, access }));
}

/** Order-insensitive text of access rows, for the change log. */
export const accessText = (rows: { departmentId: number; access: string }[]): string =>
  rows.map((r) => `${r.departmentId}:${r.access}`).sort().join(', ');

/** Department access adds up: one entry per department, FULL (which implies ASSIGN) winning. */
export function mergeDepartmentAccess<T extends { department: { id: number; name: string }; access: DepartmentAccessLevel }>(rows: T[]): T[] {
  const best = new Map<number, T>();
  for (const r of rows) {
    const cur = best.get(r.department.id);
    if (!cur || (cur.access !== DepartmentAccessLevel.FULL && r.access === DepartmentAccessLevel.FULL)) best.set(r.department.id, r);
  }
  return [...best.values()].sort((a, b) => a.department.name.localeCompare(b.department.name));
}
