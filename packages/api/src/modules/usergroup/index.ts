// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Usergroup, UserUsergroup } from './usergroup.entity';
export { UsergroupResolver } from './usergroup.resolver';
export { usergroups } from './usergroup.service';
export { usergroupLoaders } from './usergroup.loaders';
