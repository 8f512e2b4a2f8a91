import http from 'node:http';
import { createHash } from 'node:crypto';
import { BUILT_IN_GROUPS, PERMISSION_CATALOG } from '@roster/shared';

// The baseline of `pnpm bench concurrent`: a bare node:http handler on the same database as the
// app, running the SQL a hand-written endpoint would (session check, count, keyset page, one
// query per relation) and JSON.stringify. Started as a child process by concurrent.ts.

type Row = Record<string, any>;
interface RawDb {
  all(sql: string, params: unknown[]): Promise<Row[]>;
  /** A timestamp parameter as the app stores it. */
  now(): unknown;
  close(): Promise<void>;
}

export function sqliteDb(file: string): RawDb {
  const BetterSqlite3 = require('better-sqlite3');
  const db = new BetterSqlite3(file, { readonly: true });
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, { all(...p: unknown[]): Row[] }>();
  return {
    async all(sql, params) {
      const s = statements.get(sql) ?? db.prepare(sql);
      statements.set(sql, s);
      return s.all(...params);
    },
    // TypeORM stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC.
    now: () => new Date().toISOString().replace('T', ' ').replace('Z', ''),
    async close() {
      db.close();
    },
  };
}

function mysqlDb(url: string): RawDb {
  const mysql = require('mysql2/promise');
  // The app's pool: 20 connections, UTC.
  const pool = mysql.createPool({
    uri: url.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 20,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
  });
  return {
    async all(sql, params) {
      const [rows] = await pool.query(sql, params);
      return rows as Row[];
    },
    now: () => new Date(),
    close: () => pool.end(),
  };
}

const builtIn = new Map(BUILT_IN_GROUPS.map((g) => [g.id, g.permissions]));
const catalogue = PERMISSION_CATALOG.map((p) => p.key);
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || Number(a.id) - Number(b.id);
const parseJson = (v: unknown): string[] => (typeof v === 'string' ? JSON.parse(v) : ((v as string[]) ?? []));

interface Node {
  id: string;
  name: string;
  email: string;
  teams: { id: string; name: string }[];
  permissionGroups: { id: string; name: string }[];
  departments: { access: string; department: { id: string; name: string } }[];
  effectivePermissions: string[];
}

/** The signed-in, active agent of a session token that needs no password change, or null. */
export async function sessionAgent(db: RawDb, header: string | undefined): Promise<number | null> {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!m) return null;
  const hash = createHash('sha256').update(m[1]).digest('hex');
  const [row] = await db.all(
    'SELECT a.id, a.status, a.must_change_password FROM session s JOIN agent a ON a.id = s.agent_id WHERE s.token_hash = ? AND s.expires_at > ?',
    [hash, db.now()],
  );
  return row && row.status === 'ACTIVE' && !Number(row.must_change_password) ? Number(row.id) : null;
}

/** agents(first) { edges { node { id name email teams permissionGroups departments effectivePermissions } } } */
// BENCH_RAW_COUNT=0: without the count (the app runs none: the query does not select totalCount).
const COUNT = process.env.BENCH_RAW_COUNT !== '0';

export async function agentsPage(db: RawDb, first: number) {
  if (COUNT) await db.all('SELECT COUNT(*) AS n FROM agent', []);
  const rows = await db.all('SELECT id, name, email, permissions FROM agent ORDER BY name_key, id LIMIT ?', [first + 1]);
  const page = rows.slice(0, first);
  const nodes = new Map<number, Node & { perms: string[][] }>();
  for (const r of page) {
    nodes.set(Number(r.id), {
      id: String(r.id),
      name: r.name,
      email: r.email,
      teams: [],
      permissionGroups: [],
      departments: [],
      effectivePermissions: [],
      perms: [parseJson(r.permissions)],
    });
  }
  const ids = [...nodes.keys()];
  if (ids.length) {
    const list = ids.map(() => '?').join(', ');
    const [teams, groups, depts] = await Promise.all([
      db.all(`SELECT tm.agent_id, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.team_id WHERE tm.agent_id IN (${list})`, ids),
      db.all(
        `SELECT ag.agent_id, g.id, g.name, g.built_in, g.stored_permissions FROM agent_permission_group ag ` +
          `JOIN permission_group g ON g.id = ag.group_id WHERE ag.agent_id IN (${list})`,
        ids,
      ),
      db.all(
        `SELECT ad.agent_id, ad.access, d.id, d.name FROM agent_department ad JOIN department d ON d.id = ad.department_id WHERE ad.agent_id IN (${list})`,
        ids,
      ),
    ]);
    for (const t of teams) nodes.get(Number(t.agent_id))!.teams.push({ id: String(t.id), name: t.name });
    for (const g of groups) {
      const n = nodes.get(Number(g.agent_id))!;
      n.permissionGroups.push({ id: String(g.id), name: g.name });
      n.perms.push(Number(g.built_in) ? (builtIn.get(Number(g.id)) ?? []) : parseJson(g.stored_permissions));
    }
    for (const d of depts) {
      nodes.get(Number(d.agent_id))!.departments.push({ access: d.access, department: { id: String(d.id), name: d.name } });
    }
  }
  const edges = [...nodes.values()].map(({ perms, ...node }) => {
    const granted = new Set(perms.flat());
    node.teams.sort(byName);
    node.permissionGroups.sort((a, b) => Number(a.id) - Number(b.id));
    node.departments.sort((a, b) => byName(a.department, b.department));
    node.effectivePermissions = catalogue.filter((k) => granted.has(k));
    return { node };
  });
  return { agents: { edges } };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** POST /graphql with {query}: `viewer` answers { viewer { id } }, anything else the agents page. */
export function rawServer(db: RawDb): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const run = async () => {
        const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
        const agentId = await sessionAgent(db, req.headers.authorization);
        if (agentId === null) return send(res, 200, { errors: [{ message: 'unauthenticated' }] });
        if (query.includes('viewer')) return send(res, 200, { data: { viewer: { id: String(agentId) } } });
        send(res, 200, { data: await agentsPage(db, 50) });
      };
      run().catch((e) => send(res, 500, { errors: [{ message: String(e) }] }));
    });
  });
}

export function openRawDb(databaseUrl: string): RawDb {
  return databaseUrl.startsWith('sqlite:') ? sqliteDb(databaseUrl.slice('sqlite:'.length)) : mysqlDb(databaseUrl);
}
