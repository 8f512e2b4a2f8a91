import { EntityManager } from 'typeorm';
import type { MailQueue, OutgoingEmail } from '../../common/service';
import { insertRows } from '../../common/insert-rows';
import { OutboxMessage, OutboxStatus } from './outbox.entity';

export type { OutgoingEmail };

const OUTBOX_COLUMNS = [
  'toAddress',
  'subject',
  'textBody',
  'htmlBody',
  'attachments',
  'status',
  'attempts',
  'lastError',
  'nextAttemptAt',
  'createdAt',
  'sentAt',
] as const;

/**
 * The enqueue side of the transactional outbox: it runs inside the caller's transaction, with
 * the caller's EntityManager, and never opens a transaction or touches the network. A message is
 * sent (by mail.delivery.ts) only if that transaction commits. This is the MailQueue of the
 * service context.
 */
export class MailOutbox implements MailQueue {
  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Adds a message in the caller's transaction: it is sent only if that transaction commits. */
  async enqueue(em: EntityManager, msg: OutgoingEmail): Promise<OutboxMessage> {
    return em.save(OutboxMessage, em.create(OutboxMessage, outboxRow(msg, this.now())));
  }

  /** Like enqueue for many messages: multi-row INSERTs (insertRows), reading `msgs` one statement at a time. */
  async enqueueMany(em: EntityManager, msgs: Iterable<OutgoingEmail>): Promise<void> {
    const now = this.now();
    const rows = function* () {
      for (const m of msgs) yield outboxRow(m, now);
    };
    await insertRows(em, OutboxMessage, OUTBOX_COLUMNS, rows());
  }
}

function outboxRow(msg: OutgoingEmail, now: Date): Omit<OutboxMessage, 'id'> {
  const to = msg.to.trim();
  if (!to || /[\r\n]/.test(to)) throw new Error('enqueue: invalid recipient address');
  return {
    toAddress: to,
    subject: msg.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
    textBody: msg.text,
    htmlBody: msg.html ?? null,
    attachments: msg.attachments ?? [],
    status: OutboxStatus.PENDING,
    attempts: 0,
    lastError: null,
    nextAttemptAt: now,
    createdAt: now,
    sentAt: null,
  };
}
