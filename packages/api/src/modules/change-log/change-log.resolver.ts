import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { clampFirst, ConnectionType, decodeCursor, toConnection } from '../../common/pagination';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';
import { forbidden } from '../../common/errors';
import { hasScope, requireActor } from '../../common/auth';

const ChangeLogConnection = ConnectionType('ChangeLog', ChangeLogEntry);

@Resolver()
export class ChangeLogResolver {
  @Authorized()
  @Query(() => ChangeLogConnection, { description: 'Newest first.' })
  async changeLog(
    @Ctx() ctx: Context,
    @Arg('entityType', () => ChangeLogEntityType) entityType: ChangeLogEntityType,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    // Agents see their own history; the history of others and of admin objects is for admins.
    // A token reads user history with users:read and everything else with agents:read.
    const scope = entityType === ChangeLogEntityType.USER ? 'users:read' : 'agents:read';
    if (!hasScope(requireActor(ctx), scope)) throw forbidden(`This API token lacks the ${scope} scope`);
    const own = entityType === ChangeLogEntityType.AGENT && String(ctx.actor?.agent?.id) === entityId;
    if (!own && !ctx.actor?.agent?.isAdmin && entityType !== ChangeLogEntityType.USER) throw forbidden('Only administrators can read this change log');
    const limit = clampFirst(first);
    const cursor = decodeCursor(after, 1);
    const qb = ctx.ds.getRepository(ChangeLogEntry).createQueryBuilder('c')
      .where('c.entity_type = :entityType AND c.entity_id = :entityId', { entityType, entityId });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('c.id < :cursorId', { cursorId: cursor[0] });
    const rows = await qb.orderBy('c.id', 'DESC').take(limit + 1).getMany();
    return toConnection(rows, limit, totalCount, (c) => [c.id]);
  }
}
