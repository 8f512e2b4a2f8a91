import { In } from 'typeorm';
import { insertRows } from '../src/common/insert-rows';
import { Organization } from '../src/modules/organization';
import { syncPrimaryEmail, syncUserWords, User, UserEmail } from '../src/modules/user';
import { Usergroup, UserUsergroup } from '../src/modules/usergroup';
import { graphql } from './gql';
import { agentHelpers, insertAgents, LOG } from './helpers/agent-fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from './helpers/test-app';
import { DOCUMENTS } from '../bench/spa-documents';

// The batch write path: copying settings to 10 or to 1,000 agents takes the same statements (up
// to 3,500 change-log entries per INSERT and 5,000 ids per IN list; three sections x 1,000 fit).

/** A column count of a SELECT: its ` AS ` aliases before FROM. */
const selectedColumns = (q: string) => q.slice(0, q.indexOf(' FROM ')).match(/ AS /g)?.length;

/**
 * Sends one of the SPA's documents (bench/spa-documents.ts) through its first two pages at 10, 50
 * and 100 a page, on `t` and on a second process without the read fast path on the same database,
 * and hands each answer's connection and the statements it ran to `check`.
 */
async function pagesOnBothPaths(
  t: TestApp,
  doc: (typeof DOCUMENTS)['agents' | 'users'],
  check: (page: { first: number; page: number; connection: any; statements: string[] }) => void,
): Promise<void> {
  const off = await startTestApp({ GRAPHQL_FAST_PATH: '0' }, { shareDatabaseWith: t });
  try {
    for (const app of [t, off]) {
      const token = await app.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      const send = (variables: Record<string, unknown>) => app.ok(doc.query, variables, { token });
      await send({ ...doc.variables, first: 1 });
      for (const first of [10, 50, 100]) {
        let after: string | undefined;
        for (const page of [1, 2]) {
          const before = app.sql.count;
          const data = await send({ ...doc.variables, first, ...(after ? { after } : {}) });
          const statements = app.sql.recent.slice(app.sql.recent.length - (app.sql.count - before)).map((r) => r.query);
          const connection = data[doc.connection];
          check({ first, page, connection, statements });
          after = connection.pageInfo.endCursor;
        }
      }
    }
  } finally {
    await off.close();
  }
}

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

describe('the agents list as the SPA sends it', () => {
  let t: TestApp;
  const { team } = agentHelpers(() => t);
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '500' });
    const ids = await insertAgents(t, 'paged', 230);
    // Every agent in one of three teams and the second built-in group.
    const teams = [await team('Paged Zulu'), await team('Paged Alpha'), await team('Paged Mike')];
    const em = t.roster.ds.manager;
    await em.query(`INSERT INTO team_member (team_id, agent_id) VALUES ${ids.map((id, i) => `(${teams[i % 3]}, ${id})`).join(', ')}`);
    await em.query(`INSERT INTO agent_permission_group (agent_id, group_id) VALUES ${ids.map((id) => `(${id}, 2)`).join(', ')}`);
  });
  afterAll(() => t.close());

  it('takes 6 statements a page on both read paths, reading only the columns the page shows', async () => {
    // The session, the count, the page, its teams, its groups, its avatars: for any page size and
    // any page, with or without the read fast path (a second process on the same database).
    await pagesOnBothPaths(t, DOCUMENTS.agents, ({ first, page, connection: agents, statements }) => {
      expect({ first, page, count: statements.length }).toEqual({ first, page, count: 6 });
      expect(agents.edges).toHaveLength(first);
      expect(agents.totalCount).toBe(231);
      const paged = agents.edges.find((e: any) => e.node.email.startsWith('paged'));
      expect(paged.node.teams).toHaveLength(1);
      expect(paged.node.permissionGroups).toEqual([{ id: '2', name: expect.any(String), __typename: 'PermissionGroup' }]);
      // The page: id, the sort key and the seven columns the SPA shows; teams and groups: owner, id, name.
      expect(selectedColumns(statements.find((q) => /FROM agent a .*ORDER BY/.test(q))!)).toBe(9);
      expect(selectedColumns(statements.find((q) => q.includes('FROM team_member'))!)).toBe(3);
      expect(selectedColumns(statements.find((q) => q.includes('FROM agent_permission_group'))!)).toBe(3);
    });
  });

  it("orders each agent's teams by name when the selection reads only their ids", async () => {
    const [agent] = await insertAgents(t, 'teamorder', 1);
    const em = t.roster.ds.manager;
    const names = ['Order Zulu', 'Order Alpha', 'Order Mike'];
    const teamIds: string[] = [];
    for (const name of names) teamIds.push(await team(name));
    await em.query(`INSERT INTO team_member (team_id, agent_id) VALUES ${teamIds.map((id) => `(${id}, ${agent})`).join(', ')}`);
    const ids = async (selection: string) => {
      const d = await t.ok(
        `{ agents(first: 1, filter: { search: "teamorder" }) { edges { node { teams { ${selection} } } } } }`,
        {},
        { token: t.adminToken },
      );
      const plain = await t.ok(
        `{ agents(first: 5, filter: { teamId: "${teamIds[0]}" }) { edges { node { teams { ${selection} } } } } }`,
        {},
        {
          token: t.adminToken,
        },
      );
      expect([d.agents.edges.length, plain.agents.edges.length]).toEqual([1, 1]);
      return [d.agents.edges[0].node.teams, plain.agents.edges[0].node.teams];
    };
    const [searched, listed] = await ids('id');
    const [named] = await ids('id name');
    expect(named.map((x: any) => x.name)).toEqual(['Order Alpha', 'Order Mike', 'Order Zulu']);
    expect(searched).toEqual(named.map((x: any) => ({ id: x.id })));
    expect(listed).toEqual(named.map((x: any) => ({ id: x.id })));
  });
});

