import { Brackets, DataSource } from 'typeorm';
import type { ServiceDeps } from '../../common/service';
import { inTransaction } from '../../common/transaction';
import { ImportJob, ImportRowError, ImportStatus } from './import-job.entity';
import { failureOf, finish, LeaseLost, removeFile, runImport } from './import.run';
import { importSpecOf } from './import.kinds';

/** A job whose runner died this many times (kill -9, out of memory) is given up as FAILED. */
export const MAX_IMPORT_ATTEMPTS = 3;

/**
 * Runs queued imports, like the outbox sender: any API process polls (IMPORT_POLL_MS) and claims
 * one due job at a time with a lease (leaseUntil), renewed by every chunk. A job whose runner
 * died stays RUNNING until its lease runs out; then any runner claims it again and starts over
 * (nothing of an unfinished run was committed, see runImport).
 */
export class ImportRunner {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceDeps,
    private readonly log: (msg: string) => void = (m) => console.log(`[import] ${m}`),
  ) {}

  private get config() {
    return this.services.config;
  }

  start(): void {
    if (this.running || this.config.importPollMs <= 0) return;
    this.running = true;
    this.schedule(this.config.importPollMs);
  }

  /** Right after a job is created: run it now rather than at the next poll (when polling is on). */
  kick(): void {
    if (this.running) void this.runDue().catch((e) => this.log(`import run failed: ${(e as Error).message}`));
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain.catch(() => undefined);
  }

  /** Runs every due job, one after another; serialised within the process. Returns how many ran. */
  runDue(): Promise<number> {
    const run = this.chain
      .catch(() => undefined)
      .then(async () => {
        let n = 0;
        for (let job = await this.claim(); job; job = await this.claim()) {
          await this.runOne(job);
          n++;
        }
        return n;
      });
    this.chain = run;
    return run;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(async () => {
      await this.runDue().catch((e) => this.log(`import poll failed: ${(e as Error).message}`));
      if (this.running) this.schedule(this.config.importPollMs);
    }, ms);
    this.timer.unref();
  }

  private leaseEnd = () => new Date(this.services.clock().getTime() + this.config.importLeaseMs);

  /** Claims the oldest QUEUED job, or a RUNNING one whose lease ran out, by a conditional UPDATE. */
  private async claim(): Promise<ImportJob | null> {
    const now = this.services.clock();
    for (;;) {
      const job = await this.ds
        .getRepository(ImportJob)
        .createQueryBuilder('j')
        .where('j.status = :queued', { queued: ImportStatus.QUEUED })
        .orWhere(
          new Brackets((w) => w.where('j.status = :running', { running: ImportStatus.RUNNING }).andWhere('j.leaseUntil < :now', { now })),
        )
        .orderBy('j.id', 'ASC')
        .getOne();
      if (!job) return null;
      const res = await this.ds.manager.update(
        ImportJob,
        { id: job.id, status: job.status, attempts: job.attempts },
        { status: ImportStatus.RUNNING, attempts: job.attempts + 1, leaseUntil: this.leaseEnd() },
      );
      if (res.affected !== 1) continue;
      const claimed = { ...job, status: ImportStatus.RUNNING, attempts: job.attempts + 1 };
      if (claimed.attempts > MAX_IMPORT_ATTEMPTS) {
        await this.fail(claimed, {
          code: 'GAVE_UP',
          message: `The import was interrupted ${MAX_IMPORT_ATTEMPTS} times: nothing was imported`,
        });
        continue;
      }
      return claimed;
    }
  }

  private async runOne(job: ImportJob): Promise<void> {
    const heartbeat = async (progress: Partial<ImportJob>) => {
      // A plain UPDATE, not a transaction: the write pass holds one open (on SQLite, the same connection).
      const res = await this.ds.manager.update(
        ImportJob,
        { id: job.id, attempts: job.attempts, status: ImportStatus.RUNNING },
        { ...progress, leaseUntil: this.leaseEnd() },
      );
      return res.affected === 1;
    };
    try {
      await runImport({ ds: this.ds, services: this.services, heartbeat }, job, importSpecOf(job.kind));
      await removeFile(this.config.importDir, job);
    } catch (e) {
      if (e instanceof LeaseLost) return this.log(`import #${job.id}: taken over by another runner`);
      const failure = failureOf(e);
      if (failure.code === 'INTERNAL') this.log(`import #${job.id} failed: ${(e as Error).stack ?? String(e)}`);
      await this.fail(job, failure);
    }
  }

  private async fail(job: ImportJob, failure: { code: string; message: string }): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      // ROWS_INVALID sums up the row errors already listed; anything else is an error of its own.
      if (failure.code !== 'ROWS_INVALID') {
        await em.insert(ImportRowError, {
          importId: job.id,
          row: 0,
          column: null,
          code: failure.code,
          message: failure.message.slice(0, 500),
        });
      }
      const errorCount = await em.countBy(ImportRowError, { importId: job.id });
      await finish(em, job, { status: ImportStatus.FAILED, failure: failure.message, createdCount: 0, updatedCount: 0, errorCount });
    });
    await removeFile(this.config.importDir, job);
  }
}
