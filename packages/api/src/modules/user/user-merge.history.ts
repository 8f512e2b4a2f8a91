import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { MovedKind } from './user-merge.entity';

// Where a user's change-log entry came from when a merge moved it there (user_merge_moved): the
// merged user as they were at the merge, so the kept user's history does not claim their changes.

@ObjectType({ description: 'The merged user a change-log entry came from, as they were when merged.' })
export class MovedFrom {
  @Field(() => ID, { description: "The merged user's id (a merged-away user)." })
  userId: string;

  @Field({ description: "The merged user's name at the time of the merge." })
  name: string;

  @Field(() => String, { nullable: true, description: "The merged user's primary email at the merge (null once it has been removed)." })
  email: string | null;

  @Field(() => ID)
  mergeId: string;
}

interface MovedRow {
  itemId: number | string;
  mergeId: number | string;
  userId: number | string;
  name: string;
  email: string | null;
}

/**
 * By moved item id (a change_log id, or a note id): the first merge (not undone) that moved the item,
 * one statement per batch. An item moved twice (A merged into B, then B into C) came from the first
 * merged user, A.
 */
export function movedFromLoader(ds: DataSource, kind: typeof MovedKind.CHANGE_LOG | typeof MovedKind.NOTE = MovedKind.CHANGE_LOG) {
  return new DataLoader<number, MovedFrom | null>(async (ids) => {
    const rows: MovedRow[] = await ds.query(
      `SELECT m.item_id AS itemId, um.id AS mergeId, um.source_user_id AS userId, um.source_name AS name, e.address AS email
         FROM user_merge_moved m
         JOIN user_merge um ON um.id = m.merge_id
         LEFT JOIN user_merge_moved pe ON pe.merge_id = um.id AND pe.kind = ?
         LEFT JOIN user_email e ON e.id = pe.item_id
        WHERE m.kind = ? AND m.item_id IN (${ids.map(() => '?').join(', ')}) AND um.undone_at IS NULL
        ORDER BY um.id ASC`,
      [MovedKind.PRIMARY_EMAIL, kind, ...ids],
    );
    const byItem = new Map<number, MovedFrom>();
    for (const r of rows) {
      const itemId = Number(r.itemId);
      if (!byItem.has(itemId))
        byItem.set(itemId, { userId: String(r.userId), name: r.name, email: r.email ?? null, mergeId: String(r.mergeId) });
    }
    return ids.map((id) => byItem.get(id) ?? null);
  });
}
