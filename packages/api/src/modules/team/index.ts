// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Team, TeamMember, TeamOrganization } from './team.entity';
export { OrganizationTeamsResolver, TeamResolver } from './team.resolver';
export { teamLoaders } from './team.loaders';
