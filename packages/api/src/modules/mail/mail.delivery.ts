import path from 'node:path';
import { DataSource, LessThanOrEqual } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction, isMysql } from '../../common/transaction';
import { OutboxMessage, OutboxStatus } from './outbox.entity';
import { MailTransport } from './mail.transport';
import { SentRecorder } from './mail.sent';
import { inList } from '../../common/relations';

export interface MailerOptions {
  /** Where the development outbox writes .eml files (default ./data/outbox). */
  outboxDir?: string;
  /** Clock, so tests can move past backoff delays without waiting. */
  now?: () => Date;
}

export const BATCH_SIZE = 20;
export const MAX_ATTEMPTS = 8;
/** How long a claim lasts; a process that dies mid-send leaves the message due again after it. */
export const LEASE_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/** Delay before the next try after `attempts` failed tries: 30 s, 1 min, 2 min ... capped at 1 h. */
export const backoffMs = (attempts: number): number => Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

interface Claim {
  /** The next_attempt_at every claimed row got: a write about a row counts only while it still holds this. */
  lease: Date;
  messages: OutboxMessage[];
}

/**
 * The delivery side of the transactional outbox (a background job, so it opens its own
 * transactions and never runs in a caller's): deliverDue, from the poll loop of any API process,
 * claims a batch of due rows, sends them over a pool of MAIL_CONCURRENCY SMTP connections (or to
 * the development outbox), records the outcome (the sent ones many per UPDATE) and retries
 * failures with backoff. Messages are enqueued by mail.outbox.ts. Delivery is at least once: a
 * process killed between the SMTP server's answer and the UPDATE leaves at most MAIL_CONCURRENCY
 * messages to be sent again after the lease, and their stable Message-ID lets mail systems drop them.
 */
export class MailDelivery {
  private readonly transport: MailTransport;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly log: (msg: string) => void = (msg) => console.log(`[mail] ${msg}`),
    options: MailerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.transport = new MailTransport(config, options.outboxDir ?? path.join(config.dataDir, 'outbox'));
  }

  /** Without SMTP_URL mail goes to the development outbox instead of the network. */
  get usesDevelopmentOutbox(): boolean {
    return this.transport.usesDevelopmentOutbox;
  }

  /** Sends one batch of what is due. Calls are serialised within a process; claims make it safe across processes. */
  async deliverDue(): Promise<{ sent: number; failed: number }> {
    const { sent, failed } = await this.nextBatch();
    return { sent, failed };
  }

  private nextBatch(): Promise<{ sent: number; failed: number; claimed: number }> {
    const run = this.chain.catch(() => undefined).then(() => this.deliverBatch());
    this.chain = run;
    return run;
  }

  start(): void {
    if (this.running || this.config.outboxPollMs <= 0) return;
    this.running = true;
    this.schedule();
  }

  /** Stops the loop and waits for a delivery in progress, so shutdown does not cut a send. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain.catch(() => undefined);
    this.transport.close();
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      try {
        // A full batch means more may be due (an import's welcome emails): the next batch at once.
        while (this.running && (await this.nextBatch()).claimed === BATCH_SIZE);
      } catch (err) {
        this.log(`outbox poll failed: ${this.transport.describe(err)}`);
      }
      if (this.running) this.schedule();
    }, this.config.outboxPollMs);
    // The loop alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  /** Claims a batch and sends it with MAIL_CONCURRENCY messages in flight (one per pooled connection). */
  private async deliverBatch(): Promise<{ sent: number; failed: number; claimed: number }> {
    const claim = await this.claimDue();
    const recorder = new SentRecorder(this.ds, claim.lease, this.now);
    let sent = 0;
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < claim.messages.length) {
        const msg = claim.messages[next++];
        try {
          if (await this.deliverOne(msg, claim.lease, recorder)) sent++;
          else failed++;
        } catch (err) {
          // Only bookkeeping errors land here (the database went away); the lease makes the row due again later.
          failed++;
          this.log(`outbox message #${msg.id}: could not record the delivery result: ${this.transport.describe(err)}`);
        }
      }
    };
    const workers = Math.min(this.config.mailConcurrency, claim.messages.length);
    await Promise.all(Array.from({ length: workers }, worker));
    return { sent, failed, claimed: claim.messages.length };
  }

  /**
   * Claims up to BATCH_SIZE due rows by moving their next_attempt_at forward to the lease. On MySQL
   * the rows are read FOR UPDATE SKIP LOCKED, so processes claiming at once take disjoint batches
   * instead of queueing for the same rows; SQLite's transactions are serial. (The status column
   * only has PENDING | SENT | FAILED, so a lease on the time is the claim.)
   */
  private claimDue(): Promise<Claim> {
    const now = this.now();
    const lease = new Date(now.getTime() + LEASE_MS);
    return inTransaction(this.ds, async (em) => {
      const query = em
        .createQueryBuilder(OutboxMessage, 'm')
        .where('m.status = :pending', { pending: OutboxStatus.PENDING })
        .andWhere('m.nextAttemptAt <= :now', { now })
        .orderBy('m.nextAttemptAt', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(BATCH_SIZE);
      if (isMysql(em)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const due = await query.getMany();
      if (!due.length) return { lease, messages: [] };
      const res = await em.update(
        OutboxMessage,
        { id: inList(due.map((m) => m.id)), status: OutboxStatus.PENDING, nextAttemptAt: LessThanOrEqual(now) },
        { nextAttemptAt: lease },
      );
      // The rows are ours (locked, or a serial transaction): anything else rolls the claim back.
      if (res.affected !== due.length) throw new Error(`outbox claim matched ${res.affected} of ${due.length} rows`);
      return { lease, messages: due.map((m) => ({ ...m, nextAttemptAt: lease })) };
    });
  }

  /** Returns true when sent; records the outcome only while our lease still holds. */
  private async deliverOne(msg: OutboxMessage, lease: Date, recorder: SentRecorder): Promise<boolean> {
    let error: unknown = null;
    let file: string | null = null;
    try {
      file = await this.transport.send(msg);
    } catch (err) {
      error = err;
    }
    if (!error) {
      // Waits for the UPDATE (shared with the messages sent meanwhile) before the next send, so
      // a killed process leaves at most one unrecorded message per connection.
      if (!(await recorder.record(msg.id))) {
        this.log(`outbox message #${msg.id}: sent, but its claim had expired (another process may send it again)`);
      }
      if (this.usesDevelopmentOutbox) {
        this.log(`outbox message #${msg.id} delivered to the development outbox${file ? `: ${file}` : ''}`);
      }
      return true;
    }
    const now = this.now();
    const attempts = msg.attempts + 1;
    const lastError = this.transport.describe(error);
    const giveUp = attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = giveUp ? now : new Date(now.getTime() + backoffMs(attempts));
    await inTransaction(this.ds, (em) =>
      em.update(
        OutboxMessage,
        { id: msg.id, status: OutboxStatus.PENDING, nextAttemptAt: lease },
        { status: giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, attempts, lastError, nextAttemptAt },
      ),
    );
    this.log(
      giveUp
        ? `outbox message #${msg.id} FAILED after ${attempts} attempts: ${lastError}`
        : `outbox message #${msg.id} attempt ${attempts} failed, retrying at ${nextAttemptAt.toISOString()}: ${lastError}`,
    );
    return false;
  }
}
