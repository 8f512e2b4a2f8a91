import type { EntityManager } from 'typeorm';
import type { CsvColumn } from '@roster/shared';
import type { Actor } from '../../common/actor';
import type { ServiceContext, ServiceDeps } from '../../common/service';
import { ImportRowAction, type ImportJob } from './import-job.entity';
import { CsvFileError } from './import.csv';
import type { CheckedRow, HeaderPlan, RowProblem } from './import.cells';

// The kinds registry: what one kind of CSV import (agents, users) adds to the engine
// (import.run.ts): its columns, who may run it, how a row is checked, matched and written. The
// engine does the rest: reading, header mapping, chunks, row outcomes and errors, ABORT /
// SKIP_INVALID_ROWS, dry run, progress. Each kind's module registers its spec (registerImportKind).

/** A checked row with what the import does with it; targetId: the existing record it matched. */
export interface Decided<V = unknown> extends CheckedRow<V> {
  action: ImportRowAction;
  targetId?: number;
}

/** A row that passed its cell checks but cannot be imported: an error with its problem(s). */
export const errorRow = <D extends Decided<unknown>>(d: D, problems: RowProblem | RowProblem[]): D =>
  Object.assign(d, { values: null, problems: Array.isArray(problems) ? problems : [problems], action: ImportRowAction.ERROR });

export interface ImportCounts {
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  skippedCount: number;
  errorCount: number;
}

export type ImportPass = 'check' | 'write';

export type RowCheck<V> = (row: number, cells: string[]) => CheckedRow<V>;

export interface ImportSpec<V = unknown> {
  /** The job's `kind` column (AGENTS, USERS). */
  kind: string;
  /** Plural noun for messages ("agent" gives "no agent rows"). */
  noun: string;
  columns: readonly CsvColumn[];
  /** The job's actor, checked again at every run: a right removed since the job was queued stops it (CsvFileError NOT_ALLOWED). */
  actor(em: EntityManager, job: ImportJob, services: ServiceDeps): Promise<Actor>;
  /** A row checker against the lookups (groups, teams...) as they are when the pass starts. */
  checker(sc: ServiceContext, plan: HeaderPlan, job: ImportJob): Promise<RowCheck<V>>;
  /**
   * CREATE, UPDATE, UNCHANGED, SKIP or ERROR for each row of a chunk, from one lookup of their emails.
   * `pass`: 'check' reads outside any transaction; 'write' runs in the write pass's transaction,
   * where what a row is compared with may be locked (read-modify-write).
   */
  decide(sc: ServiceContext, job: ImportJob, rows: CheckedRow<V>[], pass: ImportPass): Promise<Decided<V>[]>;
  /** After the check pass, before ABORT is judged: a file-wide limit (license seats). */
  checkTotals?(sc: ServiceContext, counts: ImportCounts): Promise<void>;
  /** Opens the write pass, in its transaction (reserves seats). */
  beginWrite?(sc: ServiceContext, counts: ImportCounts): Promise<void>;
  /** Writes one chunk's CREATE and UPDATE rows, in the write pass's transaction (UNCHANGED rows are not passed). */
  write(sc: ServiceContext, rows: Decided<V>[]): Promise<void>;
  /** Why a write pass that found new problems stopped (CsvFileError CHANGED). */
  changedMessage: string;
}

const SPECS = new Map<string, ImportSpec>();

/** Makes jobs of `spec.kind` runnable (each kind's module, when it is loaded); one spec per kind. */
export function registerImportKind<V>(spec: ImportSpec<V>): ImportSpec<V> {
  const known = SPECS.get(spec.kind);
  if (known && known !== spec) throw new Error(`Import kind ${spec.kind} is registered twice`);
  SPECS.set(spec.kind, spec as ImportSpec);
  return spec;
}

/** The spec that runs a job of `kind`; a kind this build does not know fails the job (never runs it as another kind). */
export function importSpecOf(kind: string): ImportSpec {
  const spec = SPECS.get(kind);
  if (!spec) throw new CsvFileError('UNKNOWN_KIND', `This server cannot run imports of kind ${kind}`);
  return spec;
}
