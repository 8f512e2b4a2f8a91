import { graphql } from './gql';
import { PERMISSION_CATALOG } from '@roster/shared';
import { ARMOR_LIMITS, MAX_QUERY_TOKENS } from '../src/app';
import { Agent, newAgentRow } from '../src/modules/agent';
import { AgentDepartment, Department, DepartmentAccessLevel } from '../src/modules/department';
import { AgentPermissionGroup, PermissionGroup } from '../src/modules/permission';
import { Team, TeamMember } from '../src/modules/team';
import { codeOf, GqlOptions, startTestApp, TestApp } from './helpers/test-app';

// The query limits (depth, aliases, tokens, result size, batching) and N+1 on the agents list; the
// endpoint's other guards are in limits-http.int-spec.ts.

/** Runs `fn` and returns how many SQL statements the app ran meanwhile. */
async function statements<T>(t: TestApp, fn: () => Promise<T>): Promise<{ n: number; result: T }> {
  const before = t.sql.count;
  const result = await fn();
  return { n: t.sql.count - before, result };
}

/**
 * A selection exactly `depth` fields deep, as graphql-armor counts it (the leaf counts):
 * agents > edges > node > teams > members > teams > ... > id.
 */
function deepQuery(depth: number): string {
  const path = ['agents(first: 5)', 'edges', 'node'];
  while (path.length < depth - 1) path.push(path.length % 2 === 1 ? 'teams' : 'members');
  return `{ ${path.join(' { ')} { id }${' }'.repeat(path.length)}`;
}

const aliasQuery = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: agents(first: 1) { totalCount }`).join(' ')} }`;

const VIEWER = graphql(`
  query LimitsViewer {
    viewer {
      id
    }
  }
`);

