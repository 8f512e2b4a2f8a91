import { createHash } from 'node:crypto';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { checkEmailAddress, SORT_KEY_MAX_LENGTH, sortKey } from '@roster/shared';
import { badInput } from '../../common/errors';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import { startsWith } from '../../common/prefix-search';
import { isMysql } from '../../common/transaction';
import type { ServiceContext } from '../../common/service';
import { HEAD_LENGTH, headNeedle, searchWords, startBits, startsExactly, wordLength } from '../../common/search-words';
import { User, UserEmail } from './user.entity';
import { USER_WORD_LIST_COLUMNS, UserWord } from './user.words';
import { inList } from '../../common/relations';

/** A search's totalCount counts at most this many matches (then answers it with totalCountIsExact false). */
export const SEARCH_COUNT_CAP = 1000;

/**
 * The words phase's count reads at most this many entries of its driving word's range (then
 * answers the matches among them, a lower bound, with totalCountIsExact false): a two-word search
 * whose matches are rare among the driving word's users ("gita i") would otherwise read the whole
 * range (about 25,000 entries for a first name at a million users) looking for them.
 */
export const SEARCH_COUNT_CANDIDATES = 2500;

/** A users page with how far its totalCount can be trusted (UserConnection.totalCountIsExact). */
export interface UserPage extends Connection<User> {
  totalCountIsExact: boolean;
}

/**
 * A search in two phases, each one index range read in order with a LIMIT (at a million users,
 * sorting every match cost up to 300 ms): first the users whose name starts with the search (name
 * order: the name_key index), then the users any of whose words starts with each word of the
 * search (user_word, in (word, user id) order: "johnson" finds "Marcus Johnson", "smith" finds
 * j.smith@..., "acme" finds x@acme.example), each listed once at their first matching word of the
 * search's longest word, skipping those whose name matches (phase N listed them). The cursor is
 * [phase, key, id, search tag]: it says where to go on and refuses to continue another search.
 */
type Phase = 'N' | 'W';
type Row = { user: User; phase: Phase; key: string };

export interface SearchArgs {
  /** The trimmed search text (non-empty, at most 200 characters). */
  search: string;
  first?: number | null;
  after?: string | null;
  withTotal: boolean;
  /** Whether `base` narrows the live users (scope, organization, usergroup): phase W then joins it. */
  narrowed: boolean;
  /**
   * Only these columns (properties) of the users, id and nameKey among them (else whole rows): the
   * name phase then reads the name index alone (ix_crm_user_list covers the list's columns).
   */
  columns?: readonly string[];
  /** How many entries of the driving word's range the count may read (SEARCH_COUNT_CANDIDATES; a test's smaller one). */
  countCandidates?: number;
}

/** The search as both phases read it: a cursor continues any search that finds the same users ("Émile", "emile"). */
const tagOf = (nameKey: string, words: string[]) =>
  createHash('sha256')
    .update(JSON.stringify([nameKey, words]))
    .digest('base64url')
    .slice(0, 10);

