// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Organization } from './organization.entity';
export { OrganizationResolver } from './organization.resolver';
export { createOrganization, deleteOrganization, listOrganizations, renameOrganization } from './organization.service';
export { organizationLoaders } from './organization.loaders';
