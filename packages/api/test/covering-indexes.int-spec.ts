import { insertRows } from '../src/common/insert-rows';
import { isMysql } from '../src/common/transaction';
import { syncPrimaryEmail, syncUserWords, User, UserEmail } from '../src/modules/user';
import { explainParams } from '../bench/explain';
import { DOCUMENTS } from '../bench/spa-documents';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

// Issue 23 item 4: the CRM pane's list and its name search read what the page shows from one
// index alone (ix_crm_user_list, which holds the primary address too: crm_user.primary_email),
// without a row or an address lookup per user (at a million users on a small buffer pool those
// lookups were the searches' disk reads). The
// query plans are asked of the database itself: EXPLAIN on MySQL/MariaDB, EXPLAIN QUERY PLAN on SQLite.

const USERS = 400;

describe('CRM list answered from covering indexes', () => {
  let t: TestApp;
  let token = '';

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await t.roster.ds.transaction(async (em) => {
      const now = new Date();
      const users = Array.from({ length: USERS }, (_, i) => ({
        name: `${i % 2 ? 'Covered' : 'Other'} Person ${String(i).padStart(4, '0')}`,
        nameKey: `${i % 2 ? 'covered' : 'other'} person ${String(i).padStart(4, '0')}`,
        isAutoResponder: false,
        createdAt: now,
        updatedAt: now,
      }));
      await insertRows(em, User, ['name', 'nameKey', 'isAutoResponder', 'createdAt', 'updatedAt'], users);
      const ids = (await em.find(User, { select: { id: true }, where: {} })).map((u) => u.id);
      await insertRows(
        em,
        UserEmail,
        ['userId', 'address', 'domain', 'isPrimary', 'createdAt'],
        ids.flatMap((id) => [
          { userId: id, address: `first.${id}@example.com`, domain: 'example.com', isPrimary: true, createdAt: now },
          { userId: id, address: `second.${id}@example.org`, domain: 'example.org', isPrimary: false, createdAt: now },
        ]),
      );
      await syncUserWords(em, ids);
      // As every write of addresses does (createUser, the import, ...).
      await syncPrimaryEmail(em, ids);
    });
    // Fresh statistics, as a database that has been running has them.
    await t.roster.ds.query(isMysql(t.roster.ds) ? 'ANALYZE TABLE crm_user, user_email, user_word' : 'ANALYZE');
  });
  afterAll(() => t.close());

  /** The statements of one request of the SPA's CrmUsers document with these variables. */
  async function statementsOf(variables: Record<string, unknown>) {
    const before = t.sql.count;
    const { users } = await t.ok(DOCUMENTS.users.query, { ...DOCUMENTS.users.variables, ...variables }, { token });
    const statements = t.sql.recent.slice(t.sql.recent.length - (t.sql.count - before));
    return { users, statements };
  }

  /** Each step of the statement's plan: the index it reads, and whether it reads that index alone. */
  async function plan(stmt: { query: string; parameters?: unknown[] }): Promise<{ table: string; index: string | null; alone: boolean }[]> {
    const ds = t.roster.ds;
    if (isMysql(ds)) {
      const rows = (await ds.query(`EXPLAIN ${stmt.query}`, explainParams(stmt))) as {
        table: string;
        key: string | null;
        Extra: string | null;
      }[];
      return rows.map((r) => ({ table: r.table, index: r.key, alone: /Using index(?! condition)/.test(r.Extra ?? '') }));
    }
    const rows = (await ds.query(`EXPLAIN QUERY PLAN ${stmt.query}`, stmt.parameters)) as { detail: string }[];
    return rows
      .filter((r) => /^(SEARCH|SCAN)/.test(r.detail))
      .map((r) => ({
        table: r.detail.split(' ')[1],
        index: /INDEX (\w+)/.exec(r.detail)?.[1] ?? null,
        alone: /COVERING INDEX/.test(r.detail),
      }));
  }

  it.each([
    ['the first page', {}],
    ['a name-prefix search', { filter: { search: 'covered pers' } }],
  ])('reads %s with its primary addresses from one index alone', async (_label, variables) => {
    const { users, statements } = await statementsOf(variables);
    expect(users.edges).toHaveLength(50);
    expect(users.edges.every((e: { node: { primaryEmail: string } }) => e.node.primaryEmail.startsWith('first.'))).toBe(true);
    if ('filter' in variables) expect(users.edges.every((e: { node: { name: string } }) => e.node.name.startsWith('Covered'))).toBe(true);

    const page = statements.find((s) => /FROM [`"]?crm_user[`"]? [`"]?u[`"]?\b.*ORDER BY.*LIMIT/is.test(s.query));
    expect(page).toBeDefined();
    // The primary addresses come with the page: no statement reads user_email.
    expect(statements.filter((s) => s.query.includes('user_email'))).toEqual([]);
    // What the page selects: the five columns the CrmUsers document reads (id, the sort key, name, organization, primary address).
    expect(page!.query.slice(0, page!.query.indexOf(' FROM ')).match(/ AS /g)).toHaveLength(5);
    expect(await plan(page!)).toEqual([{ table: 'u', index: 'ix_crm_user_list', alone: true }]);
  });

  it("reads the addresses' index alone where a user's row was not read with the copy", async () => {
    // The loader for rows read without crm_user.primary_email (the copy is null only for a user without addresses).
    const [{ id }] = (await t.roster.ds.query("SELECT id FROM crm_user WHERE name_key = 'covered person 0001'")) as { id: number }[];
    await t.roster.ds.query('UPDATE crm_user SET primary_email = NULL WHERE id = ?', [id]);
    try {
      const { users, statements } = await statementsOf({ filter: { search: 'covered person 0001' } });
      expect(users.edges.map((e: { node: { primaryEmail: string } }) => e.node.primaryEmail)).toEqual([`first.${id}@example.com`]);
      const emails = statements.find((s) => s.query.includes('FROM user_email'));
      expect(emails).toBeDefined();
      expect(await plan(emails!)).toEqual([{ table: 'e', index: 'ix_user_email_user_primary', alone: true }]);
    } finally {
      await t.roster.ds.transaction((em) => syncPrimaryEmail(em, [Number(id)]));
    }
  });

  /** A search's totalCount and the plan of its count statement over `table`. */
  async function countOf(search: string, table: string) {
    const before = t.sql.count;
    const { users } = await t.ok(
      'query($f: UserFilter) { users(filter: $f, first: 5) { totalCount edges { node { id } } } }',
      { f: { search } },
      { token },
    );
    const statements = t.sql.recent.slice(t.sql.recent.length - (t.sql.count - before));
    const count = statements.find((s) => /^SELECT COUNT\(\*\) AS n\b/.test(s.query) && s.query.includes(table));
    expect(count).toBeDefined();
    return { totalCount: users.totalCount as number, steps: await plan(count!) };
  }

  it("counts a search's name matches from the index alone", async () => {
    const { totalCount, steps } = await countOf('covered pers', 'crm_user');
    expect(totalCount).toBe(USERS / 2);
    expect(steps.find((s) => s.table === 'u' || s.table === 'crm_user')).toEqual(
      expect.objectContaining({ index: 'ix_crm_user_list', alone: true }),
    );
  });

  it("answers a words-phase page from user_word alone, without reading each user's row", async () => {
    // "person" starts no name: the whole page comes from the words phase.
    const { users, statements } = await statementsOf({ filter: { search: 'person' } });
    expect(users.edges).toHaveLength(50);
    for (const { node } of users.edges as { node: { id: string; name: string; primaryEmail: string } }[])
      expect([node.name, node.primaryEmail]).toEqual([expect.stringMatching(/ Person \d{4}$/), `first.${node.id}@example.com`]);
    // No statement reads users by id (the words phase's users came with its rows), none reads addresses.
    expect(statements.filter((s) => /crm_user/.test(s.query) && /\bIN \(/.test(s.query))).toEqual([]);
    expect(statements.filter((s) => s.query.includes('user_email'))).toEqual([]);
    const words = statements.find((s) => /FROM [`"]?user_word[`"]? [`"]?w[`"]?\b.*ORDER BY.*LIMIT/is.test(s.query));
    expect(words).toBeDefined();
    expect((await plan(words!)).map((s) => s.table)).toEqual(['w']);
  });

  it("counts a two-word search's word matches from the narrow scan index alone", async () => {
    const { totalCount, steps } = await countOf('person co', 'user_word');
    expect(totalCount).toBe(USERS / 2);
    // The driving word's range (c) twice: its first entries (the candidates), and the entry past them.
    const range = { table: 'c', index: 'ix_user_word_scan', alone: true };
    expect(steps.filter((s) => s.table === 'c')).toEqual([range, range]);
    expect(steps.filter((s) => ['u', 'crm_user'].includes(s.table))).toEqual([]);
  });
});
