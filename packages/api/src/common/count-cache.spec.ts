import type { DataSource } from 'typeorm';
import { cachedCount, COUNT_TTL_MS, EXACT_COUNT_BELOW } from './count-cache';

describe('cachedCount', () => {
  const ds = {} as DataSource;

  it('counts small results every time', async () => {
    const counts = [3, 4];
    expect(await cachedCount(ds, 'small', async () => counts.shift()!, 0)).toBe(3);
    expect(await cachedCount(ds, 'small', async () => counts.shift()!, 1)).toBe(4);
  });

  it('keeps a big count for the TTL, per key, then counts again', async () => {
    let calls = 0;
    const count = async () => EXACT_COUNT_BELOW + ++calls;
    expect(await cachedCount(ds, 'big', count, 0)).toBe(EXACT_COUNT_BELOW + 1);
    expect(await cachedCount(ds, 'big', count, COUNT_TTL_MS - 1)).toBe(EXACT_COUNT_BELOW + 1);
    expect(await cachedCount(ds, 'other', count, 1)).toBe(EXACT_COUNT_BELOW + 2);
    expect(await cachedCount(ds, 'big', count, COUNT_TTL_MS)).toBe(EXACT_COUNT_BELOW + 3);
    expect(calls).toBe(3);
  });
});
