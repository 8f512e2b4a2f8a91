import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, JsonCol, Str } from '../../common/columns';

/** What a merge moved from the source user to the target, so that undoing it can move it back. */
export interface MergeMoved {
  emailIds: number[];
  /** The source's primary address (primary again after an undo). */
  primaryEmailId: number | null;
  noteIds: number[];
  /** Absent in merges recorded before files moved with them. */
  fileIds?: number[];
  /** Memberships the target did not have (the source keeps its own rows). */
  usergroupIds: number[];
  changeLogIds: number[];
  /** Target fields that were empty and took the source's value. */
  filled: Record<string, string | number | boolean | null>;
  /** Custom field values the target took from the source, by field id (absent in older merges). */
  customFields?: Record<string, string>;
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
  moved: MergeMoved;

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
