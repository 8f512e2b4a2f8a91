import { BULK_PAGE_CACHE_KIB, READ_PAGE_CACHE_KIB, withBulkPageCache } from '../src/common/sqlite-page-cache';
import { sqliteHandle } from '../src/common/typeorm-internals';
import { startTestApp, TestApp } from './helpers/test-app';

// SQLite's page cache: 16 MB for reads, bounded while a CSV import writes, restored after it
// (also when it fails). On MySQL/MariaDB the server owns its buffers: nothing to set.

describe('the SQLite page cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const sqlite = () => t.roster.ds.options.type === 'better-sqlite3';
  const cacheSize = () => sqliteHandle(t.roster.ds).pragma('cache_size', { simple: true });

  it('reads with 16 MB, bulk writes with 4 MB, and goes back after a write that fails', async () => {
    if (!sqlite()) {
      await expect(withBulkPageCache(t.roster.ds, async () => 'ran')).resolves.toBe('ran');
      return;
    }
    expect(cacheSize()).toBe(-READ_PAGE_CACHE_KIB);
    await expect(withBulkPageCache(t.roster.ds, async () => cacheSize())).resolves.toBe(-BULK_PAGE_CACHE_KIB);
    expect(cacheSize()).toBe(-READ_PAGE_CACHE_KIB);
    await expect(
      withBulkPageCache(t.roster.ds, async () => {
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(cacheSize()).toBe(-READ_PAGE_CACHE_KIB);
  });
});
