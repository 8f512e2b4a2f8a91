import { AgentCrmNote } from '../src/modules/agent-crm';
import { Team } from '../src/modules/team';
import { Note } from '../src/modules/user';
import { MAX_TEAMS } from '../src/common/list-limits';
import { codeOf, startTestApp, TestApp, withToken } from './helpers/test-app';

// Issue 16, item 4: every list a client reads is bounded by its real size, and the result-size check
// counts long text before anything runs (no SQL for a refused query).

const LONG = 'n'.repeat(10_000);
const aliases = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

describe('list bounds', () => {
  let t: TestApp;
  const { ok: asAdmin, gql: tryAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );
  let userId: string;

  async function addNotes(table: typeof Note | typeof AgentCrmNote, owner: Record<string, number>, count: number) {
    const now = Date.now();
    const rows = Array.from({ length: count }, (_, i) => ({
      ...owner,
      text: `${i} ${LONG}`.slice(0, 10_000),
      authorKind: 'SYSTEM',
      authorId: null,
      authorName: 'Seeder',
      createdAt: new Date(now + i * 1000),
    }));
    for (let i = 0; i < rows.length; i += 25) await t.roster.ds.getRepository(table).insert(rows.slice(i, i + 25));
  }

  beforeAll(async () => {
    t = await startTestApp();
    userId = (await asAdmin(`mutation { createUser(input: { name: "Many Notes", emails: ["many.notes@users.example"] }) { id } }`))
      .createUser.id;
    await addNotes(Note, { userId: Number(userId) }, 300);
  });
  afterAll(() => t.close());

  it('answers 15 aliases of a record with 300 long notes in at most 50 notes each (under 10 MB), before: 43 MB', async () => {
    const before = t.sql.count;
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: aliases(15, `user(id: ${userId}) { notes { text } }`) }),
    });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body.length).toBeLessThan(10 * 1024 * 1024);
    const data = JSON.parse(body).data;
    expect(data.a0.notes).toHaveLength(50);
    expect(data.a0.notes[0].text.startsWith('299 ')).toBe(true);
    expect(t.sql.count - before).toBeGreaterThan(0);
  });

  it('refuses before any SQL what could exceed the text budget: aliases of whole pages of notes, pages of users with their notes', async () => {
    for (const query of [
      aliases(15, `user(id: ${userId}) { notes(first: 100) { text } noteConnection(first: 100) { edges { node { text } } } }`),
      aliases(3, `users(first: 100) { edges { node { notes { text } } } }`),
    ]) {
      const before = t.sql.count;
      const r = await tryAdmin(query);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      // graphql-armor's cost rule may refuse it first; either way before execution.
      expect(r.errors![0].message).toMatch(/Query too large: its answer could hold about \d+ characters|Query Cost limit/);
      // The session lookup at most: no resolver ran.
      expect(t.sql.count - before).toBeLessThanOrEqual(3);
    }
  });

  it('pages through every note newest first with noteConnection, and caps notes(first) at 100', async () => {
    const page = `query($id: ID!, $after: String) { user(id: $id) { noteConnection(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const c: any = (await asAdmin(page, { id: userId, after })).user.noteConnection;
      expect(c.totalCount).toBe(300);
      seen.push(...c.edges.map((e: any) => e.node.text.split(' ')[0]));
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => String(299 - i)));
    const capped = await asAdmin(`{ user(id: ${userId}) { notes(first: 500) { id } few: notes(first: 3) { id } } }`);
    expect(capped.user.notes).toHaveLength(100);
    expect(capped.user.few.map((n: any) => n.id)).toEqual(capped.user.notes.slice(0, 3).map((n: any) => n.id));
    expect(codeOf(await tryAdmin(`{ user(id: ${userId}) { noteConnection(after: "nonsense") { totalCount } } }`))).toBe('BAD_USER_INPUT');
  });

  it("pages through an agent's CRM notes, and answers each agent of a list its newest notes in one batch", async () => {
    const a = (await t.createAgent({ email: 'noted@agents.example', name: 'Noted Agent' })).id;
    const b = (await t.createAgent({ email: 'noted2@agents.example', name: 'Noted Agent 2' })).id;
    await addNotes(AgentCrmNote, { agentId: Number(a) }, 5);
    await addNotes(AgentCrmNote, { agentId: Number(b) }, 3);
    const first = (
      await asAdmin(`{ agent(id: ${a}) { crmNoteConnection(first: 2) { totalCount pageInfo { endCursor } edges { node { text } } } } }`)
    ).agent.crmNoteConnection;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: any) => e.node.text.split(' ')[0])).toEqual(['4', '3']);
    const next = (
      await asAdmin(
        `query($c: String) { agent(id: ${a}) { crmNoteConnection(first: 10, after: $c) { pageInfo { hasNextPage } edges { node { text } } } } }`,
        {
          c: first.pageInfo.endCursor,
        },
      )
    ).agent.crmNoteConnection;
    expect(next.edges.map((e: any) => e.node.text.split(' ')[0])).toEqual(['2', '1', '0']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const list = await asAdmin(`{ agents(first: 100, filter: { search: "Noted" }) { edges { node { id crmNotes(first: 2) { text } } } } }`);
    const byId = Object.fromEntries(list.agents.edges.map((e: any) => [e.node.id, e.node.crmNotes.map((n: any) => n.text.split(' ')[0])]));
    expect(byId[a]).toEqual(['4', '3']);
    expect(byId[b]).toEqual(['2', '1']);
  });

  it(`refuses a team beyond ${MAX_TEAMS}, also when two creates race for the last place`, async () => {
    const repo = t.roster.ds.getRepository(Team);
    const existing = await repo.count();
    const now = new Date();
    const fill = Array.from({ length: MAX_TEAMS - 1 - existing }, (_, i) => ({ name: `Bound team ${i}`, createdAt: now }));
    for (let i = 0; i < fill.length; i += 100) await repo.insert(fill.slice(i, i + 100));
    const create = (name: string) => tryAdmin(`mutation { createTeam(name: "${name}") { id } }`);
    const results = await Promise.all([create('Last place A'), create('Last place B')]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const refused = results.find((r) => r.errors)!;
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(new RegExp(`at most ${MAX_TEAMS} teams`));
    expect(await repo.count()).toBe(MAX_TEAMS);
    // The whole list still passes the result-size check (the Teams page reads it).
    const teams = await asAdmin('{ teams { id name members { id } organizations { id } } }');
    expect(teams.teams).toHaveLength(MAX_TEAMS);
  });
});
