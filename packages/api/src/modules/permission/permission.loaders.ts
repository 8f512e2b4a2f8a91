import type { DataSource } from 'typeorm';
import { byId } from '../../common/dataloaders';
import { PermissionGroup } from './permission-group.entity';

/** The permission module's per-request loaders. */
export function permissionLoaders(ds: DataSource) {
  return { groupsById: byId(ds, PermissionGroup) };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof permissionLoaders> {}
}
