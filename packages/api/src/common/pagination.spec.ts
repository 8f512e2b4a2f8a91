import { DomainError } from './errors';
import { clampFirst, cursorPart, cursorShape, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toConnection } from './pagination';

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected an error');
};

const PAIR = cursorShape('test.pair', [cursorPart.text(255), cursorPart.id]);
const ONE = cursorShape('test.one', [cursorPart.id]);
const STAMPED = cursorShape('test.stamped', [cursorPart.timestamp, cursorPart.oneOf(0, 1), cursorPart.id]);
const TAGGED = cursorShape('test.tagged', [cursorPart.oneOf('N', 'E'), cursorPart.matching(/^[A-Za-z0-9_-]{10}$/)]);

/** base64url of any text, as a client could send it. */
const b64 = (text: string) => Buffer.from(text).toString('base64url');

const afterError = (cursor: string, shape: Parameters<typeof decodeCursor>[1] = PAIR) =>
  fieldsOf(() => decodeCursor(cursor, shape)).fields?.after;

describe('cursors', () => {
  it('round-trips keyset values, including unicode, commas, quotes and the longest keys', () => {
    const long = 'é'.repeat(200) + '😀'.repeat(55); // 255 code points, 310 UTF-16 units
    for (const v of [
      ['Ana', 7],
      ['Zoë "Z", Jr.', 12345],
      ['', 1],
      [long, Number.MAX_SAFE_INTEGER],
      ['a\u0000b', 2],
    ] as const) {
      const c = encodeCursor(PAIR, v);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
      expect(decodeCursor(c, PAIR)).toEqual(v);
    }
    expect(decodeCursor(encodeCursor(ONE, [1]), ONE)).toEqual([1]);
    const at = new Date('2026-03-01T10:20:30.456Z').toISOString();
    expect(decodeCursor(encodeCursor(STAMPED, [at, 1, 9]), STAMPED)).toEqual([at, 1, 9]);
    expect(decodeCursor(encodeCursor(TAGGED, ['E', 'AbC-_12345']), TAGGED)).toEqual(['E', 'AbC-_12345']);
  });

  it('treats no cursor as the first page', () => {
    expect(decodeCursor(undefined, PAIR)).toBeNull();
    expect(decodeCursor(null, PAIR)).toBeNull();
    expect(decodeCursor('', PAIR)).toBeNull();
  });

  it('refuses a second declaration of a kind', () => {
    expect(() => cursorShape('test.pair', [cursorPart.id])).toThrow(/declared twice/);
  });

  it('refuses numbers that are not safe positive integers', () => {
    for (const json of [
      '1e309',
      '-1e309',
      '1e20',
      '-1',
      '0',
      '1.5',
      '9007199254740992',
      'NaN',
      'Infinity',
      '"1"',
      'null',
      'true',
      '[1]',
      '{}',
    ]) {
      expect(afterError(b64(`["test.one",${json}]`), ONE)).toBe('is not a valid cursor');
      expect(afterError(b64(`["test.pair","a",${json}]`))).toBe('is not a valid cursor');
    }
  });

  it('refuses what only the canonical encoding may hold: 1.0, 1e0, -0, spaces, escapes, padding, stray bits', () => {
    for (const text of [
      '["test.one",1.0]',
      '["test.one",1e0]',
      '["test.one",10E-1]',
      '[ "test.one",1]',
      '["test.one",1] ',
      '["test.\\u006fne",1]',
      '\uFEFF["test.one",1]',
    ])
      expect(afterError(b64(text), ONE)).toBe('is not a valid cursor');
    expect(afterError(b64('["test.stamped","2026-01-01T00:00:00.000Z",-0,1]'), STAMPED)).toBe('is not a valid cursor');
    const good = encodeCursor(ONE, [1]);
    expect(afterError(`${good}=`, ONE)).toBe('is not a valid cursor');
    // A last character whose unused bits are set decodes to the same bytes: not what was issued.
    const last = good[good.length - 1];
    const sibling = good.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 1);
    expect(afterError(sibling, ONE)).toBe('is not a valid cursor');
  });

  it('refuses wrong shapes: objects, empty and nested arrays, extra or missing elements, other kinds of element', () => {
    const bad = [
      '{}',
      '{"__proto__":{"length":2},"0":"test.pair","1":"a","2":1}',
      '[]',
      '[[]]',
      '["test.pair"]',
      '["test.pair","a"]',
      '["test.pair","a",1,2]',
      '["test.pair",["a"],1]',
      '["test.pair",{"__proto__":null},1]',
      '["test.pair",1,1]',
      '["test.pair",null,1]',
      '[null,"a",1]',
      '["test.nope","a",1]',
      '["a",1]',
      '"test.pair"',
      'null',
      '1',
      `["test.pair",${'['.repeat(500)}${']'.repeat(500)},1]`,
      `["test.pair","a",1${',1'.repeat(400)}]`,
    ];
    for (const text of bad) expect(afterError(b64(text))).toBe('is not a valid cursor');
  });

  it('refuses strings that are too long, not well-formed, or not of the element', () => {
    expect(afterError(b64(JSON.stringify(['test.pair', 'x'.repeat(256), 1])))).toBe('is not a valid cursor');
    expect(afterError(b64(JSON.stringify(['test.pair', '😀'.repeat(256), 1])))).toBe('is not a valid cursor');
    expect(afterError(b64('["test.pair","\\ud800",1]'))).toBe('is not a valid cursor');
    expect(afterError(b64(JSON.stringify(['test.pair', 'x'.repeat(10_000), 1])))).toBe('is not a valid cursor');
    expect(afterError('A'.repeat(10_000))).toBe('is not a valid cursor');
    for (const tag of ['short', 'x'.repeat(11), 'has space!', 'AbC-_1234\n']) {
      expect(afterError(encodeCursor(TAGGED, ['N', tag] as never), TAGGED)).toBe('is not a valid cursor');
    }
    expect(afterError(b64('["test.tagged","X","AbC-_12345"]'), TAGGED)).toBe('is not a valid cursor');
  });

  it('refuses timestamps that are not what toISOString writes, or not real dates', () => {
    for (const at of [
      '2026-02-30T00:00:00.000Z',
      '2026-01-01T00:00:00Z',
      '2026-01-01',
      '2026-01-01T00:00:00.000+01:00',
      'yesterday',
      '1969-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
    ])
      expect(afterError(b64(JSON.stringify(['test.stamped', at, 0, 1])), STAMPED)).toBe('is not a valid cursor');
    expect(afterError(b64(JSON.stringify(['test.stamped', '2026-01-01T00:00:00.000Z', 2, 1])), STAMPED)).toBe('is not a valid cursor');
    expect(afterError(b64(JSON.stringify(['test.stamped', '2026-01-01T00:00:00.000Z', '0', 1])), STAMPED)).toBe('is not a valid cursor');
  });

  it('refuses bytes that are not base64url of UTF-8', () => {
    for (const c of [
      'not base64 at all!',
      'a+b/c',
      '%5B1%5D',
      '....',
      Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url'),
      Buffer.from([0xc3, 0x28]).toString('base64url'),
    ])
      expect(afterError(c)).toBe('is not a valid cursor');
    // A cursor cut short is not one either.
    expect(afterError(encodeCursor(PAIR, ['Ana', 7]).slice(0, -3))).toBe('is not a valid cursor');
  });

  it('says so when a well-formed cursor comes from another list', () => {
    expect(afterError(encodeCursor(ONE, [5]))).toBe('belongs to another list: start again without it');
    expect(afterError(encodeCursor(PAIR, ['a', 5]), ONE)).toBe('belongs to another list: start again without it');
    // Of another kind but not of its shape: just not a cursor.
    expect(afterError(b64('["test.one","a",5]'))).toBe('is not a valid cursor');
  });

  it('keys the error by the argument it came in', () => {
    expect(fieldsOf(() => decodeCursor('!', PAIR, 'input.after'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.after': 'is not a valid cursor' },
    });
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
    const full = toConnection(rows, 2, 10, ONE, (r) => [r.id]);
    expect(full.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(full.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(ONE, [2]) });
    expect(full.edges[1].cursor).toBe(full.pageInfo.endCursor);
    expect(full.totalCount).toBe(10);
    const last = toConnection(rows.slice(0, 2), 2, 2, ONE, (r) => [r.id]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, 0, ONE, (r: { id: number }) => [r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
