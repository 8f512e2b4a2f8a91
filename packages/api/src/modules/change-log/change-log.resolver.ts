import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';
import { listChangeLog } from './change-log.service';

const ChangeLogConnection = ConnectionType('ChangeLog', ChangeLogEntry);

@Resolver()
export class ChangeLogResolver {
  @Authorized()
  @Query(() => ChangeLogConnection, { description: 'Newest first.' })
  changeLog(
    @Ctx() ctx: Context,
    @Arg('entityType', () => ChangeLogEntityType) entityType: ChangeLogEntityType,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listChangeLog(ctx, { entityType, entityId, first, after }, ctx.ds.manager);
  }
}