/** [phase, key (name key, or word), id, search tag]; both keys are at most 255 characters. */
export const USERS_SEARCH_CURSOR = cursorShape('usersSearch', [
  cursorPart.oneOf<Phase>('N', 'W'),
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
 * address (with @, valid) is one lookup by equality; otherwise phase N, then phase W for the rest
 * of the page: at most 2 statements for the rows, 1 for the users of phase W, 2 for the count.
 */
export async function searchUsers(sc: ServiceContext, base: () => SelectQueryBuilder<User>, args: SearchArgs): Promise<UserPage> {
  const limit = clampFirst(args.first);
  const mysql = isMysql(sc.em);
  const exact = args.search.includes('@') ? checkEmailAddress(args.search) : null;
  const nameKey = sortKey(args.search);
  const words = exact?.ok ? [] : searchWords(args.search);
  const tag = tagOf(nameKey, words);
  const cursor = decodeSearchCursor(args.after, tag);
  const [nameSql, nameParams] = startsWith(mysql, 'u.name_key', nameKey, 'namePrefix');
  const byName = () => {
    if (!exact?.ok) return base().andWhere(nameSql, nameParams);
    const q = sc.em.createQueryBuilder(UserEmail, 'x').select('x.user_id').where('x.address = :exact', { exact: exact.email });
    return base().andWhere(`u.id IN (${q.getQuery()})`, q.getParameters());
  };
  const byWord = (skipNamed = true, candidates?: number) =>
    wordMatches(sc, { base, narrowed: args.narrowed, words, nameKey, mysql, skipNamed, candidates });

  const rows: Row[] = [];
  if (!cursor || cursor[0] === 'N') {
    const qb = orderedAfter(byName(), 'u.name_key', 'u.id', cursor && [cursor[1], cursor[2]]).limit(limit + 1);
    if (args.columns) qb.select(args.columns.map((c) => `u.${c}`));
    rows.push(...(await qb.getMany()).map((user) => ({ user, phase: 'N' as const, key: user.nameKey })));
  }
  if (words.length && rows.length <= limit) {
    const qb = orderedAfter(byWord(), 'w.word', 'w.user_id', cursor?.[0] === 'W' ? [cursor[1], cursor[2]] : null)
      .select('w.word', 'word')
      .addSelect('w.user_id', 'id')
      .limit(limit + 1 - rows.length);
    // The list's columns come with the words (their copies on user_word): no read of each user by id.
    const fromWords = !!args.columns?.every((c) => USER_WORD_LIST_COLUMNS.includes(c));
    if (fromWords)
      qb.addSelect('w.name', 'name').addSelect('w.primary_email', 'primaryEmail').addSelect('w.organization_id', 'organizationId');
    const keys: WordKey[] = await qb.getRawMany();
    const select = args.columns && Object.fromEntries([...args.columns, 'mergedIntoId'].map((c) => [c, true]));
    const users = fromWords
      ? keys.map(listedUser)
      : keys.length
        ? await sc.em.find(User, { select, where: { id: inList(keys.map((k) => Number(k.id))) } })
        : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    // A user merged away between the two statements is left out of this page.
    for (const k of keys) {
      const user = byId.get(Number(k.id));
      if (user && user.mergedIntoId === null) rows.push({ user, phase: 'W', key: k.word });
    }
  }
  // A one-word search needs no bound: only a user's later words in the range fail its filter, so
  // it reaches the cap within a few entries per match; the other words of a longer one can fail
  // on most of the range.
  const candidates = words.length > 1 ? (args.countCandidates ?? SEARCH_COUNT_CANDIDATES) : undefined;
  const counted = args.withTotal
    ? await boundedCount(sc, byName(), words.length ? { matches: byWord(false, candidates), driving: words[0], candidates } : null)
    : { n: -1, exact: true };
  // Every row of the page is a match too: a lower bound is at least what the page shows.
  const total = counted.exact ? counted.n : Math.max(counted.n, rows.length);
  const page = toConnection(rows, limit, Math.min(total, SEARCH_COUNT_CAP), USERS_SEARCH_CURSOR, (r) => [r.phase, r.key, r.user.id, tag]);
  return {
    edges: page.edges.map((e) => ({
      node: e.node.user,
      get cursor() {
        return e.cursor;
      },
    })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
    totalCountIsExact: counted.exact,
  };
}

type WordKey = { id: number | string; word: string; name?: string; primaryEmail?: string | null; organizationId?: number | string | null };

/** A live user (words are those of live users only) from the list columns on a word row. */
function listedUser(k: WordKey): User {
  return Object.assign(Object.create(User.prototype) as User, {
    id: Number(k.id),
    name: k.name!,
    nameKey: sortKey(k.name!),
    primaryEmail: k.primaryEmail ?? null,
    organizationId: k.organizationId === null || k.organizationId === undefined ? null : Number(k.organizationId),
    mergedIntoId: null,
  });
}

/**
 * Phase W's rows (alias w): the words starting with the longest search word, each user once (at
 * their first such word: prev_shared is shorter than it), having a word for each other search
 * word, and (skipNamed) not listed by phase N. Without a narrowing filter a one-word search reads
 * user_word alone (the words of live users only): an index range read in key order, nothing else.
 * `candidates` (the count's, with skipNamed off): only the first that many entries of the driving
 * word's range (drivingRange), then the filters over those.
 */
function wordMatches(
  sc: ServiceContext,
  s: {
    base: () => SelectQueryBuilder<User>;
    narrowed: boolean;
    words: string[];
    nameKey: string;
    mysql: boolean;
    skipNamed: boolean;
    candidates?: number;
  },
): SelectQueryBuilder<UserWord> {
  const [driving, ...others] = s.words;
  const candidates = s.candidates;
  // The words: the table, or (a bounded count) the first `candidates` entries of the driving word's range.
  const rows =
    candidates === undefined ? UserWord : (sub: SelectQueryBuilder<ObjectLiteral>) => candidateRows(sub, driving, s.mysql, candidates);
  const qb = (s.narrowed
    ? s.base().innerJoin(rows as typeof UserWord, 'w', 'w.user_id = u.id')
    : sc.em.createQueryBuilder().from(rows as typeof UserWord, 'w')) as unknown as SelectQueryBuilder<UserWord>;
  if (candidates === undefined) {
    // MySQL/MariaDB only (SQLite picks the same by itself): the page reads the key's range (its rows
    // carry the list's columns, in order), the count (skipNamed off) the narrow ix_user_word_scan,
    // which MariaDB's cost model passes over for the wider key. Naming one index also spares the
    // planner's estimate of the other's range (dives to both its ends: cold pages at a million users).
    if (!s.narrowed) qb.useIndex(s.skipNamed ? 'PRIMARY' : 'ix_user_word_scan');
    const [wordSql, wordParams] = startsWith(s.mysql, 'w.word', driving, 'word0');
    qb.andWhere(wordSql, wordParams);
  }
  qb.andWhere('w.prev_shared < :drivingLength', { drivingLength: wordLength(driving) });
  // Phase N listed the users whose name starts with the search: for a one-word search (then the
  // driving word) those whose name's first word does; a longer one reads the name.
  if (s.skipNamed && !s.nameKey.includes(' ')) qb.andWhere('w.lead_shared < :drivingLength');
  else if (s.skipNamed) {
    const [sql, params] = startsWith(s.mysql, 'n.name_key', s.nameKey, 'namePrefix');
    qb.andWhere(`NOT EXISTS (SELECT 1 FROM crm_user n WHERE n.id = w.user_id AND ${sql})`, params);
  }
  // The other words: first the row's bits and heads (no lookup), then a lookup of the user's words
  // for each word they cannot settle: one longer than the heads, or any for a user without heads.
  const bits = startBits(others);
  if (bits.first) qb.andWhere('(w.word_starts & :firstBits) = :firstBits', { firstBits: bits.first });
  if (bits.pair) qb.andWhere('(w.pair_starts & :pairBits) = :pairBits', { pairBits: bits.pair });
  others
    .filter((w) => !startsExactly(w))
    .forEach((word, i) => {
      const [sql, params] = startsWith(s.mysql, `o${i}.word`, word, `word${i + 1}`);
      const lookup = `EXISTS (SELECT 1 FROM user_word o${i} WHERE o${i}.user_id = w.user_id AND ${sql})`;
      const onRow = `INSTR(w.heads, :head${i + 1}) > 0`;
      Object.assign(params, { [`head${i + 1}`]: headNeedle(word) });
      if (wordLength(word) <= HEAD_LENGTH) qb.andWhere(`(${onRow} OR (w.heads IS NULL AND ${lookup}))`, params);
      else qb.andWhere(`(w.heads IS NULL OR ${onRow})`, params).andWhere(lookup);
    });
  return qb;
}

/**
 * The driving word's range of ix_user_word_scan (alias c), in its order: the entries the count
 * may read, and no more (a LIMIT on the range, not on the matches among it).
 */
function drivingRange(qb: SelectQueryBuilder<ObjectLiteral>, driving: string, mysql: boolean): SelectQueryBuilder<UserWord> {
  const [sql, params] = startsWith(mysql, 'c.word', driving, 'range0');
  return qb.from(UserWord, 'c').useIndex('ix_user_word_scan').where(sql, params);
}

/** The first `candidates` entries of the driving word's range with the columns the filters read: the count's derived table. */
function candidateRows(qb: SelectQueryBuilder<ObjectLiteral>, driving: string, mysql: boolean, candidates: number) {
  return drivingRange(qb, driving, mysql)
    .select('c.user_id', 'user_id')
    .addSelect('c.prev_shared', 'prev_shared')
    .addSelect('c.word_starts', 'word_starts')
    .addSelect('c.pair_starts', 'pair_starts')
    .addSelect('c.heads', 'heads')
    .limit(candidates);
}

/** What the words phase's count reads: its matches (among the first `candidates` entries of the driving word's range, if bounded). */
interface WordCount {
  matches: SelectQueryBuilder<UserWord>;
  driving: string;
  candidates?: number;
}

/**
 * The matches of both phases, counting at most SEARCH_COUNT_CAP + 1: one bounded index range each.
 * Phase N's users are all among `words`' (phase W's without skipping them: a name that starts with
 * the search has a word starting with each of its words), so when phase N does not reach the cap
 * the count is that of `words` alone, whose rows then need no lookup of the user's name. That
 * count reads at most `candidates` entries of the driving word's range; the same statement asks
 * whether the range goes on past them (an entry at that offset). If it does, the matches found
 * (or phase N's, if more) are a lower bound: `exact` false, as past the cap.
 */
async function boundedCount(
  sc: ServiceContext,
  byName: SelectQueryBuilder<User>,
  words: WordCount | null,
): Promise<{ n: number; exact: boolean }> {
  const limited = (qb: SelectQueryBuilder<User> | SelectQueryBuilder<UserWord>, id: string) =>
    qb
      .select(id)
      .limit(SEARCH_COUNT_CAP + 1)
      .getQueryAndParameters();
  const countOf = async ([sql, params]: [string, unknown[]]) =>
    Number(((await sc.em.query(`SELECT COUNT(*) AS n FROM (${sql}) t`, params)) as { n: number | string }[])[0].n);
  const named = await countOf(limited(byName, 'u.id'));
  if (named > SEARCH_COUNT_CAP || !words) return { n: named, exact: named <= SEARCH_COUNT_CAP };
  if (words.candidates === undefined) {
    const n = await countOf(limited(words.matches, 'w.user_id'));
    return { n, exact: n <= SEARCH_COUNT_CAP };
  }
  const [sql, params] = limited(words.matches, 'w.user_id');
  const [beyondSql, beyondParams] = drivingRange(sc.em.createQueryBuilder(), words.driving, isMysql(sc.em))
    .select('1')
    .offset(words.candidates)
    .limit(1)
    .getQueryAndParameters();
  const [row]: { n: number | string; beyond: unknown }[] = await sc.em.query(
    `SELECT COUNT(*) AS n, (${beyondSql}) AS beyond FROM (${sql}) t`,
    [...beyondParams, ...params],
  );
  const found = Number(row.n);
  const exact = found <= SEARCH_COUNT_CAP && row.beyond === null;
  return { n: exact ? found : Math.max(named, found), exact };
}
