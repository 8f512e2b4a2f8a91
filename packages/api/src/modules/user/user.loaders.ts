import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { newestChildrenLoaders } from '../../common/child-pages';
import { childrenOf } from '../../common/dataloaders';
import { Note, UserEmail } from './user.entity';
import { MovedKind, UserMerge } from './user-merge.entity';
import { movedFromLoader } from './user-merge.history';

/** The user module's per-request loaders: emails, notes and merges of users. */
export function userLoaders(ds: DataSource) {
  return {
    emailsOfUser: childrenOf(
      (ids) => ds.getRepository(UserEmail).find({ where: { userId: In(ids) }, order: { isPrimary: 'DESC', id: 'ASC' } }),
      (e) => e.userId,
    ),
    /** `notesOfUser(first)`: the newest `first` notes of each user (a loader per size). */
    notesOfUser: newestChildrenLoaders(() => ds.manager, { entity: Note, owner: 'userId' }),
    mergesIntoUser: newestChildrenLoaders(() => ds.manager, { entity: UserMerge, owner: 'targetUserId' }),
    /** By change_log id: the merged user an entry came from. */
    movedFromOfChangeLog: movedFromLoader(ds),
    /** By note id: the merged user a note came from. */
    movedFromOfNote: movedFromLoader(ds, MovedKind.NOTE),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof userLoaders> {}
}
