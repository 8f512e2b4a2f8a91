import { DataSource, LessThan } from 'typeorm';
import { AuditEvent } from '../../common/audit-event.entity';
import { AppLock, AppLockId } from '../../common/lock.entity';
import type { ServiceDeps } from '../../common/service';
import { inTransaction } from '../../common/transaction';

/** Events deleted per statement (each batch is its own short transaction). */
export const PRUNE_BATCH = 1000;
/** Batches per run at most: a huge backlog is worked off over several runs. */
const MAX_BATCHES = 500;
/** How long a claim lasts without renewal (every batch renews it). */
const LEASE_MS = 5 * 60_000;

/**
 * Deletes audit events older than AUDIT_RETENTION_DAYS. Any API process may run it: like the
 * import runner and the outbox, a process claims the work with a lease by a conditional UPDATE
 * (here on the application lock row AUDIT_RETENTION, whose time is when the job may next be
 * claimed), renews it with every batch, and stops when it lost it. After a run the row's time is
 * set to the next poll, so the other processes skip it until then.
 */
export class AuditRetention {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceDeps,
    private readonly log: (msg: string) => void = (m) => console.log(`[audit] ${m}`),
  ) {}

  start(): void {
    const every = this.services.config.auditPrunePollMs;
    if (every <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.pruneOnce().catch((e) => this.log(`pruning failed: ${(e as Error).message}`));
    }, every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Claims the lease when it is free; false when another process holds it (or ran it recently). */
  private async claim(now: Date): Promise<Date | null> {
    const until = new Date(now.getTime() + LEASE_MS);
    const res = await this.ds.manager.update(AppLock, { id: AppLockId.AUDIT_RETENTION, touchedAt: LessThan(now) }, { touchedAt: until });
    return res.affected === 1 ? until : null;
  }

  /** Moves our lease on (to `next`); false when it is no longer ours. */
  private async renew(held: Date, next: Date): Promise<boolean> {
    const res = await this.ds.manager.update(AppLock, { id: AppLockId.AUDIT_RETENTION, touchedAt: held }, { touchedAt: next });
    return res.affected === 1;
  }

  /** One run: how many events it deleted (0 when another process holds the lease). */
  async pruneOnce(): Promise<number> {
    const { clock, config } = this.services;
    let held = await this.claim(clock());
    if (!held) return 0;
    const cutoff = new Date(clock().getTime() - config.auditRetentionDays * 86_400_000);
    let deleted = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const n = await inTransaction(this.ds, async (em) => {
        const ids = await em.find(AuditEvent, {
          select: { id: true },
          where: { occurredAt: LessThan(cutoff) },
          order: { occurredAt: 'ASC', id: 'ASC' },
          take: PRUNE_BATCH,
        });
        if (!ids.length) return 0;
        const res = await em.delete(
          AuditEvent,
          ids.map((r) => r.id),
        );
        return res.affected ?? ids.length;
      });
      deleted += n;
      const next = new Date(clock().getTime() + LEASE_MS);
      if (n < PRUNE_BATCH) break;
      if (!(await this.renew(held, next))) return deleted;
      held = next;
    }
    // Done: nobody needs to look again before the next poll (without polling, tests drive it: free at once).
    const poll = config.auditPrunePollMs;
    await this.renew(held, new Date(clock().getTime() + (poll > 0 ? Math.max(poll - 1000, 0) : 0)));
    if (deleted) this.log(`pruned ${deleted} audit event(s) older than ${config.auditRetentionDays} days`);
    return deleted;
  }
}
