import http from 'node:http';
import { hash } from 'node:crypto';
import { BUILT_IN_GROUPS } from '@roster/shared';
import { encodeCursor } from '../src/common/pagination';
import { AGENTS_CURSOR } from '../src/modules/agent';
import { USERS_CURSOR } from '../src/modules/user/user.query';
import { DOCUMENTS } from './spa-documents';

// The baseline of `pnpm bench concurrent`: a bare node:http handler on the same database as the
// app, written to be the limit for the same answers (issue 23). It does the app's work and no more:
// the same session check (session and agent in one statement, last_seen_at every minute), the
// People permission check where the app has one (one statement), a count only when the document
// selects totalCount (kept for 10 s once it reaches 10,000, as count-cache.ts), a keyset page, one
// statement per relation, every statement prepared (better-sqlite3's statements, mysql2's
// `execute`), JSON.stringify. Its answers are checked byte for byte against the app's before timing.
// It answers the SPA documents of spa-documents.ts (by operation name) for an administrator.

type Row = Record<string, any>;
interface RawDb {
  all(sql: string, params: unknown[]): Promise<Row[]>;
  run(sql: string, params: unknown[]): Promise<void>;
  /** A timestamp parameter as the app stores it. */
  time(d: Date): unknown;
  /** A stored timestamp as a Date. */
  date(v: unknown): Date;
  close(): Promise<void>;
}

function sqliteDb(file: string): RawDb {
  const BetterSqlite3 = require('better-sqlite3');
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, { all(...p: unknown[]): Row[]; run(...p: unknown[]): unknown }>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s!;
  };
  return {
    all: async (sql, params) => prepared(sql).all(...params),
    run: async (sql, params) => void prepared(sql).run(...params),
    // TypeORM stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC.
    time: (d) => d.toISOString().replace('T', ' ').replace('Z', ''),
    date: (v) => new Date(`${String(v).replace(' ', 'T')}Z`),
    async close() {
      db.close();
    },
  };
}

function mysqlDb(url: string): RawDb {
  const mysql = require('mysql2/promise');
  // The app's pool: 20 connections, UTC; `execute` prepares each statement once per connection.
  const pool = mysql.createPool({
    uri: url.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 20,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
  });
  return {
    async all(sql, params) {
      const [rows] = await pool.execute(sql, params);
      return rows as Row[];
    },
    run: async (sql, params) => void (await pool.execute(sql, params)),
    time: (d) => d,
    date: (v) => v as Date,
    close: () => pool.end(),
  };
}

export function openRawDb(databaseUrl: string): RawDb {
  return databaseUrl.startsWith('sqlite:') ? sqliteDb(databaseUrl.slice('sqlite:'.length)) : mysqlDb(databaseUrl);
}

const builtIn = new Map(BUILT_IN_GROUPS.map((g) => [g.id, g.permissions as readonly string[]]));
const parseJson = (v: unknown): string[] => (typeof v === 'string' ? JSON.parse(v) : ((v as string[]) ?? []));
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || Number(a.id) - Number(b.id);
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const bool = (v: unknown) => !!Number(v);

interface Viewer {
  id: number;
  name: string;
  isAdmin: boolean;
}

/** The signed-in, active agent of a session token that needs no password change, or null (the app's resolveActor). */
async function sessionAgent(db: RawDb, header: string | undefined): Promise<Viewer | null> {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!m) return null;
  const tokenHash = hash('sha256', m[1], 'hex');
  const now = new Date();
  const [row] = await db.all(
    'SELECT s.id AS sid, s.last_seen_at, s.stage, a.id, a.name, a.status, a.is_admin, a.must_change_password FROM session s ' +
      'JOIN agent a ON a.id = s.agent_id WHERE s.token_hash = ? AND s.expires_at > ?',
    [tokenHash, db.time(now)],
  );
  if (!row || row.status !== 'ACTIVE' || bool(row.must_change_password) || row.stage) return null;
  if (now.getTime() - db.date(row.last_seen_at).getTime() > 60_000) {
    await db.run('UPDATE session SET last_seen_at = ? WHERE id = ?', [db.time(now), row.sid]);
  }
  return { id: Number(row.id), name: row.name, isAdmin: bool(row.is_admin) };
}

/** The agent's own permissions and its groups', in one statement (the app's permission.check.ts). */
async function hasPermission(db: RawDb, agentId: number, key: string): Promise<boolean> {
  const rows = await db.all(
    'SELECT a.permissions, g.id, g.built_in, g.stored_permissions FROM agent a LEFT JOIN agent_permission_group l ON l.agent_id = a.id ' +
      'LEFT JOIN permission_group g ON g.id = l.group_id WHERE a.id = ?',
    [agentId],
  );
  if (!rows.length) return false;
  if (parseJson(rows[0].permissions).includes(key)) return true;
  return rows.some(
    (g) => g.id !== null && (bool(g.built_in) ? (builtIn.get(Number(g.id)) ?? []) : parseJson(g.stored_permissions)).includes(key),
  );
}

