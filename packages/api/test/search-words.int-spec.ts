import { sortKey } from '@roster/shared';
import { userWordRows } from '../src/modules/user';
import type { CrmListUsersQuery } from './gql/graphql';
import {
  ADD_EMAIL,
  COUNT_USERS,
  CREATE_ORG,
  crmHelpers,
  DELETE_USER,
  fieldsOf,
  GET_USER,
  LIST_USERS,
  REMOVE_EMAIL,
  UNDO_MERGE,
  UPDATE_USER,
} from './helpers/crm-fixtures';
import { LIST as LIST_AGENTS } from './helpers/agent-fixtures';
import { importCsv } from './helpers/import-helpers';
import { CREATE_TEAM, UPDATE_AGENT } from './helpers/team-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';
import { importUsers, USER_HEADER } from './helpers/user-import-helpers';
import { MERGE_IDS, SET_TEAM_ORGS, UPDATE_CRM_SETTINGS } from './helpers/visibility-fixtures';

// Search by any word (issue 18.14): every word of a name, alias or address is found by prefix
// ("johnson" finds "Marcus Johnson", "smith" j.smith@..., "acme" x@acme.example, "emile" "Émile"),
// kept up to date by every write of names and addresses (rename, address added or removed, merge
// and its undo, delete, CSV import); the users whose name starts with the search come first, the
// others after; cursors page through both with no duplicate and no gap, in a constant number of
// statements; team-scoped visibility still applies.

