import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { OutboxMessage, OutboxStatus } from './outbox.entity';
import { listOutbox, retryOutboxMessage } from './outbox.service';

/** The admin's view of outgoing mail: what was sent, what is waiting, what failed and why. */
@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Authorized(ADMIN)
  @Query(() => [OutboxMessage], { description: 'Outgoing email, newest first; first is capped at 100.' })
  outbox(
    @Ctx() ctx: Context,
    @Arg('status', () => OutboxStatus, { nullable: true }) status?: OutboxStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
  ): Promise<OutboxMessage[]> {
    return ctx.read((sc) => listOutbox(sc, { status, first }));
  }

  @Authorized(ADMIN)
  @Mutation(() => OutboxMessage, { description: 'Queues a FAILED message again with a fresh set of attempts.' })
  retryOutboxMessage(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<OutboxMessage> {
    return ctx.tx((sc) => retryOutboxMessage(sc, { id }));
  }

  // Attachment sources are internal generator names; admins only need the file names.
  @FieldResolver(() => [String])
  attachmentNames(@Root() msg: OutboxMessage): string[] {
    return (msg.attachments ?? []).map((a) => a.filename);
  }
}
