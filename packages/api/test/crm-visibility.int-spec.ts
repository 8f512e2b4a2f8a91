import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CREATE_TOKEN, UPDATE_AGENT } from './helpers/access-fixtures';
import {
  ADD_EMAIL,
  ADD_NOTE,
  COUNT_USERS,
  CREATE_ORG,
  CREATE_USER,
  crmHelpers,
  DELETE_USER,
  DUPLICATES,
  fieldsOf,
  GET_USER,
  LIST_USERS,
  ORGS,
  REMOVE_EMAIL,
  SET_PRIMARY,
  UNDO_MERGE,
  uniqueEmail,
  UPDATE_USER,
  USER_LOG,
} from './helpers/crm-fixtures';
import { CREATE_TEAM, LOG } from './helpers/team-fixtures';
import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';
import { csvRows, downloadUsers, importUsers, USER_HEADER } from './helpers/user-import-helpers';
import {
  ACTIVITY,
  CRM_SETTINGS,
  DELETE_FILE,
  MERGE_IDS,
  ORG_TEAMS,
  SET_TEAM_ORGS,
  TEAM_ORGS,
  UPDATE_CRM_SETTINGS,
  USER_FILES,
} from './helpers/visibility-fixtures';

// Team-scoped visibility: with crmSettings.teamScopedUserVisibility on, an agent who is not an
// administrator sees and edits only users of the organizations assigned to their teams; everything
// else reads as absent (null / NOT_FOUND), whatever the operation. Admins are not restricted.

const PEOPLE = ['people.view', 'people.create', 'people.edit', 'people.merge', 'people.delete', 'people.add_notes'];