/** count-cache.ts: exact below 10,000, kept for 10 s from there. */
const counts = new Map<string, { n: number; until: number }>();
async function count(db: RawDb, key: string, sql: string): Promise<number> {
  const hit = counts.get(key);
  if (hit && hit.until > Date.now()) return hit.n;
  const n = Number((await db.all(sql, []))[0].n);
  if (n >= 10_000) counts.set(key, { n, until: Date.now() + 10_000 });
  return n;
}

/** The keyset condition after a cursor [kind, name key, id, ...] (the app's orderedAfter), or none. */
function after(cursor: unknown, kind: string, alias: string): { sql: string; params: unknown[] } {
  if (typeof cursor !== 'string') return { sql: '', params: [] };
  const [k, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string, number];
  if (k !== kind || typeof key !== 'string' || !Number.isSafeInteger(id)) throw new Error('bad cursor');
  return { sql: `AND ${alias}.name_key >= ? AND (${alias}.name_key > ? OR ${alias}.id > ?)`, params: [key, key, id] };
}

const PAGE = 50;

/** Edges of a page (limit + 1 rows) with hasNextPage and endCursor. */
function edgesOf<T>(typename: string, rows: Row[], cursorOf: (r: Row) => string, node: (r: Row) => T) {
  const edges = rows.slice(0, PAGE).map((r) => ({ cursor: cursorOf(r), node: node(r), __typename: `${typename}Edge` }));
  return { edges, hasNextPage: rows.length > PAGE, endCursor: edges.length ? edges[edges.length - 1].cursor : null };
}

/** AgentsPage: { totalCount edges { cursor node { id name alias email avatarUrl isAdmin type status lastSignInAt teams permissionGroups } } pageInfo }. */
async function agentsPage(db: RawDb, variables: { after?: string }) {
  const c = after(variables.after, 'agents', 'a');
  const [totalCount, rows] = await Promise.all([
    count(db, 'agents', 'SELECT COUNT(*) AS n FROM agent'),
    db.all(
      `SELECT a.id, a.name, a.name_key, a.alias, a.email, a.is_admin, a.type, a.status, a.last_sign_in_at FROM agent a WHERE 1 = 1 ${c.sql} ` +
        `ORDER BY a.name_key, a.id LIMIT ${PAGE + 1}`,
      c.params,
    ),
  ]);
  const ids = rows.slice(0, PAGE).map((r) => Number(r.id));
  const teams = new Map<number, { id: string; name: string; __typename: string }[]>(ids.map((id) => [id, []]));
  const groups = new Map<number, { id: string; name: string; __typename: string }[]>(ids.map((id) => [id, []]));
  const avatars = new Map<number, string>();
  if (ids.length) {
    const [t, g, av] = await Promise.all([
      db.all(
        `SELECT l.agent_id, t.id, t.name FROM team_member l JOIN team t ON t.id = l.team_id WHERE l.agent_id IN (${list(ids.length)})`,
        ids,
      ),
      db.all(
        `SELECT l.agent_id, g.id, g.name FROM agent_permission_group l JOIN permission_group g ON g.id = l.group_id WHERE l.agent_id IN (${list(ids.length)})`,
        ids,
      ),
      db.all(`SELECT agent_id, hash FROM agent_avatar WHERE agent_id IN (${list(ids.length)})`, ids),
    ]);
    for (const r of av) avatars.set(Number(r.agent_id), r.hash);
    for (const r of t) teams.get(Number(r.agent_id))!.push({ id: String(r.id), name: r.name, __typename: 'Team' });
    for (const r of g) groups.get(Number(r.agent_id))!.push({ id: String(r.id), name: r.name, __typename: 'PermissionGroup' });
  }
  const { edges, hasNextPage, endCursor } = edgesOf(
    'Agent',
    rows,
    (r) => encodeCursor(AGENTS_CURSOR, [r.name_key, Number(r.id), 'NAME:ASC']),
    (r) => ({
      id: String(r.id),
      name: r.name,
      alias: r.alias,
      email: r.email,
      avatarUrl: avatars.has(Number(r.id)) ? `/agent-avatars/${r.id}/${avatars.get(Number(r.id))}` : null,
      isAdmin: bool(r.is_admin),
      type: r.type,
      status: r.status,
      lastSignInAt: r.last_sign_in_at === null ? null : db.date(r.last_sign_in_at).toISOString(),
      teams: teams.get(Number(r.id))!.sort(byName),
      permissionGroups: groups.get(Number(r.id))!.sort((a, b) => Number(a.id) - Number(b.id)),
      __typename: 'Agent',
    }),
  );
  const pageInfo = { hasNextPage, endCursor, __typename: 'PageInfo' };
  return { agents: { totalCount, edges, pageInfo, __typename: 'AgentConnection' } };
}

