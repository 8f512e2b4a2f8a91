// Unsaved edits of one permission group on the groups page, as plain data: its permissions and
// its department access, how many changes they hold, and the updatePermissionGroup input.
import type { DepartmentAccessLevel, UpdatePermissionGroupInput } from '../../gql/graphql';

export type DepartmentLevels = Record<string, DepartmentAccessLevel>;

/** What a draft is compared with: the group as loaded. */
export interface DraftGroup {
  id: string;
  permissions: readonly string[];
  departments: readonly { access: DepartmentAccessLevel; department: { id: string } }[];
}

/** A group's edits; a part left out is unchanged. */
export interface GroupDraft {
  permissions?: string[];
  /** Access by department id; a department without an entry has none. */
  departments?: DepartmentLevels;
}

export const departmentsOf = (group: DraftGroup): DepartmentLevels =>
  Object.fromEntries(group.departments.map((d) => [d.department.id, d.access]));

/** Boxes ticked or unticked between two permission lists. */
const boxesChanged = (a: readonly string[], b: readonly string[]) =>
  a.filter((k) => !b.includes(k)).length + b.filter((k) => !a.includes(k)).length;

/** Departments whose level differs (none, Assign, Full). */
const departmentsChanged = (a: DepartmentLevels, b: DepartmentLevels) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => a[id] !== b[id]).length;

/** How many changes a draft holds: each box, each department whose level moved. */
export function draftChanges(group: DraftGroup, draft: GroupDraft | undefined): number {
  if (!draft) return 0;
  return (
    (draft.permissions ? boxesChanged(draft.permissions, group.permissions) : 0) +
    (draft.departments ? departmentsChanged(draft.departments, departmentsOf(group)) : 0)
  );
}

/** The changed parts as one updatePermissionGroup input (department access replaces the group's). */
export function draftInput(group: DraftGroup, draft: GroupDraft): UpdatePermissionGroupInput {
  const input: UpdatePermissionGroupInput = {};
  if (draft.permissions && boxesChanged(draft.permissions, group.permissions)) input.permissions = draft.permissions;
  if (draft.departments && departmentsChanged(draft.departments, departmentsOf(group)))
    input.departments = Object.entries(draft.departments).map(([departmentId, access]) => ({ departmentId, access }));
  return input;
}
