import type { DataSource } from 'typeorm';
import DataLoader from 'dataloader';
import { rowShape } from '../../common/raw-rows';
import { newestChildrenLoaders } from '../../common/child-pages';
import { childrenOf, rowsIn } from '../../common/dataloaders';
import { Note, UserEmail } from './user.entity';
import { MovedKind, UserMerge } from './user-merge.entity';
import { movedFromLoader } from './user-merge.history';

/** A user's addresses in the order `emails` lists them: the primary first, then the oldest. */
const EMAIL_ORDER = ') ORDER BY e.is_primary DESC, e.id ASC';

/** The user module's per-request loaders: emails, notes and merges of users. */
export function userLoaders(ds: DataSource) {
  const emailShape = rowShape(ds, UserEmail, 'e');
  return {
    /** The primary address first: one hand-written statement per batch, kept prepared. */
    emailsOfUser: childrenOf(
      async (ids) =>
        (await rowsIn(ds, `SELECT ${emailShape.columns} FROM user_email e WHERE e.user_id IN (`, ids, EMAIL_ORDER)).map(emailShape.hydrate),
      (e) => e.userId,
    ),
    /**
     * Each user's primary address (else the oldest; '' without any), reading only the owner and
     * the address: the CRM list's primaryEmail when the document selects no `emails` (user.resolver.ts).
     */
    primaryEmailOfUser: new DataLoader<number, string>((ids) => primaryEmails(ds, ids)),
    /** `notesOfUser(first)`: the newest `first` notes of each user (a loader per size). */
    notesOfUser: newestChildrenLoaders(() => ds.manager, { entity: Note, owner: 'userId' }),
    mergesIntoUser: newestChildrenLoaders(() => ds.manager, { entity: UserMerge, owner: 'targetUserId' }),
    /** By change_log id: the merged user an entry came from. */
    movedFromOfChangeLog: movedFromLoader(ds),
    /** By note id: the merged user a note came from. */
    movedFromOfNote: movedFromLoader(ds, MovedKind.NOTE),
  };
}

/** Each user's primary address (else the oldest; '' without any), in the order of `ids`: one statement, reading only the owner and the address. */
export async function primaryEmails(ds: DataSource, ids: readonly number[]): Promise<string[]> {
  const primary = new Map<number, string>();
  for (const r of await rowsIn(ds, 'SELECT e.user_id, e.address FROM user_email e WHERE e.user_id IN (', ids, EMAIL_ORDER)) {
    const id = Number(r.user_id);
    if (!primary.has(id)) primary.set(id, r.address as string);
  }
  return ids.map((id) => primary.get(id) ?? '');
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof userLoaders> {}
}
