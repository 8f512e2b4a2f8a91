import { ChangeLogEntityType } from '../../common/change-log';
import { namedEntityService } from '../../common/named-entity';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { PEOPLE } from '../user/user.permissions';
import { Usergroup } from './usergroup.entity';

const named = namedEntityService(Usergroup, 'Usergroup', ChangeLogEntityType.USERGROUP);

export const usergroups = {
  load: named.load,
  async list(sc: ServiceContext): Promise<Usergroup[]> {
    await requirePermission(sc, PEOPLE.view, 'viewing users');
    return named.list(sc);
  },
  async create(sc: ServiceContext, args: { name: string }): Promise<Usergroup> {
    await requirePermission(sc, PEOPLE.manageUsergroups, 'managing usergroups');
    return named.create(sc, args);
  },
  async rename(sc: ServiceContext, args: { id: string; name: string }): Promise<Usergroup> {
    await requirePermission(sc, PEOPLE.manageUsergroups, 'managing usergroups');
    return named.rename(sc, args);
  },
};
