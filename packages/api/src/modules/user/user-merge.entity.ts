import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, JsonCol, Str } from '../../common/columns';

/**
 * The values a merge gave the target (bounded by the fields' own limits, so one cell holds them:
 * a MEDIUMTEXT on MySQL), so that undoing it can take back those nobody has changed since.
 */
export interface MergeFilled {
  /** Target fields that were empty and took the source's value. */
  fields: Record<string, string | number | boolean | null>;
  /** Custom field values the target took from the source, by field id. */
  customFields: Record<string, string>;
}

@Entity('user_merge')
@ObjectType({ description: 'A merge of one user into another; it can be undone until undoUntil.' })
export class UserMerge {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  targetUserId: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  sourceUserId: number;

  @Str(200)
  @Field({ description: "The source user's name at the time of the merge." })
  sourceName: string;

  @JsonCol()
  filled: MergeFilled;

  @Str(200)
  @Field()
  actorName: string;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol()
  @Field()
  undoUntil: Date;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  undoneAt: Date | null;
}

/** What a merge moved from the source to the target, one row per item (user_merge_moved.kind). */
export const MovedKind = {
  /** The source's addresses (user_email ids). */
  EMAIL: 'email',
  /** The one of them that was the source's primary address (primary again after an undo). */
  PRIMARY_EMAIL: 'primary_email',
  NOTE: 'note',
  FILE: 'file',
  /** Memberships the target did not have (usergroup ids; the source keeps its own rows). */
  USERGROUP: 'usergroup',
  /** The source's change-log entries (change_log ids). */
  CHANGE_LOG: 'change_log',
} as const;
export type MovedKind = (typeof MovedKind)[keyof typeof MovedKind];

/**
 * One item a merge moved: rows rather than a list in one cell, so that a user with any amount of
 * history merges and undoes (written and read set-based by user-merge.moved.ts).
 */
@Entity('user_merge_moved')
@Index('IDX_user_merge_moved_item', ['kind', 'itemId'])
export class UserMergeMoved {
  @PrimaryColumn({ type: 'int' })
  mergeId: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: MovedKind;

  @PrimaryColumn({ type: 'int' })
  itemId: number;
}
