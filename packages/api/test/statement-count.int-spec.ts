import { graphql } from './gql';
import { agentHelpers, insertAgents, LOG } from './helpers/agent-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

// The batch write path: copying settings to 10 or to 1,000 agents takes the same statements (up
// to 3,500 change-log entries per INSERT and 5,000 ids per IN list; three sections x 1,000 fit).

describe('copyAgentSettings statement count', () => {
  let t: TestApp;
  const { asAdmin, create, team, department } = agentHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '2000' });
  });
  afterAll(() => t.close());

  const bulkAgents = (prefix: string, n: number) => insertAgents(t, prefix, n);

  const COPY = graphql(`
    mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {
      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) {
        id
      }
    }
  `);

  it('runs the same number of SQL statements for 10 and for 1,000 targets, and logs every change', async () => {
    const source = await create({
      email: 'template@example.com',
      name: 'Template',
      teamIds: [await team('Copy A'), await team('Copy B')],
      permissionGroupIds: ['2'],
      departments: [{ departmentId: await department('Copy Dept'), access: 'FULL' }],
      signature: '<b>Hi</b>',
      timezone: 'Europe/Paris',
    });
    const counts: number[] = [];
    for (const [prefix, n] of [
      ['ten', 10],
      ['thousand', 1000],
    ] as const) {
      const targets = await bulkAgents(prefix, n);
      const before = t.sql.count;
      const result = await asAdmin(COPY, { s: source.id, t: targets });
      counts.push(t.sql.count - before);
      expect(result.copyAgentSettings).toHaveLength(n);
      const last = (await asAdmin(LOG, { id: targets[n - 1], first: 20 })).changeLog.edges.map((e) => e.node.field).sort();
      expect(last).toEqual(['departments', 'permissionGroups', 'teams']);
      const check = await asAdmin(
        graphql(`
          query StatementCountAgent($id: ID!) {
            agent(id: $id) {
              timezone
              teams {
                name
              }
            }
          }
        `),
        { id: targets[0] },
      );
      expect(check.agent).toEqual({ timezone: 'UTC', teams: [{ name: 'Copy A' }, { name: 'Copy B' }] });
    }
    console.log(`copyAgentSettings SQL statements: 10 targets -> ${counts[0]}, 1,000 targets -> ${counts[1]}`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThan(30);
  });
});

describe('agents list statement count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const WITH_TOTAL = graphql(`
    query CountedAgentsWithTotal {
      agents(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  `);
  const WITHOUT_TOTAL = graphql(`
    query CountedAgentsWithoutTotal {
      agents(first: 10) {
        ...CountedAgentsPage
      }
    }
    fragment CountedAgentsPage on AgentConnection {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
        }
      }
    }
  `);

  it('counts the matching agents only when the client selects totalCount (also through fragments)', async () => {
    const count = async (run: () => Promise<unknown>) => {
      const before = t.sql.count;
      await run();
      return t.sql.count - before;
    };
    const withTotal = await count(() => t.ok(WITH_TOTAL, {}, { token: t.adminToken }));
    const withoutTotal = await count(() => t.ok(WITHOUT_TOTAL, {}, { token: t.adminToken }));
    expect(withoutTotal).toBe(withTotal - 1);
    expect((await t.ok(WITH_TOTAL, {}, { token: t.adminToken })).agents.totalCount).toBe(1);
  });
});