describe('CRM team-scoped visibility', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const org: Record<string, string> = {};
  const team: Record<string, string> = {};
  const u: Record<string, { id: string; primaryEmail: string }> = {};
  const admin = crmHelpers(() => t);
  const as = (who: string) =>
    crmHelpers(
      () => t,
      () => tok[who],
    );
  const base = () => t.url.replace(/\/graphql$/, '');
  const upload = (userId: string, token: string) =>
    fetch(`${base()}/users/${userId}/files`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-file-name': 'note.txt', authorization: `Bearer ${token}` },
      body: 'hello',
    });
  const download = (userId: string, fileId: string, token: string) =>
    fetch(`${base()}/users/${userId}/files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });
  const names = async (who: string, first = 50) => (await as(who).ok(LIST_USERS, { first })).users.edges.map((e) => e.node.name).sort();
  const total = async (who: string) => (await as(who).ok(COUNT_USERS, {})).users.totalCount;
  const setScoped = (on: boolean) => admin.ok(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: on } });
  const expectNotFound = (r: GqlResult) => expect([codeOf(r), r.errors?.[0]?.message]).toEqual(['NOT_FOUND', expect.any(String)]);

  beforeAll(async () => {
    t = await startTestApp({ FILES_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roster-visibility-')) });
    for (const name of ['Acme', 'Globex', 'Initech']) org[name] = (await admin.ok(CREATE_ORG, { n: name })).createOrganization.id;
    for (const name of ['Red', 'Blue']) team[name] = (await admin.ok(CREATE_TEAM, { n: name })).createTeam.id;
    const agent = async (key: string, teamIds: string[], isAdmin = false) =>
      (tok[key] = (
        await t.createAgent({ email: `${key}@agents.example`, name: key, permissionGroupIds: [], permissions: PEOPLE, teamIds, isAdmin })
      ).token);
    await agent('red', [team.Red]);
    await agent('loner', []);
    await agent('adminRed', [team.Red], true);
    const user = async (key: string, name: string, organizationId: string | null, phone?: string) =>
      (u[key] = await admin.createUser(name, { organizationId, phone, emails: [uniqueEmail(key)] }));
    await user('a1', 'Alice Acme', org.Acme, '+1 415 555 0100');
    await user('a2', 'Aaron Acme', org.Acme);
    await user('g1', 'Alice Globex', org.Globex, '+1 415 555 0100');
    await user('g2', 'Gina Globex', org.Globex);
    await user('none', 'Nora Nobody', null);
  });
  afterAll(() => t.close());

  it('is off by default: every agent sees every user', async () => {
    expect((await as('red').ok(CRM_SETTINGS)).crmSettings).toEqual({
      teamScopedUserVisibility: false,
      updatedAt: null,
      updatedByName: null,
    });
    expect(await total('red')).toBe(5);
    expect(await total('loner')).toBe(5);
  });

  it('lets only signed-in admins switch it, and logs who did', async () => {
    const adminReadToken = (await admin.ok(CREATE_TOKEN, { n: 'settings', s: ['users:write', 'agents:write'] })).createApiToken.token;
    expect(codeOf(await as('red').gql(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: true } }, { token: adminReadToken }))).toBe(
      'FORBIDDEN',
    );
    expect(fieldsOf(await admin.gql(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: null } }))).toEqual({
      'input.teamScopedUserVisibility': 'must be true or false',
    });
    expect((await setScoped(true)).updateCrmSettings).toEqual({ teamScopedUserVisibility: true, updatedByName: expect.any(String) });
    await setScoped(true); // unchanged: no second entry
    const read = (await as('red').ok(CRM_SETTINGS)).crmSettings;
    expect(read).toMatchObject({ teamScopedUserVisibility: true, updatedAt: expect.any(String) });
    const log = (await admin.ok(LOG, { type: 'SETTING', id: 'crm.teamScopedUserVisibility' })).changeLog;
    expect(log.edges.map((e) => e.node)).toEqual([
      { field: 'crm.teamScopedUserVisibility', oldValue: 'false', newValue: 'true', actorName: read.updatedByName },
    ]);
  });

  it('assigns organizations to teams (admins; unknown ids are field errors; change-logged)', async () => {
    expect(codeOf(await as('red').gql(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme] }))).toBe('FORBIDDEN');
    expect(fieldsOf(await admin.gql(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme, '999999'] })).organizationIds).toMatch(/999999/);
    expect(fieldsOf(await admin.gql(SET_TEAM_ORGS, { id: team.Red, o: ['x'] })).organizationIds).toBe('is not a valid id');
    expect(codeOf(await admin.gql(SET_TEAM_ORGS, { id: '999999', o: [] }))).toBe('NOT_FOUND');
    const saved = (await admin.ok(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme, org.Acme] })).setTeamOrganizations;
    expect(saved.organizations).toEqual([{ id: org.Acme, name: 'Acme' }]);
    await admin.ok(SET_TEAM_ORGS, { id: team.Blue, o: [org.Globex] });
    const teams = (await admin.ok(TEAM_ORGS)).teams;
    expect(teams.find((x) => x.id === team.Blue)!.organizations.map((o) => o.name)).toEqual(['Globex']);
    const orgTeams = (await admin.ok(ORG_TEAMS)).organizations.edges.map((e) => [e.node.name, e.node.teams.map((x) => x.name)]);
    expect(orgTeams).toEqual([
      ['Acme', ['Red']],
      ['Globex', ['Blue']],
      ['Initech', []],
    ]);
    const log = (await admin.ok(LOG, { type: 'TEAM', id: team.Red })).changeLog.edges.map((e) => e.node);
    expect(log[0]).toMatchObject({ field: 'organizations', oldValue: null, newValue: 'Acme' });
  });

  it("lists, counts, pages and searches only the users of the agent's organizations", async () => {
    expect(await names('red')).toEqual(['Aaron Acme', 'Alice Acme']);
    expect(await total('red')).toBe(2);
    const page1 = (await as('red').ok(LIST_USERS, { first: 1 })).users;
    const page2 = (await as('red').ok(LIST_USERS, { first: 1, after: page1.pageInfo.endCursor })).users;
    expect([page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([true, false]);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.name)).toEqual(['Aaron Acme', 'Alice Acme']);
    const search = async (s: string) => (await as('red').ok(LIST_USERS, { f: { search: s } })).users.edges.map((e) => e.node.name);
    expect(await search('Alice')).toEqual(['Alice Acme']);
    expect(await search(u.g1.primaryEmail)).toEqual([]);
    expect(await search('nora')).toEqual([]);
    expect((await as('red').ok(COUNT_USERS, { f: { organizationId: org.Globex } })).users.totalCount).toBe(0);
    expect((await as('red').ok(COUNT_USERS, { f: { search: 'Alice' } })).users.totalCount).toBe(1);
    // No team, no organization: nothing.
    expect(await total('loner')).toBe(0);
  });

  it('reads users out of scope as absent: record, duplicates, activity, change log, organizations', async () => {
    const red = as('red');
    expect((await red.ok(GET_USER, { id: u.a1.id })).user?.name).toBe('Alice Acme');
    for (const key of ['g1', 'none']) expect((await red.ok(GET_USER, { id: u[key].id })).user).toBeNull();
    // Alice Globex has the same phone as Alice Acme: a candidate for the admin only.
    const duplicates = async (h: typeof red) => (await h.ok(DUPLICATES, { u: u.a1.id })).userDuplicates.map((d) => d.user.id).sort();
    expect(await duplicates(red)).toEqual([u.a2.id]);
    expect(await duplicates(admin)).toEqual([u.a2.id, u.g1.id].sort());
    expectNotFound(await red.gql(DUPLICATES, { u: u.g1.id }));
    expectNotFound(await red.gql(ACTIVITY, { u: u.g1.id }));
    expect((await red.ok(ACTIVITY, { u: u.a1.id })).userActivity.edges.length).toBeGreaterThan(0);
    expect((await red.ok(USER_LOG, { id: u.g1.id })).changeLog).toMatchObject({ totalCount: 0, edges: [] });
    expect((await red.ok(USER_LOG, { id: u.a1.id })).changeLog.totalCount).toBeGreaterThan(0);
    expect((await red.ok(ORGS, {})).organizations).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'Acme' } }] });
    expect((await admin.ok(ORGS, {})).organizations.totalCount).toBe(3);
  });

  it('answers NOT_FOUND (not FORBIDDEN) to every write on a user out of scope', async () => {
    const red = as('red');
    const g = u.g1;
    for (const r of [
      await red.gql(UPDATE_USER, { id: g.id, i: { summary: 'x' } }),
      await red.gql(ADD_EMAIL, { u: g.id, e: uniqueEmail('x') }),
      await red.gql(REMOVE_EMAIL, { u: g.id, e: g.primaryEmail }),
      await red.gql(SET_PRIMARY, { u: g.id, e: g.primaryEmail }),
      await red.gql(ADD_NOTE, { u: g.id, t: 'hello' }),
      await red.gql(DELETE_USER, { id: g.id }),
      await red.gql(UPDATE_USER, { id: u.none.id, i: { summary: 'x' } }),
    ])
      expectNotFound(r);
    expect(codeOf(await red.gql(MERGE_IDS, { t: u.a1.id, s: g.id }))).toBe('NOT_FOUND');
    expect(codeOf(await red.gql(MERGE_IDS, { t: g.id, s: u.a1.id }))).toBe('NOT_FOUND');
    // Nothing changed.
    expect((await admin.ok(GET_USER, { id: g.id })).user).toMatchObject({ summary: null, notes: [] });
  });

  it('keeps edits and new users inside the scope', async () => {
    const red = as('red');
    expect(fieldsOf(await red.gql(UPDATE_USER, { id: u.a1.id, i: { organizationId: org.Globex } }))).toEqual({
      'input.organizationId': 'unknown organization',
    });
    expect(fieldsOf(await red.gql(UPDATE_USER, { id: u.a1.id, i: { organizationId: null } }))['input.organizationId']).toMatch(
      /cannot be removed/,
    );
    expect((await red.ok(UPDATE_USER, { id: u.a1.id, i: { summary: 'VIP' } })).updateUser.summary).toBe('VIP');
    const create = (organizationId?: string) =>
      red.gql(CREATE_USER, { i: { name: 'New One', emails: [uniqueEmail('new')], organizationId } });
    expect(fieldsOf(await create())['input.organizationId']).toMatch(/is required/);
    expect(fieldsOf(await create(org.Globex))).toEqual({ 'input.organizationId': 'unknown organization' });
    const made = (await create(org.Acme)).data!.createUser;
    expect(made.organization?.name).toBe('Acme');
    expect(await total('red')).toBe(3);
    await admin.ok(DELETE_USER, { id: made.id });
  });

  it('does not name a user out of scope in the email conflict', async () => {
    const r = await as('red').gql(ADD_EMAIL, { u: u.a1.id, e: u.g1.primaryEmail });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/already belongs to another user/);
    expect(JSON.stringify(r.errors)).not.toMatch(/Globex|Alice Globex/);
    expect(r.errors![0].extensions).toMatchObject({
      existingUserId: null,
      existingUserName: null,
      fields: { email: 'already belongs to another user' },
    });
    const visible = await as('red').gql(ADD_EMAIL, { u: u.a1.id, e: u.a2.primaryEmail });
    expect(visible.errors![0].extensions).toMatchObject({ existingUserId: u.a2.id, existingUserName: 'Aaron Acme' });
    const byAdmin = await admin.gql(ADD_EMAIL, { u: u.a1.id, e: u.g1.primaryEmail });
    expect(byAdmin.errors![0].extensions).toMatchObject({ existingUserId: u.g1.id });
  });

  it('refuses file uploads, downloads and deletes on users out of scope (HTTP and GraphQL)', async () => {
    const adminFile = (await (await upload(u.g1.id, t.adminToken)).json()) as { id: string };
    expect((await upload(u.g1.id, tok.red)).status).toBe(404);
    expect((await download(u.g1.id, adminFile.id, tok.red)).status).toBe(404);
    expect((await download(u.g1.id, adminFile.id, t.adminToken)).status).toBe(200);
    expect(codeOf(await as('red').gql(DELETE_FILE, { u: u.g1.id, f: adminFile.id }))).toBe('NOT_FOUND');
    const mine = (await (await upload(u.a1.id, tok.red)).json()) as { id: string };
    expect((await download(u.a1.id, mine.id, tok.red)).status).toBe(200);
    expect((await as('red').ok(USER_FILES, { id: u.a1.id })).user?.files.map((f) => f.id)).toEqual([mine.id]);
    await as('red').ok(DELETE_FILE, { u: u.a1.id, f: mine.id });
  });

  it('merges within the scope; undoing a merge of users out of scope is NOT_FOUND', async () => {
    const x = await admin.createUser('Xavier Acme', { organizationId: org.Acme });
    const merged = (await as('red').ok(MERGE_IDS, { t: u.a2.id, s: x.id })).mergeUsers;
    await as('red').ok(UNDO_MERGE, { m: merged.merges[0].id });
    const y = await admin.createUser('Yara Globex', { organizationId: org.Globex });
    const other = (await admin.ok(MERGE_IDS, { t: u.g2.id, s: y.id })).mergeUsers;
    expectNotFound(await as('red').gql(UNDO_MERGE, { m: other.merges[0].id }));
    await admin.ok(UNDO_MERGE, { m: other.merges[0].id });
    for (const id of [x.id, y.id]) await admin.ok(DELETE_USER, { id });
  });

  it('lets an admin without People permissions list organizations (for the Teams page) but not users', async () => {
    const plainAdmin = (
      await t.createAgent({
        email: 'plain.admin@agents.example',
        name: 'Plain Admin',
        permissionGroupIds: [],
        permissions: [],
        isAdmin: true,
      })
    ).token;
    const orgs = await t.gql(ORGS, {}, { token: plainAdmin });
    expect(orgs.errors).toBeUndefined();
    expect(orgs.data!.organizations.totalCount).toBe(3);
    expect(codeOf(await t.gql(LIST_USERS, { first: 1 }, { token: plainAdmin }))).toBe('FORBIDDEN');
    expect(codeOf(await as('loner').gql(ORGS, {}))).toBeUndefined();
  });

  it('does not restrict administrators, even in a team', async () => {
    expect(await total('adminRed')).toBe(5);
    expect((await as('adminRed').ok(GET_USER, { id: u.none.id })).user?.name).toBe('Nora Nobody');
  });

  it("scopes an API token like its creator, from the creator's current rights", async () => {
    const creator = (
      await t.createAgent({
        email: 'tokens@agents.example',
        name: 'Token Maker',
        permissionGroupIds: [],
        permissions: PEOPLE,
        teamIds: [team.Red],
        isAdmin: true,
      })
    ).id;
    tok.token = (
      await t.ok(CREATE_TOKEN, { n: 'crm', s: ['users:write'] }, { token: await t.login('tokens@agents.example', 'agent-password-1') })
    ).createApiToken.token;
    expect(await total('token')).toBe(5);
    await admin.ok(UPDATE_AGENT, { id: creator, i: { isAdmin: false } });
    expect(await names('token')).toEqual(['Aaron Acme', 'Alice Acme']);
    expect((await as('token').ok(GET_USER, { id: u.g1.id })).user).toBeNull();
    expectNotFound(await as('token').gql(UPDATE_USER, { id: u.g1.id, i: { summary: 'x' } }));
    expect((await upload(u.g1.id, tok.token)).status).toBe(404);
  });

  it('applies concurrent switches and team saves one after the other', async () => {
    const flips = await Promise.all(
      [true, false, true, false].map((on) => admin.gql(UPDATE_CRM_SETTINGS, { i: { teamScopedUserVisibility: on } })),
    );
    expect(flips.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const log = (await admin.ok(LOG, { type: 'SETTING', id: 'crm.teamScopedUserVisibility' })).changeLog.edges.map((e) => e.node);
    // Each entry replaced the value the previous one wrote (newest first).
    for (let i = 0; i + 1 < log.length; i++) expect(log[i].oldValue).toBe(log[i + 1].newValue);
    for (const e of log) expect(e.oldValue).not.toBe(e.newValue);
    await setScoped(true);
    const saves = await Promise.all(
      [[org.Acme, org.Initech], [org.Acme], [org.Initech, org.Acme], [org.Acme]].map((o) => admin.gql(SET_TEAM_ORGS, { id: team.Red, o })),
    );
    expect(saves.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    await admin.ok(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme] });
    expect(await total('red')).toBe(2);
  });

  it('exports only the users in scope and refuses the CSV import to a scoped agent', async () => {
    const csv = await (await downloadUsers(t, { authorization: `Bearer ${tok.red}` })).text();
    const exported = (await csvRows(csv))
      .slice(1)
      .map((r) => r[0])
      .sort();
    expect(exported).toEqual(['Aaron Acme', 'Alice Acme']);
    const all = (await csvRows(await (await downloadUsers(t, { authorization: `Bearer ${t.adminToken}` })).text())).length - 1;
    expect(all).toBeGreaterThan(exported.length);
    const row = [USER_HEADER, `Imported Red,imported.red@example.com,Acme,,,,,,,,,,,`].join('\n');
    const refused = await importUsers(t, row, {}, tok.red);
    expect('errors' in refused && refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('applies a team change from the next request, and the switch off shows everyone again', async () => {
    await admin.ok(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme, org.Globex] });
    expect(await total('red')).toBe(4);
    expect((await as('red').ok(GET_USER, { id: u.g1.id })).user?.name).toBe('Alice Globex');
    await admin.ok(SET_TEAM_ORGS, { id: team.Red, o: [org.Acme] });
    expect(await total('red')).toBe(2);
    await setScoped(false);
    expect(await total('red')).toBe(5);
    expect(await total('loner')).toBe(5);
    expect((await as('loner').ok(ORGS, {})).organizations.totalCount).toBe(3);
  });
});
