import type { DataSource } from 'typeorm';
import { placeholders, rowShape } from '../../common/raw-rows';
import { chunks } from '../../common/relations';
import { newestChildrenLoaders } from '../../common/child-pages';
import { childrenOf } from '../../common/dataloaders';
import { Note, UserEmail } from './user.entity';
import { MovedKind, UserMerge } from './user-merge.entity';
import { movedFromLoader } from './user-merge.history';

/** The user module's per-request loaders: emails, notes and merges of users. */
export function userLoaders(ds: DataSource) {
  return {
    /** The primary address first: the CRM list's primaryEmail, one hand-written statement per batch. */
    emailsOfUser: childrenOf(
      async (ids) => {
        const shape = rowShape(ds, UserEmail, 'e');
        const rows: UserEmail[] = [];
        for (const part of chunks(ids)) {
          const sql = `SELECT ${shape.columns} FROM user_email e WHERE e.user_id IN (${placeholders(part.length)}) ORDER BY e.is_primary DESC, e.id ASC`;
          rows.push(...((await ds.query(sql, part)) as Record<string, unknown>[]).map(shape.hydrate));
        }
        return rows;
      },
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
