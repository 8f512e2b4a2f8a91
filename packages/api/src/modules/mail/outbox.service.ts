import { conflict, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { clampFirst } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { OutboxMessage, OutboxStatus } from './outbox.entity';
import { recordAuditEvent } from '../audit/audit.record';

/** Newest first, for the admin outbox view; `first` is capped at 100. */
export function listOutbox(sc: ServiceContext, args: { status?: OutboxStatus | null; first?: number | null }): Promise<OutboxMessage[]> {
  return sc.em.find(OutboxMessage, {
    where: args.status ? { status: args.status } : {},
    order: { createdAt: 'DESC', id: 'DESC' },
    take: clampFirst(args.first),
  });
}

/** Puts a FAILED message back in the queue with a fresh set of attempts. */
export async function retryOutboxMessage(sc: ServiceContext, args: { id: string | number }): Promise<OutboxMessage> {
  const id = parseId(args.id);
  const res = await sc.em.update(
    OutboxMessage,
    { id, status: OutboxStatus.FAILED },
    { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: sc.clock() },
  );
  const msg = await sc.em.findOneBy(OutboxMessage, { id });
  if (!msg) throw notFound('Outbox message');
  // A pending or sent message must not be re-queued: it could be in flight in another process.
  if (!res.affected) throw conflict(`Only failed messages can be retried (this one is ${msg.status})`);
  await recordAuditEvent(sc, { action: 'outbox.retried', target: { type: 'OUTBOX_MESSAGE', id, label: msg.toAddress } });
  return msg;
}
