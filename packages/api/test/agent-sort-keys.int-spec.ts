import { DataSource } from 'typeorm';
import { sortKey } from '@roster/shared';
import { orderedAfter } from '../src/common/pagination';
import { whereAnyStartsWith } from '../src/common/prefix-search';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { isMysql } from '../src/common/transaction';
import { Initial1763880000000 } from '../src/db/migrations/1763880000000-initial';
import { Agent, newAgentRow } from '../src/modules/agent';
import type { AgentFilter, TestListAgentsQuery } from './gql/graphql';
import { agentHelpers, LIST } from './helpers/agent-fixtures';
import { freshDataSource, testDbConfig } from './helpers/test-db';
import { startTestApp, TestApp } from './helpers/test-app';

// The directory orders, pages and prefix-searches agents by stored sort keys (accents and case
// folded in one place, packages/shared sortKey), the same way on SQLite and MySQL/MariaDB.

type Node = { id: string; name: string; email: string };

describe('agent names with accents, ties and case variants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const { asAdmin, create, update } = agentHelpers(() => t);

  const NAMES: [string, string, string | null][] = [
    ['emile.one@example.com', 'Émile Zola', null],
    ['emile.two@example.com', 'Émile Zola', null],
    ['osten@example.com', 'Östen Berg', null],
    ['zoe@example.com', 'Zoë Adams', null],
    ['lower.emile@example.com', 'emile zola', null],
    ['upper.emile@example.com', 'EMILE ZOLA', null],
    ['angstrom@example.com', 'Ångström', 'Ölaf'],
    ['anders@example.com', 'anders', null],
    ['zz@example.com', 'Zz Top', 'Émilie'],
  ];
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {};
    for (const [email, name, alias] of NAMES) ids[email] = (await create({ email, name, ...(alias ? { alias } : {}) })).id;
  });

  async function pageAll(first: number, f: AgentFilter = {}): Promise<Node[]> {
    const seen: Node[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const conn: TestListAgentsQuery['agents'] = (await asAdmin(LIST, { f, first, after })).agents;
      seen.push(...conn.edges.map((e) => e.node));
      if (!conn.pageInfo.hasNextPage) return seen;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }
  const byKey = (a: Node, b: Node) => {
    const [ka, kb] = [sortKey(a.name), sortKey(b.name)];
    return ka < kb ? -1 : ka > kb ? 1 : Number(a.id) - Number(b.id);
  };

  it('pages through every agent exactly once at every page size from 1 to 7, in folded name order', async () => {
    const everyone = await pageAll(100);
    expect(everyone).toHaveLength(NAMES.length + 1); // and the admin
    const expected = [...everyone].sort(byKey).map((a) => a.id);
    expect(everyone.map((a) => a.id)).toEqual(expected);
    for (let first = 1; first <= 7; first++) {
      expect({ first, ids: (await pageAll(first)).map((a) => a.id) }).toEqual({ first, ids: expected });
    }
    const names = everyone.map((a) => a.name);
    expect(names.indexOf('Östen Berg')).toBeLessThan(names.indexOf('Zoë Adams'));
    expect(names.lastIndexOf('Émile Zola')).toBeLessThan(names.indexOf('Zoë Adams'));
    expect(names.indexOf('anders')).toBeLessThan(names.indexOf('Ångström'));
  });

  it('pages a search result over tied and case-variant names without losing or repeating one', async () => {
    const emiles = ['emile.one@example.com', 'emile.two@example.com', 'lower.emile@example.com', 'upper.emile@example.com'].map(
      (e) => ids[e],
    );
    for (let first = 1; first <= 7; first++) {
      const found = await pageAll(first, { search: 'emile' });
      expect(found.map((a) => a.id)).toEqual([...emiles].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('finds accented names by any spelling of their words, and aliases the same way', async () => {
    const search = async (s: string) => (await pageAll(100, { search: s })).map((a) => a.email).sort();
    const emiles = ['emile.one@example.com', 'emile.two@example.com', 'lower.emile@example.com', 'upper.emile@example.com'];
    expect(await search('émile')).toEqual(emiles);
    expect(await search('EMILE')).toEqual(emiles);
    expect(await search('Émile Z')).toEqual(emiles);
    // "émil" is also the start of the alias Émilie.
    expect(await search('émil')).toEqual([...emiles, 'zz@example.com'].sort());
    expect(await search('OSTEN')).toEqual(['osten@example.com']);
    // (and "one", a word of emile.one@)
    expect(await search('ö')).toEqual(['angstrom@example.com', 'emile.one@example.com', 'osten@example.com']);
    expect(await search('zoe')).toEqual(['zoe@example.com']);
    // Email prefixes still match, and LIKE wildcards are literal.
    expect(await search('Upper.Em')).toEqual(['upper.emile@example.com']);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('moves an agent when its name or alias changes', async () => {
    const id = ids['anders@example.com'];
    await update(id, { name: 'Ærø Zürich', alias: 'Über' });
    const names = (await pageAll(3)).map((a) => a.name);
    expect(names.indexOf('Ærø Zürich')).toBeGreaterThan(names.indexOf('Zoë Adams'));
    expect((await pageAll(2, { search: 'uber' })).map((a) => a.id)).toEqual([id]);
    await update(id, { alias: null });
    expect(await pageAll(2, { search: 'uber' })).toEqual([]);
    const stored = await t.roster.ds.getRepository(Agent).findOneByOrFail({ id: Number(id) });
    expect({ nameKey: stored.nameKey, aliasKey: stored.aliasKey }).toEqual({ nameKey: 'ærø zurich', aliasKey: null });
  });
});

describe('agent sort keys in the database', () => {
  let ds: DataSource;
  afterAll(() => ds?.destroy());

  it('backfills the keys of existing agents when the migration runs', async () => {
    const db = testDbConfig();
    const base = createDataSource(db);
    const before = new DataSource({ ...base.options, migrations: [Initial1763880000000] } as typeof base.options);
    await before.initialize();
    if (db.type === 'mysql') await before.dropDatabase();
    await before.runMigrations({ transaction: 'each' });
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const insert = (email: string, name: string, alias: string | null) =>
      before.query(
        'INSERT INTO agent (email, extra_emails, name, alias, timezone, language, status, permissions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [email, '[]', name, alias, 'UTC', 'en', 'ACTIVE', '[]', now, now],
      );
    await insert('old.one@example.com', 'Émile  Zola', 'Zoë');
    await insert('old.two@example.com', 'ÖSTEN', null);
    await before.destroy();
    ds = await initDataSource(createDataSource(db));
    const rows = await ds.getRepository(Agent).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => [r.nameKey, r.aliasKey])).toEqual([
      ['emile zola', 'zoe'],
      ['osten', null],
    ]);
  });

  it('reads a deep page and an email prefix through indexes', async () => {
    ds ??= await freshDataSource();
    const em = ds.manager;
    const rows = Array.from({ length: 400 }, (_, i) =>
      newAgentRow({ email: `bulk-${String(i).padStart(3, '0')}@example.com`, name: `Bulk Ägent ${i % 37}` }),
    );
    for (let i = 0; i < rows.length; i += 100) await em.insert(Agent, rows.slice(i, i + 100));
    if (isMysql(em)) await em.query('ANALYZE TABLE agent');
    const page = orderedAfter(em.createQueryBuilder(Agent, 'a'), 'a.name_key', 'a.id', ['bulk agent 20', 200]).limit(51);
    const search = em.createQueryBuilder(Agent, 'a');
    whereAnyStartsWith(search, [{ column: 'a.email', prefix: 'bulk-12' }]);
    const plan = await explain(ds, page.getQueryAndParameters());
    const searchPlan = await explain(ds, search.getQueryAndParameters());
    expect(plan).toMatch(/ix_agent_name_key/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY|filesort/i);
    // MySQL names the unique index; SQLite made its own for the UNIQUE constraint.
    expect(searchPlan).toMatch(/uq_agent_email|USING INDEX sqlite_autoindex_agent_\d+ \(email>\? AND email<\?\)/);
    expect(await page.getCount()).toBeGreaterThan(0);
  });
});

async function explain(ds: DataSource, [sql, params]: [string, unknown[]]): Promise<string> {
  const rows = await ds.query(isMysql(ds.manager) ? `EXPLAIN ${sql}` : `EXPLAIN QUERY PLAN ${sql}`, params);
  return JSON.stringify(rows);
}
