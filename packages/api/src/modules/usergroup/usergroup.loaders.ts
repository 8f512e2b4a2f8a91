import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { byName, manyToMany } from '../../common/dataloaders';
import { Usergroup, UserUsergroup } from './usergroup.entity';

/** The usergroup module's per-request loaders: the usergroups of users. */
export function usergroupLoaders(ds: DataSource) {
  return {
    usergroupsOfUser: manyToMany(
      (ids) => ds.getRepository(UserUsergroup).findBy({ userId: In(ids) }),
      (l) => l.userId,
      (l) => l.usergroupId,
      (ids) => ds.getRepository(Usergroup).findBy({ id: In(ids) }),
      byName,
    ),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof usergroupLoaders> {}
}
