import type { DataSource } from 'typeorm';
import { sqliteHandle } from './typeorm-internals';

/**
 * SQLite's page cache on the one connection Roster keeps (KiB, as `PRAGMA cache_size = -N`).
 * Reads keep better-sqlite3's default of 16 MB: a directory of a few thousand agents stays in it
 * (at 4 MB the list pages re-read pages from the file on every request: 40% more time in SQL a
 * page, `pnpm bench concurrent`). A bulk write (a CSV import) bounds it to BULK_PAGE_CACHE_KIB
 * while it runs, so that its dirty pages spill to the WAL instead of growing the process
 * (docs/performance.md, "Memory as users run the server").
 */
export const READ_PAGE_CACHE_KIB = 16_000;
export const BULK_PAGE_CACHE_KIB = 4_000;

/** Runs `fn` with the page cache bounded for a bulk write (SQLite; elsewhere just runs it), then gives the memory back. */
export async function withBulkPageCache<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  if (ds.options.type !== 'better-sqlite3') return fn();
  const db = sqliteHandle(ds);
  db.pragma(`cache_size = -${BULK_PAGE_CACHE_KIB}`);
  try {
    return await fn();
  } finally {
    // A data source destroyed meanwhile (shutdown) has closed its handle: nothing to restore.
    if (ds.isInitialized && sqliteHandle(ds) === db) {
      db.pragma(`cache_size = -${READ_PAGE_CACHE_KIB}`);
      db.pragma('shrink_memory');
    }
  }
}
