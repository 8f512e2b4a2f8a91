import type { DataSource } from 'typeorm';
import type { Loaders } from '../common/request';
import { agentLoaders } from '../modules/agent';
import { agentAvatarLoaders } from '../modules/agent-avatar';
import { secondFactorLoaders } from '../modules/auth';
import { customFieldLoaders } from '../modules/custom-field';
import { departmentLoaders } from '../modules/department';
import { businessUnitLoaders } from '../modules/business-unit';
import { organizationLoaders } from '../modules/organization';
import { permissionLoaders } from '../modules/permission';
import { teamLoaders } from '../modules/team';
import { userLoaders } from '../modules/user';
import { userFileLoaders } from '../modules/user-file';
import { usergroupLoaders } from '../modules/usergroup';

export type { Loaders };

/**
 * The request's DataLoaders: every module's own (`<module>.loaders.ts`, exported from its
 * index.ts), composed here. Typed as `Loaders`, which the modules declare, so a module's loaders
 * left out here fail the typecheck.
 */
export function createLoaders(ds: DataSource): Loaders {
  return {
    ...agentLoaders(ds),
    ...agentAvatarLoaders(ds),
    ...permissionLoaders(ds),
    ...departmentLoaders(ds),
    ...businessUnitLoaders(ds),
    ...teamLoaders(ds),
    ...organizationLoaders(ds),
    ...userLoaders(ds),
    ...userFileLoaders(ds),
    ...usergroupLoaders(ds),
    ...customFieldLoaders(ds),
    ...secondFactorLoaders(ds),
  };
}
