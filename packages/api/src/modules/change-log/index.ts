// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { ChangeLogResolver } from './change-log.resolver';
