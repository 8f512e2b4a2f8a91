import { BenchApp } from './fixture';
import { timed } from './stats';

// copyAgentSettings to 1,000 agents (TEAMS, PERMISSION_GROUPS, DEPARTMENTS) over HTTP, against a
// hand-written better-sqlite3 transaction doing the same writes: replace three link tables for
// the targets, bump updated_at, one change-log row per agent and section.

interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): any[];
}
interface Database {
  prepare(sql: string): Statement;
  transaction<T>(fn: () => T): () => T;
  close(): void;
}
const BetterSqlite3 = require('better-sqlite3') as new (file: string) => Database;

const COPY = `mutation($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) { id } }`;
const LINKS = [
  { table: 'team_member', column: 'team_id', field: 'teams' },
  { table: 'agent_permission_group', column: 'group_id', field: 'permissionGroups' },
  { table: 'agent_department', column: 'department_id', field: 'departments' },
] as const;

function rawCopy(db: Database, sourceId: number, targets: number[]): void {
  const marks = targets.map(() => '?').join(',');
  db.transaction(() => {
    for (const l of LINKS) {
      const extra = l.table === 'agent_department' ? ', access' : '';
      const rows = db.prepare(`SELECT ${l.column} AS id${extra} FROM ${l.table} WHERE agent_id = ?`).all(sourceId);
      db.prepare(`DELETE FROM ${l.table} WHERE agent_id IN (${marks})`).run(...targets);
      if (rows.length) {
        const values = targets.flatMap((t) => rows.map((r) => (extra ? [t, r.id, r.access] : [t, r.id])));
        const tuple = extra ? '(?, ?, ?)' : '(?, ?)';
        db.prepare(`INSERT INTO ${l.table} (agent_id, ${l.column}${extra}) VALUES ${values.map(() => tuple).join(',')}`).run(
          ...values.flat(),
        );
      }
    }
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    db.prepare(`UPDATE agent SET updated_at = ? WHERE id IN (${marks})`).run(now, ...targets);
    const log = targets.flatMap((t) => LINKS.map((l) => ['AGENT', String(t), l.field, 'old', 'new', 'AGENT', 1, 'Bench', now]));
    db.prepare(
      `INSERT INTO change_log (entity_type, entity_id, field, old_value, new_value, actor_kind, actor_id, actor_name, created_at) VALUES ${log.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(',')}`,
    ).run(...log.flat());
  })();
}

/** Alternates two sources so that every round really changes the targets. */
export async function benchCopy(app: BenchApp, token: string, rounds: number) {
  const db = new BetterSqlite3(app.dbPath);
  try {
    const ids = (db.prepare("SELECT id FROM agent WHERE email LIKE '%@bench.roster.local' ORDER BY id").all() as { id: number }[]).map(
      (r) => r.id,
    );
    const [a, b] = ids;
    const targets = ids.slice(2, 1002);
    const roster: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const source = i % 2 ? a : b;
      roster.push(
        await timed(async () => {
          const r = await app.gql<{ copyAgentSettings: unknown[] }>(COPY, { s: String(source), t: targets.map(String) }, token);
          if (r.copyAgentSettings.length !== targets.length) throw new Error('copyAgentSettings returned the wrong agents');
        }),
      );
      raw.push(await timed(() => rawCopy(db, source === a ? b : a, targets)));
    }
    return { roster, raw, targets: targets.length };
  } finally {
    db.close();
  }
}
