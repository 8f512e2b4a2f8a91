import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/request';
import { UserMerge } from './user-merge.entity';

@Resolver(() => UserMerge)
export class UserMergeResolver {
  // By the server's clock, so the SPA need not trust the browser's to offer (or hide) the undo.
  @FieldResolver(() => Boolean, { description: 'Not undone yet and still within undoUntil: undoUserMerge would be tried.' })
  undoable(@Root() merge: UserMerge, @Ctx() ctx: Context): boolean {
    return !merge.undoneAt && merge.undoUntil.getTime() > ctx.services.clock().getTime();
  }
}
