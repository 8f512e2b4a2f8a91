import type { AgentImportQuery } from '../../gql/graphql';
import type { UploadOptions } from './upload-csv';

/** An import job as the import screens show it (AgentImport and UserImport have the same shape). */
export type ImportJob = Omit<NonNullable<AgentImportQuery['agentImport']>, '__typename'>;
export type ImportRowConnection = ImportJob['rows'];

/**
 * What one kind of CSV import (agents, users) gives the shared import screens: its upload
 * endpoint, its job and row queries (as hooks), its errors file, and the words for its records.
 */
export interface ImportKind {
  /** What it imports (its legend "Existing agents" is common:csvImport.existingLegend.<noun>). */
  noun: 'agents' | 'users';
  upload(file: Blob, options: UploadOptions): Promise<{ id: string }>;
  /** The job, polled every `pollMs` until stopPolling; null until loaded. */
  useJob(id: string | null, pollMs: number): { job: ImportJob | null; error?: unknown; stopPolling(): void };
  /** A further page of a dry run's row outcomes (skipped when `after` is undefined). */
  useRows(id: string, after: string | undefined): { connection: ImportRowConnection | undefined; loaded: boolean; error?: unknown };
  errorsCsvUrl(id: string): string;
}
