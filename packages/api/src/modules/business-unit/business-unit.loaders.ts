import type { DataSource } from 'typeorm';
import { byId, countsBy } from '../../common/dataloaders';
import { BusinessUnit } from './business-unit.entity';

/** The business-unit module's per-request loaders. */
export function businessUnitLoaders(ds: DataSource) {
  return {
    businessUnitsById: byId(ds, BusinessUnit),
    agentCountOfBusinessUnit: countsBy(ds, 'agent', 'business_unit_id'),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof businessUnitLoaders> {}
}
