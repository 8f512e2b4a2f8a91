import { Not } from 'typeorm';
import { inList, MAX_BOUND_LIST } from '../src/common/relations';
import { Agent, syncAgentWords } from '../src/modules/agent';
import { graphql } from './gql';
import { insertAgents } from './helpers/agent-fixtures';
import { CREATE_GROUP, crmHelpers } from './helpers/crm-fixtures';
import { CREATE_TEAM, SET_MEMBERS, TEAMS } from './helpers/team-fixtures';
import { startTestApp, TestApp, withToken } from './helpers/test-app';

// TypeORM's In writes numbers into the SQL text on SQLite (`IN (12002, 12003)`): every id set was a
// statement of its own, prepared again and kept in the connection's statement cache with its
// program (docs/performance.md, "inList"). inList binds them, padded: one text per list size class.

const USERGROUPS_OF_TWO = graphql(`
  query BoundListsUsergroupsOfTwo($a: ID!, $b: ID!) {
    a: user(id: $a) {
      usergroups {
        name
      }
    }
    b: user(id: $b) {
      usergroups {
        name
      }
    }
  }
`);

describe('id lists bound as parameters (inList)', () => {
  let t: TestApp;
  const { ok: asAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );
  const { createUser } = crmHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** What `run` returned and the texts of the statements it sent through TypeORM (the test app's logger keeps the last 20). */
  async function statementsOf<T>(run: () => Promise<T>): Promise<{ value: T; texts: string[] }> {
    const before = t.sql.count;
    const value = await run();
    const n = t.sql.count - before;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(t.sql.recent.length);
    return { value, texts: t.sql.recent.slice(-n).map((s) => s.query) };
  }

  it('binds the ids of a bulk write: two sets of agents of one size take the same statement texts', async () => {
    const ids = (await insertAgents(t, 'rewords', 6)).map(Number);
    const texts: string[][] = [];
    for (const part of [ids.slice(0, 3), ids.slice(3)]) {
      await t.roster.ds.query(`UPDATE agent SET name = 'Reworded Agent' WHERE id IN (${part.map(() => '?').join(', ')})`, part);
      texts.push((await statementsOf(() => syncAgentWords(t.roster.ds.manager, part))).texts);
    }
    expect(texts[0].length).toBeGreaterThanOrEqual(3);
    expect(texts[1]).toEqual(texts[0]);
    const found = (await t.roster.ds.query('SELECT agent_id AS id FROM agent_word WHERE word = ?', ['reworded'])) as { id: unknown }[];
    expect(found.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(ids);
  });

  it("teams' members (a DataLoader over the page's teams, then their agents): other agents, same statement texts", async () => {
    const teams = [
      (await asAdmin(CREATE_TEAM, { n: 'Bound A' })).createTeam.id,
      (await asAdmin(CREATE_TEAM, { n: 'Bound B' })).createTeam.id,
    ];
    const agents = await insertAgents(t, 'boundmember', 4);
    const texts: string[][] = [];
    for (const [first, second] of [agents.slice(0, 2), agents.slice(2)]) {
      await asAdmin(SET_MEMBERS, { id: teams[0], a: [first] });
      await asAdmin(SET_MEMBERS, { id: teams[1], a: [second] });
      const listed = await statementsOf(() => asAdmin(TEAMS));
      texts.push(listed.texts);
      const members = Object.fromEntries(listed.value.teams.map((team) => [team.id, team.members.map((m) => m.id)]));
      expect([members[teams[0]], members[teams[1]]]).toEqual([[first], [second]]);
    }
    // The agents' statement is among them (the join table's, by team, has the same ids both times).
    expect(texts[0].some((q) => /FROM [`"]?agent[`"]? .*IN \(/.test(q))).toBe(true);
    expect(texts[1]).toEqual(texts[0]);
  });

  it("users' usergroups (a DataLoader batching two users): another pair of users, same statement texts", async () => {
    const groups = await Promise.all(['Bound G1', 'Bound G2'].map(async (n) => (await asAdmin(CREATE_GROUP, { n })).createUsergroup.id));
    const users = [];
    for (const [i, group] of [groups[0], groups[1], groups[1], groups[0]].entries())
      users.push((await createUser(`Bound User ${i}`, { usergroupIds: [group] })).id);
    const texts: string[][] = [];
    for (const [a, b] of [users.slice(0, 2), users.slice(2)]) {
      const got = await statementsOf(() => asAdmin(USERGROUPS_OF_TWO, { a, b }));
      texts.push(got.texts);
      expect([got.value.a?.usergroups, got.value.b?.usergroups]).toEqual(
        a === users[0] ? [[{ name: 'Bound G1' }], [{ name: 'Bound G2' }]] : [[{ name: 'Bound G2' }], [{ name: 'Bound G1' }]],
      );
    }
    // The loader's two statements (user(id) itself looks each user up by `id = <number>`: TypeORM
    // writes a number parameter into the text on SQLite, an equality as much as an In).
    // On MySQL the two lookups return in separate ticks, so the loader may run once per user (any order).
    const loader = texts.map((list) => list.filter((q) => /FROM [`"]?(user_usergroup|usergroup)[`"]? /.test(q)).sort());
    expect(loader[0].length).toBeGreaterThanOrEqual(2);
    expect(loader[1]).toEqual(loader[0]);
  });

  it('keeps In semantics: NOT around it, and a list too long to bind (left to TypeORM) still reads every row', async () => {
    const ids = (await insertAgents(t, 'boundlong', 5)).map(Number);
    const repo = t.roster.ds.getRepository(Agent);
    const total = await repo.count();
    expect(await repo.countBy({ id: Not(inList(ids)) })).toBe(total - ids.length);
    const absent = (n: number) => Array.from({ length: n }, (_, i) => 1_000_000_000 + i);
    for (const n of [MAX_BOUND_LIST - ids.length, MAX_BOUND_LIST + 1, 2 * MAX_BOUND_LIST + 2]) {
      const found = await repo.find({ select: { id: true }, where: { id: inList([...ids, ...absent(n)]) }, order: { id: 'ASC' } });
      expect(found.map((a) => a.id)).toEqual(ids);
    }
  });
});
