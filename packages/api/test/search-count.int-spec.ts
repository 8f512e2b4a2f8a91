import { sortKey } from '@roster/shared';
import { addressWords, nameWords, searchWords, startBits } from '../src/common/search-words';
import { insertRows } from '../src/common/insert-rows';
import { isMysql } from '../src/common/transaction';
import { syncPrimaryEmail, syncUserWords, User, UserEmail } from '../src/modules/user';
import { searchUsers } from '../src/modules/user/user.search';
import { systemActor } from '../src/common/actor';
import type { ServiceContext } from '../src/common/service';
import { explainParams } from '../bench/explain';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

// Issue 23 item 4: the SPA's counted search of several words ("zoe jo") settles its other words of
// up to three characters on the driving word's rows (user_word.heads), and counts without looking
// up each user's name (phase N's users are among phase W's): the same pages and counts as the
// definition (a name that starts with the search, or a word starting with each of its words),
// computed here from every user's name and addresses, with and without the cap of 1,000. The count
// reads at most so many entries of the driving word's range (SEARCH_COUNT_CANDIDATES; smaller here,
// through searchUsers' parameter): past them it answers a lower bound, totalCountIsExact false.

const PAGE = `query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) {
  totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

interface Counted {
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** A two-letter start other than "jo" with the same pair bit: the bits pass, the heads must not. */
function pairLikeJo(): string {
  const want = startBits(['jo']).pair;
  for (const a of 'abcdefghiklmnpqrstuvwxyz')
    for (const b of 'abcdefghijklmnopqrstuvwxyz') if (a + b !== 'jo' && startBits([a + b]).pair === want) return a + b;
  throw new Error('no pair shares the bit of "jo"');
}

describe('counted search of several words', () => {
  let t: TestApp;
  let token = '';
  const people: { id: number; name: string; emails: string[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const like = pairLikeJo();
    // Many distinct starts: heads longer than 255 characters, stored null (then looked up).
    const many = (n: number, extra: string[]) => [
      ...extra,
      ...Array.from({ length: 70 }, (_, i) => `${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10)]}${i}.n${n}@many.example`),
    ];
    const specs: [string, string[]][] = [
      ...Array.from({ length: 12 }, (_, i): [string, string[]] => [`Zoe Jorkal ${i}`, [`zj${i}@mail.example`]]),
      ...Array.from({ length: 9 }, (_, i): [string, string[]] => [`Zoe Smith ${i}`, [`zs${i}@jocorp.example`]]),
      ...Array.from({ length: 7 }, (_, i): [string, string[]] => [`Zoe Pal ${i}`, [`jade${i}@${like}x.example`]]),
      ...Array.from({ length: 5 }, (_, i): [string, string[]] => [`Zoe Wide ${i}`, many(i, i % 2 ? [`jorvik${i}@x.example`] : [])]),
      ['Jonas Zoeller', ['jz@mail.example']],
      ['Ann Other', ['zoe.jo@mail.example']],
      // Past the cap: 1,004 more users named "Capped ...", half of them with a "jo" word.
      ...Array.from({ length: 1004 }, (_, i): [string, string[]] => [`Capped ${i % 2 ? 'Jo' : 'Ka'}${i}`, [`c${i}@cap.example`]]),
    ];
    await t.roster.ds.transaction(async (em) => {
      const now = new Date();
      const rows = specs.map(([name]) => ({ name, nameKey: sortKey(name), isAutoResponder: false, createdAt: now, updatedAt: now }));
      await insertRows(em, User, ['name', 'nameKey', 'isAutoResponder', 'createdAt', 'updatedAt'], rows);
      const byName = new Map((await em.find(User, { select: { id: true, name: true }, where: {} })).map((u) => [u.name, u.id]));
      for (const [name, emails] of specs) people.push({ id: byName.get(name)!, name, emails });
      const emailRows = people.flatMap((p) =>
        p.emails.map((address, i) => ({ userId: p.id, address, domain: address.split('@')[1], isPrimary: i === 0, createdAt: now })),
      );
      await insertRows(em, UserEmail, ['userId', 'address', 'domain', 'isPrimary', 'createdAt'], emailRows);
      // As every write of names and addresses does.
      await syncUserWords(em, [...byName.values()]);
      await syncPrimaryEmail(em, [...byName.values()]);
    });
    const [{ n }] = await t.roster.ds.query("SELECT COUNT(*) AS n FROM user_word WHERE heads IS NULL AND word LIKE 'zoe%'");
    expect(Number(n)).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  /** The users a search finds, by definition (the admin and agents are not CRM users). */
  function expected(search: string): Set<number> {
    const key = sortKey(search);
    const words = searchWords(search);
    return new Set(
      people
        .filter((p) => {
          const own = [...nameWords(sortKey(p.name)), ...p.emails.flatMap(addressWords)];
          return sortKey(p.name).startsWith(key) || words.every((w) => own.some((o) => o.startsWith(w)));
        })
        .map((p) => p.id),
    );
  }

  async function all(search: string) {
    const ids: number[] = [];
    let after: string | null = null;
    let first: Counted | null = null;
    for (let i = 0; i < 100; i++) {
      const { users }: { users: Counted } = await t.ok(PAGE, { f: { search }, first: 100, after }, { token });
      first ??= users;
      ids.push(...users.edges.map((e) => Number(e.node.id)));
      if (!users.pageInfo.hasNextPage) return { ids, totalCount: first!.totalCount, exact: first!.totalCountIsExact };
      after = users.pageInfo.endCursor;
    }
    throw new Error('no end');
  }

  it.each([
    'zoe jo',
    'zoe j',
    'zoe jor',
    'jo zoe',
    'zoe jorkal',
    'zoe jorv',
    `zoe ${pairLikeJo()}`,
    'zoe zz',
    'zoe jox',
    'jo',
    'capped jo',
    'capped',
    'capped ca',
    'capped c',
  ])('finds and counts "%s" as the definition says', async (search) => {
    const want = expected(search);
    const got = await all(search);
    expect(new Set(got.ids).size).toBe(got.ids.length);
    expect(new Set(got.ids)).toEqual(want);
    expect([got.totalCount, got.exact]).toEqual([Math.min(want.size, 1000), want.size <= 1000]);
  });

  it("counts a two-word search from the driving word's rows alone: no lookup of the name or of the other word", async () => {
    const before = t.sql.count;
    const { users } = await t.ok(PAGE, { f: { search: 'zoe jo' }, first: 5 }, { token });
    expect(users.totalCount).toBe(expected('zoe jo').size);
    const statements = t.sql.recent.slice(t.sql.recent.length - (t.sql.count - before));
    const count = statements.find((s) => /^SELECT COUNT\(\*\) AS n, \(/.test(s.query) && s.query.includes('user_word'));
    expect(count).toBeDefined();
    // The name is not read (phase N's users are counted among the words' ones).
    expect(count!.query).not.toMatch(/crm_user/);
    const ds = t.roster.ds;
    if (!isMysql(ds)) return;
    // What the statement reads, counted by the server on one connection: one index dive for the
    // range and a lookup (two or three handler calls) for each of the five users without heads:
    // fewer than the users it counts, where the code before user_word.heads made one or two
    // lookups per counted user.
    const qr = ds.createQueryRunner();
    try {
      const status = async () => Number(((await qr.query("SHOW SESSION STATUS LIKE 'Handler_read_key'")) as { Value: string }[])[0].Value);
      const start = await status();
      await qr.query(count!.query, explainParams(count!));
      expect((await status()) - start).toBeLessThan(expected('zoe jo').size);
    } finally {
      await qr.release();
    }
  });

  describe('with fewer candidates than the driving word has entries', () => {
    const sc = () => ({ em: t.roster.ds.manager, actor: systemActor(), clock: () => new Date() }) as ServiceContext;
    const live = () => t.roster.ds.manager.createQueryBuilder(User, 'u').where('u.merged_into_id IS NULL');
    /** The entries of the driving word's range: what the count may read. */
    const range = async (prefix: string) =>
      Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM user_word WHERE word LIKE ?', [`${prefix}%`]))[0].n);
    const count = async (search: string, countCandidates: number, only?: number[]) => {
      const base = only ? () => live().andWhere('u.id IN (:...only)', { only }) : live;
      const page = await searchUsers(sc(), base, { search, first: 2, withTotal: true, narrowed: !!only, countCandidates });
      return [page.totalCount, page.totalCountIsExact] as const;
    };

    it.each([
      ['zoe jo', 'zoe'],
      ['jor zoe', 'jor'],
      ['zoe j', 'zoe'],
    ])('counts "%s" exactly over the whole range of "%s", and a lower bound one entry short of it', async (search, driving) => {
      const entries = await range(driving);
      const want = expected(search).size;
      expect(want).toBeGreaterThan(2);
      expect(await count(search, entries)).toEqual([want, true]);
      const [bound, exact] = await count(search, entries - 1);
      // The entry left out is at most one user's match; never more than the definition.
      expect(exact).toBe(false);
      expect(bound).toBeGreaterThanOrEqual(want - 1);
      expect(bound).toBeLessThanOrEqual(want);
    });

    it('counts narrowed searches (a join with the users) the same way', async () => {
      const only = people.filter((p, i) => i % 2 === 0 && p.name.startsWith('Zoe')).map((p) => p.id);
      const want = [...expected('zoe jo')].filter((id) => only.includes(id)).length;
      expect(want).toBeGreaterThan(2);
      const entries = await range('zoe');
      expect(await count('zoe jo', entries, only)).toEqual([want, true]);
      const [bound, exact] = await count('zoe jo', entries - 1, only);
      expect(exact).toBe(false);
      expect(bound).toBeGreaterThanOrEqual(want - 1);
      expect(bound).toBeLessThanOrEqual(want);
    });

    it("answers at least phase N's count, and the page's rows, when the candidates hold fewer matches", async () => {
      // Three entries of "zoe": the twelve "Zoe Jorkal" start with the search (phase N counts them).
      expect(await count('zoe jo', 3)).toEqual([12, false]);
      // No name starts with "zoe zz" and none of the first three entries matches.
      expect(expected('zoe zz').size).toBe(0);
      expect(await count('zoe zz', 3)).toEqual([0, false]);
      expect(await count('zoe zz', await range('zoe'))).toEqual([0, true]);
      // A one-word search is not bounded: its filter fails only on a user's later words in the range.
      expect(await range('jo')).toBeGreaterThan(500);
      expect(await count('jo', 3)).toEqual([expected('jo').size, true]);
    });

    it('reads no more than the candidates of a long range (MariaDB: the handler counts)', async () => {
      const ds = t.roster.ds;
      // "cap" starts "cap.example" and "capped" (skipped: the user's earlier word matched) of the
      // 1,004 "capped" users; half of them match "jo", so the count without a bound reads the whole range.
      const entries = await range('cap');
      expect(entries).toBeGreaterThan(2000);
      expect(await count('cap jo', entries)).toEqual([502, true]);
      // The range's order puts the "jo" users' entries first (their start bits are lower).
      expect(await count('cap jo', 100)).toEqual([100, false]);
      if (!isMysql(ds)) return;
      const qr = ds.createQueryRunner();
      try {
        const next = async () => Number(((await qr.query("SHOW SESSION STATUS LIKE 'Handler_read_next'")) as { Value: string }[])[0].Value);
        const start = await next();
        await searchUsers({ ...sc(), em: qr.manager }, live, {
          search: 'cap jo',
          first: 0,
          withTotal: true,
          narrowed: false,
          countCandidates: 100,
        });
        // The range for the candidates and again for the entry past them; the page (first: 0) a few entries.
        expect((await next()) - start).toBeLessThan(300);
      } finally {
        await qr.release();
      }
    });
  });
});
