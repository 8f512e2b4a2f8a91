import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { DomainError } from '../../common/errors';
import { insertRows } from '../../common/insert-rows';
import type { ServiceContext, ServiceDeps } from '../../common/service';
import { inTransaction } from '../../common/transaction';
import { withBulkPageCache } from '../../common/sqlite-page-cache';
import { ImportJob, ImportRowError, ImportRow, ImportErrorMode, ImportRowAction, ImportStatus } from './import-job.entity';
import { CsvFileError, readCsv } from './import.csv';
import { CheckedRow, planHeader, RowProblem } from './import.cells';
import type { Decided, ImportCounts, ImportPass, ImportSpec } from './import.kinds';
import { recordAuditEvent } from '../audit/audit.record';

/** Rows per chunk: one lookup, one batch of writes and one progress update each. */
export const IMPORT_CHUNK = 2000;

export interface RunEnv {
  ds: DataSource;
  services: ServiceDeps;
  /** Extends the lease and stores progress; false when the claim was lost (another runner took the job). */
  heartbeat(progress: Partial<ImportJob>): Promise<boolean>;
}

const noCounts = (): ImportCounts => ({
  totalRows: 0,
  createdCount: 0,
  updatedCount: 0,
  unchangedCount: 0,
  skippedCount: 0,
  errorCount: 0,
});

/** The file's rows, checked and decided a chunk at a time, against the database as `sc.em` sees it. */
async function* decidedChunks(
  spec: ImportSpec,
  sc: ServiceContext,
  job: ImportJob,
  file: string,
  pass: ImportPass,
  headerProblems?: RowProblem[],
): AsyncGenerator<Decided[]> {
  let check: ((row: number, cells: string[]) => CheckedRow) | null = null;
  let batch: CheckedRow[] = [];
  for await (const rec of readCsv(file)) {
    if ('header' in rec) {
      const plan = planHeader(spec.columns, rec.header);
      if (plan.fatal) throw new CsvFileError(plan.fatal.code, plan.fatal.message);
      headerProblems?.push(...plan.problems);
      check = await spec.checker(sc, plan, job);
      continue;
    }
    batch.push(
      rec.tooLong
        ? { row: rec.row, email: null, cells: [], values: null, problems: [{ column: '', code: 'ROW_TOO_LONG', message: rec.tooLong }] }
        : check!(rec.row, rec.cells),
    );
    if (batch.length >= IMPORT_CHUNK) {
      yield spec.decide(sc, job, batch, pass);
      batch = [];
    }
  }
  if (batch.length) yield spec.decide(sc, job, batch, pass);
}

const countsOf = (rows: readonly Decided[], into: ImportCounts): void => {
  for (const r of rows) {
    into.totalRows++;
    if (r.action === ImportRowAction.CREATE) into.createdCount++;
    else if (r.action === ImportRowAction.UPDATE) into.updatedCount++;
    else if (r.action === ImportRowAction.UNCHANGED) into.unchangedCount++;
    else if (r.action === ImportRowAction.SKIP) into.skippedCount++;
    into.errorCount += r.problems.length;
  }
};

async function storeOutcomes(
  em: EntityManager,
  jobId: number,
  rows: readonly Decided[],
  problems: readonly (RowProblem & { row: number })[],
) {
  await insertRows(
    em,
    ImportRow,
    ['importId', 'row', 'email', 'action', 'cells'],
    rows.map((r) => ({
      importId: jobId,
      row: r.row,
      email: r.email,
      action: r.action,
      cells: r.action === ImportRowAction.ERROR ? JSON.stringify(r.cells) : null,
    })),
  );
  await insertRows(
    em,
    ImportRowError,
    ['importId', 'row', 'column', 'code', 'message', 'value'],
    problems.map((p) => ({
      importId: jobId,
      row: p.row,
      column: p.column,
      code: p.code,
      message: p.message.slice(0, 500),
      value: p.value ?? null,
    })),
  );
}

const problemsOf = (rows: readonly Decided[]) => rows.flatMap((r) => r.problems.map((p) => ({ ...p, row: r.row })));

/**
 * Runs one claimed job of any kind (`spec`). Pass 1 reads the whole file, checks every row and
 * stores what each row will do (the dry run ends there). Pass 2 reads it again and writes in ONE
 * transaction that also marks the job COMPLETED: a crash before the commit leaves nothing written
 * and the job RUNNING, so when its lease runs out another runner starts it again from the top.
 */
export function runImport(env: RunEnv, job: ImportJob, spec: ImportSpec): Promise<void> {
  return withBulkPageCache(env.ds, () => runImportJob(env, job, spec));
}

