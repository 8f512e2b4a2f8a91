import type { DataSource } from 'typeorm';
import { byId, countsBy } from '../../common/dataloaders';
import { Organization } from './organization.entity';

/** The organization module's per-request loaders. */
export function organizationLoaders(ds: DataSource) {
  return {
    organizationsById: byId(ds, Organization),
    /** Live users (not merged away) in an organization. */
    userCountOfOrganization: countsBy(ds, 'crm_user', 'organization_id', 'merged_into_id IS NULL'),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof organizationLoaders> {}
}
