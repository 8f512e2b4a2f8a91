import type { DataSource } from 'typeorm';
import { childrenOf } from '../../common/dataloaders';
import { UserFile } from './user-file.entity';
import { inList } from '../../common/relations';

/** The user-file module's per-request loaders: the files of users, newest first. */
export function userFileLoaders(ds: DataSource) {
  return {
    filesOfUser: childrenOf(
      (ids) => ds.getRepository(UserFile).find({ where: { userId: inList(ids) }, order: { id: 'DESC' } }),
      (f) => f.userId,
    ),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof userFileLoaders> {}
}
