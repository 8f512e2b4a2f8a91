import { DomainError } from './errors';
import { clampFirst, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toConnection } from './pagination';

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected an error');
};

describe('cursors', () => {
  it('round-trips keyset values, including unicode, commas and quotes', () => {
    for (const v of [[1], ['Ana', 7], ['Zoë "Z", Jr.', 12345], ['', 1]]) {
      const c = encodeCursor(v);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
      expect(decodeCursor(c, v.length)).toEqual(v);
    }
  });

  it('treats no cursor as the first page', () => {
    expect(decodeCursor(undefined, 2)).toBeNull();
    expect(decodeCursor(null, 2)).toBeNull();
    expect(decodeCursor('', 2)).toBeNull();
  });

  it('rejects forged or mismatched cursors with a field error on after', () => {
    const bad = [
      'not base64 at all!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,{"x":2}]').toString('base64url'),
      encodeCursor(['Ana', 7]).slice(0, -3),
    ];
    for (const c of bad)
      expect(fieldsOf(() => decodeCursor(c, 2))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    // A cursor from another list (different key length) is refused too.
    expect(fieldsOf(() => decodeCursor(encodeCursor([5]), 2))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('page sizes and connections', () => {
  it('defaults to 50, caps at 100 and refuses negative or fractional sizes', () => {
    expect(clampFirst(undefined)).toBe(50);
    expect(clampFirst(null)).toBe(50);
    expect(clampFirst(0)).toBe(0);
    expect(clampFirst(7)).toBe(7);
    expect(clampFirst(10_000)).toBe(MAX_PAGE_SIZE);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(fieldsOf(() => clampFirst(-1))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
    expect(fieldsOf(() => clampFirst(1.5))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('builds a page from first + 1 rows', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const full = toConnection(rows, 2, 10, (r) => [r.id]);
    expect(full.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(full.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(full.edges[1].cursor).toBe(full.pageInfo.endCursor);
    expect(full.totalCount).toBe(10);
    const last = toConnection(rows.slice(0, 2), 2, 2, (r) => [r.id]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, 0, (r: { id: number }) => [r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
