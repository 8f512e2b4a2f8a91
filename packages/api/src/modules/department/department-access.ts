import { EntityManager } from 'typeorm';
import { FieldCheck } from '../../common/errors';
import { checkId } from '../../common/ids';
import { missingIds, unknownIdsMessage } from '../../common/relations';
import { Department, DepartmentAccessLevel } from './department.entity';

// Department access rows (an agent's or a permission group's), shared by the agent and
// permission modules; nothing here depends on them.

export interface DepartmentAccessRow {
  departmentId: number;
  access: DepartmentAccessLevel;
}

export interface DepartmentAccessValue {
  departmentId: string | number;
  access: DepartmentAccessLevel;
}

/**
 * Validates department access rows into `fc` (under `field`); a department listed twice keeps its
 * highest level (FULL implies ASSIGN). Returns undefined when any row is bad.
 */
export async function checkDepartmentAccess(
  fc: FieldCheck,
  em: EntityManager,
  input: readonly DepartmentAccessValue[],
  field: string,
): Promise<DepartmentAccessRow[] | undefined> {
  const byId = new Map<number, DepartmentAccessLevel>();
  let ok = true;
  for (const d of input) {
    const id = checkId(fc, d?.departmentId, `${field}.departmentId`);
    const level = fc.check(Object.values(DepartmentAccessLevel).includes(d?.access), `${field}.access`, 'must be FULL or ASSIGN');
    if (id === undefined || !level) {
      ok = false;
      continue;
    }
    if (byId.get(id) !== DepartmentAccessLevel.FULL) byId.set(id, d.access);
  }
  const missing = await missingIds(em, Department, [...byId.keys()]);
  if (!fc.check(!missing.length, field, unknownIdsMessage(missing)) || !ok) return undefined;
  return [...byId].map(([departmentId, access]) => ({ departmentId, access }));
}

/** Order-insensitive text of access rows, for the change log. */
export const accessText = (rows: { departmentId: number; access: string }[]): string =>
  rows
    .map((r) => `${r.departmentId}:${r.access}`)
    .sort()
    .join(', ');

/** Department access adds up: one entry per department, FULL (which implies ASSIGN) winning. */
export function mergeDepartmentAccess<T extends { department: { id: number; name: string }; access: DepartmentAccessLevel }>(
  rows: T[],
): T[] {
  const best = new Map<number, T>();
  for (const r of rows) {
    const cur = best.get(r.department.id);
    if (!cur || (cur.access !== DepartmentAccessLevel.FULL && r.access === DepartmentAccessLevel.FULL)) best.set(r.department.id, r);
  }
  return [...best.values()].sort((a, b) => a.department.name.localeCompare(b.department.name));
}
