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
});
