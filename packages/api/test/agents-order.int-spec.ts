import { graphql } from './gql';
import { sortKey } from '@roster/shared';
import { agentHelpers, fields } from './helpers/agent-fixtures';
import type { AgentFilter, AgentOrder, TestOrderedAgentsQuery } from './gql/graphql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// agents(orderBy): NAME or EMAIL, ASC or DESC, keyset-paged (ties by id in the same direction);
// the cursor carries its order, so it cannot continue another one. SQLite, or MariaDB with TEST_DATABASE_URL.

const ORDERED = graphql(`
  query TestOrderedAgents($f: AgentFilter, $first: Int, $after: String, $orderBy: AgentOrder) {
    agents(filter: $f, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
        }
      }
    }
  }
`);

type Node = TestOrderedAgentsQuery['agents']['edges'][number]['node'];

describe('agents orderBy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const { asAdmin, tryAdmin, create, agentRows } = agentHelpers(() => t);

  beforeAll(async () => {
    // Email order differs from name order; three agents share a name (ties broken by id).
    const specs = [
      ['mona.order@example.com', 'Zoë Order'],
      ['kurt.order@example.com', 'Same Order'],
      ['hana.order@example.com', 'same order'],
      ['ugo.order@example.com', 'Same Order'],
      ['bea.order@example.com', 'Ábel Order'],
      ['wes.order@example.com', 'Carl Order'],
      ['dora.order@example.com', 'Yves Order'],
    ];
    for (const [email, name] of specs) await create({ email, name });
  });

  /** Every page of `first` rows in one order, concatenated. */
  async function pageThrough(orderBy: AgentOrder, first: number, f?: AgentFilter): Promise<{ nodes: Node[]; total: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const conn: TestOrderedAgentsQuery['agents'] = (await asAdmin(ORDERED, { f, first, after, orderBy })).agents;
      nodes.push(...conn.edges.map((e) => e.node));
      expect(conn.pageInfo.hasNextPage).toBe(nodes.length < conn.totalCount);
      if (!conn.pageInfo.hasNextPage) return { nodes, total: conn.totalCount };
      after = conn.pageInfo.endCursor;
      expect(pages).toBeLessThan(100);
    }
  }

  const byKey = (key: (n: Node) => string, desc: boolean) => (a: Node, b: Node) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : Number(a.id) - Number(b.id);
    return desc ? -c : c;
  };

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['EMAIL', 'ASC'],
    ['EMAIL', 'DESC'],
  ] as const)('pages through every agent once, without gaps, by %s %s', async (field, direction) => {
    const total = await agentRows();
    const whole = (await asAdmin(ORDERED, { first: 100, orderBy: { field, direction } })).agents.edges.map((e) => e.node);
    expect(whole).toHaveLength(total);
    for (const size of [1, 2, 3]) {
      const { nodes } = await pageThrough({ field, direction }, size);
      expect(nodes.map((n) => n.id)).toEqual(whole.map((n) => n.id));
    }
    // This suite's agents in the expected order (name sort keys fold accents and case; emails are plain).
    const key = field === 'NAME' ? (n: Node) => sortKey(n.name) : (n: Node) => n.email;
    const ours = whole.filter((n) => n.email.endsWith('.order@example.com'));
    expect(ours.map((n) => n.id)).toEqual([...ours].sort(byKey(key, direction === 'DESC')).map((n) => n.id));
    if (field === 'NAME') {
      const same = ours.filter((n) => sortKey(n.name) === sortKey('Same Order')).map((n) => Number(n.id));
      expect(same).toHaveLength(3);
      expect(same).toEqual([...same].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
    }
  });

  it('keeps the order on a filtered list; direction defaults to ASC', async () => {
    const f = { search: 'same' };
    const { nodes, total } = await pageThrough({ field: 'EMAIL', direction: 'DESC' }, 2, f);
    expect(total).toBe(3);
    expect(nodes.map((n) => n.email)).toEqual(['ugo.order@example.com', 'kurt.order@example.com', 'hana.order@example.com']);
    const asc = (await asAdmin(ORDERED, { f, first: 10, orderBy: { field: 'EMAIL' } })).agents.edges.map((e) => e.node.email);
    expect(asc).toEqual(['hana.order@example.com', 'kurt.order@example.com', 'ugo.order@example.com']);
  });

  it('refuses a cursor from another order or an unknown field', async () => {
    const byName = (await asAdmin(ORDERED, { first: 1 })).agents.pageInfo.endCursor;
    const wrong = await tryAdmin(ORDERED, { first: 1, after: byName, orderBy: { field: 'EMAIL', direction: 'ASC' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fields(wrong).after).toMatch(/another order/);
    const reversed = await tryAdmin(ORDERED, { first: 1, after: byName, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(fields(reversed).after).toMatch(/another order/);
    const unknown = await tryAdmin(ORDERED, { first: 1, orderBy: { field: 'CREATED_AT' as never } });
    expect(unknown.errors?.length).toBeGreaterThan(0);
  });
});
