import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, LessThanOrEqual } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../common/transaction';
import { OutboxMessage, OutboxStatus } from './outbox.entity';
import { quickStartGuidePdf } from './quick-start-guide';

export interface MailerOptions {
  /** Where the development outbox writes .eml files (default ./data/outbox). */
  outboxDir?: string;
  /** Clock, so tests can move past backoff delays without waiting. */
  now?: () => Date;
}

export const BATCH_SIZE = 20;
/** What a delivered message's body is replaced with (it may have held a temporary password). */
export const BODY_REMOVED = '(removed after delivery)';
export const MAX_ATTEMPTS = 8;
/** How long a claim lasts; a process that dies mid-send leaves the message due again after it. */
export const LEASE_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;
// SMTP timeouts well under the lease, so a hung server cannot outlive a claim.
const SMTP_TIMEOUT_MS = 60_000;

/** Delay before the next try after `attempts` failed tries: 30 s, 1 min, 2 min ... capped at 1 h. */
export const backoffMs = (attempts: number): number => Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

// Attachments are generated at send time from a named source, so outbox rows stay small.
const attachmentSources: ReadonlyMap<string, () => Promise<Buffer>> = new Map<string, () => Promise<Buffer>>([
  ['quick-start-guide', quickStartGuidePdf],
]);

/**
 * The delivery side of the transactional outbox (a background job, so it opens its own
 * transactions and never runs in a caller's): deliverDue, from the poll loop of any API process,
 * claims due rows, sends them over SMTP (or to the development outbox) and records the outcome,
 * retrying with backoff. Messages are enqueued by mail.outbox.ts. Delivery is at least once: a
 * stable Message-ID lets mail systems drop the rare duplicate.
 */
