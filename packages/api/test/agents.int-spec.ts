import { graphql } from './gql';
import { Agent } from '../src/modules/agent';
import { agentHelpers, ALL_KEYS, fields, GET, LICENSE, LIST, NON_DESTRUCTIVE_KEYS, UPDATE } from './helpers/agent-fixtures';
import type { AgentFilter, TestListAgentsQuery } from './gql/graphql';
import { ADMIN_EMAIL, codeOf, startTestApp, TestApp } from './helpers/test-app';

// Agents through the real HTTP API and a real database (SQLite, or MariaDB with TEST_DATABASE_URL):
// creating agents (validation, permissions, copy on create) and the directory (paging, search, filters).
// Updates, the change log, status, deletion, copyAgentSettings and notifications: agent-changes.int-spec.ts.

describe('agents', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const { asAdmin, tryAdmin, create, tryCreate, get, update, team, businessUnit, changeLogRows, agentRows } = agentHelpers(() => t);

  describe('createAgent', () => {
    it('stores and returns every field of the full form', async () => {
      const [sales, vip] = [await team('Sales'), await team('Vip')];
      const emea = await businessUnit('EMEA');
      const a = await create({
        email: '  Full.Form@Example.com ',
        name: ' Fiona Form ',
        alias: 'Fi',
        phone: '+44 20 7946 0000',
        landlinePhone: '+44 20 7946 0001',
        mobilePhone: '+44 7911 123456',
        timezone: 'Europe/London',
        language: 'pt-BR',
        businessUnit: 'EMEA',
        teamIds: [sales, vip],
        signature: '<p>Regards, <b>Fi</b></p>',
      });
      const expected = {
        email: 'full.form@example.com',
        name: 'Fiona Form',
        alias: 'Fi',
        phone: '+442079460000',
        landlinePhone: '+442079460001',
        mobilePhone: '+447911123456',
        timezone: 'Europe/London',
        language: 'pt-BR',
        businessUnit: 'EMEA',
        businessUnitId: emea,
        isAdmin: false,
        isReportsAdmin: false,
        status: 'ACTIVE',
        signature: '<p>Regards, <b>Fi</b></p>',
        teams: [
          { id: sales, name: 'Sales' },
          { id: vip, name: 'Vip' },
        ],
      };
      expect(a).toMatchObject(expected);
      // Read back on a fresh request: it was stored, not only echoed.
      expect(await get(a.id)).toMatchObject(expected);
      expect(await t.login('full.form@example.com', 'agent-password-1')).toMatch(/^rss_/);
    });

    it('starts in group 1 All Permissions when no group is chosen, and in the chosen groups otherwise', async () => {
      const dflt = await create({ email: 'default.group@example.com', name: 'Default Group' });
      expect(dflt.permissionGroups).toEqual([{ id: '1', name: 'All Permissions', builtIn: true }]);
      expect(dflt.permissions).toEqual([]);
      expect(dflt.effectivePermissions).toEqual(ALL_KEYS);

      const chosen = await create({ email: 'chosen.group@example.com', name: 'Chosen Group', permissionGroupIds: ['2'] });
      expect(chosen.permissionGroups.map((g) => g.id)).toEqual(['2']);
      expect(chosen.effectivePermissions).toEqual(NON_DESTRUCTIVE_KEYS);

      const none = await create({ email: 'no.group@example.com', name: 'No Group', permissionGroupIds: [] });
      expect(none.permissionGroups).toEqual([]);
      expect(none.effectivePermissions).toEqual([]);
    });

    it('computes effectivePermissions as the union of groups and direct permissions', async () => {
      const g = await asAdmin(
        graphql(`
          mutation AgentsCreatePermissionGroup {
            createPermissionGroup(input: { name: "Chat only", permissions: ["chat.use", "chat.transfer"] }) {
              id
            }
          }
        `),
      );
      const a = await create({
        email: 'union@example.com',
        name: 'Union Agent',
        permissionGroupIds: [g.createPermissionGroup.id],
        permissions: ['tickets.reply', 'chat.use', 'kb.delete'],
      });
      expect(a.permissions.sort()).toEqual(['chat.use', 'kb.delete', 'tickets.reply']);
      // Catalogue order, no duplicates.
      expect(a.effectivePermissions).toEqual(
        ALL_KEYS.filter((k) => ['chat.use', 'chat.transfer', 'tickets.reply', 'kb.delete'].includes(k)),
      );

      const b = await create({
        email: 'union2@example.com',
        name: 'Union Two',
        permissionGroupIds: ['2'],
        permissions: ['tickets.delete_own'],
      });
      expect(b.effectivePermissions).toContain('tickets.delete_own');
      expect(b.effectivePermissions).not.toContain('people.delete');
      expect(b.effectivePermissions).toHaveLength(NON_DESTRUCTIVE_KEYS.length + 1);
    });

    it('refuses a second agent with the same email, also when only the case differs', async () => {
      await create({ email: 'taken@example.com', name: 'First Taken' });
      for (const email of ['taken@example.com', 'TAKEN@Example.COM', ' taken@example.com ']) {
        const before = await agentRows();
        const r = await tryCreate({ email, name: 'Second Taken' });
        expect(codeOf(r)).toBe('CONFLICT');
        expect(fields(r)['input.email']).toBeTruthy();
        expect(await agentRows()).toBe(before);
      }
      // Same rule when an update tries to take the address.
      const other = await create({ email: 'other.taken@example.com', name: 'Other Taken' });
      const r = await tryAdmin(UPDATE, { id: other.id, i: { email: 'Taken@example.com' } });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fields(r)['input.email']).toBeTruthy();
    });

    it('lets exactly one of several simultaneous creates with the same email win', async () => {
      const before = await agentRows();
      const results = await Promise.all(
        [1, 2, 3, 4].map((i) => tryCreate({ email: i % 2 ? 'race@example.com' : 'RACE@example.com', name: `Racer ${i}` })),
      );
      const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      for (const r of results.filter((x) => x.errors)) expect(fields(r)['input.email']).toBeTruthy();
      expect(await agentRows()).toBe(before + 1);
    });

    it('names the bad field in extensions.fields', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ email: 'not-an-email' }, 'email'],
        [{ email: 'two@@example.com' }, 'email'],
        [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
        [{ language: 'english please' }, 'language'],
        [{ permissions: ['tickets.reply', 'tickets.fly'] }, 'permissions'],
        [{ teamIds: ['987654'] }, 'teamIds'],
        [{ permissionGroupIds: ['987654'] }, 'permissionGroupIds'],
        [{ name: '   ' }, 'name'],
      ];
      for (const [input, field] of cases) {
        const before = await agentRows();
        const r = await tryCreate({ email: 'valid.input@example.com', name: 'Valid Input', ...input });
        expect({ input, code: codeOf(r) }).toEqual({ input, code: 'BAD_USER_INPUT' });
        expect({ input, fields: Object.keys(fields(r)) }).toEqual({ input, fields: [`input.${field}`] });
        expect(await agentRows()).toBe(before);
      }
      expect(fields(await tryCreate({ email: 'x@example.com', name: 'X', permissions: ['tickets.fly'] }))['input.permissions']).toMatch(
        /tickets\.fly/,
      );
      // Today's IANA names are accepted, also where Node's ICU lists an older spelling (Asia/Calcutta).
      expect((await create({ email: 'kolkata@example.com', name: 'Kolkata Agent', timezone: 'Asia/Kolkata' })).timezone).toBe(
        'Asia/Kolkata',
      );
      // Several bad fields are reported together.
      const r = await tryCreate({ email: 'nope', name: 'Both Bad', timezone: 'Nowhere/Land' });
      expect(Object.keys(fields(r)).sort()).toEqual(['input.email', 'input.timezone']);
      // Unknown teams and malformed group ids in one request are reported together.
      const both = await tryCreate({ email: 'both.ids@example.com', name: 'Both Ids', teamIds: ['987654'], permissionGroupIds: ['abc'] });
      expect(fields(both)).toEqual({ 'input.teamIds': expect.stringMatching(/987654/), 'input.permissionGroupIds': 'is not a valid id' });
    });

    it('sanitises the signature HTML', async () => {
      const a = await create({
        email: 'signature@example.com',
        name: 'Sig Nature',
        signature:
          '<p onclick="steal()">Hi <b>bold</b> <script>alert(1)</script><a href="javascript:alert(2)">bad</a> ' +
          '<a href="https://example.com/x">good</a><img src="javascript:alert(3)"><style>p{}</style><iframe src="https://evil"></iframe></p>',
      });
      const sig = a.signature!;
      expect(sig).toContain('<b>bold</b>');
      expect(sig).not.toMatch(/script|alert|onclick|javascript:|style|iframe/i);
      expect(sig).toMatch(/<a href="https:\/\/example\.com\/x"[^>]*>good<\/a>/);
      expect((await get(a.id)).signature).toBe(sig);
      // The same rules apply on update; an empty signature becomes null.
      expect((await update(a.id, { signature: '<i>new</i><script>x()</script>' })).signature).toBe('<i>new</i>');
      expect((await update(a.id, { signature: '<script>only()</script>' })).signature).toBeNull();
    });

    it('rolls back the agent row and its change-log entries when a later step fails', async () => {
      const logsBefore = await changeLogRows();
      const agentsBefore = await agentRows();
      const usedBefore = (await asAdmin(LICENSE)).license.used;
      // The source agent is looked up after the insert, inside the same transaction.
      const r = await tryCreate({ email: 'rolled.back@example.com', name: 'Rolled Back', copySettingsFrom: '999999', teamIds: [] });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fields(r)['input.copySettingsFrom']).toBeTruthy();
      expect(await t.roster.ds.getRepository(Agent).findOneBy({ email: 'rolled.back@example.com' })).toBeNull();
      expect((await asAdmin(LIST, { f: { search: 'rolled.back' } })).agents.totalCount).toBe(0);
      expect(await agentRows()).toBe(agentsBefore);
      expect(await changeLogRows()).toBe(logsBefore);
      expect((await asAdmin(LICENSE)).license.used).toBe(usedBefore);
      // The address is still free.
      expect((await create({ email: 'rolled.back@example.com', name: 'Rolled Back' })).email).toBe('rolled.back@example.com');
    });

    it('copies settings from another agent on create, keeping fields the admin typed', async () => {
      const tm = await team('Copy Source Team');
      const src = await create({
        email: 'copy.src@example.com',
        name: 'Copy Src',
        permissionGroupIds: ['2'],
        teamIds: [tm],
        timezone: 'Asia/Tokyo',
        language: 'ja',
        signature: '<b>src</b>',
        isReportsAdmin: true,
      });
      const a = await create({
        email: 'copy.new@example.com',
        name: 'Copy New',
        language: 'de',
        copySettingsFrom: src.id,
        copySections: ['TEAMS', 'TIMEZONE', 'LANGUAGE', 'SIGNATURE'],
      });
      expect(a.teams.map((x) => x.id)).toEqual([tm]);
      expect(a.timezone).toBe('Asia/Tokyo');
      expect(a.language).toBe('de');
      expect(a.signature).toBe('<b>src</b>');
      expect(a.permissionGroups.map((g) => g.id)).toEqual(['1']);
      expect(a.isReportsAdmin).toBe(false);

      // Groups the admin chose explicitly win over the copied ones.
      const b = await create({
        email: 'copy.explicit@example.com',
        name: 'Copy Explicit',
        permissionGroupIds: ['1'],
        copySettingsFrom: src.id,
        copySections: ['PERMISSION_GROUPS'],
      });
      expect(b.permissionGroups.map((g) => g.id)).toEqual(['1']);
      const c = await create({
        email: 'copy.groups@example.com',
        name: 'Copy Groups',
        copySettingsFrom: src.id,
        copySections: ['PERMISSION_GROUPS'],
      });
      expect(c.permissionGroups.map((g) => g.id)).toEqual(['2']);

      // Copying REPORTS_ACCESS grants what the source has (the form's default false does not undo it).
      const d = await create({
        email: 'copy.reports@example.com',
        name: 'Copy Reports',
        copySettingsFrom: src.id,
        copySections: ['REPORTS_ACCESS', 'ADMIN_ACCESS'],
      });
      expect(d.isReportsAdmin).toBe(true);
      expect(d.isAdmin).toBe(false);
    });
  });

  describe('directory', () => {
    let ids: Record<string, string>;
    let supportTeam: string;
    beforeAll(async () => {
      supportTeam = await team('Directory Support');
      ids = {};
      const specs: Record<string, unknown>[] = [
        { email: 'quinn.dir@example.com', name: 'Quinn Dir', teamIds: [supportTeam] },
        { email: 'zed.dir@example.net', name: 'Same Dir' },
        { email: 'yan.dir@example.net', name: 'Same Dir', permissionGroupIds: ['2'], teamIds: [supportTeam] },
        { email: 'xia.dir@example.net', name: 'Same Dir' },
        { email: 'boss.dir@example.com', name: 'Boss Dir', isAdmin: true, permissionGroupIds: ['2'] },
        { email: 'off.dir@example.com', name: 'Off Dir' },
        { email: 'percent@example.com', name: '50% Off' },
        { email: 'bang@example.com', name: 'Wow!Bang' },
      ];
      for (const s of specs) ids[s.email as string] = (await create(s)).id;
      await update(ids['off.dir@example.com'], { status: 'DISABLED' });
    });

    const list = async (f: AgentFilter, first = 100) => (await asAdmin(LIST, { f, first })).agents;
    const emailsOf = (conn: TestListAgentsQuery['agents']) => conn.edges.map((e) => e.node.email).sort();

    it('pages through every agent exactly once in name order', async () => {
      const total = await agentRows();
      const seen: { id: string; name: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const conn: TestListAgentsQuery['agents'] = (await asAdmin(LIST, { first: 2, after })).agents;
        pages++;
        expect(conn.totalCount).toBe(total);
        expect(conn.edges.length).toBeLessThanOrEqual(2);
        seen.push(...conn.edges.map((e) => e.node));
        expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1]?.cursor ?? null);
        expect(conn.pageInfo.hasNextPage).toBe(seen.length < total);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
        expect(pages).toBeLessThan(100);
      }
      expect(pages).toBe(Math.ceil(total / 2));
      expect(new Set(seen.map((a) => a.id)).size).toBe(total);
      // name, then id; names compare case-insensitively on both databases.
      const key = (s: string) => s.toLowerCase();
      const sorted = [...seen].sort((a, b) =>
        key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : Number(a.id) - Number(b.id),
      );
      expect(seen.map((a) => a.id)).toEqual(sorted.map((a) => a.id));
      // The three agents named alike come out in id order, split across pages.
      const same = seen.filter((a) => a.name === 'Same Dir').map((a) => Number(a.id));
      expect(same).toEqual([...same].sort((a, b) => a - b));
      expect(same).toHaveLength(3);
    });

    it('pages a filtered list and rejects a forged cursor', async () => {
      const first = (await asAdmin(LIST, { f: { search: 'same' }, first: 2 })).agents;
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await asAdmin(LIST, { f: { search: 'same' }, first: 2, after: first.pageInfo.endCursor })).agents;
      expect(second.edges).toHaveLength(1);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...first.edges, ...second.edges].map((e) => e.node.email).sort()).toEqual([
        'xia.dir@example.net',
        'yan.dir@example.net',
        'zed.dir@example.net',
      ]);
      const bad = await tryAdmin(LIST, { first: 2, after: 'not-a-cursor' });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).after).toBeTruthy();
      const zero = (await asAdmin(LIST, { f: { search: 'same' }, first: 0 })).agents;
      expect(zero).toMatchObject({ totalCount: 3, edges: [], pageInfo: { endCursor: null, hasNextPage: true } });
    });

    it('searches by the prefix of any word of the name or email, case-insensitively', async () => {
      expect(emailsOf(await list({ search: 'quinn' }))).toEqual(['quinn.dir@example.com']);
      expect(emailsOf(await list({ search: 'QUINN D' }))).toEqual(['quinn.dir@example.com']);
      expect(emailsOf(await list({ search: 'Yan.dir@' }))).toEqual(['yan.dir@example.net']);
      // The start of a word (here a piece of the address's local part), not any substring.
      expect(emailsOf(await list({ search: 'dir' }))).toHaveLength(6);
      expect(emailsOf(await list({ search: 'ir' }))).toEqual([]);
      expect(emailsOf(await list({ search: 'uinn' }))).toEqual([]);
      // LIKE wildcards in the search are literal characters.
      expect((await list({ search: '%' })).totalCount).toBe(0);
      expect((await list({ search: 'q_inn' })).totalCount).toBe(0);
      expect((await list({ search: '5_%' })).totalCount).toBe(0);
      expect(emailsOf(await list({ search: '50%' }))).toEqual(['percent@example.com']);
      expect(emailsOf(await list({ search: 'wow!b' }))).toEqual(['bang@example.com']);
      expect(emailsOf(await list({ search: 'wow!!' }))).toEqual([]);
    });

    it('filters by team, permission group, status and admin flag', async () => {
      expect(emailsOf(await list({ teamId: supportTeam }))).toEqual(['quinn.dir@example.com', 'yan.dir@example.net']);
      expect(emailsOf(await list({ search: 'dir', teamId: supportTeam }))).toEqual(['quinn.dir@example.com', 'yan.dir@example.net']);
      expect(emailsOf(await list({ search: 'xia', teamId: supportTeam }))).toEqual([]);
      expect(emailsOf(await list({ search: 'same', permissionGroupId: '2' }))).toEqual(['yan.dir@example.net']);
      expect(emailsOf(await list({ search: 'b', permissionGroupId: '2' }))).toEqual(['boss.dir@example.com']);
      expect(emailsOf(await list({ status: 'DISABLED' }))).toEqual(['off.dir@example.com']);
      expect((await list({ status: 'ACTIVE' })).totalCount).toBe((await agentRows()) - 1);
      expect(emailsOf(await list({ isAdmin: true }))).toEqual([ADMIN_EMAIL, 'boss.dir@example.com'].sort());
      expect((await list({ isAdmin: false })).totalCount).toBe((await agentRows()) - 2);
      expect(emailsOf(await list({ isAdmin: true, permissionGroupId: '1' }))).toEqual([ADMIN_EMAIL]);
      expect((await list({ teamId: '987654' })).totalCount).toBe(0);
      expect(codeOf(await tryAdmin(LIST, { f: { teamId: 'abc' } }))).toBe('BAD_USER_INPUT');
    });

    it('answers null for an unknown agent id and a field error for a malformed one', async () => {
      expect((await asAdmin(GET, { id: '987654' })).agent).toBeNull();
      expect(fields(await tryAdmin(GET, { id: 'abc' }))).toEqual({ id: 'is not a valid id' });
      expect((await asAdmin(GET, { id: ids['quinn.dir@example.com'] })).agent!.name).toBe('Quinn Dir');
    });
  });
});
