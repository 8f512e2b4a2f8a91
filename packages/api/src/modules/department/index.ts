// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { DepartmentAccessRow, DepartmentAccessValue, accessText, checkDepartmentAccess, mergeDepartmentAccess } from './department-access';
export { AgentDepartment, Department, DepartmentAccess, DepartmentAccessLevel, GroupDepartment } from './department.entity';
export { DepartmentAccessInput } from './department.inputs';
export { DepartmentResolver } from './department.resolver';
export { departmentLoaders } from './department.loaders';
