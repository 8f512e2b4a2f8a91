import type { DataSource } from 'typeorm';

/**
 * totalCount on big tables. A COUNT(*) is a scan of every matching row (an index scan at best):
 * a few milliseconds at 100,000 agents, far more at a million, on every page of a list that
 * admin pages and integrations poll. Counts are exact while they are small (below
 * EXACT_COUNT_BELOW the scan is cheap and tests, forms and seat meters see every change at
 * once); a count at or above it is kept for COUNT_TTL_MS per data source and filter, so that
 * a poller or a client paging through a big list pays for one scan every few seconds, and the
 * figure may lag writes by up to that long.
 */
export const EXACT_COUNT_BELOW = 10_000;
export const COUNT_TTL_MS = 10_000;
const MAX_KEYS = 500;

const caches = new WeakMap<DataSource, Map<string, { n: number; until: number }>>();

export async function cachedCount(ds: DataSource, key: string, count: () => Promise<number>, now = Date.now()): Promise<number> {
  const cache = caches.get(ds) ?? new Map<string, { n: number; until: number }>();
  caches.set(ds, cache);
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.n;
  const n = await count();
  if (n >= EXACT_COUNT_BELOW) {
    if (cache.size >= MAX_KEYS) cache.delete(cache.keys().next().value!);
    cache.set(key, { n, until: now + COUNT_TTL_MS });
  } else cache.delete(key);
  return n;
}
