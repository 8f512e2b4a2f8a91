import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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

/** Cursors are opaque to clients: base64url of the keyset values [sortKey..., id]. */
export const encodeCursor = (values: (string | number)[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  const v = parseCursor(cursor);
  if (v && v.length === length) return v;
  throw badInput({ after: 'is not a valid cursor' });
}

/** A cursor's keyset values of any length; null when it is not one of ours. */
export function parseCursor(cursor: string): (string | number)[] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v;
  } catch {
    // fall through
  }
  return null;
}

/** Turns `first + 1` fetched rows into a connection. */
export function toConnection<T>(rows: T[], first: number, totalCount: number, key: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => new LazyEdge(node, key));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

/** An edge whose cursor is encoded when read: lists that select no cursor (most) encode only the page's last one. */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | undefined = undefined;
  constructor(
    readonly node: T,
    private readonly key: (row: T) => (string | number)[],
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.key(this.node)));
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
  cursor: (string | number)[] | null,
  direction: 'ASC' | 'DESC' = 'ASC',
): SelectQueryBuilder<T> {
  const [atLeast, beyond] = direction === 'ASC' ? ['>=', '>'] : ['<=', '<'];
  if (cursor) {
    qb.andWhere(`${key} ${atLeast} :cursorKey`, { cursorKey: cursor[0] }).andWhere(
      new Brackets((w) => w.where(`${key} ${beyond} :cursorKey`).orWhere(`${id} ${beyond} :cursorId`, { cursorId: cursor[1] })),
    );
  }
  return qb.orderBy(key, direction).addOrderBy(id, direction);
}
