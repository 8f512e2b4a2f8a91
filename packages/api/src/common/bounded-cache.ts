/**
 * A map bounded by entry count and by an estimate of the bytes its entries hold, whichever is
 * reached first, evicting about the least recently used. What clients can make the server remember
 * (documents they send, executors compiled for them) goes in one of these, so that no stream of new
 * documents grows the process without bound.
 *
 * Second chance ("clock") rather than strict LRU order: a hit only marks its entry used, and
 * eviction moves used entries to the back (clearing the mark) until it meets one not used since its
 * last pass. Every request of the read fast path looks up two or three of these with its query text
 * as the key: a delete and a set per hit (moving it last in the Map's order) cost more than the
 * lookup itself, and left the Map's table to compact again and again.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number; used: boolean }>();
  private total = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held, as estimated by the callers of `set`. */
  get bytes(): number {
    return this.total;
  }

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    e.used = true;
    return e.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Stores the value unless it alone is over the byte bound; evicts entries not used lately. */
  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes, used: false });
    this.total += bytes;
    while (this.entries.size > this.maxEntries || this.total > this.maxBytes) {
      // Nothing else to evict (a bound of 0 entries): not kept either.
      if (!this.evictOne(key)) return this.delete(key);
    }
  }

  /**
   * Evicts the oldest entry not used since it was stored or last passed over, never `kept` (the
   * entry being stored). One pass clears every mark, so it ends.
   */
  private evictOne(kept: K): boolean {
    for (const [key, e] of this.entries) {
      if (key === kept) continue;
      this.entries.delete(key);
      if (e.used) {
        e.used = false;
        this.entries.set(key, e);
      } else {
        this.total -= e.bytes;
        return true;
      }
    }
    return false;
  }

  delete(key: K): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.total -= e.bytes;
  }
}