/** CrmUsers: { totalCount totalCountIsExact edges { cursor node { id name primaryEmail organization { id name } } } pageInfo }. */
async function usersPage(db: RawDb, viewer: Viewer, variables: { after?: string }) {
  if (!(await hasPermission(db, viewer.id, 'people.view'))) throw new Error('forbidden');
  // Team-scoped visibility never narrows an administrator's list (the app reads no setting for one).
  if (!viewer.isAdmin) throw new Error('the raw handler answers the users list for administrators only');
  const c = after(variables.after, 'users', 'u');
  const live = 'u.merged_into_id IS NULL';
  const [totalCount, rows] = await Promise.all([
    count(db, 'users', `SELECT COUNT(*) AS n FROM crm_user u WHERE ${live}`),
    db.all(
      `SELECT u.id, u.name, u.name_key, u.organization_id, u.primary_email FROM crm_user u WHERE ${live} ${c.sql} ORDER BY u.name_key, u.id LIMIT ${PAGE + 1}`,
      c.params,
    ),
  ]);
  const page = rows.slice(0, PAGE);
  const orgIds = [...new Set(page.filter((r) => r.organization_id !== null).map((r) => Number(r.organization_id)))];
  // The row's copy of its primary address (crm_user.primary_email); the addresses only of rows without one, as the app.
  const noCopy = page.filter((r) => typeof r.primary_email !== 'string').map((r) => Number(r.id));
  const [emails, orgs] = await Promise.all([
    noCopy.length
      ? db.all(`SELECT user_id, address FROM user_email WHERE user_id IN (${list(noCopy.length)}) ORDER BY is_primary DESC, id`, noCopy)
      : [],
    orgIds.length ? db.all(`SELECT id, name FROM organization WHERE id IN (${list(orgIds.length)})`, orgIds) : [],
  ]);
  const primary = new Map<number, string>(
    page.filter((r) => typeof r.primary_email === 'string').map((r) => [Number(r.id), r.primary_email]),
  );
  for (const e of emails) if (!primary.has(Number(e.user_id))) primary.set(Number(e.user_id), e.address);
  const orgById = new Map(orgs.map((o) => [Number(o.id), { id: String(o.id), name: o.name, __typename: 'Organization' }]));
  const { edges, hasNextPage, endCursor } = edgesOf(
    'User',
    rows,
    (r) => encodeCursor(USERS_CURSOR, [r.name_key, Number(r.id)]),
    (r) => ({
      id: String(r.id),
      name: r.name,
      primaryEmail: primary.get(Number(r.id)) ?? '',
      organization: r.organization_id === null ? null : (orgById.get(Number(r.organization_id)) ?? null),
      __typename: 'User',
    }),
  );
  const pageInfo = { endCursor, hasNextPage, __typename: 'PageInfo' };
  return { users: { totalCount, totalCountIsExact: true, edges, pageInfo, __typename: 'UserConnection' } };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  // Apollo (and the app's fast path) ends an answer with a newline: the same bytes.
  const json = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** POST /graphql with {query, variables, operationName}: the SPA documents of spa-documents.ts. */
export function rawServer(db: RawDb): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const run = async () => {
        const body = JSON.parse((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8')) as {
          operationName?: string;
          variables?: Record<string, any>;
        };
        const viewer = await sessionAgent(db, req.headers.authorization);
        if (!viewer) return send(res, 200, { errors: [{ message: 'unauthenticated' }] });
        const variables = body.variables ?? {};
        switch (body.operationName) {
          case DOCUMENTS.viewer.operationName:
            return send(res, 200, { data: { viewer: { id: String(viewer.id), name: viewer.name, __typename: 'Agent' } } });
          case DOCUMENTS.agents.operationName:
            return send(res, 200, { data: await agentsPage(db, variables) });
          case DOCUMENTS.users.operationName:
            return send(res, 200, { data: await usersPage(db, viewer, variables) });
          default:
            return send(res, 400, { errors: [{ message: `unknown operation ${body.operationName}` }] });
        }
      };
      run().catch((e) => send(res, 500, { errors: [{ message: String(e) }] }));
    });
  });
}