export class MailDelivery {
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly outboxDir: string;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly log: (msg: string) => void = (msg) => console.log(`[mail] ${msg}`),
    options: MailerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.outboxDir = options.outboxDir ?? path.join(config.dataDir, 'outbox');
  }

  /** Without SMTP_URL mail goes to the development outbox instead of the network. */
  get usesDevelopmentOutbox(): boolean {
    return !this.config.smtpUrl;
  }

  /** Sends what is due. Calls are serialised within a process; claims make it safe across processes. */
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
    this.transport?.close();
    this.transport = null;
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      try {
        // A full batch means more may be due (an import's welcome emails): the next batch at once.
        while (this.running && (await this.nextBatch()).claimed === BATCH_SIZE);
      } catch (err) {
        this.log(`outbox poll failed: ${this.describe(err)}`);
      }
      if (this.running) this.schedule();
    }, this.config.outboxPollMs);
    // The loop alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  private async deliverBatch(): Promise<{ sent: number; failed: number; claimed: number }> {
    const claimed = await this.claimDue();
    let sent = 0;
    let failed = 0;
    for (const msg of claimed) {
      try {
        if (await this.deliverOne(msg)) sent++;
        else failed++;
      } catch (err) {
        // Only bookkeeping errors land here (the database went away); the lease makes the row due again later.
        failed++;
        this.log(`outbox message #${msg.id}: could not record the delivery result: ${this.describe(err)}`);
      }
    }
    return { sent, failed, claimed: claimed.length };
  }

  /**
   * Claims due rows by moving next_attempt_at forward, conditional on the value just read: of two
   * processes reading the same row, only one UPDATE matches. (The status column only has
   * PENDING | SENT | FAILED, so a lease on the time is the claim.)
   */
  private claimDue(): Promise<OutboxMessage[]> {
    const now = this.now();
    const lease = new Date(now.getTime() + LEASE_MS);
    return inTransaction(this.ds, async (em) => {
      const due = await em.find(OutboxMessage, {
        where: { status: OutboxStatus.PENDING, nextAttemptAt: LessThanOrEqual(now) },
        order: { nextAttemptAt: 'ASC', id: 'ASC' },
        take: BATCH_SIZE,
      });
      const mine: OutboxMessage[] = [];
      for (const msg of due) {
        const res = await em.update(
          OutboxMessage,
          { id: msg.id, status: OutboxStatus.PENDING, nextAttemptAt: msg.nextAttemptAt },
          { nextAttemptAt: lease },
        );
        if (res.affected === 1) mine.push({ ...msg, nextAttemptAt: lease });
      }
      return mine;
    });
  }

  /** Returns true when sent; records the outcome only while our lease still holds. */
  private async deliverOne(msg: OutboxMessage): Promise<boolean> {
    const lease = { id: msg.id, status: OutboxStatus.PENDING, nextAttemptAt: msg.nextAttemptAt };
    const attempts = msg.attempts + 1;
    let error: unknown = null;
    let file: string | null = null;
    try {
      file = await this.send(msg);
    } catch (err) {
      error = err;
    }
    const now = this.now();
    if (!error) {
      const res = await inTransaction(this.ds, (em) =>
        em.update(OutboxMessage, lease, {
          status: OutboxStatus.SENT,
          sentAt: now,
          attempts,
          lastError: null,
          textBody: BODY_REMOVED,
          htmlBody: null,
        }),
      );
      if (!res.affected) this.log(`outbox message #${msg.id}: sent, but its claim had expired (another process may send it again)`);
      if (this.usesDevelopmentOutbox) {
        this.log(`outbox message #${msg.id} delivered to the development outbox${file ? `: ${file}` : ''}`);
      }
      return true;
    }
    const lastError = this.describe(error);
    const giveUp = attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = giveUp ? now : new Date(now.getTime() + backoffMs(attempts));
    await inTransaction(this.ds, (em) =>
      em.update(OutboxMessage, lease, { status: giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, attempts, lastError, nextAttemptAt }),
    );
    this.log(
      giveUp
        ? `outbox message #${msg.id} FAILED after ${attempts} attempts: ${lastError}`
        : `outbox message #${msg.id} attempt ${attempts} failed, retrying at ${nextAttemptAt.toISOString()}: ${lastError}`,
    );
    return false;
  }

  /** Sends one message; returns the .eml path when the development outbox wrote one. */
  private async send(msg: OutboxMessage): Promise<string | null> {
    const attachments = await Promise.all(
      (msg.attachments ?? []).map(async (a) => {
        const build = attachmentSources.get(a.source);
        if (!build) throw new Error(`unknown attachment source "${a.source}"`);
        return { filename: a.filename, contentType: a.contentType, content: await build() };
      }),
    );
    const info = await this.getTransport().sendMail({
      from: this.config.mailFrom,
      to: msg.toAddress,
      subject: msg.subject,
      text: msg.textBody,
      html: msg.htmlBody ?? undefined,
      attachments,
      // Stable across retries and processes, so a duplicate delivery can be recognised.
      messageId: `<roster-outbox-${msg.id}@${this.mailDomain()}>`,
    });
    // .eml copies hold temporary passwords and invitation links: a development aid only.
    if (!this.usesDevelopmentOutbox || this.config.env !== 'development') return null;
    const file = path.join(this.outboxDir, `${msg.createdAt.toISOString().replace(/[:.]/g, '-')}-${msg.id}.eml`);
    await fs.promises.mkdir(this.outboxDir, { recursive: true });
    await fs.promises.writeFile(file, info.message as Buffer);
    return file;
  }

  private getTransport(): Transporter {
    if (!this.transport) {
      this.transport = this.config.smtpUrl
        ? nodemailer.createTransport({
            url: this.config.smtpUrl,
            // One connection kept open for the messages of a batch and the next (no handshake each).
            pool: true,
            maxConnections: 1,
            connectionTimeout: SMTP_TIMEOUT_MS,
            greetingTimeout: SMTP_TIMEOUT_MS,
            socketTimeout: SMTP_TIMEOUT_MS,
          } as nodemailer.TransportOptions)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
    return this.transport;
  }

  private mailDomain(): string {
    try {
      return new URL(this.config.publicUrl).hostname || 'roster.local';
    } catch {
      return 'roster.local';
    }
  }

  /** An error as one short line with any SMTP credentials removed; stored and logged. */
  private describe(err: unknown): string {
    let text = err instanceof Error ? err.message : String(err);
    const secrets: string[] = [];
    if (this.config.smtpUrl) {
      try {
        const u = new URL(this.config.smtpUrl);
        // Only the password: scrubbing a short user name would mangle ordinary words.
        if (u.password.length >= 3) secrets.push(u.password, decodeURIComponent(u.password));
      } catch {
        /* a malformed URL fails at connect time with its own message */
      }
    }
    for (const s of secrets) text = text.split(s).join('***');
    text = text
      .replace(/(smtps?:\/\/)[^@\s/]*@/gi, '$1***@')
      .replace(/\s+/g, ' ')
      .trim();
    return text.slice(0, 500);
  }
}