describe('query limits (graphql-armor) and N+1', () => {
  let t: TestApp;
  const viaToken = (): GqlOptions => ({ token: t.adminToken });
  /** What building the context costs for the admin session (no resolver SQL: viewer is the context's agent). */
  const contextCost = async () => (await statements(t, () => t.ok(VIEWER, {}, viaToken()))).n;

  beforeAll(async () => {
    t = await startTestApp();
    const team = (
      await t.ok(
        graphql(`
          mutation LimitsCreateTeam {
            createTeam(name: "Deep Team") {
              id
            }
          }
        `),
        {},
        viaToken(),
      )
    ).createTeam.id;
    const adminId = (await t.ok(VIEWER, {}, viaToken())).viewer.id;
    await t.ok(
      graphql(`
        mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) {
          setTeamMembers(id: $id, agentIds: $a) {
            id
          }
        }
      `),
      { id: team, a: [adminId] },
      viaToken(),
    );
  });
  afterAll(() => t.close());

  it('the limits the app configures are the ones these tests rely on', () => {
    expect(ARMOR_LIMITS.maxDepth.n).toBe(10);
    expect(ARMOR_LIMITS.maxAliases.n).toBeLessThan(20);
  });

  it('answers a query at the depth limit when it is narrow, and it does run SQL', async () => {
    const ctx = await contextCost();
    // Depth 10 through single objects and one-row pages (lists of lists are bounded by size, below).
    const narrow = graphql(`
      query LimitsAgents {
        agents(first: 1) {
          edges {
            node {
              departments {
                department {
                  id
                  name
                }
              }
            }
          }
        }
        a: changeLog(entityType: AGENT, entityId: "1", first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const { n, result } = await statements(t, () => t.gql(narrow, {}, viaToken()));
    expect(result.errors).toBeUndefined();
    expect(result.data!.agents.edges).toHaveLength(1);
    expect(n).toBeGreaterThan(ctx);
    const deep = await statements(t, () => t.gql(deepQuery(10), {}, viaToken()));
    // The depth rule lets depth 10 through; the result-size estimate then refuses this one.
    expect(deep.result.errors![0].message).not.toMatch(/depth/i);
    expect(deep.result.errors![0].message).toMatch(/Query too large/);
  });

  it('refuses nested lists that multiply (teams of members of teams...) before any resolver SQL', async () => {
    const ctx = await contextCost();
    const { n, result } = await statements(t, () =>
      t.gql(
        graphql(`
          query LimitsViewer2 {
            viewer {
              teams {
                members {
                  teams {
                    members {
                      id
                      email
                    }
                  }
                }
              }
            }
          }
        `),
        {},
        viaToken(),
      ),
    );
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/Query too large: it could return about \d+ objects/);
    expect(n).toBeLessThanOrEqual(ctx);
    // The admin list with its relations stays well inside the estimate.
    const list = await t.gql(
      graphql(`
        query LimitsAgents2 {
          agents(first: 100) {
            edges {
              node {
                teams {
                  id
                }
                permissionGroups {
                  id
                }
                departments {
                  department {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      {},
      viaToken(),
    );
    expect(list.errors).toBeUndefined();
  });

  it('rejects a query one level deeper with GRAPHQL_VALIDATION_FAILED before any resolver SQL', async () => {
    const ctx = await contextCost();
    expect(ctx).toBeGreaterThan(0);
    const { n, result } = await statements(t, () => t.gql(deepQuery(11), {}, viaToken()));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/depth limit of 10 exceeded, found 11/i);
    expect(result.data).toBeUndefined();
    expect(n).toBeLessThanOrEqual(ctx);
    // Far deeper, and without a token: not a single statement.
    const anon = await statements(t, () => t.gql(deepQuery(30)));
    expect(codeOf(anon.result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(anon.n).toBe(0);
  });

  it('counts fragments towards the depth', async () => {
    // Too deep on purpose: a plain string, not a typed document.
    const query = `
      query { agents(first: 5) { edges { node { ...T } } } }
      fragment T on Agent { teams { members { teams { members { teams { members { teams { id } } } } } } } }`;
    const { n, result } = await statements(t, () => t.gql(query, {}, viaToken()));
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(n).toBeLessThanOrEqual(await contextCost());
  });

  it(`answers ${ARMOR_LIMITS.maxAliases.n} aliases and rejects 20 before any resolver SQL`, async () => {
    const allowed = await statements(t, () => t.gql(aliasQuery(ARMOR_LIMITS.maxAliases.n), {}, viaToken()));
    expect(allowed.result.errors).toBeUndefined();
    expect(Object.keys(allowed.result.data)).toHaveLength(ARMOR_LIMITS.maxAliases.n);

    const ctx = await contextCost();
    expect(allowed.n).toBeGreaterThan(ctx);
    const { n, result } = await statements(t, () => t.gql(aliasQuery(20), {}, viaToken()));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/aliases limit of \d+ exceeded, found 20/i);
    expect(result.data).toBeUndefined();
    expect(n).toBeLessThanOrEqual(ctx);
    const anon = await statements(t, () => t.gql(aliasQuery(20)));
    expect(codeOf(anon.result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(anon.n).toBe(0);
  });

  it('rejects aliased sign-in attempts past the alias limit without checking a single password', async () => {
    const guesses = Array.from(
      { length: 20 },
      (_, i) => `g${i}: login(email: "admin@example.com", password: "guess-${i}-guess") { token }`,
    );
    const { n, result } = await statements(t, () => t.gql(`mutation { ${guesses.join(' ')} }`));
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(n).toBe(0);
  });

  it('rejects an over-long document (token limit) before it is validated or run', async () => {
    const fields = 'id '.repeat(MAX_QUERY_TOKENS);
    const { n, result } = await statements(t, () => t.gql(`{ viewer { ${fields} } }`));
    // The parser counts tokens (parseOptions.maxTokens): a syntax error, answered with 400.
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0].message).toMatch(/more th\w+ \d+ tokens/i);
    expect(result.data).toBeUndefined();
    expect(n).toBe(0);
  });

  it('refuses batched requests, which would multiply every per-operation limit', async () => {
    const before = t.sql.count;
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(res.status).toBe(400);
    expect(t.sql.count).toBe(before);
  });

  describe('agents list', () => {
    const AGENT_COUNT = 60;
    const LIST = graphql(`
      query LimitsAgents4($n: Int!) {
        agents(first: $n) {
          totalCount
          edges {
            node {
              id
              email
              teams {
                id
                name
              }
              permissionGroups {
                id
                name
                permissions
              }
              departments {
                access
                department {
                  id
                  name
                }
              }
              effectivePermissions
            }
          }
        }
      }
    `);

    beforeAll(async () => {
      const ds = t.roster.ds;
      const now = new Date();
      const teamIds: number[] = [];
      for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
        teamIds.push((await ds.getRepository(Team).insert({ name: `N1 ${name}`, createdAt: now })).identifiers[0].id);
      }
      const keys = PERMISSION_CATALOG.map((p) => p.key);
      const groupIds: number[] = [];
      for (let g = 0; g < 3; g++) {
        const storedPermissions = keys.filter((_, i) => i % 3 === g);
        groupIds.push(
          (await ds.getRepository(PermissionGroup).insert({ name: `N1 Group ${g}`, builtIn: false, storedPermissions, createdAt: now }))
            .identifiers[0].id,
        );
      }
      const deptIds: number[] = [];
      for (const name of ['Sales', 'Support']) {
        deptIds.push((await ds.getRepository(Department).insert({ name: `N1 ${name}`, createdAt: now })).identifiers[0].id);
      }
      const rows = Array.from({ length: AGENT_COUNT }, (_, i) =>
        newAgentRow({
          email: `n1-agent-${String(i).padStart(2, '0')}@example.com`,
          name: `N1 Agent ${String(i).padStart(2, '0')}`,
          permissions: i % 5 === 0 ? [keys[0]] : [],
        }),
      );
      const agentIds = (await ds.getRepository(Agent).insert(rows)).identifiers.map((x) => x.id as number);
      expect(agentIds).toHaveLength(AGENT_COUNT);
      await ds.getRepository(TeamMember).insert(
        agentIds.flatMap((agentId, i) => [
          { agentId, teamId: teamIds[i % 4] },
          { agentId, teamId: teamIds[(i + 1) % 4] },
        ]),
      );
      await ds
        .getRepository(AgentPermissionGroup)
        .insert(
          agentIds.flatMap((agentId, i) =>
            (i % 2 === 0 ? [groupIds[i % 3]] : [groupIds[i % 3], groupIds[(i + 1) % 3]]).map((groupId) => ({ agentId, groupId })),
          ),
        );
      await ds.getRepository(AgentDepartment).insert(
        agentIds.map((agentId, i) => ({
          agentId,
          departmentId: deptIds[i % 2],
          access: i % 2 === 0 ? DepartmentAccessLevel.FULL : DepartmentAccessLevel.ASSIGN,
        })),
      );
    });

    it('runs the same number of statements for 5 and for 50 agents', async () => {
      await t.ok(VIEWER, {}, viaToken()); // warm the session (last-seen bookkeeping)
      const small = await statements(t, () => t.ok(LIST, { n: 5 }, viaToken()));
      const large = await statements(t, () => t.ok(LIST, { n: 50 }, viaToken()));
      expect(small.result.agents.edges).toHaveLength(5);
      expect(large.result.agents.edges).toHaveLength(50);
      expect(large.result.agents.totalCount).toBe(AGENT_COUNT + 1);

      // The relations really were loaded (an empty answer would also be cheap).
      const seeded = large.result.agents.edges.map((e) => e.node).filter((a) => a.email.startsWith('n1-agent-'));
      expect(seeded.length).toBeGreaterThanOrEqual(49);
      for (const a of seeded) {
        expect(a.teams).toHaveLength(2);
        expect(a.permissionGroups.length).toBeGreaterThanOrEqual(1);
        expect(a.permissionGroups.length).toBeLessThanOrEqual(2);
        expect(a.permissionGroups[0].permissions.length).toBeGreaterThan(0);
        expect(a.departments).toHaveLength(1);
        expect(a.departments[0].department.name).toMatch(/^N1 /);
        expect(a.effectivePermissions.length).toBeGreaterThan(0);
      }

      console.log(`agents list SQL statements (incl. session lookup): first 5 -> ${small.n}, first 50 -> ${large.n}`);
      expect(large.n).toBe(small.n);
      // Context (2) + count + page + 2 per relation (groups, teams, departments): nothing per row.
      expect(large.n).toBeLessThanOrEqual(12);
    });
  });
});
