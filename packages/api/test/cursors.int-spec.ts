import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADD_NOTE, CREATE_ORG, crmHelpers, UPDATE_USER, uniqueEmail } from './helpers/crm-fixtures';
import { UPDATE_CRM } from './helpers/agent-crm-fixtures';
import { importCsv } from './helpers/import-helpers';
import { importUsers, USER_HEADER } from './helpers/user-import-helpers';
import { GqlResult, startTestApp, TestApp } from './helpers/test-app';

// Every connection's `after` is read by one validating decoder (src/common/pagination.ts): a
// crafted cursor answers BAD_USER_INPUT on `after`, never INTERNAL_SERVER_ERROR, a SQL error or a
// different page; cursors the API issued still page through every list. Runs on SQLite and,
// with TEST_DATABASE_URL, on MariaDB.

interface Page {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Conn {
  name: string;
  /** The cursor kind (connections of one kind accept each other's cursors: the same table and order). */
  kind: string;
  query: string;
  vars: () => Record<string, unknown>;
  page: (data: any) => Page;
}

const EDGES = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
const ROW_EDGES = 'edges { cursor node { id: row } } pageInfo { hasNextPage endCursor }';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const decoded = (cursor: string): unknown[] => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

describe('cursors from clients', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({ IMPORT_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roster-cursors-')), IMPORT_POLL_MS: '0' });
    const { ok, createUser } = crmHelpers(() => t);
    for (const n of ['Cursor Ann', 'Cursor Bea', 'Cursor Cid', 'Cursor Dot']) {
      const a = await t.createAgent({ email: uniqueEmail(n.toLowerCase().replace(' ', '.')), name: n });
      ids.agent ??= a.id;
    }
    for (let i = 0; i < 4; i++) await ok(UPDATE_CRM, { id: ids.agent, i: { summary: `summary ${i}` } });
    for (const n of ['Fuzz Alpha', 'Fuzz Beta', 'Fuzz Gamma']) ids.user ??= (await createUser(n)).id;
    // Matched by an address only: the search's second phase.
    for (const local of ['fuzz.one', 'fuzz.two']) await createUser(`Other ${local}`, { emails: [uniqueEmail(local)] });
    for (let i = 0; i < 3; i++) {
      await ok(UPDATE_USER, { id: ids.user, i: { summary: `summary ${i}` } });
      await ok(ADD_NOTE, { u: ids.user, t: `note ${i}` });
    }
    for (const n of ['Org One', 'Org Two', 'Org Three']) await ok(CREATE_ORG, { n });
    const agentCsv = [
      'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature',
      'i1@example.com,I One,1,,,,,',
      'i2@example.com,I Two,1,,,,,',
      'i3@example.com,I Three,1,,,,,',
    ];
    const agentJob = await importCsv(t, agentCsv.join('\r\n'), { dryRun: true });
    ids.agentImport = agentJob.job!.id;
    const userCsv = [
      USER_HEADER,
      'U One,u1@example.com,,,,,,,,,,,,',
      'U Two,u2@example.com,,,,,,,,,,,,',
      'U Three,u3@example.com,,,,,,,,,,,,',
    ];
    const userJob = await importUsers(t, userCsv.join('\n'), { dryRun: true });
    ids.userImport = userJob.job!.id;
  });
  afterAll(() => t?.close());

  const ARGS = '$first: Int, $after: String';
  const conns: Conn[] = [
    {
      name: 'agents',
      kind: 'agents',
      query: `query(${ARGS}) { agents(first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({}),
      page: (d) => d.agents,
    },
    {
      name: 'agents by email, descending',
      kind: 'agents',
      query: `query(${ARGS}) { agents(first: $first, after: $after, orderBy: { field: EMAIL, direction: DESC }) { ${EDGES} } }`,
      vars: () => ({}),
      page: (d) => d.agents,
    },
    {
      name: 'users',
      kind: 'users',
      query: `query(${ARGS}) { users(first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({}),
      page: (d) => d.users,
    },
    {
      name: 'users search',
      kind: 'usersSearch',
      query: `query(${ARGS}) { users(first: $first, after: $after, filter: { search: "fuzz" }) { ${EDGES} } }`,
      vars: () => ({}),
      page: (d) => d.users,
    },
    {
      name: 'organizations',
      kind: 'organizations',
      query: `query(${ARGS}) { organizations(first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({}),
      page: (d) => d.organizations,
    },
    {
      name: 'changeLog of an agent',
      kind: 'changeLog',
      query: `query(${ARGS}, $id: ID!) { changeLog(entityType: AGENT, entityId: $id, first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({ id: ids.agent }),
      page: (d) => d.changeLog,
    },
    {
      name: 'changeLog of a user',
      kind: 'changeLog',
      query: `query(${ARGS}, $id: ID!) { changeLog(entityType: USER, entityId: $id, first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({ id: ids.user }),
      page: (d) => d.changeLog,
    },
    {
      name: 'agentCrmChangeLog',
      kind: 'changeLog',
      query: `query(${ARGS}, $id: ID!) { agentCrmChangeLog(agentId: $id, first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({ id: ids.agent }),
      page: (d) => d.agentCrmChangeLog,
    },
    {
      name: 'userActivity',
      kind: 'activity',
      query: `query(${ARGS}, $id: ID!) { userActivity(userId: $id, first: $first, after: $after) { ${EDGES} } }`,
      vars: () => ({ id: ids.user }),
      page: (d) => d.userActivity,
    },
    {
      name: 'notes of a user',
      kind: 'children',
      query: `query(${ARGS}, $id: ID!) { user(id: $id) { noteConnection(first: $first, after: $after) { ${EDGES} } } }`,
      vars: () => ({ id: ids.user }),
      page: (d) => d.user.noteConnection,
    },
    {
      name: 'agentImport rows',
      kind: 'importRows',
      query: `query(${ARGS}, $id: ID!) { agentImport(id: $id) { rows(first: $first, after: $after) { ${ROW_EDGES} } } }`,
      vars: () => ({ id: ids.agentImport }),
      page: (d) => d.agentImport.rows,
    },
    {
      name: 'userImport rows',
      kind: 'importRows',
      query: `query(${ARGS}, $id: ID!) { userImport(id: $id) { rows(first: $first, after: $after) { ${ROW_EDGES} } } }`,
      vars: () => ({ id: ids.userImport }),
      page: (d) => d.userImport.rows,
    },
  ];

  const asAdmin = () => ({ token: t.adminToken });
  const okAs = (query: string, vars: Record<string, unknown> = {}) => t.ok(query, vars, asAdmin());
  const run = (c: Conn, vars: Record<string, unknown>) => t.gql(c.query, { ...c.vars(), ...vars }, asAdmin());
  const nodeIds = (p: Page) => p.edges.map((e) => e.node.id);
  const all = async (c: Conn) => nodeIds(c.page(await okAs(c.query, { ...c.vars(), first: 100 })));

  /** A refused cursor: BAD_USER_INPUT naming only `after`, no data for the list. */
  function expectRefused(r: GqlResult, message: RegExp | string, what: string) {
    const e = r.errors?.[0];
    if (e?.extensions?.code !== 'BAD_USER_INPUT')
      throw new Error(`${what}: expected BAD_USER_INPUT, got ${JSON.stringify(r.errors ?? r.data)}`);
    expect(r.errors).toHaveLength(1);
    expect(e.extensions.fields).toEqual({ after: typeof message === 'string' ? message : expect.stringMatching(message) });
  }

  // Cursors that are no connection's: each is refused by every connection as not a cursor.
  const notCursors: [string, string][] = [
    ['[1e309]', b64('[1e309]')],
    ['[-1e309]', b64('[-1e309]')],
    ['[NaN]', b64('[NaN]')],
    ['["NaN"]', b64('["NaN"]')],
    ['[Infinity]', b64('[Infinity]')],
    ['[1e20]', b64('[1e20]')],
    ['[-1]', b64('[-1]')],
    ['[1.5]', b64('[1.5]')],
    ['["x"]', b64('["x"]')],
    ['[null]', b64('[null]')],
    ['{}', b64('{}')],
    ['[]', b64('[]')],
    ['[[1]]', b64('[[1]]')],
    ['deeply nested', b64(`${'['.repeat(1000)}${']'.repeat(1000)}`)],
    ['an over-long array', b64(JSON.stringify(Array.from({ length: 300 }, (_, i) => i + 1)))],
    ['a 10 KB string in an array', b64(JSON.stringify(['x'.repeat(10_000)]))],
    ['10 KB of base64', 'A'.repeat(10_000)],
    ['not base64', 'not a cursor!'],
    ['standard base64 with padding', Buffer.from('["agents"]').toString('base64')],
    ['percent-encoded', '%5B1%5D'],
    ['invalid UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]).toString('base64url')],
    ['a __proto__ object', b64('{"__proto__":{"length":1,"0":1}}')],
    ['an array holding a __proto__ object', b64('[{"__proto__":{"polluted":true}},1]')],
    ['"__proto__" as the kind', b64('["__proto__",1]')],
    ['"constructor" as the kind', b64('["constructor",1]')],
    ['a lone surrogate', b64('["agents","\\ud800",1,"NAME:ASC"]')],
    ['a plain number', b64('1')],
    ['a string', b64('"agents"')],
    ['null', b64('null')],
  ];

  it('refuses crafted cursors on every connection with BAD_USER_INPUT on after', async () => {
    for (const c of conns) {
      for (const [what, after] of notCursors) {
        expectRefused(await run(c, { first: 2, after }), 'is not a valid cursor', `${c.name}, ${what}`);
      }
    }
  });

  // Tokens put in place of each element of a real cursor (or added, or taken away): none is of any element's shape.
  const badTokens = [
    '1e309',
    '-1e309',
    '1e20',
    '-1',
    '1.5',
    '-0',
    '1.0',
    '9007199254740992',
    'null',
    'true',
    '[]',
    '{}',
    '[1]',
    '{"__proto__":{"x":1}}',
    '"\\ud800"',
    `"${'x'.repeat(10_000)}"`,
    `"${'é'.repeat(256)}"`,
  ];

  it("refuses a connection's own cursor with any element changed, added or removed", async () => {
    for (const c of conns) {
      const first = c.page(await okAs(c.query, { ...c.vars(), first: 1 }));
      const values = decoded(first.pageInfo.endCursor!);
      expect(values[0]).toBe(c.kind);
      const json = values.map((v) => JSON.stringify(v));
      const crafted: [string, string][] = [
        ['one element fewer', `[${json.slice(0, -1).join(',')}]`],
        ['one element more', `[${[...json, '1'].join(',')}]`],
        ['with spaces', `[${json.join(', ')}]`],
        ['no kind', `[${json.slice(1).join(',')}]`],
      ];
      for (let i = 1; i < json.length; i++) {
        for (const token of badTokens)
          crafted.push([`element ${i} = ${token.slice(0, 20)}`, `[${json.map((j, k) => (k === i ? token : j)).join(',')}]`]);
      }
      for (const [what, text] of crafted)
        expectRefused(await run(c, { first: 2, after: b64(text) }), 'is not a valid cursor', `${c.name}, ${what}`);
    }
  });

  it('refuses dates that are not real or not as issued in an activity cursor', async () => {
    const c = conns.find((x) => x.name === 'userActivity')!;
    const [kind, , rank, id] = decoded(c.page(await okAs(c.query, { ...c.vars(), first: 1 })).pageInfo.endCursor!);
    for (const at of [
      '2026-02-30T00:00:00.000Z',
      '2026-01-01T00:00:00Z',
      '2026-01-01',
      'now',
      '0000-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '',
    ])
      expectRefused(
        await run(c, { first: 2, after: b64(JSON.stringify([kind, at, rank, id])) }),
        'is not a valid cursor',
        `activity at ${at}`,
      );
    expectRefused(
      await run(c, { first: 2, after: b64(JSON.stringify([kind, '2026-01-01T00:00:00.000Z', 2, id])) }),
      'is not a valid cursor',
      'rank 2',
    );
  });

  it("refuses another connection's cursor; a cursor of the same kind reads a correct page", async () => {
    const ends = new Map<Conn, string>();
    for (const c of conns) ends.set(c, c.page(await okAs(c.query, { ...c.vars(), first: 1 })).pageInfo.endCursor!);
    for (const to of conns) {
      const everything = await all(to);
      for (const from of conns) {
        if (from === to) continue;
        const r = await run(to, { first: 100, after: ends.get(from) });
        const what = `${from.name} -> ${to.name}`;
        if (from.kind !== to.kind) expectRefused(r, 'belongs to another list: start again without it', what);
        else if (from.kind === 'agents') expectRefused(r, /another order/, what);
        else if (r.errors) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
        else {
          // The same table in the same order: what follows that key in this list.
          const got = nodeIds(to.page(r.data));
          const key = decoded(ends.get(from)!)[1] as number;
          const follows = (id: unknown) => (from.kind === 'changeLog' ? Number(id) < key : Number(id) > key);
          expect(got).toEqual(everything.filter(follows));
        }
      }
    }
    // Another search's cursor, and a plain list's in a search (and back), say so.
    const search = conns.find((x) => x.name === 'users search')!;
    const other = (await okAs(`{ users(first: 1, filter: { search: "fuzz a" }) { pageInfo { endCursor } } }`)).users.pageInfo.endCursor;
    expectRefused(await run(search, { first: 2, after: other }), /another list or search/, 'another search');
  });

  it('reads a correct page for well-formed cursors at the ends of every range', async () => {
    const MAX_KEY = '\u{10FFFF}'.repeat(255);
    const MAX_ID = Number.MAX_SAFE_INTEGER;
    const tag = (c: Conn) => decoded(ends.get(c)!).at(-1);
    const ends = new Map<Conn, string>();
    for (const c of conns) ends.set(c, c.page(await okAs(c.query, { ...c.vars(), first: 1 })).pageInfo.endCursor!);
    // [cursor before the whole list, cursor after it] per connection.
    const bounds = (c: Conn): [unknown[], unknown[]] => {
      switch (c.name) {
        case 'agents':
          return [
            ['agents', '', 1, 'NAME:ASC'],
            ['agents', MAX_KEY, MAX_ID, 'NAME:ASC'],
          ];
        case 'agents by email, descending':
          return [
            ['agents', MAX_KEY, MAX_ID, 'EMAIL:DESC'],
            ['agents', '', 1, 'EMAIL:DESC'],
          ];
        case 'users search':
          return [
            ['usersSearch', 'N', '', 1, tag(c)],
            ['usersSearch', 'W', MAX_KEY, MAX_ID, tag(c)],
          ];
        case 'userActivity':
          return [
            ['activity', '9999-12-31T23:59:59.999Z', 1, MAX_ID],
            ['activity', '1970-01-01T00:00:00.000Z', 0, 1],
          ];
        default:
          // Newest first by id: the largest id is the furthest back.
          if (c.kind === 'changeLog' || c.kind === 'children')
            return [
              [c.kind, MAX_ID],
              [c.kind, 1],
            ];
          if (c.kind === 'importRows')
            return [
              ['importRows', 0],
              ['importRows', MAX_ID],
            ];
          return [
            [c.kind, '', 1],
            [c.kind, MAX_KEY, MAX_ID],
          ];
      }
    };
    for (const c of conns) {
      const everything = await all(c);
      const [start, end] = bounds(c);
      const read = async (values: unknown[]) =>
        nodeIds(c.page(await okAs(c.query, { ...c.vars(), first: 100, after: b64(JSON.stringify(values)) })));
      if (c.kind === 'importRows') {
        // Rows start at 1: the cursor of row 1 is the furthest back one.
        expect(await read(['importRows', 1])).toEqual(everything.slice(1));
        expectRefused(await run(c, { first: 2, after: b64(JSON.stringify(start)) }), 'is not a valid cursor', `${c.name}: row 0`);
      } else expect(await read(start)).toEqual(everything);
      expect(await read(end)).toEqual([]);
    }
  });

  it('pages through every connection with the cursors it issues, from every edge', async () => {
    for (const c of conns) {
      const everything = await all(c);
      expect(everything.length).toBeGreaterThanOrEqual(3);
      const walked: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const p: Page = c.page(await okAs(c.query, { ...c.vars(), first: 2, after }));
        walked.push(...nodeIds(p));
        if (!p.pageInfo.hasNextPage) break;
        expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
        after = p.pageInfo.endCursor;
      }
      expect(walked).toEqual(everything);
      // Each edge's cursor continues right after it.
      const full = c.page(await okAs(c.query, { ...c.vars(), first: 100 }));
      for (let i = 0; i < full.edges.length; i++) {
        const rest = c.page(await okAs(c.query, { ...c.vars(), first: 100, after: full.edges[i].cursor }));
        expect(nodeIds(rest)).toEqual(everything.slice(i + 1));
      }
      // No cursor (null or empty) is the first page.
      expect(nodeIds(c.page(await okAs(c.query, { ...c.vars(), first: 100, after: null })))).toEqual(everything);
      expect(nodeIds(c.page(await okAs(c.query, { ...c.vars(), first: 100, after: '' })))).toEqual(everything);
    }
  });

  it('answers first as documented: null is 50, 0 an empty page that tells whether there are rows, huge is 100, negative a field error', async () => {
    for (const c of conns) {
      const everything = await all(c);
      const page = async (first: unknown) => c.page(await okAs(c.query, { ...c.vars(), first }));
      expect(nodeIds(await page(null))).toEqual(everything.slice(0, 50));
      expect(await page(0)).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
      expect(nodeIds(await page(2 ** 31 - 1))).toEqual(everything.slice(0, 100));
      const negative = await run(c, { first: -1 });
      expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
      // Beyond GraphQL's Int, or not a number: refused by GraphQL itself, before any resolver.
      for (const first of [2 ** 31, -(2 ** 31) - 1, 1.5, '5']) {
        const r = await run(c, { first });
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
  });
});
