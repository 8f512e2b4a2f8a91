import { createHash } from 'node:crypto';
import { In, SelectQueryBuilder } from 'typeorm';
import { checkEmailAddress, SORT_KEY_MAX_LENGTH, sortKey } from '@roster/shared';
import { badInput } from '../../common/errors';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { startsWith } from '../../common/prefix-search';
import { isMysql } from '../../common/transaction';
import type { ServiceContext } from '../../common/service';
import { User, UserEmail } from './user.entity';

/** A search's totalCount counts at most this many matches (then answers it with totalCountIsExact false). */
export const SEARCH_COUNT_CAP = 1000;

/** A users page with how far its totalCount can be trusted (UserConnection.totalCountIsExact). */
export interface UserPage extends Connection<User> {
  totalCountIsExact: boolean;
}

/**
 * A prefix search in two phases, each one index range read in order with a LIMIT (at a million
 * users, sorting every address match by name cost up to 300 ms for a name-like prefix): first the
 * users whose name starts with the prefix (name order: the name_key index), then the users matched
 * only by an address (address order: the address index), each at its first matching address and
 * skipping those whose name matches (phase N listed them). The cursor is
 * [phase, key, id, search tag]: it says where to go on and refuses to continue another search.
 */
type Phase = 'N' | 'E';
type Row = { user: User; phase: Phase; key: string };

export interface SearchArgs {
  /** The trimmed search text (non-empty, at most 200 characters). */
  search: string;
  first?: number | null;
  after?: string | null;
  withTotal: boolean;
}

/** The search as both phases read it: a cursor continues any search that finds the same users ("Émile", "emile"). */
const tagOf = (nameKey: string, emailPrefix: string) =>
  createHash('sha256')
    .update(JSON.stringify([nameKey, emailPrefix]))
    .digest('base64url')
    .slice(0, 10);

/** [phase, key (name key, or address), id, search tag]; an address is at most 254 characters, a name key 255. */
export const USERS_SEARCH_CURSOR = cursorShape('usersSearch', [
  cursorPart.oneOf<Phase>('N', 'E'),
  cursorPart.text(SORT_KEY_MAX_LENGTH),
  cursorPart.id,
  cursorPart.matching(/^[A-Za-z0-9_-]{10}$/),
]);

function decodeSearchCursor(after: string | null | undefined, tag: string): [Phase, string, number] | null {
  const v = decodeCursor(after, USERS_SEARCH_CURSOR);
  if (!v) return null;
  const [phase, key, id, t] = v;
  if (t !== tag) throw badInput({ after: 'belongs to another list or search: start again without it' });
  return [phase, key, id];
}

/**
 * One page of a search. `base` builds the live, visible, filtered users (alias u). An exact
 * address (with @, valid) is one lookup by equality; a prefix reads phase N, then phase E for the
 * rest of the page: at most 2 statements for the rows, 1 for the users of phase E, 2 for the count.
 */
export async function searchUsers(sc: ServiceContext, base: () => SelectQueryBuilder<User>, args: SearchArgs): Promise<UserPage> {
  const limit = clampFirst(args.first);
  const mysql = isMysql(sc.em);
  const exact = args.search.includes('@') ? checkEmailAddress(args.search) : null;
  const owners = (sql: string, params: Record<string, string>) => {
    const q = sc.em.createQueryBuilder(UserEmail, 'x').select('x.user_id').where(sql, params);
    return base().andWhere(`u.id IN (${q.getQuery()})`, q.getParameters());
  };
  const nameKey = sortKey(args.search);
  const emailPrefix = args.search.normalize('NFKC').toLowerCase();
  const tag = tagOf(nameKey, emailPrefix);
  const cursor = decodeSearchCursor(args.after, tag);
  const [nameSql, nameParams] = startsWith(mysql, 'u.name_key', nameKey, 'namePrefix');
  const byName = () => (exact?.ok ? owners('x.address = :exact', { exact: exact.email }) : base().andWhere(nameSql, nameParams));
  const [xSql, xParams] = startsWith(mysql, 'x.address', emailPrefix, 'emailPrefix');
  const [ySql] = startsWith(mysql, 'y.address', emailPrefix, 'emailPrefix');
  // Address-only matches, one row per user: its first matching address, the name not matching.
  const byAddress = () =>
    base()
      .innerJoin(UserEmail, 'x', 'x.user_id = u.id')
      .andWhere(xSql, xParams)
      .andWhere(`NOT (${nameSql})`, nameParams)
      .andWhere(`NOT EXISTS (SELECT 1 FROM user_email y WHERE y.user_id = u.id AND ${ySql} AND y.address < x.address)`);

  const rows: Row[] = [];
  if (!cursor || cursor[0] === 'N') {
    const qb = orderedAfter(byName(), 'u.name_key', 'u.id', cursor && [cursor[1], cursor[2]]).limit(limit + 1);
    rows.push(...(await qb.getMany()).map((user) => ({ user, phase: 'N' as const, key: user.nameKey })));
  }
  if (!exact?.ok && rows.length <= limit) {
    const qb = byAddress()
      .select('u.id', 'id')
      .addSelect('x.address', 'address')
      .orderBy('x.address')
      .limit(limit + 1 - rows.length);
    if (cursor?.[0] === 'E') qb.andWhere('x.address > :cursorAddress', { cursorAddress: cursor[1] });
    const keys: { id: number | string; address: string }[] = await qb.getRawMany();
    const users = keys.length ? await sc.em.findBy(User, { id: In(keys.map((k) => Number(k.id))) }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    // A user merged away between the two statements is left out of this page.
    for (const k of keys) {
      const user = byId.get(Number(k.id));
      if (user && user.mergedIntoId === null) rows.push({ user, phase: 'E', key: k.address });
    }
  }
  const counted = args.withTotal ? await boundedCount(sc, [byName(), ...(exact?.ok ? [] : [byAddress()])]) : -1;
  const page = toConnection(rows, limit, Math.min(counted, SEARCH_COUNT_CAP), USERS_SEARCH_CURSOR, (r) => [r.phase, r.key, r.user.id, tag]);
  return {
    edges: page.edges.map((e) => ({
      node: e.node.user,
      get cursor() {
        return e.cursor;
      },
    })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
    totalCountIsExact: counted <= SEARCH_COUNT_CAP,
  };
}

/** The matches of the phases (disjoint), counting at most SEARCH_COUNT_CAP + 1: one bounded index range each. */
async function boundedCount(sc: ServiceContext, parts: SelectQueryBuilder<User>[]): Promise<number> {
  let n = 0;
  for (const qb of parts) {
    if (n > SEARCH_COUNT_CAP) break;
    const [sql, params] = qb
      .select('u.id')
      .limit(SEARCH_COUNT_CAP + 1 - n)
      .getQueryAndParameters();
    const [row]: { n: number | string }[] = await sc.em.query(`SELECT COUNT(*) AS n FROM (${sql}) t`, params);
    n += Number(row.n);
  }
  return n;
}
