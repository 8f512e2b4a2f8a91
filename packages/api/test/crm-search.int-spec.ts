import { insertRows } from '../src/common/insert-rows';
import { User } from '../src/modules/user/user.entity';
import { SEARCH_COUNT_CAP } from '../src/modules/user/user.search';
import { syncUserWords } from '../src/modules/user/user.words';
import { graphql } from './gql';
import type { CrmListUsersQuery } from './gql/graphql';
import { CREATE_GROUP, CREATE_ORG, crmHelpers, fieldsOf, LIST_USERS, MERGE, uniqueEmail } from './helpers/crm-fixtures';
import { CREATE_TEAM } from './helpers/team-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';
import { SET_TEAM_ORGS, UPDATE_CRM_SETTINGS } from './helpers/visibility-fixtures';

// The users search (filter.search) at scale: name matches first (by name), then the users matched
// only by an address (by their first matching address); paged by cursor at any page size with no
// duplicate and no gap, a cursor refused by another search, the count bounded, filters and
// team-scoped visibility applied to both phases, merged-away users hidden.

const SEARCH_COUNT = graphql(`
  query CrmSearchCount($f: UserFilter) {
    users(filter: $f, first: 0) {
      totalCount
      totalCountIsExact
    }
  }
`);

const NAMES = ['Quill Alpha', 'quill beta', 'QUILL Delta', 'Quillon Gamma'];
const ADDRESS_ONLY = ['Zz Top', 'Aaron Zed', 'Bo Bo', 'Mara Moss', 'Other Person'];

