// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { ChangeLogConnection, ChangeLogResolver } from './change-log.resolver';
export { changeLogPage } from './change-log.service';
