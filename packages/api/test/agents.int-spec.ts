import { OTHER_NOTIFICATION_EVENTS, PERMISSION_CATALOG, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { ChangeLogEntry } from '../src/modules/change-log/change-log.entity';
import { Agent } from '../src/modules/agent/agent.entity';
import { ADMIN_EMAIL, codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';

// Agents through the real HTTP API and a real database (SQLite, or MariaDB with TEST_DATABASE_URL).

const AGENT = `id email name alias phone landlinePhone mobilePhone timezone language businessUnit
  isAdmin isReportsAdmin status mustChangePassword signature permissions effectivePermissions canEditOwnTicketNotifications
  permissionGroups { id name builtIn } teams { id name } departments { department { id name } access }
  ticketNotifications { event email browser } otherNotifications { event email browser }`;

const CREATE = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { temporaryPassword agent { ${AGENT} } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ${AGENT} } }`;
const GET = `query($id: ID!) { agent(id: $id) { ${AGENT} } }`;
const LIST = `query($f: AgentFilter, $first: Int, $after: String) {
  agents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email } } }
}`;
const LOG = `query($id: ID!, $first: Int) { changeLog(entityType: AGENT, entityId: $id, first: $first) {
  totalCount edges { node { id field oldValue newValue actorName createdAt } } } }`;
const LICENSE = '{ license { seats used available } }';

const ALL_KEYS = PERMISSION_CATALOG.map((p) => p.key);
const NON_DESTRUCTIVE_KEYS = PERMISSION_CATALOG.filter((p) => !p.destructive).map((p) => p.key);

type Entry = { id: string; field: string; oldValue: string | null; newValue: string | null; actorName: string };

describe('agents', () => {
  let t: TestApp;
  let adminId: string;
  let adminName: string;
  let isMysql: boolean;

  beforeAll(async () => {
    t = await startTestApp();
    isMysql = t.roster.ds.options.type === 'mysql';
    const v = await t.ok('{ viewer { id name } }', {}, { token: t.adminToken });
    adminId = v.viewer.id;
    adminName = v.viewer.name;
  });
  afterAll(() => t.close());

  const asAdmin = <T = any>(q: string, vars: Record<string, unknown> = {}) => t.ok<T>(q, vars, { token: t.adminToken });
  const tryAdmin = (q: string, vars: Record<string, unknown> = {}) => t.gql(q, vars, { token: t.adminToken });
  /** Creates an agent as admin without a welcome email or forced password change; returns the full agent. */
  async function create(input: Record<string, unknown>) {
    const d = await asAdmin(CREATE, { i: { sendWelcomeEmail: false, forcePasswordChange: false, password: 'agent-password-1', ...input } });
    return d.createAgent.agent;
  }
  const tryCreate = (input: Record<string, unknown>) =>
    tryAdmin(CREATE, { i: { sendWelcomeEmail: false, forcePasswordChange: false, password: 'agent-password-1', ...input } });
  const get = async (id: string) => (await asAdmin(GET, { id })).agent;
  const update = async (id: string, i: Record<string, unknown>) => (await asAdmin(UPDATE, { id, i })).updateAgent;
  const log = async (id: string): Promise<Entry[]> => (await asAdmin(LOG, { id, first: 100 })).changeLog.edges.map((e: any) => e.node);
  const team = async (name: string): Promise<string> => (await asAdmin('mutation($n: String!) { createTeam(name: $n) { id } }', { n: name })).createTeam.id;
  const department = async (name: string): Promise<string> =>
    (await asAdmin('mutation($n: String!) { createDepartment(name: $n) { id } }', { n: name })).createDepartment.id;
  const changeLogRows = () => t.roster.ds.getRepository(ChangeLogEntry).count();
  const agentRows = () => t.roster.ds.getRepository(Agent).count();
  const activeAdmins = async (): Promise<string[]> =>
    (await asAdmin(LIST, { f: { isAdmin: true, status: 'ACTIVE' }, first: 100 })).agents.edges.map((e: any) => e.node.id).sort((a: string, b: string) => Number(a) - Number(b));
  const fields = (r: GqlResult) => r.errors?.[0]?.extensions?.fields ?? {};

  describe('createAgent', () => {
    it('stores and returns every field of the full form', async () => {
      const [sales, vip] = [await team('Sales'), await team('Vip')];
      const a = await create({
        email: '  Full.Form@Example.com ', name: ' Fiona Form ', alias: 'Fi', phone: '+44 20 7946 0000', landlinePhone: '020 7946 0001',
        mobilePhone: '07700 900000', timezone: 'Europe/London', language: 'pt-BR', businessUnit: 'EMEA', teamIds: [sales, vip],
        signature: '<p>Regards, <b>Fi</b></p>',
      });
      const expected = {
        email: 'full.form@example.com', name: 'Fiona Form', alias: 'Fi', phone: '+44 20 7946 0000', landlinePhone: '020 7946 0001',
        mobilePhone: '07700 900000', timezone: 'Europe/London', language: 'pt-BR', businessUnit: 'EMEA', isAdmin: false,
        isReportsAdmin: false, status: 'ACTIVE', signature: '<p>Regards, <b>Fi</b></p>',
        teams: [{ id: sales, name: 'Sales' }, { id: vip, name: 'Vip' }],
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
      expect(chosen.permissionGroups.map((g: any) => g.id)).toEqual(['2']);
      expect(chosen.effectivePermissions).toEqual(NON_DESTRUCTIVE_KEYS);

      const none = await create({ email: 'no.group@example.com', name: 'No Group', permissionGroupIds: [] });
      expect(none.permissionGroups).toEqual([]);
      expect(none.effectivePermissions).toEqual([]);
    });

    it('computes effectivePermissions as the union of groups and direct permissions', async () => {
      const g = await asAdmin('mutation { createPermissionGroup(input: { name: "Chat only", permissions: ["chat.use", "chat.transfer"] }) { id } }');
      const a = await create({
        email: 'union@example.com', name: 'Union Agent', permissionGroupIds: [g.createPermissionGroup.id],
        permissions: ['tickets.reply', 'chat.use', 'kb.delete'],
      });
      expect(a.permissions.sort()).toEqual(['chat.use', 'kb.delete', 'tickets.reply']);
      // Catalogue order, no duplicates.
      expect(a.effectivePermissions).toEqual(ALL_KEYS.filter((k) => ['chat.use', 'chat.transfer', 'tickets.reply', 'kb.delete'].includes(k)));

      const b = await create({ email: 'union2@example.com', name: 'Union Two', permissionGroupIds: ['2'], permissions: ['tickets.delete_own'] });
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
        expect(fields(r).email).toBeTruthy();
        expect(await agentRows()).toBe(before);
      }
      // Same rule when an update tries to take the address.
      const other = await create({ email: 'other.taken@example.com', name: 'Other Taken' });
      const r = await tryAdmin(UPDATE, { id: other.id, i: { email: 'Taken@example.com' } });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fields(r).email).toBeTruthy();
    });

    it('lets exactly one of several simultaneous creates with the same email win', async () => {
      const before = await agentRows();
      const results = await Promise.all([1, 2, 3, 4].map((i) =>
        tryCreate({ email: i % 2 ? 'race@example.com' : 'RACE@example.com', name: `Racer ${i}` })));
      const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      for (const r of results.filter((x) => x.errors)) expect(fields(r).email).toBeTruthy();
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
        expect({ input, fields: Object.keys(fields(r)) }).toEqual({ input, fields: [field] });
        expect(await agentRows()).toBe(before);
      }
      expect(fields(await tryCreate({ email: 'x@example.com', name: 'X', permissions: ['tickets.fly'] })).permissions).toMatch(/tickets\.fly/);
      // Today's IANA names are accepted, also where Node's ICU lists an older spelling (Asia/Calcutta).
      expect((await create({ email: 'kolkata@example.com', name: 'Kolkata Agent', timezone: 'Asia/Kolkata' })).timezone).toBe('Asia/Kolkata');
      // Several bad fields are reported together.
      const r = await tryCreate({ email: 'nope', name: 'Both Bad', timezone: 'Nowhere/Land' });
      expect(Object.keys(fields(r)).sort()).toEqual(['email', 'timezone']);
    });

    it('sanitises the signature HTML', async () => {
      const a = await create({
        email: 'signature@example.com', name: 'Sig Nature',
        signature: '<p onclick="steal()">Hi <b>bold</b> <script>alert(1)</script><a href="javascript:alert(2)">bad</a> '
          + '<a href="https://example.com/x">good</a><img src="javascript:alert(3)"><style>p{}</style><iframe src="https://evil"></iframe></p>',
      });
      const sig: string = a.signature;
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
      expect(fields(r).copySettingsFrom).toBeTruthy();
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
        email: 'copy.src@example.com', name: 'Copy Src', permissionGroupIds: ['2'], teamIds: [tm], timezone: 'Asia/Tokyo',
        language: 'ja', signature: '<b>src</b>', isReportsAdmin: true,
      });
      const a = await create({
        email: 'copy.new@example.com', name: 'Copy New', language: 'de', copySettingsFrom: src.id,
        copySections: ['TEAMS', 'TIMEZONE', 'LANGUAGE', 'SIGNATURE'],
      });
      expect(a.teams.map((x: any) => x.id)).toEqual([tm]);
      expect(a.timezone).toBe('Asia/Tokyo');
      expect(a.language).toBe('de');
      expect(a.signature).toBe('<b>src</b>');
      expect(a.permissionGroups.map((g: any) => g.id)).toEqual(['1']);
      expect(a.isReportsAdmin).toBe(false);

      // Groups the admin chose explicitly win over the copied ones.
      const b = await create({
        email: 'copy.explicit@example.com', name: 'Copy Explicit', permissionGroupIds: ['1'], copySettingsFrom: src.id,
        copySections: ['PERMISSION_GROUPS'],
      });
      expect(b.permissionGroups.map((g: any) => g.id)).toEqual(['1']);
      const c = await create({ email: 'copy.groups@example.com', name: 'Copy Groups', copySettingsFrom: src.id, copySections: ['PERMISSION_GROUPS'] });
      expect(c.permissionGroups.map((g: any) => g.id)).toEqual(['2']);
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

    const list = async (f: Record<string, unknown>, first = 100) => (await asAdmin(LIST, { f, first })).agents;
    const emailsOf = (conn: any) => conn.edges.map((e: any) => e.node.email).sort();

    it('pages through every agent exactly once in name order', async () => {
      const total = await agentRows();
      const seen: { id: string; name: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const conn: any = (await asAdmin(LIST, { first: 2, after })).agents;
        pages++;
        expect(conn.totalCount).toBe(total);
        expect(conn.edges.length).toBeLessThanOrEqual(2);
        seen.push(...conn.edges.map((e: any) => e.node));
        expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1]?.cursor ?? null);
        expect(conn.pageInfo.hasNextPage).toBe(seen.length < total);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
        expect(pages).toBeLessThan(100);
      }
      expect(pages).toBe(Math.ceil(total / 2));
      expect(new Set(seen.map((a) => a.id)).size).toBe(total);
      // name, then id; names compare as the database collates them (MariaDB is case-insensitive here).
      const key = (s: string) => (isMysql ? s.toLowerCase() : s);
      const sorted = [...seen].sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : Number(a.id) - Number(b.id)));
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
      expect([...first.edges, ...second.edges].map((e: any) => e.node.email).sort()).toEqual(
        ['xia.dir@example.net', 'yan.dir@example.net', 'zed.dir@example.net']);
      const bad = await tryAdmin(LIST, { first: 2, after: 'not-a-cursor' });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).after).toBeTruthy();
      const zero = (await asAdmin(LIST, { f: { search: 'same' }, first: 0 })).agents;
      expect(zero).toMatchObject({ totalCount: 3, edges: [], pageInfo: { endCursor: null } });
    });

    it('searches by name prefix and email prefix, case-insensitively', async () => {
      expect(emailsOf(await list({ search: 'quinn' }))).toEqual(['quinn.dir@example.com']);
      expect(emailsOf(await list({ search: 'QUINN D' }))).toEqual(['quinn.dir@example.com']);
      expect(emailsOf(await list({ search: 'Yan.dir@' }))).toEqual(['yan.dir@example.net']);
      // Prefix, not substring.
      expect(emailsOf(await list({ search: 'dir' }))).toEqual([]);
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
      expect(emailsOf(await list({ search: 'dir', teamId: supportTeam }))).toEqual([]);
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

    it('answers null for an unknown agent id', async () => {
      expect((await asAdmin(GET, { id: '987654' })).agent).toBeNull();
      expect((await asAdmin(GET, { id: 'abc' })).agent).toBeNull();
      expect((await asAdmin(GET, { id: ids['quinn.dir@example.com'] })).agent.name).toBe('Quinn Dir');
    });
  });

  describe('updateAgent and the change log', () => {
    it('changes fields and logs one entry per changed field with old and new values and the actor', async () => {
      const a = await create({ email: 'logme@example.com', name: 'Log Me', timezone: 'UTC', alias: 'Lo' });
      const created = await log(a.id);
      expect(created.map((e) => e.field)).toContain('created');
      expect(created.every((e) => e.actorName === adminName)).toBe(true);

      const before = (await log(a.id)).length;
      const u = await update(a.id, { name: 'Logged Me', timezone: 'Europe/Paris', alias: 'Lo', businessUnit: 'Ops' });
      expect(u).toMatchObject({ name: 'Logged Me', timezone: 'Europe/Paris', alias: 'Lo', businessUnit: 'Ops' });
      expect(await get(a.id)).toMatchObject({ name: 'Logged Me', timezone: 'Europe/Paris', businessUnit: 'Ops' });
      const entries = await log(a.id);
      const added = entries.slice(0, entries.length - before); // newest first
      expect(added.map((e) => ({ field: e.field, oldValue: e.oldValue, newValue: e.newValue, actorName: e.actorName })).sort((x, y) => x.field.localeCompare(y.field)))
        .toEqual([
          { field: 'businessUnit', oldValue: null, newValue: 'Ops', actorName: adminName },
          { field: 'name', oldValue: 'Log Me', newValue: 'Logged Me', actorName: adminName },
          { field: 'timezone', oldValue: 'UTC', newValue: 'Europe/Paris', actorName: adminName },
        ]);

      // An update that changes nothing writes nothing.
      const rows = await changeLogRows();
      await update(a.id, { name: 'Logged Me', timezone: 'Europe/Paris' });
      expect(await changeLogRows()).toBe(rows);

      // Links are logged too.
      const tm = await team('Logged Team');
      await update(a.id, { teamIds: [tm], permissionGroupIds: ['2'] });
      const latest = (await log(a.id)).slice(0, 2);
      expect(latest.map((e) => e.field).sort()).toEqual(['permissionGroups', 'teams']);
      expect(latest.find((e) => e.field === 'teams')).toMatchObject({ oldValue: '', newValue: tm });
      expect(latest.find((e) => e.field === 'permissionGroups')).toMatchObject({ oldValue: '1', newValue: '2' });
    });

    it('logs changes made by an agent to their own preferences under their name', async () => {
      const { id, token } = await t.createAgent({ email: 'self.editor@example.com', name: 'Self Editor' });
      const r = await t.ok(UPDATE, { id, i: { alias: 'Selfie', phone: '+1 555 0100' } }, { token });
      expect(r.updateAgent).toMatchObject({ alias: 'Selfie', phone: '+1 555 0100' });
      const mine = await t.ok(LOG, { id, first: 2 }, { token });
      expect(mine.changeLog.edges.map((e: any) => e.node.actorName)).toEqual(['Self Editor', 'Self Editor']);
      // An agent cannot give themselves admin access, or edit someone else, or read someone else's history.
      expect(codeOf(await t.gql(UPDATE, { id, i: { isAdmin: true } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id, i: { permissionGroupIds: ['1'] } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: adminId, i: { alias: 'x' } }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, { id: adminId }, { token }))).toBe('FORBIDDEN');
      expect((await get(id)).isAdmin).toBe(false);
    });

    it('refuses an unknown agent with NOT_FOUND', async () => {
      expect(codeOf(await tryAdmin(UPDATE, { id: '987654', i: { name: 'Ghost' } }))).toBe('NOT_FOUND');
      expect(codeOf(await tryAdmin('mutation { deleteAgent(id: "987654") }'))).toBe('NOT_FOUND');
    });
  });

  describe('status, admin access and deletion', () => {
    it('disables an agent: no sign-in, sessions end, history and directory entry stay', async () => {
      const { id, token } = await t.createAgent({ email: 'disable.me@example.com', name: 'Disable Me' });
      expect((await update(id, { status: 'DISABLED' })).status).toBe('DISABLED');
      expect(codeOf(await t.gql('{ viewer { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql('mutation { login(email: "disable.me@example.com", password: "agent-password-1") { token } }'))).toBe('UNAUTHENTICATED');
      expect((await get(id)).status).toBe('DISABLED');
      expect((await log(id)).find((e) => e.field === 'status')).toMatchObject({ oldValue: 'ACTIVE', newValue: 'DISABLED' });
      expect((await update(id, { status: 'ACTIVE' })).status).toBe('ACTIVE');
      expect(await t.login('disable.me@example.com', 'agent-password-1')).toBeTruthy();
    });

    it('deletes an agent: gone from the directory, seat freed, history kept', async () => {
      const a = await create({ email: 'delete.me@example.com', name: 'Delete Me' });
      await update(a.id, { alias: 'Deletable' });
      const used = (await asAdmin(LICENSE)).license;
      expect(used.used).toBe(await agentRows());
      expect((await asAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: a.id })).deleteAgent).toBe(true);

      expect(await get(a.id)).toBeNull();
      expect((await asAdmin(LIST, { f: { search: 'delete.me' } })).agents.totalCount).toBe(0);
      const after = (await asAdmin(LICENSE)).license;
      expect(after.used).toBe(used.used - 1);
      expect(after.available).toBe(used.available + 1);

      const history = await log(a.id);
      expect(history[0]).toMatchObject({ field: 'deleted', oldValue: 'Delete Me <delete.me@example.com>', newValue: null, actorName: adminName });
      expect(history.map((e) => e.field)).toEqual(expect.arrayContaining(['created', 'alias', 'deleted']));
      // The address can be used again.
      expect((await create({ email: 'delete.me@example.com', name: 'Delete Me Again' })).id).not.toBe(a.id);
    });

    it('does not let an admin delete themselves', async () => {
      const r = await tryAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: adminId });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect((await get(adminId)).email).toBe(ADMIN_EMAIL);
    });

    it('keeps at least one active administrator', async () => {
      const admin2 = await create({ email: 'admin.two@example.com', name: 'Admin Two', isAdmin: true });
      // Disable every other active admin, so that the start-up admin is the only active one.
      const others = (await activeAdmins()).filter((id) => id !== adminId);
      expect(others).toContain(admin2.id);
      for (const id of others) await update(id, { status: 'DISABLED' });
      expect(await activeAdmins()).toEqual([adminId]);
      for (const i of [{ isAdmin: false }, { status: 'DISABLED' }]) {
        const r = await tryAdmin(UPDATE, { id: adminId, i });
        expect(codeOf(r)).toBe('CONFLICT');
        expect(fields(r).isAdmin).toBeTruthy();
      }
      expect(await get(adminId)).toMatchObject({ isAdmin: true, status: 'ACTIVE' });
      // A second active admin makes the change possible; it is then admin two who cannot step down.
      await update(admin2.id, { status: 'ACTIVE' });
      const token2 = await t.login('admin.two@example.com', 'agent-password-1');
      expect((await update(adminId, { isAdmin: false })).isAdmin).toBe(false);
      const r = await t.gql(UPDATE, { id: admin2.id, i: { isAdmin: false } }, { token: token2 });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(codeOf(await t.gql('mutation($id: ID!) { deleteAgent(id: $id) }', { id: admin2.id }, { token: token2 }))).toBe('FORBIDDEN');
      // Restore: the start-up admin gets admin access back, the others are active again, admin two goes.
      expect((await t.ok(UPDATE, { id: adminId, i: { isAdmin: true } }, { token: token2 })).updateAgent.isAdmin).toBe(true);
      for (const id of others) if (id !== admin2.id) await update(id, { status: 'ACTIVE' });
      await asAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: admin2.id });
    });

    it('lets only administrators create or delete agents', async () => {
      const { token } = await t.createAgent({ email: 'plain.agent@example.com', name: 'Plain Agent' });
      const r = await t.gql(CREATE, { i: { email: 'sneaky@example.com', name: 'Sneaky', sendWelcomeEmail: false } }, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(codeOf(await t.gql('mutation($id: ID!) { deleteAgent(id: $id) }', { id: adminId }, { token }))).toBe('FORBIDDEN');
      expect(await t.roster.ds.getRepository(Agent).findOneBy({ email: 'sneaky@example.com' })).toBeNull();
    });
  });

  describe('copyAgentSettings', () => {
    const COPY = `mutation($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {
      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) { ${AGENT} } }`;

    it('copies only the chosen sections to several agents', async () => {
      const [t1, t2] = [await team('Copy Alpha'), await team('Copy Beta')];
      const src = await create({
        email: 'settings.src@example.com', name: 'Settings Src', teamIds: [t1, t2], signature: '<b>Team sig</b>',
        permissionGroupIds: ['2'], timezone: 'America/New_York',
      });
      const a = await create({ email: 'settings.a@example.com', name: 'Settings A', signature: '<i>old a</i>' });
      const b = await create({ email: 'settings.b@example.com', name: 'Settings B', permissionGroupIds: [] });
      const logs = await changeLogRows();
      const r = (await asAdmin(COPY, { s: src.id, t: [a.id, b.id], sec: ['TEAMS', 'SIGNATURE'] })).copyAgentSettings;
      expect(r.map((x: any) => x.id).sort()).toEqual([a.id, b.id].sort());
      for (const id of [a.id, b.id]) {
        const x = await get(id);
        expect(x.teams.map((tm: any) => tm.id).sort()).toEqual([t1, t2].sort());
        expect(x.signature).toBe('<b>Team sig</b>');
        expect(x.timezone).toBe('UTC');
      }
      expect((await get(a.id)).permissionGroups.map((g: any) => g.id)).toEqual(['1']);
      expect((await get(b.id)).permissionGroups).toEqual([]);
      // teams + signature for each target.
      expect(await changeLogRows()).toBe(logs + 4);
      expect((await log(a.id)).slice(0, 2).map((e) => e.field).sort()).toEqual(['signature', 'teams']);
    });

    it('is all or nothing across the targets', async () => {
      const src = await create({ email: 'allornothing.src@example.com', name: 'Aon Src', signature: '<b>src</b>' });
      const admin3 = await create({ email: 'aon.admin3@example.com', name: 'Aon Admin Three', isAdmin: true, signature: '<b>three</b>' });
      const admin4 = await create({ email: 'aon.admin4@example.com', name: 'Aon Admin Four', isAdmin: true, signature: '<b>four</b>' });
      const admins = await activeAdmins();
      expect(admins.length).toBeGreaterThanOrEqual(3);
      const logs = await changeLogRows();
      // Copying "not an admin" onto every active admin: all but the last target pass the check and are written
      // (and logged) before the last one fails, so the whole copy must roll back.
      const r = await tryAdmin(COPY, { s: src.id, t: admins, sec: ['SIGNATURE', 'ADMIN_ACCESS'] });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await changeLogRows()).toBe(logs);
      expect(await activeAdmins()).toEqual(admins);
      expect(await get(admin3.id)).toMatchObject({ isAdmin: true, signature: '<b>three</b>' });
      expect(await get(admin4.id)).toMatchObject({ isAdmin: true, signature: '<b>four</b>' });
      expect(await get(adminId)).toMatchObject({ isAdmin: true, signature: null });

      const bad = await tryAdmin(COPY, { s: src.id, t: [admin3.id, '987654'], sec: ['SIGNATURE'] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).targetAgentIds).toMatch(/987654/);
      expect((await get(admin3.id)).signature).toBe('<b>three</b>');
      expect(codeOf(await tryAdmin(COPY, { s: src.id, t: [admin3.id], sec: [] }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await tryAdmin(COPY, { s: '987654', t: [admin3.id], sec: ['SIGNATURE'] }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await tryAdmin(COPY, { s: src.id, t: [src.id], sec: ['SIGNATURE'] }))).toBe('BAD_USER_INPUT');
      await asAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: admin3.id });
      await asAdmin('mutation($id: ID!) { deleteAgent(id: $id) }', { id: admin4.id });
    });
  });

  describe('departments and notifications', () => {
    it('grants departments at FULL or ASSIGN level', async () => {
      const [sales, billing, legal] = [await department('Dept Sales'), await department('Dept Billing'), await department('Dept Legal')];
      const a = await create({ email: 'dept.agent@example.com', name: 'Dept Agent' });
      expect(a.departments).toEqual([]);
      const u = await update(a.id, {
        departments: [
          { departmentId: sales, access: 'FULL' },
          { departmentId: billing, access: 'ASSIGN' },
          { departmentId: legal, access: 'ASSIGN' },
          { departmentId: legal, access: 'FULL' },
        ],
      });
      const expected = [
        { department: { id: billing, name: 'Dept Billing' }, access: 'ASSIGN' },
        { department: { id: legal, name: 'Dept Legal' }, access: 'FULL' },
        { department: { id: sales, name: 'Dept Sales' }, access: 'FULL' },
      ];
      expect(u.departments).toEqual(expected);
      expect((await get(a.id)).departments).toEqual(expected);
      const r = await tryAdmin(UPDATE, { id: a.id, i: { departments: [{ departmentId: '987654', access: 'FULL' }] } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fields(r))[0]).toMatch(/^departments/);
      expect((await get(a.id)).departments).toEqual(expected);
      expect((await update(a.id, { departments: [] })).departments).toEqual([]);
    });

    it('has default notifications and saves a changed event', async () => {
      const { id, token } = await t.createAgent({ email: 'notify@example.com', name: 'Notify Me' });
      const a = await get(id);
      const defaults = (list: readonly { event: string; email: boolean; browser: boolean }[]) =>
        list.map(({ event, email, browser }) => ({ event, email, browser }));
      expect(a.ticketNotifications).toEqual(defaults(TICKET_NOTIFICATION_EVENTS));
      expect(a.otherNotifications).toEqual(defaults(OTHER_NOTIFICATION_EVENTS));
      expect(a.ticketNotifications.find((n: any) => n.event === 'ticket.agent_reply')).toEqual({ event: 'ticket.agent_reply', email: false, browser: true });

      // The agent edits their own.
      await t.ok(UPDATE, { id, i: { ticketNotifications: [{ event: 'ticket.new', email: false, browser: false }] } }, { token });
      const after = await get(id);
      expect(after.ticketNotifications.find((n: any) => n.event === 'ticket.new')).toEqual({ event: 'ticket.new', email: false, browser: false });
      expect(after.ticketNotifications.filter((n: any) => n.event !== 'ticket.new'))
        .toEqual(defaults(TICKET_NOTIFICATION_EVENTS).filter((n) => n.event !== 'ticket.new'));
      expect(after.otherNotifications).toEqual(defaults(OTHER_NOTIFICATION_EVENTS));

      const bad = await t.gql(UPDATE, { id, i: { otherNotifications: [{ event: 'nope.event', email: true, browser: true }] } }, { token });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad).otherNotifications).toMatch(/nope\.event/);

      // An admin can take away editing own ticket notifications; other notifications stay editable.
      await update(id, { canEditOwnTicketNotifications: false });
      const denied = await t.gql(UPDATE, { id, i: { ticketNotifications: [{ event: 'ticket.new', email: true, browser: true }] } }, { token });
      expect(codeOf(denied)).toBe('FORBIDDEN');
      await t.ok(UPDATE, { id, i: { otherNotifications: [{ event: 'mention', email: false, browser: false }] } }, { token });
      const final = await get(id);
      expect(final.ticketNotifications.find((n: any) => n.event === 'ticket.new')).toEqual({ event: 'ticket.new', email: false, browser: false });
      expect(final.otherNotifications.find((n: any) => n.event === 'mention')).toEqual({ event: 'mention', email: false, browser: false });
      expect(final.canEditOwnTicketNotifications).toBe(false);
    });
  });
});
