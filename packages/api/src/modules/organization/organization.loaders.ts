import type { DataSource } from 'typeorm';
import { byId } from '../../common/dataloaders';
import { Organization } from './organization.entity';

/** The organization module's per-request loaders. */
export function organizationLoaders(ds: DataSource) {
  return { organizationsById: byId(ds, Organization) };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof organizationLoaders> {}
}
