import type { DataSource } from 'typeorm';
import { byName, manyToMany } from '../../common/dataloaders';
import { Usergroup, UserUsergroup } from './usergroup.entity';
import { inList } from '../../common/relations';

/** The usergroup module's per-request loaders: the usergroups of users. */
export function usergroupLoaders(ds: DataSource) {
  return {
    usergroupsOfUser: manyToMany(
      (ids) => ds.getRepository(UserUsergroup).findBy({ userId: inList(ids) }),
      (l) => l.userId,
      (l) => l.usergroupId,
      (ids) => ds.getRepository(Usergroup).findBy({ id: inList(ids) }),
      byName,
    ),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof usergroupLoaders> {}
}
