// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { AgentPermissionGroup, PermissionGroup } from './permission-group.entity';
export { PermissionResolver } from './permission.resolver';
export { checkPermissions, effectivePermissions } from './permission.service';
export { actorPermissions, requirePermission } from './permission.check';
export { permissionLoaders } from './permission.loaders';
