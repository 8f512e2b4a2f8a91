import type { DataSource } from 'typeorm';
import { byId } from '../../common/dataloaders';
import { Department } from './department.entity';

/** The department module's per-request loaders. */
export function departmentLoaders(ds: DataSource) {
  return { departmentsById: byId(ds, Department) };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof departmentLoaders> {}
}
