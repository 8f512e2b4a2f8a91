import { BUILT_IN_GROUPS, PERMISSION_CATALOG } from '@roster/shared';

// The baseline for the agents list: the same page and relations, written by hand against
// better-sqlite3 (no HTTP, GraphQL, ORM or DataLoader), and the same JSON built in plain JS.

interface Statement {
  all(...params: unknown[]): any[];
  get(...params: unknown[]): any;
}
interface Database {
  prepare(sql: string): Statement;
  pragma(s: string): unknown;
  close(): void;
}
// better-sqlite3 ships no typings and the package has no @types for it; this is all we use.
const BetterSqlite3 = require('better-sqlite3') as new (file: string, opts?: { readonly?: boolean }) => Database;

export interface RawNode {
  id: string;
  name: string;
  email: string;
  alias: string | null;
  status: string;
  isAdmin: boolean;
  teams: { id: string; name: string }[];
  permissionGroups: { id: string; name: string }[];
  departments: { access: string; department: { id: string; name: string } }[];
  effectivePermissions: string[];
}

export interface RawPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: [string, number] | null };
  edges: { node: RawNode }[];
}

const builtIn = new Map(BUILT_IN_GROUPS.map((g) => [g.id, g.permissions]));
const catalogue = PERMISSION_CATALOG.map((p) => p.key);
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || Number(a.id) - Number(b.id);

export class RawAgents {
  /** Statements each page() runs: count, page, teams, groups, departments. */
  readonly statementsPerPage = 5;
  private readonly db: Database;
  private readonly count: Statement;
  private readonly firstPage: Statement;
  private readonly nextPage: Statement;
  private readonly byIdCount = new Map<number, { teams: Statement; groups: Statement; depts: Statement }>();

  constructor(file: string) {
    this.db = new BetterSqlite3(file, { readonly: true });
    this.db.pragma('busy_timeout = 5000');
    this.count = this.db.prepare('SELECT COUNT(*) AS n FROM agent');
    const cols = 'SELECT id, name, name_key, email, alias, status, is_admin, permissions FROM agent';
    // Same order as the API: the stored name key, then id.
    this.firstPage = this.db.prepare(`${cols} ORDER BY name_key, id LIMIT ?`);
    this.nextPage = this.db.prepare(`${cols} WHERE name_key > ? OR (name_key = ? AND id > ?) ORDER BY name_key, id LIMIT ?`);
  }

  private relations(n: number) {
    let s = this.byIdCount.get(n);
    if (!s) {
      const ids = Array(n).fill('?').join(', ');
      s = {
        teams: this.db.prepare(
          `SELECT tm.agent_id, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.team_id WHERE tm.agent_id IN (${ids})`,
        ),
        groups: this.db.prepare(
          `SELECT ag.agent_id, g.id, g.name, g.built_in, g.stored_permissions FROM agent_permission_group ag ` +
            `JOIN permission_group g ON g.id = ag.group_id WHERE ag.agent_id IN (${ids})`,
        ),
        depts: this.db.prepare(
          `SELECT ad.agent_id, ad.access, d.id, d.name FROM agent_department ad JOIN department d ON d.id = ad.department_id WHERE ad.agent_id IN (${ids})`,
        ),
      };
      this.byIdCount.set(n, s);
    }
    return s;
  }

  /** One page of `first` agents after the keyset `after`: count, page, then one query per relation. */
  page(first: number, after: [string, number] | null): RawPage {
    const totalCount = (this.count.get() as { n: number }).n;
    const rows = after ? this.nextPage.all(after[0], after[0], after[1], first + 1) : this.firstPage.all(first + 1);
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const ids = page.map((r) => r.id as number);
    const nodes = new Map<number, RawNode & { direct: string[]; groupPerms: string[][] }>();
    for (const r of page) {
      nodes.set(r.id, {
        id: String(r.id),
        name: r.name,
        email: r.email,
        alias: r.alias,
        status: r.status,
        isAdmin: !!r.is_admin,
        teams: [],
        permissionGroups: [],
        departments: [],
        effectivePermissions: [],
        direct: JSON.parse(r.permissions),
        groupPerms: [],
      });
    }
    if (ids.length) {
      const q = this.relations(ids.length);
      for (const t of q.teams.all(...ids)) nodes.get(t.agent_id)!.teams.push({ id: String(t.id), name: t.name });
      for (const g of q.groups.all(...ids)) {
        const n = nodes.get(g.agent_id)!;
        n.permissionGroups.push({ id: String(g.id), name: g.name });
        n.groupPerms.push(g.built_in ? (builtIn.get(g.id) ?? []) : JSON.parse(g.stored_permissions));
      }
      for (const d of q.depts.all(...ids))
        nodes.get(d.agent_id)!.departments.push({ access: d.access, department: { id: String(d.id), name: d.name } });
    }
    const edges = [...nodes.values()].map(({ direct, groupPerms, ...node }) => {
      const granted = new Set([...direct, ...groupPerms.flat()]);
      node.teams.sort(byName);
      node.permissionGroups.sort((a, b) => Number(a.id) - Number(b.id));
      node.departments.sort((a, b) => byName(a.department, b.department));
      return { node: { ...node, effectivePermissions: catalogue.filter((k) => granted.has(k)) } };
    });
    const last = page[page.length - 1];
    return { totalCount, pageInfo: { hasNextPage, endCursor: last ? [last.name_key, last.id] : null }, edges };
  }

  close(): void {
    this.db.close();
  }
}
