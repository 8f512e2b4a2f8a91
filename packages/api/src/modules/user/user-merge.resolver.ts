import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import type { Context } from '../../common/request';
import { UserMerge } from './user-merge.entity';
import { MovedFrom } from './user-merge.history';
import { MovedKind } from './user-merge.entity';
import { ActivityItem } from './user.activity';

@Resolver(() => UserMerge)
export class UserMergeResolver {
  // By the server's clock, so the SPA need not trust the browser's to offer (or hide) the undo.
  @FieldResolver(() => Boolean, { description: 'Not undone yet and still within undoUntil: undoUserMerge would be tried.' })
  undoable(@Root() merge: UserMerge, @Ctx() ctx: Context): boolean {
    return !merge.undoneAt && merge.undoUntil.getTime() > ctx.services.clock().getTime();
  }
}

/** Reached only through a change log the actor may read (changeLog, agentCrmChangeLog), so no check of its own. */
@Resolver(() => ChangeLogEntry)
export class ChangeLogMovedFromResolver {
  @FieldResolver(() => MovedFrom, {
    nullable: true,
    description: "A user's entry that a merge moved here from the merged user (null: the user's own, or not a user's entry).",
  })
  movedFrom(@Root() entry: ChangeLogEntry, @Ctx() ctx: Context): Promise<MovedFrom | null> | null {
    return entry.entityType === ChangeLogEntityType.USER ? ctx.loaders.movedFromOfChangeLog.load(entry.id) : null;
  }
}

/** Reached only through userActivity (people.view on the user), so no check of its own. */
@Resolver(() => ActivityItem)
export class ActivityMovedFromResolver {
  @FieldResolver(() => MovedFrom, {
    nullable: true,
    description: "A change or note that a merge moved here from the merged user (null: the user's own), as ChangeLogEntry.movedFrom.",
  })
  movedFrom(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<MovedFrom | null> {
    const { kind, id } = item.source;
    return (kind === MovedKind.NOTE ? ctx.loaders.movedFromOfNote : ctx.loaders.movedFromOfChangeLog).load(id);
  }
}
