import { mapCsvHeaders, parseYesNo, splitList } from '@roster/shared';
import { EXPORT_PAGE_SIZE, formulaSafe } from '../src/modules/agent/agent.export';
import { agentHelpers, insertAgents } from './helpers/agent-fixtures';
import { csvRows } from './helpers/import-helpers';
import { startTestApp, TestApp } from './helpers/test-app';

const HEADER = 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature,Type,Business Unit';
const TOKEN = 'mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }';
const GROUP = 'mutation($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }';

/** Rows of an export as objects keyed by the import's column keys, read the way the import reads them. */
async function parseExport(text: string) {
  const rows = await csvRows(text);
  const keys = mapCsvHeaders(rows[0]);
  expect(keys).not.toContain(null);
  return rows.slice(1).map((r) => Object.fromEntries(keys.map((k, i) => [k!, r[i]])));
}

describe('GET /exports/agents.csv', () => {
  let t: TestApp;
  let exportUrl: string;
  const { asAdmin, create, team } = agentHelpers(() => t);
  const download = (headers: Record<string, string> = {}) => fetch(exportUrl, { headers });
  const asBearer = (token: string) => download({ authorization: `Bearer ${token}` });
  // Buffer keeps the BOM that Response.text() would strip.
  const body = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString('utf8');

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '3000' });
    exportUrl = t.url.replace('/graphql', '/exports/agents.csv');
  });
  afterAll(() => t.close());

  it('streams every agent in the import format, groups and teams by name, Yes/No, and parses with the import spec', async () => {
    const [sales, split] = [await team('Sales'), await team('North; South')];
    const tier = (await asAdmin(GROUP, { i: { name: 'Tier 2', permissions: ['tickets.reply'] } })).createPermissionGroup.id;
    await create({
      email: 'zoe@example.com',
      name: 'Zoë Ærø, "the boss"',
      isReportsAdmin: true,
      teamIds: [sales, split],
      permissionGroupIds: ['2', tier],
      signature: '<p>Zoë<br>Line 2</p>',
    });
    const quiet = await create({ email: 'quiet@example.com', name: 'Quiet One', permissionGroupIds: [] });
    // Every switch off exports as "Notifications: No" (what No means on import).
    const catalog: { key: string; category: string }[] = (await asAdmin('{ notificationCatalog { key category } }')).notificationCatalog;
    const off = (category: string) =>
      catalog.filter((n) => n.category === category).map((n) => ({ event: n.key, email: false, browser: false }));
    await asAdmin('mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }', {
      id: quiet.id,
      i: { ticketNotifications: off('TICKET'), otherNotifications: off('OTHER') },
    });
    const res = await asBearer(t.adminToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="agents.csv"');
    const text = await body(res);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const rows = await parseExport(text);
    expect(rows.map((r) => r.email)).toEqual(['admin@example.com', 'zoe@example.com', 'quiet@example.com']);
    const zoe = rows[1];
    expect(zoe.name).toBe('Zoë Ærø, "the boss"');
    expect(splitList(zoe.permissionGroups)).toEqual(['All Non-Destructive Permissions', 'Tier 2']);
    // "North; South" cannot survive the import's list split: it goes out as its id.
    expect(splitList(zoe.teams)).toEqual([split, 'Sales']);
    expect([zoe.admin, zoe.reports, zoe.notifications].map((v) => parseYesNo(v, false))).toEqual([false, true, true]);
    expect(zoe.signature).toBe('<p>Zoë<br />Line 2</p>');
    expect(rows[0]).toMatchObject({ permissionGroups: 'All Permissions', admin: 'Yes', type: 'Full' });
    expect(rows[2]).toMatchObject({ permissionGroups: '', teams: '', notifications: 'No', signature: '' });
  });

  it('prefixes cells that a spreadsheet would run as a formula', async () => {
    const names = ['=HYPERLINK("http://evil.example","x")', '+1 Plus', '-1 Minus', '@SUM(A1)', 'Safe = name'];
    for (const [i, name] of names.entries()) await create({ email: `formula${i}@example.com`, name });
    const rows = await parseExport(await body(await asBearer(t.adminToken)));
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    expect(names.map((_, i) => byEmail.get(`formula${i}@example.com`)!.name)).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1 Plus",
      "'-1 Minus",
      "'@SUM(A1)",
      'Safe = name',
    ]);
    // Names refuse control characters; other cells get the same treatment.
    expect(['\t=1', '\r=1', 'a\t'].map(formulaSafe)).toEqual(["'\t=1", "'\r=1", 'a\t']);
  });

  it('answers only administrators: session cookie or Bearer, tokens with agents:read', async () => {
    expect((await download()).status).toBe(401);
    expect((await asBearer('not-a-token')).status).toBe(401);
    const agent = await t.createAgent({ email: 'export.agent@example.com', name: 'Export Agent' });
    const refused = await asBearer(agent.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ errors: [{ message: 'Administrator access is required', extensions: { code: 'FORBIDDEN' } }] });
    const users = (await asAdmin(TOKEN, { n: 'users only', s: ['users:read'] })).createApiToken.token;
    expect((await asBearer(users)).status).toBe(403);
    const reader = (await asAdmin(TOKEN, { n: 'agents reader', s: ['agents:read'] })).createApiToken.token;
    expect((await asBearer(reader)).status).toBe(200);
    const cookie = await download({ cookie: `roster_session=${t.adminToken}` });
    expect(cookie.status).toBe(200);
    expect((await body(cookie)).split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
  });

  it('exports only the agents that the list filters match (search, teamId, permissionGroupId, status, isAdmin)', async () => {
    const [red, blue] = [await team('Filter Red'), await team('Filter Blue')];
    const ann = await create({ email: 'flt.ann@example.com', name: 'Filtra Ann', teamIds: [red] });
    await create({ email: 'flt.bob@example.com', name: 'Filtra Bob', teamIds: [red], permissionGroupIds: ['2'] });
    await create({ email: 'flt.cy@example.com', name: 'Filtra Cy', teamIds: [blue], isAdmin: true });
    await asAdmin('mutation($id: ID!) { updateAgent(id: $id, input: { status: DISABLED }) { id } }', { id: ann.id });
    const emails = async (query: Record<string, string>) => {
      const res = await fetch(`${exportUrl}?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${t.adminToken}` } });
      expect(res.status).toBe(200);
      return (await parseExport(await body(res))).map((r) => r.email);
    };
    expect(await emails({ search: 'filtra' })).toEqual(['flt.ann@example.com', 'flt.bob@example.com', 'flt.cy@example.com']);
    expect(await emails({ search: 'filtra', teamId: red })).toEqual(['flt.ann@example.com', 'flt.bob@example.com']);
    expect(await emails({ teamId: red, status: 'ACTIVE' })).toEqual(['flt.bob@example.com']);
    expect(await emails({ search: 'filtra', permissionGroupId: '2' })).toEqual(['flt.bob@example.com']);
    expect(await emails({ search: 'filtra', isAdmin: 'true' })).toEqual(['flt.cy@example.com']);
    expect(await emails({ search: 'filtra', isAdmin: 'false', status: 'DISABLED' })).toEqual(['flt.ann@example.com']);
    // Empty parameters are no filter (a form's empty select).
    expect(await emails({ search: 'filtra', teamId: '', status: '' })).toHaveLength(3);

    // Bad filters are field errors, all at once, before anything is sent.
    const bad = await fetch(`${exportUrl}?teamId=abc&status=GONE&isAdmin=maybe&search=${'x'.repeat(201)}`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        'filter.search': 'must be at most 200 characters',
        'filter.teamId': 'is not a valid id',
        'filter.status': 'must be ACTIVE or DISABLED',
        'filter.isAdmin': 'must be true or false',
      },
    });
    // Filters change nothing about who may export.
    expect((await fetch(`${exportUrl}?search=filtra`)).status).toBe(401);
    const agent = await t.createAgent({ email: 'filter.agent@example.com', name: 'Filter Agent' });
    expect((await fetch(`${exportUrl}?search=filtra`, { headers: { authorization: `Bearer ${agent.token}` } })).status).toBe(403);
  });

  it('streams a big list in keyset pages (3 statements per page, never one query for all)', async () => {
    await insertAgents(t, 'bulkexport', 2100);
    const total = (await asAdmin('{ agents(first: 1) { totalCount } }')).agents.totalCount;
    const before = t.sql.count;
    const text = await body(await asBearer(t.adminToken));
    const statements = t.sql.count - before;
    const lines = text.split('\r\n').filter((l) => l.length);
    expect(lines).toHaveLength(total + 1);
    const pages = Math.ceil(total / EXPORT_PAGE_SIZE);
    console.log(`agents.csv: ${total} agents, ${pages} pages of ${EXPORT_PAGE_SIZE}, ${statements} SQL statements`);
    // Session lookup and names (a few), then per page: agents, team links, group links; one empty page ends it.
    expect(statements).toBeGreaterThanOrEqual(3 * pages + 1);
    expect(statements).toBeLessThanOrEqual(3 * pages + 8);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(total);
  }, 60_000);
});
