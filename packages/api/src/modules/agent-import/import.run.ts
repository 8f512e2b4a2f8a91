import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { mapCsvHeaders } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { DomainError } from '../../common/errors';
import { insertRows } from '../../common/insert-rows';
import { chunks } from '../../common/relations';
import type { ServiceDeps } from '../../common/service';
import { inTransaction } from '../../common/transaction';
import { Agent } from '../agent/agent.entity';
import { licenseUsage, reserveSeats } from '../license/license.service';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import {
  AgentImport,
  AgentImportError,
  AgentImportRow,
  ImportErrorMode,
  ImportExistingMode,
  ImportRowAction,
  ImportStatus,
} from './agent-import.entity';
import { CsvFileError, readCsv } from './import.csv';
import { CheckedRow, NameIndex, planHeader, RowChecker, RowProblem } from './import.rows';
import { createImportedAgents, queueSetPasswordEmails, updateImportedAgents } from './import.write';

/** Rows per chunk: one lookup, one batch of writes and one progress update each. */
export const IMPORT_CHUNK = 2000;

export interface RunEnv {
  ds: DataSource;
  services: ServiceDeps;
  /** Extends the lease and stores progress; false when the claim was lost (another runner took the job). */
  heartbeat(progress: Partial<AgentImport>): Promise<boolean>;
}

interface Decided extends CheckedRow {
  action: ImportRowAction;
  agentId?: number;
}

interface Counts {
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  errorCount: number;
}

/** The acting agent or token the job was started by, with the import as the reason of every change. */
async function jobActor(em: EntityManager, job: AgentImport): Promise<Actor> {
  const agent = job.actorAgentId ? await em.findOneBy(Agent, { id: job.actorAgentId }) : null;
  if (!agent || !agent.isAdmin)
    throw new CsvFileError('NOT_ALLOWED', 'The administrator who started this import no longer has administrator access');
  return {
    kind: job.actorKind === 'API_TOKEN' ? 'API_TOKEN' : 'AGENT',
    agent,
    tokenId: job.actorTokenId ?? undefined,
    name: job.actorName,
    reason: `import #${job.id}`,
  };
}

class ChunkedReader {
  constructor(
    private readonly em: EntityManager,
    private readonly job: AgentImport,
    private readonly actor: Actor,
    private readonly file: string,
  ) {}

  /** Header plan and row checker for the file, against the groups and teams as they are now. */
  async *rows(headerProblems?: RowProblem[]): AsyncGenerator<Decided[]> {
    const [groups, teams] = await Promise.all([this.em.find(PermissionGroup), this.em.find(Team)]);
    let checker: RowChecker | null = null;
    let batch: CheckedRow[] = [];
    for await (const rec of readCsv(this.file)) {
      if ('header' in rec) {
        const plan = planHeader(rec.header, mapCsvHeaders(rec.header));
        if (plan.fatal) throw new CsvFileError(plan.fatal.code, plan.fatal.message);
        headerProblems?.push(...plan.problems);
        checker = new RowChecker({
          plan,
          groups: new NameIndex(groups),
          teams: new NameIndex(teams),
          mayGrantAdmin: this.actor.kind !== 'API_TOKEN',
        });
        continue;
      }
      batch.push(checker!.check(rec.row, rec.cells));
      if (batch.length >= IMPORT_CHUNK) {
        yield this.decide(batch);
        batch = [];
      }
    }
    if (batch.length) yield this.decide(batch);
  }

  /** CREATE, UPDATE, SKIP or ERROR for each row, from one lookup of the emails. */
  private async decide(rows: CheckedRow[]): Promise<Decided[]> {
    const existing = await existingAgents(
      this.em,
      rows.map((r) => r.values?.email).filter((e): e is string => !!e),
    );
    return rows.map((r) => {
      const d = r as Decided;
      if (!r.values) return Object.assign(d, { action: ImportRowAction.ERROR });
      const found = existing.get(r.values.email);
      if (!found) return Object.assign(d, { action: ImportRowAction.CREATE });
      if (this.job.existing !== ImportExistingMode.UPDATE) return Object.assign(d, { action: ImportRowAction.SKIP, agentId: found.id });
      if (found.isAdmin && this.actor.kind === 'API_TOKEN') {
        const problem = {
          column: 'Email',
          code: 'ADMIN_NOT_ALLOWED',
          message: 'API tokens cannot change an administrator: sign in as an administrator to import this row',
        };
        return Object.assign(d, { values: null, problems: [problem], action: ImportRowAction.ERROR });
      }
      return Object.assign(d, { action: ImportRowAction.UPDATE, agentId: found.id });
    });
  }
}

