import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('evicts the least recently used entry past its count', () => {
    const c = new BoundedCache<string, number>(2, 1000);
    c.set('a', 1, 10);
    c.set('b', 2, 10);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3, 10);
    expect(c.has('b')).toBe(false);
    expect([c.get('a'), c.get('c'), c.size, c.bytes]).toEqual([1, 3, 2, 20]);
  });

  it('evicts past its bytes, and never keeps an entry larger than the bound', () => {
    const c = new BoundedCache<string, string>(100, 100);
    c.set('a', 'x', 60);
    c.set('b', 'y', 60);
    expect([c.has('a'), c.has('b'), c.bytes]).toEqual([false, true, 60]);
    c.set('huge', 'z', 101);
    expect([c.has('huge'), c.has('b'), c.bytes]).toEqual([false, true, 60]);
  });

  it('replaces an entry and counts its new size once', () => {
    const c = new BoundedCache<string, number | null>(10, 100);
    c.set('a', 1, 30);
    c.set('a', null, 40);
    expect([c.get('a'), c.size, c.bytes]).toEqual([null, 1, 40]);
    c.delete('a');
    expect([c.get('a'), c.size, c.bytes]).toEqual([undefined, 0, 0]);
  });

  it('keeps what is used while one-off entries pass through, and never evicts the entry being stored', () => {
    const c = new BoundedCache<string, number>(3, 1000);
    c.set('hot', 0, 10);
    for (let i = 0; i < 20; i++) {
      expect(c.get('hot')).toBe(0);
      c.set(`once${i}`, i, 10);
      expect(c.has(`once${i}`)).toBe(true);
      expect(c.size).toBeLessThanOrEqual(3);
    }
    expect(c.has('hot')).toBe(true);
    expect(c.has('once0')).toBe(false);
    expect(c.bytes).toBe(c.size * 10);
    // Every older entry used: the new one still stays, the oldest used one goes.
    const d = new BoundedCache<string, number>(2, 1000);
    d.set('a', 1, 10);
    d.set('b', 2, 10);
    d.get('a');
    d.get('b');
    d.set('c', 3, 10);
    expect([d.has('a'), d.has('b'), d.has('c'), d.size]).toEqual([false, true, true, 2]);
  });

  it('keeps nothing with a bound of no entries', () => {
    const c = new BoundedCache<string, number>(0, 1000);
    c.set('a', 1, 10);
    expect([c.has('a'), c.size, c.bytes]).toEqual([false, 0, 0]);
  });
});
