import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { namedCondition, SqlCondition } from './raw-rows';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` object types for a node type. `exactness`: the
 * connection also has `totalCountIsExact: Boolean!` (for a list whose count may be bounded), described so.
 */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>, options: { exactness?: string } = {}) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  if (options.exactness) Field(() => Boolean, { description: options.exactness })(ConnectionClass.prototype, 'totalCountIsExact');
  return ConnectionClass;
}

export function clampFirst(first: number | undefined | null): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 0) throw badInput({ first: 'must be a non-negative integer' });
  return Math.min(n, MAX_PAGE_SIZE);
}

// ---------------------------------------------------------------------------------------------
// Cursors. Opaque to clients: base64url (no padding) of the JSON array [kind, ...keyset values].
// `kind` names the connection that issued it; every connection declares its exact shape with
// `cursorShape` and every `after` a client sends is read by `decodeCursor` against it. A cursor is
// accepted only when it is exactly what `encodeCursor` would have issued for the values it holds
// (canonical base64url, UTF-8 and JSON), so crafted numbers (1e309, 1.5, -0, 1e20), strings of any
// size, objects and nested arrays never reach SQL: they answer BAD_USER_INPUT on `after`.
// ---------------------------------------------------------------------------------------------

const NOT_A_CURSOR = 'is not a valid cursor';
const ANOTHER_LIST = 'belongs to another list: start again without it';

/** Longest `after` read at all: the longest cursor issued (255-character keys) is well below it. */
export const MAX_CURSOR_LENGTH = 4096;

/** One element of a cursor: `check` says whether a decoded JSON value is one this element can be. */
export interface CursorPart<T> {
  readonly check: (value: unknown) => value is T;
}

/** A lone surrogate (a JSON escape such as \ud800 makes one): no issued key has one. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Cursor elements: what each position of a connection's keyset may hold. */
export const cursorPart = {
  /** A positive safe integer (a row id, an import row number). */
  id: { check: (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 } as CursorPart<number>,
  /** A string of at most `max` code points, well-formed (sort keys: 255; addresses: 254). */
  text(max: number): CursorPart<string> {
    return {
      check: (v: unknown): v is string =>
        typeof v === 'string' && v.length <= 2 * max && Array.from(v).length <= max && !LONE_SURROGATE.test(v),
    };
  },
  /** A UTC timestamp as `Date.toISOString()` writes it (milliseconds, Z), a real date from 1970 to 9999. */
  timestamp: {
    check: (v: unknown): v is string =>
      typeof v === 'string' &&
      /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v) &&
      !Number.isNaN(Date.parse(v)) &&
      new Date(v).toISOString() === v,
  } as CursorPart<string>,
  /** Exactly one of these values (an order, a phase, a source rank). */
  oneOf<const V extends string | number>(...values: V[]): CursorPart<V> {
    return { check: (v: unknown): v is V => values.some((x) => Object.is(x, v)) };
  },
  /** A string matching `pattern` (anchored by the caller), e.g. a search tag. */
  matching(pattern: RegExp): CursorPart<string> {
    return { check: (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && pattern.test(v) };
  },
};

type Parts<T extends readonly unknown[]> = { readonly [K in keyof T]: CursorPart<T[K]> };

/** The exact cursor of one connection: its kind tag and its keyset elements. */
export interface CursorShape<T extends readonly unknown[]> {
  readonly kind: string;
  readonly parts: Parts<T>;
}

const shapes = new Map<string, CursorShape<readonly unknown[]>>();

/**
 * Declares a connection's cursor: `kind` (short, unique across the API) and its elements. A
 * well-formed cursor of another declared kind is refused as belonging to another list.
 */
export function cursorShape<const T extends readonly unknown[]>(kind: string, parts: Parts<T>): CursorShape<T> {
  if (shapes.has(kind)) throw new Error(`cursor kind ${kind} is declared twice`);
  const shape: CursorShape<T> = { kind, parts };
  shapes.set(kind, shape);
  return shape;
}

/** The cursor a connection issues for a row's keyset values. */
export function encodeCursor<T extends readonly unknown[]>(shape: CursorShape<T>, values: readonly [...T]): string {
  return Buffer.from(JSON.stringify([shape.kind, ...values])).toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The JSON array inside a cursor string, or null when it is not canonical base64url of UTF-8 JSON of an array. */
function unwrap(cursor: string): unknown[] | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) return null;
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor) return null; // stray bits in the last character
  try {
    const v: unknown = JSON.parse(utf8.decode(bytes));
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function matches<T extends readonly unknown[]>(shape: CursorShape<T>, array: unknown[], cursor: string): array is [string, ...T] {
  return (
    array.length === shape.parts.length + 1 &&
    array[0] === shape.kind &&
    shape.parts.every((part, i) => part.check(array[i + 1])) &&
    // Canonical: what we would have issued for these values (no 1.0, 1e0, -0, escapes or spaces).
    encodeCursor(shape, array.slice(1) as unknown as T) === cursor
  );
}

/**
 * Reads a client's `after` as a cursor of `shape`: null for none (null or empty: the first page),
 * the keyset values, or BAD_USER_INPUT on `after` ("is not a valid cursor"; a well-formed cursor of
 * another connection: "belongs to another list"). Never anything else: no value that is not of
 * the shape reaches a query.
 */
export function decodeCursor<T extends readonly unknown[]>(
  cursor: string | null | undefined,
  shape: CursorShape<T>,
  field = 'after',
): T | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const array = typeof cursor === 'string' ? unwrap(cursor) : null;
  if (array && matches(shape, array, cursor)) return array.slice(1) as unknown as T;
  const other = array && typeof array[0] === 'string' && array[0] !== shape.kind ? shapes.get(array[0]) : undefined;
  if (other && matches(other, array!, cursor)) throw badInput({ [field]: ANOTHER_LIST });
  throw badInput({ [field]: NOT_A_CURSOR });
}

/** Turns `first + 1` fetched rows into a connection. */
export function toConnection<T, K extends readonly unknown[]>(
  rows: T[],
  first: number,
  totalCount: number,
  shape: CursorShape<K>,
  key: (row: T) => readonly [...K],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => new LazyEdge(node, shape, key));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

/** An edge whose cursor is encoded when read: lists that select no cursor (most) encode only the page's last one. */
class LazyEdge<T, K extends readonly unknown[]> implements Edge<T> {
  private encoded: string | undefined = undefined;
  constructor(
    readonly node: T,
    private readonly shape: CursorShape<K>,
    private readonly key: (row: T) => readonly [...K],
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.shape, this.key(this.node)));
  }
}

/**
 * Keyset page in `ORDER BY key, id` (both ASC or both DESC): rows after the cursor's [key, id].
 * Written as a range on the key (ASC: key >= k AND (key > k OR id > i)) so that an index on
 * (key, id) serves deep pages, read backwards for DESC; the key must be a stored column compared
 * the same way by ORDER BY and by this condition.
 */
export function orderedAfter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  key: string,
  id: string,
  cursor: readonly [unknown, number] | null,
  direction: 'ASC' | 'DESC' = 'ASC',
): SelectQueryBuilder<T> {
  const after = afterCondition(key, id, cursor, direction);
  if (after) qb.andWhere(...namedCondition(after));
  return qb.orderBy(key, direction).addOrderBy(id, direction);
}

/** The keyset condition of orderedAfter for hand-written SQL (null without a cursor); ORDER BY key, id in `direction`. */
export function afterCondition(
  key: string,
  id: string,
  cursor: readonly [unknown, number] | null,
  direction: 'ASC' | 'DESC' = 'ASC',
): SqlCondition | null {
  if (!cursor) return null;
  const [atLeast, beyond] = direction === 'ASC' ? ['>=', '>'] : ['<=', '<'];
  return { sql: `${key} ${atLeast} ? AND (${key} ${beyond} ? OR ${id} ${beyond} ?)`, params: [cursor[0], cursor[0], cursor[1]] };
}
