import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { Note } from './user.entity';
import { requireUser } from './user.service';
import { MovedKind } from './user-merge.entity';

export enum ActivityKind {
  CHANGE = 'CHANGE',
  NOTE = 'NOTE',
  MERGE = 'MERGE',
  FILE = 'FILE',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

@ObjectType({ description: "One event of a user's activity stream." })
export class ActivityItem {
  @Field(() => ID, { description: 'change:<id> or note:<id>.' }) id: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field() createdAt: Date;
  @Field() actorName: string;
  @Field(() => String, { nullable: true, description: 'The changed field (changes, merges, files).' }) field: string | null;
  @Field(() => String, { nullable: true }) oldValue: string | null;
  @Field(() => String, { nullable: true }) newValue: string | null;
  @Field(() => String, { nullable: true, description: 'The whole note (notes).' }) text: string | null;
  @Field(() => ID, { nullable: true, description: 'The other user of a merge (merges), to link to; null for other items.' })
  relatedUserId: string | null;
  /** Not in the schema: the row an item came from, to find the merge that moved it (ActivityItem.movedFrom). */
  source: { kind: typeof MovedKind.CHANGE_LOG | typeof MovedKind.NOTE; id: number };
}

const MERGE_FIELDS = new Set(['merged', 'mergedInto', 'mergeUndone']);
const FILE_FIELDS = new Set(['fileAdded', 'fileDeleted']);

// Sources in a fixed rank, so that (createdAt, rank, id) orders every item, newest first.
const CHANGES = 0;
const NOTES = 1;

/** [createdAt (ISO, UTC), source rank, row id]. */
export const ACTIVITY_CURSOR = cursorShape('activity', [cursorPart.timestamp, cursorPart.oneOf(CHANGES, NOTES), cursorPart.id]);
type ActivityCursor = readonly [at: string, rank: typeof CHANGES | typeof NOTES, id: number];

/** Rows of one source strictly after the cursor in (createdAt DESC, rank DESC, id DESC). */
function after<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  qb: SelectQueryBuilder<T>,
  rank: number,
  cursor: ActivityCursor | null,
) {
  if (cursor) {
    const [at, cRank, cId] = cursor;
    const column = em.connection.getMetadata(entity).findColumnWithPropertyName('createdAt')!;
    const atValue = em.connection.driver.preparePersistentValue(new Date(at), column);
    if (rank < cRank) qb.andWhere('x.created_at <= :at', { at: atValue });
    else if (rank > cRank) qb.andWhere('x.created_at < :at', { at: atValue });
    else qb.andWhere('(x.created_at < :at OR (x.created_at = :at AND x.id < :cid))', { at: atValue, cid: cId });
  }
  return qb.orderBy('x.created_at', 'DESC').addOrderBy('x.id', 'DESC');
}

// Merge entries name the other user as "Name (#12), merge #3" (user.merge.ts).
const RELATED_USER = /\(#(\d+)\), merge #\d+$/;
const relatedUser = (field: string, value: string | null) =>
  MERGE_FIELDS.has(field) ? (RELATED_USER.exec(value ?? '')?.[1] ?? null) : null;

const changeKind = (field: string) =>
  MERGE_FIELDS.has(field) ? ActivityKind.MERGE : FILE_FIELDS.has(field) ? ActivityKind.FILE : ActivityKind.CHANGE;

/** A user's changes, notes, merges and files in time order, newest first, keyset-paginated across both sources. */
export async function userActivity(
  sc: ServiceContext,
  args: { userId: string; first?: number | null; after?: string | null },
): Promise<Connection<ActivityItem & { rank: number; rowId: number }>> {
  const user = await requireUser(sc, args.userId);
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, ACTIVITY_CURSOR);
  const { em } = sc;
  const changes = await after(
    em,
    ChangeLogEntry,
    em
      .createQueryBuilder(ChangeLogEntry, 'x')
      .where('x.entity_type = :t AND x.entity_id = :id', { t: ChangeLogEntityType.USER, id: String(user.id) })
      // Notes come whole from their own table.
      .andWhere("x.field <> 'note'"),
    CHANGES,
    cursor,
  )
    .limit(limit + 1)
    .getMany();
  const notes = await after(em, Note, em.createQueryBuilder(Note, 'x').where('x.user_id = :uid', { uid: user.id }), NOTES, cursor)
    .limit(limit + 1)
    .getMany();
  const items = [
    ...changes.map((c) => ({
      id: `change:${c.id}`,
      kind: changeKind(c.field),
      createdAt: c.createdAt,
      actorName: c.actorName,
      field: c.field,
      oldValue: c.oldValue,
      newValue: c.newValue,
      text: null,
      relatedUserId: relatedUser(c.field, c.newValue ?? c.oldValue),
      source: { kind: MovedKind.CHANGE_LOG, id: c.id },
      rank: CHANGES,
      rowId: c.id,
    })),
    ...notes.map((n) => ({
      id: `note:${n.id}`,
      kind: ActivityKind.NOTE,
      createdAt: n.createdAt,
      actorName: n.authorName,
      field: null,
      oldValue: null,
      newValue: null,
      text: n.text,
      relatedUserId: null,
      source: { kind: MovedKind.NOTE, id: n.id },
      rank: NOTES,
      rowId: n.id,
    })),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.rank - a.rank || b.rowId - a.rowId);
  return toConnection(items, limit, -1, ACTIVITY_CURSOR, (i) => [i.createdAt.toISOString(), i.rank as ActivityCursor[1], i.rowId]);
}