/** The agents that have these emails (id and whether an administrator), by email: one plain SELECT per IN_CHUNK. */
async function existingAgents(em: EntityManager, emails: readonly string[]): Promise<Map<string, { id: number; isAdmin: boolean }>> {
  const found = new Map<string, { id: number; isAdmin: boolean }>();
  for (const part of chunks(emails)) {
    const rows: { id: number | string; email: string; is_admin: number | boolean }[] = await em.query(
      `SELECT id, email, is_admin FROM agent WHERE email IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const r of rows) found.set(r.email, { id: Number(r.id), isAdmin: !!Number(r.is_admin) });
  }
  return found;
}

const countsOf = (rows: readonly Decided[], into: Counts): void => {
  for (const r of rows) {
    into.totalRows++;
    if (r.action === ImportRowAction.CREATE) into.createdCount++;
    else if (r.action === ImportRowAction.UPDATE) into.updatedCount++;
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
    AgentImportRow,
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
    AgentImportError,
    ['importId', 'row', 'column', 'code', 'message'],
    problems.map((p) => ({ importId: jobId, row: p.row, column: p.column, code: p.code, message: p.message.slice(0, 500) })),
  );
}

const problemsOf = (rows: readonly Decided[]) => rows.flatMap((r) => r.problems.map((p) => ({ ...p, row: r.row })));

/**
 * Runs one claimed job. Pass 1 reads the whole file, checks every row and stores what each row
 * will do (the dry run ends there). Pass 2 reads it again and writes in ONE transaction that also
 * marks the job COMPLETED: a crash before the commit leaves nothing written and the job RUNNING,
 * so when its lease runs out another runner starts it again from the top.
 */
export async function runImport(env: RunEnv, job: AgentImport): Promise<void> {
  const { ds } = env;
  const actor = await jobActor(ds.manager, job);
  await inTransaction(ds, async (em) => {
    await em.delete(AgentImportRow, { importId: job.id });
    await em.delete(AgentImportError, { importId: job.id });
  });
  const counts: Counts = { totalRows: 0, createdCount: 0, updatedCount: 0, skippedCount: 0, errorCount: 0 };
  const file = path.join(env.services.config.importDir, job.fileName);
  const reader = new ChunkedReader(ds.manager, job, actor, file);
  const headerProblems: RowProblem[] = [];
  let headerStored = false;
  for await (const rows of reader.rows(headerProblems)) {
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
  if (counts.totalRows === 0) throw new CsvFileError('NO_ROWS', 'The file has a header but no agent rows');
  const usage = await licenseUsage({ ...env.services, em: ds.manager, actor });
  if (counts.createdCount > usage.available) {
    throw new CsvFileError(
      'LICENSE_LIMIT_REACHED',
      `The file adds ${counts.createdCount} agents but only ${usage.available} of ${usage.seats} seats are free: nothing was imported. Upgrade your license or remove rows.`,
    );
  }
  if (job.onError === ImportErrorMode.ABORT && counts.errorCount > 0) {
    throw new CsvFileError('ROWS_INVALID', `${counts.errorCount} problem(s) in the file: nothing was imported (onError: ABORT)`);
  }
  if (job.dryRun) {
    await finish(ds, job, { ...counts, processedRows: counts.totalRows, status: ImportStatus.COMPLETED });
    return;
  }
  await inTransaction(ds, async (em) => {
    const sc = { ...env.services, em, actor };
    await reserveSeats(sc, counts.createdCount);
    const done: Counts = { totalRows: 0, createdCount: 0, updatedCount: 0, skippedCount: 0, errorCount: 0 };
    const writer = new ChunkedReader(em, job, actor, file);
    for await (const rows of writer.rows()) {
      countsOf(rows, done);
      const created = await createImportedAgents(
        sc,
        rows.filter((r) => r.action === ImportRowAction.CREATE).map((r) => r.values!),
      );
      await updateImportedAgents(
        sc,
        rows.filter((r) => r.action === ImportRowAction.UPDATE).map((r) => ({ agentId: r.agentId!, values: r.values! })),
      );
      await queueSetPasswordEmails(sc, created);
      // Another runner took the job over (this one stalled past its lease): roll back, leave it to that one.
      if (!(await env.heartbeat({ processedRows: done.totalRows }))) throw new LeaseLost();
    }
    // The file and the database are read again inside the transaction: if they changed since the
    // check (an agent added meanwhile, a team deleted), ABORT still means all or nothing.
    if (job.onError === ImportErrorMode.ABORT && done.errorCount > 0) {
      throw new CsvFileError('CHANGED', 'Agents, groups or teams changed while the import ran: nothing was imported. Start it again.');
    }
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
export async function finish(db: DataSource | EntityManager, job: AgentImport, values: Partial<AgentImport>): Promise<boolean> {
  const em = 'manager' in db ? db.manager : db;
  const res = await em.update(AgentImport, { id: job.id, attempts: job.attempts }, { ...values, leaseUntil: null, finishedAt: new Date() });
  return res.affected === 1;
}

/** This runner's claim was taken over by another runner: it stops without touching the job. */
export class LeaseLost extends Error {}

export const removeFile = (dir: string, job: AgentImport) => fs.promises.rm(path.join(dir, job.fileName), { force: true });

export const failureOf = (e: unknown): { code: string; message: string } =>
  e instanceof CsvFileError || e instanceof DomainError
    ? { code: e.code, message: e.message }
    : { code: 'INTERNAL', message: 'The import stopped on an unexpected error (see the server log); nothing was imported' };
