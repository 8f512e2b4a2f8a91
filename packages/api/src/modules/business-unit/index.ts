// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { BusinessUnit } from './business-unit.entity';
export { AgentBusinessUnitResolver, BusinessUnitResolver } from './business-unit.resolver';
export { businessUnitLoaders } from './business-unit.loaders';
export { businessUnits, deleteBusinessUnit } from './business-unit.service';