describe('CRM users search', () => {
  let t: TestApp;
  let redToken = '';
  const admin = crmHelpers(() => t);
  const red = crmHelpers(
    () => t,
    () => redToken,
  );
  const ids: Record<string, string> = {};
  const org: Record<string, string> = {};
  let group = '';
  const emailsOf: Record<string, string[]> = {};
  let teamId = '';

  beforeAll(async () => {
    t = await startTestApp();
    org.A = (await admin.ok(CREATE_ORG, { n: 'Search Org A' })).createOrganization.id;
    org.B = (await admin.ok(CREATE_ORG, { n: 'Search Org B' })).createOrganization.id;
    group = (await admin.ok(CREATE_GROUP, { n: 'Search Group' })).createUsergroup.id;
    const user = async (name: string, locals: string[], extra: Record<string, unknown> = {}) => {
      const emails = (emailsOf[name] = locals.map(uniqueEmail));
      ids[name] = (await admin.createUser(name, { emails, ...extra })).id;
    };
    // By name (one also by its two addresses, one by one of them).
    await user('Quill Alpha', ['quill.alpha', 'alpha']);
    await user('quill beta', ['beta'], { usergroupIds: [group] });
    await user('QUILL Delta', ['quill.d1', 'quill.d2']);
    await user('Quillon Gamma', ['gamma'], { organizationId: org.A });
    // By an address only (one by three, one by one of two).
    await user('Zz Top', ['quill.top'], { organizationId: org.B });
    await user('Aaron Zed', ['zed', 'quill.zed'], { usergroupIds: [group] });
    await user('Bo Bo', ['quillbo'], { organizationId: org.A });
    await user('Mara Moss', ['quillm1', 'quillm2', 'quillm3']);
    await user('Other Person', ['other']);
    await user('Nobody Here', ['quillnobody']);
    await user('Quill Merged', ['merged']);
    await user('Unrelated', ['unrelated']);
    // Merged away: their own matches are hidden; the target inherits the address match.
    for (const source of ['Nobody Here', 'Quill Merged']) await admin.ok(MERGE, { t: ids['Other Person'], s: ids[source] });
    teamId = (await admin.ok(CREATE_TEAM, { n: 'Search Red' })).createTeam.id;
    redToken = (
      await t.createAgent({
        email: 'search-red@agents.example',
        name: 'Search Red',
        permissionGroupIds: [],
        permissions: ['people.view'],
        teamIds: [teamId],
      })
    ).token;
  });
  afterAll(() => t.close());

  const page = (s: string, first: number, after: string | null, extra = {}, who = admin) =>
    who.ok(LIST_USERS, { f: { search: s, ...extra }, first, after }).then((r) => r.users as CrmListUsersQuery['users']);
  const all = async (s: string, first: number, extra = {}, who = admin) => {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r = await page(s, first, after, extra, who);
      names.push(...r.edges.map((e) => e.node.name));
      if (!r.pageInfo.hasNextPage) return names;
      after = r.pageInfo.endCursor;
    }
    throw new Error('no end');
  };

  it('lists name matches by name, then address-only matches by address, at every page size', async () => {
    const expected = [...NAMES, ...ADDRESS_ONLY];
    expect(await all('quill', 100)).toEqual(expected);
    for (const first of [1, 2, 3, 4, 5]) expect([first, await all('Quill', first)]).toEqual([first, expected]);
    expect(await admin.ok(SEARCH_COUNT, { f: { search: 'quill' } })).toEqual({ users: { totalCount: 9, totalCountIsExact: true } });
    // A prefix only addresses have; one only names have; a whole address (one lookup).
    expect(await all('quillm', 1)).toEqual(['Mara Moss']);
    expect(await all('quillon', 2)).toEqual(['Quillon Gamma']);
    expect(await all(emailsOf['Mara Moss'][1].toUpperCase(), 1)).toEqual(['Mara Moss']);
    expect(await all('quill.d', 1)).toEqual(['QUILL Delta']);
    // first: 0 tells whether there is anything.
    expect((await page('quillm', 0, null)).pageInfo.hasNextPage).toBe(true);
    expect((await page('quillzzz', 0, null)).pageInfo.hasNextPage).toBe(false);
  });

  it('applies the organization and usergroup filters to both phases', async () => {
    for (const first of [1, 2, 5]) {
      expect(await all('quill', first, { organizationId: org.A })).toEqual(['Quillon Gamma', 'Bo Bo']);
      expect(await all('quill', first, { usergroupId: group })).toEqual(['quill beta', 'Aaron Zed']);
    }
    expect((await admin.ok(SEARCH_COUNT, { f: { search: 'quill', organizationId: org.A } })).users.totalCount).toBe(2);
  });

  it('refuses a cursor from another search or from the plain list, and a plain-list cursor from a search', async () => {
    const cursor = (await page('quill', 2, null)).pageInfo.endCursor;
    const plain = (await admin.ok(LIST_USERS, { first: 1 })).users.pageInfo.endCursor;
    const refused = { after: expect.stringMatching(/another/) };
    expect(fieldsOf(await admin.gql(LIST_USERS, { f: { search: 'quil' }, first: 2, after: cursor }))).toEqual(refused);
    expect(fieldsOf(await admin.gql(LIST_USERS, { f: { search: 'quill' }, first: 2, after: plain }))).toEqual(refused);
    expect(fieldsOf(await admin.gql(LIST_USERS, { first: 2, after: cursor }))).toEqual(refused);
    expect(fieldsOf(await admin.gql(LIST_USERS, { f: { search: 'quill' }, after: 'garbage' }))).toEqual({ after: 'is not a valid cursor' });
    // The same search in other spacing or case finds the same users: its cursor continues.
    const rest = (s: string) =>
      admin.ok(LIST_USERS, { f: { search: s }, first: 2, after: cursor }).then((r) => r.users.edges.map((e) => e.node.name));
    expect(await rest(' quill ')).toEqual(['QUILL Delta', 'Quillon Gamma']);
    expect(await rest('QUILL')).toEqual(['QUILL Delta', 'Quillon Gamma']);
  });

  it('shows a scoped agent only the users of their organizations, in both phases', async () => {
    await admin.ok(SET_TEAM_ORGS, { id: teamId, o: [org.A] });
    await admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: true } });
    try {
      for (const first of [1, 2, 3]) expect(await all('quill', first, {}, red)).toEqual(['Quillon Gamma', 'Bo Bo']);
      expect(await all(emailsOf['Mara Moss'][0], 1, {}, red)).toEqual([]);
      expect((await red.ok(SEARCH_COUNT, { f: { search: 'quill' } })).users).toEqual({ totalCount: 2, totalCountIsExact: true });
    } finally {
      await admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: false } });
    }
  });

  it(`counts at most ${SEARCH_COUNT_CAP} matches of a search and says so`, async () => {
    const now = new Date();
    const names = Array.from({ length: SEARCH_COUNT_CAP + 5 }, (_, i) => `Bulkname ${String(i).padStart(4, '0')}`);
    const rows = names.map((name) => ({ name, nameKey: name.toLowerCase(), isAutoResponder: false, createdAt: now, updatedAt: now }));
    await insertRows(t.roster.ds.manager, User, ['name', 'nameKey', 'isAutoResponder', 'createdAt', 'updatedAt'], rows);
    // Their search words, as every write of names keeps them (the count of a search of several words reads them).
    const ids = (await t.roster.ds.query("SELECT id FROM crm_user WHERE name_key LIKE 'bulkname %'")) as { id: number | string }[];
    await t.roster.ds.transaction((em) =>
      syncUserWords(
        em,
        ids.map((r) => Number(r.id)),
      ),
    );
    expect((await admin.ok(SEARCH_COUNT, { f: { search: 'bulkname' } })).users).toEqual({
      totalCount: SEARCH_COUNT_CAP,
      totalCountIsExact: false,
    });
    expect((await admin.ok(SEARCH_COUNT, { f: { search: 'bulkname 000' } })).users).toEqual({ totalCount: 10, totalCountIsExact: true });
    // The plain list's count stays exact.
    const plain = (await admin.ok(SEARCH_COUNT, {})).users;
    expect(plain.totalCountIsExact).toBe(true);
    expect(plain.totalCount).toBeGreaterThan(SEARCH_COUNT_CAP);
  });
});
