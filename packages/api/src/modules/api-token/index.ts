// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { ApiToken } from './api-token.entity';
export { ApiTokenResolver } from './api-token.resolver';
