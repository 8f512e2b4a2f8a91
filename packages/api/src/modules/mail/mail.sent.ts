import { DataSource } from 'typeorm';
import { inTransaction } from '../../common/transaction';
import { OutboxMessage, OutboxStatus } from './outbox.entity';
import { inList } from '../../common/relations';

/** What a delivered message's body is replaced with (it may have held a temporary password). */
export const BODY_REMOVED = '(removed after delivery)';

interface Waiter {
  id: number;
  done: (held: boolean) => void;
  fail: (err: unknown) => void;
}

/**
 * Records the delivered messages of one claimed batch as SENT, several per UPDATE (a group
 * commit): a message delivered while an UPDATE runs waits for the next one, which takes every
 * message that arrived meanwhile. Each row is updated only while it still holds the batch's lease
 * (status PENDING, next_attempt_at = the lease), so a message another process took over after the
 * lease ran out is not marked by this one.
 */
export class SentRecorder {
  private waiting: Waiter[] = [];
  private busy = false;

  constructor(
    private readonly ds: DataSource,
    private readonly lease: Date,
    private readonly now: () => Date,
  ) {}

  /** Resolves once the row is recorded: true, or false when its lease had run out. */
  record(id: number): Promise<boolean> {
    return new Promise((done, fail) => {
      this.waiting.push({ id, done, fail });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.busy || !this.waiting.length) return;
    this.busy = true;
    const batch = this.waiting.splice(0);
    try {
      const held = await this.markSent(batch.map((w) => w.id));
      for (const w of batch) w.done(held.has(w.id));
    } catch (err) {
      for (const w of batch) w.fail(err);
    } finally {
      this.busy = false;
    }
    void this.flush();
  }

  /** One UPDATE for the batch; the ids it marked (all of them unless a lease had run out). */
  private markSent(ids: number[]): Promise<Set<number>> {
    const lease = { status: OutboxStatus.PENDING, nextAttemptAt: this.lease };
    return inTransaction(this.ds, async (em) => {
      const res = await em.update(
        OutboxMessage,
        { id: inList(ids), ...lease },
        {
          status: OutboxStatus.SENT,
          sentAt: this.now(),
          attempts: () => 'attempts + 1',
          lastError: null,
          textBody: BODY_REMOVED,
          htmlBody: null,
        },
      );
      if (res.affected === ids.length) return new Set(ids);
      // Rare: some claims ran out. Ours are the rows now SENT that still carry our lease's time
      // (a process that claimed one again moved next_attempt_at past it).
      const ours = await em.findBy(OutboxMessage, { id: inList(ids), status: OutboxStatus.SENT, nextAttemptAt: this.lease });
      return new Set(ours.map((m) => m.id));
    });
  }
}
