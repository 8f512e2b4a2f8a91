import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MoreThan } from 'typeorm';
import { byteLimit } from '../../common/byte-limit';
import { parseId } from '../../common/ids';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { recordAuditEvent } from '../audit/audit.record';
import {
  ImportJob,
  ImportRowError,
  ImportRow,
  ImportErrorMode,
  ImportExistingMode,
  ImportRowAction,
  ImportStatus,
} from './import-job.entity';

/** Largest file an import takes (the upload endpoint); GraphQL's importAgentsCsv stays under the 1 MB body limit. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface StoredFile {
  fileName: string;
  bytes: number;
}

/** Streams an upload (or a string) to IMPORT_DIR, refusing more than MAX_IMPORT_BYTES; nothing is kept on failure. */
export async function storeImportFile(dir: string, source: Readable | string): Promise<StoredFile> {
  await fs.promises.mkdir(dir, { recursive: true });
  const fileName = `import-${Date.now()}-${randomBytes(8).toString('hex')}.csv`;
  const file = path.join(dir, fileName);
  const limit = byteLimit(MAX_IMPORT_BYTES);
  try {
    await pipeline(typeof source === 'string' ? Readable.from([Buffer.from(source, 'utf8')]) : source, limit, fs.createWriteStream(file));
  } catch (e) {
    await fs.promises.rm(file, { force: true });
    throw e;
  }
  return { fileName, bytes: limit.bytes };
}

export interface CreateImportArgs {
  /** The registered kind (import.kinds.ts) that runs it. */
  kind: string;
  file: StoredFile;
  dryRun: boolean;
  onError?: ImportErrorMode | null;
  existing?: ImportExistingMode | null;
}

/** Runs `create` (the job's transaction); a stored upload whose job was never created is removed. */
export async function orDiscardFile<T>(dir: string, file: StoredFile, create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (e) {
    await fs.promises.rm(path.join(dir, file.fileName), { force: true });
    throw e;
  }
}

/** Stores the job (QUEUED) for a runner to pick up; the caller answers with it at once. */
export async function createImport(sc: ServiceContext, args: CreateImportArgs): Promise<ImportJob> {
  const { actor } = sc;
  const { identifiers } = await sc.em.insert(ImportJob, {
    kind: args.kind,
    status: ImportStatus.QUEUED,
    dryRun: args.dryRun,
    onError: args.onError ?? ImportErrorMode.ABORT,
    existing: args.existing ?? ImportExistingMode.SKIP,
    fileName: args.file.fileName,
    fileBytes: args.file.bytes,
    actorKind: actor.kind,
    actorAgentId: actor.agent?.id ?? null,
    actorTokenId: actor.tokenId ?? null,
    actorName: actor.name,
    createdAt: sc.clock(),
  });
  const id = identifiers[0].id as number;
  await recordAuditEvent(sc, {
    action: 'import.queued',
    target: { type: 'IMPORT', id, label: `${args.kind} import #${id}` },
    details: { kind: args.kind, dryRun: args.dryRun, bytes: args.file.bytes },
  });
  return sc.em.findOneByOrFail(ImportJob, { id });
}

/** The job `id` of one kind: agentImport never shows a user import, nor the reverse. */
export async function getImport(sc: ServiceContext, { id, kind }: { id: string | number; kind: string }): Promise<ImportJob | null> {
  return sc.em.findOneBy(ImportJob, { id: parseId(id), kind });
}

/** The first `first` problems in row order (row 0, the header and the file, first). */
export function importErrors(sc: ServiceContext, { importId, first }: { importId: number; first?: number | null }) {
  const take = Math.min(Math.max(0, first ?? 100), 1000);
  return sc.em.find(ImportRowError, { where: { importId }, order: { row: 'ASC', id: 'ASC' }, take });
}

/** [row number] (1 = first data row), agent and user imports alike. */
export const IMPORT_ROWS_CURSOR = cursorShape('importRows', [cursorPart.id]);

/** What each row does (or would do), a page at a time in row order. */
export async function importRows(
  sc: ServiceContext,
  { importId, first, after }: { importId: number; first?: number | null; after?: string | null },
): Promise<Connection<ImportRow>> {
  const n = clampFirst(first);
  const cursor = decodeCursor(after, IMPORT_ROWS_CURSOR);
  const where = { importId, ...(cursor ? { row: MoreThan(cursor[0]) } : {}) };
  const [rows, total] = await Promise.all([
    sc.em.find(ImportRow, { where, order: { row: 'ASC' }, take: n + 1 }),
    sc.em.countBy(ImportRow, { importId }),
  ]);
  return toConnection(rows, n, total, IMPORT_ROWS_CURSOR, (r) => [r.row]);
}

/** errors.csv's rows: each problem (row, column, code, message) followed by its row's cells as read, in row order. */
export async function importErrorReport(sc: ServiceContext, { importId }: { importId: number }): Promise<string[][]> {
  const [errors, rows] = await Promise.all([
    sc.em.find(ImportRowError, { where: { importId }, order: { row: 'ASC', id: 'ASC' } }),
    sc.em.find(ImportRow, { where: { importId, action: ImportRowAction.ERROR } }),
  ]);
  const cells = new Map(rows.map((r) => [r.row, r.cells ? (JSON.parse(r.cells) as string[]) : []]));
  return errors.map((e) => [String(e.row), e.column ?? '', e.code, e.message, ...(cells.get(e.row) ?? [])]);
}
