import { EntityManager } from 'typeorm';
import { ChangeLogEntityType } from '../../common/change-log';
import { isMysql } from '../../common/transaction';
import { UserEmail } from './user.entity';
import { MovedKind, UserMergeMoved } from './user-merge.entity';

// What a merge moved, as rows of user_merge_moved, written and read set-based: a user with 30,000
// notes moves with a few statements whatever the count, never with a list of ids in one statement
// (which would outgrow max_allowed_packet or SQLite's variable limit) nor in one TEXT cell.

interface Owned {
  table: string;
  /** The column that names the owning user. */
  owner: string;
  /** Another condition on the owned rows (column, value). */
  scope?: [string, string];
  /** A column the moved rows also take (column, value). */
  alsoSet?: [string, number];
}

/** The kinds of rows a merge hands from one user to the other. */
export type OwnedKind = typeof MovedKind.EMAIL | typeof MovedKind.NOTE | typeof MovedKind.FILE | typeof MovedKind.CHANGE_LOG;
const OWNED_KINDS: readonly OwnedKind[] = [MovedKind.EMAIL, MovedKind.NOTE, MovedKind.FILE, MovedKind.CHANGE_LOG];

const OWNED: Record<OwnedKind, Owned> = {
  // An address never arrives primary (undo makes the source's own primary again).
  [MovedKind.EMAIL]: { table: 'user_email', owner: 'user_id', alsoSet: ['is_primary', 0] },
  [MovedKind.NOTE]: { table: 'user_note', owner: 'user_id' },
  [MovedKind.FILE]: { table: 'user_file', owner: 'user_id' },
  [MovedKind.CHANGE_LOG]: { table: 'change_log', owner: 'entity_id', scope: ['entity_type', ChangeLogEntityType.USER] },
};

/** `owner = ?` (and the scope) for the rows `userId` owns, column names prefixed with `p`. */
function ownedBy(kind: OwnedKind, userId: number, p = ''): { sql: string; params: (number | string)[] } {
  const { owner, scope } = OWNED[kind];
  // change_log.entity_id is text; the other owner columns are user ids.
  const params: (number | string)[] = [kind === MovedKind.CHANGE_LOG ? String(userId) : userId];
  let sql = `${p}${owner} = ?`;
  if (scope) {
    sql += ` AND ${p}${scope[0]} = ?`;
    params.push(scope[1]);
  }
  return { sql, params };
}

/** The items of one kind recorded for a merge, as a subquery (parameters: merge id, kind). */
const RECORDED = 'SELECT item_id FROM user_merge_moved WHERE merge_id = ? AND kind = ?';

/**
 * Records everything of `sourceId`'s that a merge moves (addresses, notes, files, history, and
 * the memberships `targetId` lacks), then hands exactly that to `targetId`.
 */
export async function moveOwned(em: EntityManager, mergeId: number, sourceId: number, targetId: number): Promise<void> {
  for (const kind of OWNED_KINDS) {
    await recordOwned(em, mergeId, kind, sourceId);
    await moveRecorded(em, mergeId, kind, sourceId, targetId);
  }
  await addMissingGroups(em, mergeId, sourceId, targetId);
}

/** Undoes moveOwned with what is still on the target (a note or file deleted since stays deleted). */
export async function moveBack(em: EntityManager, mergeId: number, targetId: number, sourceId: number): Promise<void> {
  for (const kind of OWNED_KINDS) await moveRecorded(em, mergeId, kind, targetId, sourceId);
  await removeAddedGroups(em, mergeId, targetId);
}

/** Records every row of `kind` that `userId` owns now (the user is locked, so none comes or goes meanwhile). */
async function recordOwned(em: EntityManager, mergeId: number, kind: OwnedKind, userId: number): Promise<void> {
  const where = ownedBy(kind, userId);
  await em.query(`INSERT INTO user_merge_moved (merge_id, kind, item_id) SELECT ?, ?, id FROM ${OWNED[kind].table} WHERE ${where.sql}`, [
    mergeId,
    kind,
    ...where.params,
  ]);
}

/**
 * Hands the recorded rows of `kind` that `from` still owns to `to`, in one statement. MySQL joins the recorded rows (a single-table UPDATE
 * with an IN subquery reads the whole table there); SQLite looks the subquery's ids up by rowid.
 */
async function moveRecorded(em: EntityManager, mergeId: number, kind: OwnedKind, fromId: number, toId: number): Promise<void> {
  const { table, owner, alsoSet } = OWNED[kind];
  const p = isMysql(em) ? 't.' : '';
  const sets: [string, number | string][] = [[owner, ownedBy(kind, toId).params[0]], ...(alsoSet ? [alsoSet] : [])];
  const setSql = sets.map(([column]) => `${p}${column} = ?`).join(', ');
  const from = ownedBy(kind, fromId, p);
  const params = [...sets.map(([, v]) => v), mergeId, kind, ...from.params];
  if (isMysql(em)) {
    await em.query(
      `UPDATE ${table} t JOIN user_merge_moved m ON m.item_id = t.id SET ${setSql} WHERE m.merge_id = ? AND m.kind = ? AND ${from.sql}`,
      params,
    );
  } else {
    await em.query(`UPDATE ${table} SET ${setSql} WHERE id IN (${RECORDED}) AND ${from.sql}`, params);
  }
}

/** The recorded addresses that `userId` still has (a user has at most USER_LIMITS.emails). */
export function recordedEmailsOf(em: EntityManager, mergeId: number, userId: number): Promise<UserEmail[]> {
  return em
    .createQueryBuilder(UserEmail, 'e')
    .innerJoin(UserMergeMoved, 'm', 'm.itemId = e.id AND m.mergeId = :mergeId AND m.kind = :kind', { mergeId, kind: MovedKind.EMAIL })
    .where('e.userId = :userId', { userId })
    .orderBy('e.id', 'ASC')
    .getMany();
}

/** The one recorded item of `kind` (the source's primary address), or null. */
export async function recordedOne(em: EntityManager, mergeId: number, kind: MovedKind): Promise<number | null> {
  return (await em.findOneBy(UserMergeMoved, { mergeId, kind }))?.itemId ?? null;
}

/** Gives `target` the source's usergroups it lacks, recording them (the source keeps its own memberships). */
async function addMissingGroups(em: EntityManager, mergeId: number, sourceId: number, targetId: number): Promise<void> {
  await em.query(
    `INSERT INTO user_merge_moved (merge_id, kind, item_id) SELECT ?, ?, s.usergroup_id FROM user_usergroup s
     WHERE s.user_id = ? AND NOT EXISTS (SELECT 1 FROM user_usergroup x WHERE x.user_id = ? AND x.usergroup_id = s.usergroup_id)`,
    [mergeId, MovedKind.USERGROUP, sourceId, targetId],
  );
  await em.query(
    `INSERT INTO user_usergroup (user_id, usergroup_id) SELECT ?, item_id FROM user_merge_moved WHERE merge_id = ? AND kind = ?`,
    [targetId, mergeId, MovedKind.USERGROUP],
  );
}

/** Takes back from `targetId` the memberships addMissingGroups gave it. */
async function removeAddedGroups(em: EntityManager, mergeId: number, targetId: number): Promise<void> {
  await em.query(`DELETE FROM user_usergroup WHERE user_id = ? AND usergroup_id IN (${RECORDED})`, [
    targetId,
    mergeId,
    MovedKind.USERGROUP,
  ]);
}
