import type { DataSource } from 'typeorm';
import { byId, countsBy } from '../../common/dataloaders';
import { Department } from './department.entity';

/** The department module's per-request loaders. */
export function departmentLoaders(ds: DataSource) {
  return {
    departmentsById: byId(ds, Department),
    /** Agents given access to a department directly (not through a group). */
    agentCountOfDepartment: countsBy(ds, 'agent_department', 'department_id'),
    permissionGroupCountOfDepartment: countsBy(ds, 'group_department', 'department_id'),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof departmentLoaders> {}
}