async function runImportJob(env: RunEnv, job: ImportJob, spec: ImportSpec): Promise<void> {
  const { ds } = env;
  const actor = await spec.actor(ds.manager, job, env.services);
  await inTransaction(ds, async (em) => {
    await em.delete(ImportRow, { importId: job.id });
    await em.delete(ImportRowError, { importId: job.id });
  });
  const counts = noCounts();
  const file = path.join(env.services.config.importDir, job.fileName);
  const readSc: ServiceContext = { ...env.services, em: ds.manager, actor };
  const headerProblems: RowProblem[] = [];
  let headerStored = false;
  for await (const rows of decidedChunks(spec, readSc, job, file, 'check', headerProblems)) {
    countsOf(rows, counts);
    const problems = [...(headerStored ? [] : headerProblems.map((p) => ({ ...p, row: 0 }))), ...problemsOf(rows)];
    if (!headerStored) counts.errorCount += headerProblems.length;
    headerStored = true;
    await inTransaction(ds, (em) => storeOutcomes(em, job.id, rows, problems));
    if (!(await env.heartbeat({ ...counts, processedRows: 0 }))) return;
  }
  if (!headerStored && headerProblems.length) {
    counts.errorCount += headerProblems.length;
    await inTransaction(ds, (em) =>
      storeOutcomes(
        em,
        job.id,
        [],
        headerProblems.map((p) => ({ ...p, row: 0 })),
      ),
    );
  }
  if (counts.totalRows === 0) throw new CsvFileError('NO_ROWS', `The file has a header but no ${spec.noun} rows`);
  await spec.checkTotals?.(readSc, counts);
  if (job.onError === ImportErrorMode.ABORT && counts.errorCount > 0) {
    throw new CsvFileError('ROWS_INVALID', `${counts.errorCount} problem(s) in the file: nothing was imported (onError: ABORT)`);
  }
  if (job.dryRun) {
    await finish(ds, job, { ...counts, processedRows: counts.totalRows, status: ImportStatus.COMPLETED });
    return;
  }
  await inTransaction(ds, async (em) => {
    const sc: ServiceContext = { ...env.services, em, actor };
    await spec.beginWrite?.(sc, counts);
    const done = noCounts();
    for await (const rows of decidedChunks(spec, sc, job, file, 'write')) {
      countsOf(rows, done);
      await spec.write(
        sc,
        rows.filter((r) => r.action === ImportRowAction.CREATE || r.action === ImportRowAction.UPDATE),
      );
      // Another runner took the job over (this one stalled past its lease): roll back, leave it to that one.
      if (!(await env.heartbeat({ processedRows: done.totalRows }))) throw new LeaseLost();
    }
    // The file and the database are read again inside the transaction: if they changed since the
    // check (a record added meanwhile, a group deleted), ABORT still means all or nothing.
    if (job.onError === ImportErrorMode.ABORT && done.errorCount > 0) throw new CsvFileError('CHANGED', spec.changedMessage);
    const ended = await finish(em, job, {
      ...done,
      errorCount: counts.errorCount,
      processedRows: done.totalRows,
      status: ImportStatus.COMPLETED,
    });
    if (!ended) throw new LeaseLost();
  });
}

/** Ends the job (in the caller's transaction when given one); the uploaded file is no longer needed. */
export async function finish(db: DataSource | EntityManager, job: ImportJob, values: Partial<ImportJob>): Promise<boolean> {
  const em = 'manager' in db ? db.manager : db;
  const res = await em.update(ImportJob, { id: job.id, attempts: job.attempts }, { ...values, leaseUntil: null, finishedAt: new Date() });
  if (res.affected === 1) await recordImportEnd(em, job, values);
  return res.affected === 1;
}

/** The job's end in the audit log, in the same statement batch as the job's own end (the write's transaction when it completed). */
function recordImportEnd(em: EntityManager, job: ImportJob, values: Partial<ImportJob>): Promise<void> {
  const actor: Actor = {
    kind: job.actorKind === 'API_TOKEN' ? 'API_TOKEN' : 'AGENT',
    agent: job.actorAgentId ? ({ id: job.actorAgentId } as Actor['agent']) : null,
    name: job.actorName,
    reason: `import #${job.id}`,
    importJobId: job.id,
  };
  const { status, createdCount, updatedCount, errorCount, failure } = values;
  return recordAuditEvent(
    { em, actor },
    {
      action: status === ImportStatus.COMPLETED ? 'import.completed' : 'import.failed',
      outcome: status === ImportStatus.COMPLETED ? 'SUCCESS' : 'FAILURE',
      target: { type: 'IMPORT', id: job.id, label: `${job.kind} import #${job.id}` },
      details: { kind: job.kind, dryRun: job.dryRun, createdCount, updatedCount, errorCount, failure: failure?.slice(0, 300) },
    },
  );
}

/** This runner's claim was taken over by another runner: it stops without touching the job. */
export class LeaseLost extends Error {}

export const removeFile = (dir: string, job: ImportJob) => fs.promises.rm(path.join(dir, job.fileName), { force: true });

export const failureOf = (e: unknown): { code: string; message: string } =>
  e instanceof CsvFileError || e instanceof DomainError
    ? { code: e.code, message: e.message }
    : { code: 'INTERNAL', message: 'The import stopped on an unexpected error (see the server log); nothing was imported' };