describe('users list statement count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // 150 users (every third in an organization, every fifth in a usergroup), two addresses each.
    const em = t.roster.ds.manager;
    const now = new Date();
    await insertRows(
      em,
      Organization,
      ['name', 'nameKey', 'createdAt'],
      [1, 2, 3].map((i) => ({ name: `Org ${i}`, nameKey: `org ${i}`, createdAt: now })),
    );
    await insertRows(em, Usergroup, ['name', 'createdAt'], [{ name: 'Counted group', createdAt: now }]);
    const [org] = await em.find(Organization, { where: { nameKey: 'org 1' } });
    const [group] = await em.find(Usergroup, { where: { name: 'Counted group' } });
    const names = Array.from({ length: 150 }, (_, i) => `Counted User ${String(i).padStart(3, '0')}`);
    await insertRows(
      em,
      User,
      ['name', 'nameKey', 'organizationId', 'isAutoResponder', 'createdAt', 'updatedAt'],
      names.map((name, i) => ({
        name,
        nameKey: name.toLowerCase(),
        organizationId: i % 3 ? null : org.id,
        isAutoResponder: false,
        createdAt: now,
        updatedAt: now,
      })),
    );
    // A search's two phases on one page: 5 users whose name starts with "mixup", 110 whose address does.
    const mixNames = [...[1, 2, 3, 4, 5].map((i) => `Mixup Name ${i}`), ...Array.from({ length: 110 }, (_, i) => `Zeta Person ${i}`)];
    await insertRows(
      em,
      User,
      ['name', 'nameKey', 'organizationId', 'isAutoResponder', 'createdAt', 'updatedAt'],
      mixNames.map((name) => ({
        name,
        nameKey: name.toLowerCase(),
        organizationId: null,
        isAutoResponder: false,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const mixed = await em.find(User, { where: { name: In(mixNames) } });
    await insertRows(
      em,
      UserEmail,
      ['userId', 'address', 'domain', 'isPrimary', 'createdAt'],
      mixed.flatMap((u) =>
        [`mixup.${u.id}@mix.example`, `other.${u.id}@other.example`].map((address, k) => ({
          userId: u.id,
          address,
          domain: address.split('@')[1],
          isPrimary: k === 0,
          createdAt: now,
        })),
      ),
    );
    const users = await em.find(User, { where: { name: In(names) } });
    await insertRows(
      em,
      UserEmail,
      ['userId', 'address', 'domain', 'isPrimary', 'createdAt'],
      users.flatMap((u) =>
        ['counted.example', 'other.example'].map((domain, k) => ({
          userId: u.id,
          address: `${u.nameKey.replace(/ /g, '.')}@${domain}`,
          domain,
          isPrimary: k === 0,
          createdAt: now,
        })),
      ),
    );
    await insertRows(
      em,
      UserUsergroup,
      ['userId', 'usergroupId'],
      users.filter((_, i) => i % 5 === 0).map((u) => ({ userId: u.id, usergroupId: group.id })),
    );
    // Rows inserted straight into the tables: their search words and primary addresses too, as every write path does.
    await syncUserWords(
      em,
      [...users, ...mixed].map((u) => u.id),
    );
    await syncPrimaryEmail(
      em,
      [...users, ...mixed].map((u) => u.id),
    );
  });
  afterAll(() => t.close());

  const PAGE = graphql(`
    query CountedUsers($filter: UserFilter, $first: Int) {
      users(filter: $filter, first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            primaryEmail
            emails {
              address
              isPrimary
            }
            organization {
              id
              name
            }
            usergroups {
              id
              name
            }
          }
        }
      }
    }
  `);

  it('runs the same number of SQL statements for 10, 50 and 100 users a page, with and without a search', async () => {
    // A search: its name phase only, its words phase only (addresses), and pages that hold both phases.
    const cases: [Record<string, string>, number, number][] = [
      [{}, 265, 8],
      [{ search: 'counted user' }, 150, 9],
      [{ search: 'counted.user.1' }, 50, 11],
      [{ search: 'mixup' }, 115, 9],
    ];
    for (const [filter, matches, most] of cases) {
      const counts: number[] = [];
      for (const first of [10, 50, 100]) {
        const before = t.sql.count;
        const page = (await t.ok(PAGE, { filter, first }, { token: t.adminToken })).users;
        counts.push(t.sql.count - before);
        expect(page.edges.length).toBe(Math.min(first, matches));
        expect(page.totalCount).toBe(matches);
        expect(page.edges[0].node.emails).toHaveLength(2);
      }
      console.log(`users(${JSON.stringify(filter)}) SQL statements for first 10 / 50 / 100: ${counts.join(' / ')}`);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
      // The session and the actor's permissions (one statement each since issue 23), the count (a search: at most one bounded count per phase),
      // the page (a search: the name phase, the address phase's keys and its users, as the page
      // needs them), one or two per relation (emails, organizations, usergroups).
      expect(counts[0]).toBeLessThanOrEqual(most);
    }
  });
  it("answers the CRM pane's own document (CrmUsers as Apollo Client sends it) in 5 statements a page, on both read paths", async () => {
    // The session, the actor's permissions, the count, the page (with the primary addresses:
    // crm_user.primary_email, since issue 23 item 4; 6 statements before), the organizations:
    // one statement each, for any page size and any page, with or without the
    // read fast path (a second process on the same database), as `pnpm bench concurrent` sends it.
    await pagesOnBothPaths(t, DOCUMENTS.users, ({ first, page, connection: users, statements }) => {
      expect({ first, page, count: statements.length }).toEqual({ first, page, count: 5 });
      expect(users.edges).toHaveLength(first);
      expect(users.edges[0].node.primaryEmail).toMatch(/@/);
      // Only what the selection reads: the page's five columns (the primary address among them), no address lookup.
      const pageSql = statements.find((q) => /FROM crm_user u .*ORDER BY/.test(q))!;
      expect(selectedColumns(pageSql)).toBe(5);
      expect(pageSql).toContain('u.primary_email');
      expect(statements.filter((q) => q.includes('user_email'))).toEqual([]);
      // The page's organizations, loaded at once: only the id and the name the CRM pane shows.
      expect(selectedColumns(statements.find((q) => q.includes('FROM organization'))!)).toBe(2);
      const withOrg = users.edges.filter((e: any) => e.node.organization);
      expect(withOrg.length).toBeGreaterThan(0);
      for (const e of withOrg) expect(e.node.organization).toEqual({ id: expect.any(String), name: 'Org 1', __typename: 'Organization' });
    });
  });
});