describe('search by any word', () => {
  let t: TestApp;
  const admin = crmHelpers(() => t);
  const ids: Record<string, string> = {};
  let orgA = '';

  const user = async (name: string, emails: string[], extra: Record<string, unknown> = {}) => {
    ids[name] = (await admin.createUser(name, { emails, ...extra })).id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    orgA = (await admin.ok(CREATE_ORG, { n: 'Words Org A' })).createOrganization.id;
    await user('John Smith', ['john.smith@smithco.example']);
    await user('Marcus Johnson', ['mj@acme.example']);
    await user('Acme Fan', ['fan@fans.example']);
    await user('Zed Person', ['j.smith@other.example']);
    await user('Émile Zola', ['ez@letters.example']);
    await user('Mary-Jane Watson', ['mjw@daily.example']);
  });
  afterAll(() => t.close());

  const page = (s: string, first: number, after: string | null = null, token = t.adminToken) =>
    t.ok(LIST_USERS, { f: { search: s }, first, after }, { token }).then((r) => r.users as CrmListUsersQuery['users']);
  const names = async (s: string, first = 100, token = t.adminToken) => {
    const out: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r = await page(s, first, after, token);
      out.push(...r.edges.map((e) => e.node.name));
      if (!r.pageInfo.hasNextPage) return out;
      after = r.pageInfo.endCursor;
    }
    throw new Error('no end');
  };

  it('finds a user by any word of the name, by prefix, in any case', async () => {
    expect(await names('johnson')).toEqual(['Marcus Johnson']);
    expect(await names('JOHNS')).toEqual(['Marcus Johnson']);
    // The name's start first (phase N), then the other words.
    expect(await names('jo')).toEqual(['John Smith', 'Marcus Johnson']);
    expect(await names('watson')).toEqual(['Mary-Jane Watson']);
    expect(await names('jane')).toEqual(['Mary-Jane Watson']);
  });

  it('matches every word of a search, in any order', async () => {
    expect(await names('marcus joh')).toEqual(['Marcus Johnson']);
    expect(await names('johnson marcus')).toEqual(['Marcus Johnson']);
    expect(await names('smith john')).toEqual(['John Smith']);
    expect(await names('jo jo john')).toEqual(['John Smith', 'Marcus Johnson']);
    expect(await names('marcus smith')).toEqual([]);
    // A last word of one letter, as typed on the way to the whole word.
    expect(await names('johnson m')).toEqual(['Marcus Johnson']);
    expect(await names('smith z')).toEqual(['Zed Person']);
    expect(await names('smith q')).toEqual([]);
  });

  it('finds an address by its local part, its pieces and its domain', async () => {
    expect(await names('acme')).toEqual(['Acme Fan', 'Marcus Johnson']);
    expect(await names('smith')).toEqual(['John Smith', 'Zed Person']);
    expect(await names('smithco')).toEqual(['John Smith']);
    expect(await names('other.ex')).toEqual(['Zed Person']);
    expect(await names('mj@acme')).toEqual(['Marcus Johnson']);
    expect(await names('MJ@acme.example')).toEqual(['Marcus Johnson']);
    // A top-level label alone finds no one in particular.
    expect(await names('example')).toEqual([]);
  });

  it('folds accents like the name order does', async () => {
    expect(await names('emile')).toEqual(['Émile Zola']);
    expect(await names('ÉMI')).toEqual(['Émile Zola']);
    expect(await names('zola')).toEqual(['Émile Zola']);
  });

  it('follows renames, added and removed addresses, merges and their undo, deletes', async () => {
    await user('Rena Oldword', ['rena@old.example']);
    await admin.ok(UPDATE_USER, { id: ids['Rena Oldword'], i: { name: 'Rena Newword' } });
    expect(await names('oldword')).toEqual([]);
    expect(await names('newword')).toEqual(['Rena Newword']);

    await user('Addy Remove', ['keep@keep.example', 'gone.piece@goneco.example']);
    expect(await names('goneco')).toEqual(['Addy Remove']);
    await admin.ok(REMOVE_EMAIL, { u: ids['Addy Remove'], e: 'gone.piece@goneco.example' });
    expect(await names('goneco')).toEqual([]);
    expect(await names('piece')).toEqual([]);
    await admin.ok(ADD_EMAIL, { u: ids['Addy Remove'], e: 'new.bit@newco.example' });
    expect(await names('newco')).toEqual(['Addy Remove']);

    await user('Target Keeper', ['tk@keeper.example']);
    await user('Source Mergee', ['src@mergefrom.example']);
    const merged = await admin.ok(MERGE_IDS, { t: ids['Target Keeper'], s: ids['Source Mergee'] });
    expect(await names('mergee')).toEqual([]);
    expect(await names('mergefrom')).toEqual(['Target Keeper']);
    await admin.ok(UNDO_MERGE, { m: merged.mergeUsers.merges[0].id });
    expect(await names('mergee')).toEqual(['Source Mergee']);
    expect(await names('mergefrom')).toEqual(['Source Mergee']);
    expect(await names('keeper')).toEqual(['Target Keeper']);

    await user('Del Eted', ['del@eted.example']);
    await admin.ok(DELETE_USER, { id: ids['Del Eted'] });
    expect(await names('eted')).toEqual([]);
    const [{ n }] = await t.roster.ds.query('SELECT COUNT(*) AS n FROM user_word WHERE user_id = ?', [Number(ids['Del Eted'])]);
    expect(Number(n)).toBe(0);
  });

  it('keeps the words of the last write when writes of one user and of others run at once', async () => {
    await user('Conc Urrent', ['conc@start.example']);
    for (const i of [1, 2, 3]) await user(`Para Llel${i}`, [`para${i}@para.example`]);
    const id = ids['Conc Urrent'];
    await Promise.all([
      ...[1, 2, 3, 4, 5, 6].map((i) => admin.ok(UPDATE_USER, { id, i: { name: `Conc Name${i}` } })),
      ...[1, 2, 3, 4].map((i) => admin.ok(ADD_EMAIL, { u: id, e: `conc${i}@add${i}.example` })),
      ...[1, 2, 3].map((i) => admin.ok(UPDATE_USER, { id: ids[`Para Llel${i}`], i: { name: `Para Renamed${i}` } })),
      ...[1, 2, 3].map((i) => admin.ok(ADD_EMAIL, { u: ids[`Para Llel${i}`], e: `para${i}.more@para.example` })),
    ]);
    // Each user's stored words are exactly those of their name and addresses now.
    for (const userId of [id, ...[1, 2, 3].map((i) => ids[`Para Llel${i}`])]) {
      const u = (await admin.ok(GET_USER, { id: userId })).user!;
      const expected = userWordRows(
        [{ id: Number(userId), nameKey: sortKey(u.name) }],
        u.emails.map((e) => ({ userId: Number(userId), address: e.address })),
      );
      const stored: Record<string, string | number>[] = await t.roster.ds.query(
        'SELECT word, prev_shared, lead_shared, word_starts, pair_starts, heads FROM user_word WHERE user_id = ?',
        [Number(userId)],
      );
      const rows = stored.map((r) => [r.word, ...[r.prev_shared, r.lead_shared, r.word_starts, r.pair_starts].map(Number), r.heads]).sort();
      expect(rows).toEqual(expected.map((r) => [r.word, r.prevShared, r.leadShared, r.wordStarts, r.pairStarts, r.heads]).sort());
    }
    expect(await names('conc')).toEqual([(await admin.ok(GET_USER, { id })).user!.name]);
  });

  it('finds users created and renamed by a CSV import', async () => {
    const row = (name: string) => `${name},ingrid@importco.example${','.repeat(12)}`;
    expect((await importUsers(t, `${USER_HEADER}\n${row('Ingrid Importova')}\n`)).job?.status).toBe('COMPLETED');
    expect(await names('importova')).toEqual(['Ingrid Importova']);
    expect(await names('importco')).toEqual(['Ingrid Importova']);
    const updated = await importUsers(t, `${USER_HEADER}\n${row('Ingrid Exportova')}\n`, { existing: 'UPDATE' });
    expect(updated.job?.status).toBe('COMPLETED');
    expect(await names('importova')).toEqual([]);
    expect(await names('exportova')).toEqual(['Ingrid Exportova']);
  });

  describe('more matches than a page', () => {
    // Phase N: names starting "pag" (by name); phase W: the other words starting "pag" (by word, then user).
    const EXPECTED = ['Pagan Gamma', 'Page Alpha', 'Page Beta', 'Eve Else', 'Ann Paget', 'Bob Paget', 'Cid Paget', 'Dee Paget'];
    beforeAll(async () => {
      for (const name of ['Page Alpha', 'Ann Paget', 'Page Beta', 'Bob Paget', 'Pagan Gamma', 'Cid Paget', 'Dee Paget'])
        await user(name, [`${name.toLowerCase().replace(' ', '.')}@leaves.example`]);
      await user('Eve Else', ['pagemaster@else.example']);
    });

    it('lists each user once, without gaps, at every page size, and counts them', async () => {
      for (const first of [1, 2, 3, 5, 8, 100]) expect([first, await names('pag', first)]).toEqual([first, EXPECTED]);
      expect((await admin.ok(COUNT_USERS, { f: { search: 'pag' } })).users.totalCount).toBe(8);
      expect((await admin.ok(COUNT_USERS, { f: { search: 'paget' } })).users.totalCount).toBe(4);
      // A cursor continues only its own search.
      const cursor = (await page('pag', 4)).pageInfo.endCursor;
      expect(fieldsOf(await t.gql(LIST_USERS, { f: { search: 'paget' }, first: 2, after: cursor }, { token: t.adminToken }))).toEqual({
        after: expect.stringMatching(/another/),
      });
    });

    it('runs the same number of statements for any page size', async () => {
      // Pages of phase W only, and pages that hold both phases (more for those: phase W's rows, then its users).
      const cases: [string, number[], number][] = [
        ['paget', [1, 2, 4], 4],
        ['paget ann', [1, 2, 4], 1],
        ['pag', [4, 6, 8], 8],
      ];
      for (const [search, sizes, matches] of cases) {
        const counts: number[] = [];
        for (const first of sizes) {
          const runs: number[] = [];
          // The fewest of two: a request now and then also refreshes its session's last-seen time.
          for (let i = 0; i < 2; i++) {
            const before = t.sql.count;
            const { edges } = await page(search, first);
            runs.push(t.sql.count - before);
            expect([search, first, edges.length]).toEqual([search, first, Math.min(first, matches)]);
          }
          counts.push(Math.min(...runs));
        }
        expect([search, counts]).toEqual([search, [counts[0], counts[0], counts[0]]]);
        // Session and permission lookups, phase N, phase W's rows and users, the page's addresses.
        expect(counts[0]).toBeLessThanOrEqual(8);
      }
    });

    it("shows a scoped agent only their organizations' users", async () => {
      await user('Scoped Paget', ['scoped@leaves.example'], { organizationId: orgA });
      const team = (await admin.ok(CREATE_TEAM, { n: 'Words Team' })).createTeam.id;
      const { token } = await t.createAgent({
        email: 'words-agent@agents.example',
        name: 'Words Agent',
        permissionGroupIds: [],
        permissions: ['people.view'],
        teamIds: [team],
      });
      await admin.ok(SET_TEAM_ORGS, { id: team, o: [orgA] });
      await admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: true } });
      try {
        for (const first of [1, 2]) expect(await names('paget', first, token)).toEqual(['Scoped Paget']);
        expect(await names('pag', 1, token)).toEqual(['Scoped Paget']);
        expect(await names('paget', 2)).toEqual(['Ann Paget', 'Bob Paget', 'Cid Paget', 'Dee Paget', 'Scoped Paget']);
      } finally {
        await admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: false } });
      }
    });
  });

  it('refuses a search of too many words, naming the field', async () => {
    const r = await t.gql(LIST_USERS, { f: { search: 'a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11' }, first: 5 }, { token: t.adminToken });
    expect(fieldsOf(r)).toEqual({ 'filter.search': expect.stringMatching(/at most 10/) });
  });

  describe('agents', () => {
    const agentNames = async (s: string) =>
      (await t.ok(LIST_AGENTS, { f: { search: s }, first: 100 }, { token: t.adminToken })).agents.edges.map((e) => e.node.name);
    let marcus = '';

    beforeAll(async () => {
      marcus = (await t.createAgent({ email: 'mj.agent@acme-agents.example', name: 'Marcus Johnson' })).id;
      await t.createAgent({ email: 'js.agent@agents.example', name: 'John Smith', alias: 'Johnny Appleseed' });
      await t.createAgent({ email: 'emile.agent@agents.example', name: 'Émile Agent' });
    });

    it('finds an agent by any word of the name, alias or address', async () => {
      expect(await agentNames('johnson')).toEqual(['Marcus Johnson']);
      expect(await agentNames('jo')).toEqual(['John Smith', 'Marcus Johnson']);
      expect(await agentNames('marcus joh')).toEqual(['Marcus Johnson']);
      expect(await agentNames('smith john')).toEqual(['John Smith']);
      expect(await agentNames('apple')).toEqual(['John Smith']);
      expect(await agentNames('acme')).toEqual(['Marcus Johnson']);
      expect(await agentNames('emile')).toEqual(['Émile Agent']);
    });

    it('follows a rename and finds agents an import creates', async () => {
      await t.ok(UPDATE_AGENT, { id: marcus, i: { name: 'Marcus Jonas' } }, { token: t.adminToken });
      expect(await agentNames('johnson')).toEqual([]);
      expect(await agentNames('jonas')).toEqual(['Marcus Jonas']);
      const { job } = await importCsv(t, 'Email,Name,Permission Groups\nq.zimmer@imported.example,Quentin Zimmermann,1\n');
      expect(job?.status).toBe('COMPLETED');
      expect(await agentNames('zimmer')).toEqual(['Quentin Zimmermann']);
      expect(await agentNames('imported')).toEqual(['Quentin Zimmermann']);
    });
  });
});
