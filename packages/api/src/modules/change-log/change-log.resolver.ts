import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../common/request';
import { listChangeLog } from './change-log.service';

export const ChangeLogConnection = ConnectionType('ChangeLog', ChangeLogEntry);

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
    return ctx.read((sc) => listChangeLog(sc, { entityType, entityId, first, after }));
  }
}
