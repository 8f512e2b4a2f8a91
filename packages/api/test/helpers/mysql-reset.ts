// MySQL/MariaDB suites: DDL is slow there, so each worker database is dropped and migrated once per
// run (the first suite of the worker, or after a suite left the schema in another shape), and every
// other suite gets it back by resetting the data: the tables with rows or a moved AUTO_INCREMENT
// counter are truncated (which resets the counter) and refilled with the rows the migrations
// seeded (permission groups, settings, the migrations table ...), snapshotted after migrating.
// The snapshot lives in the run's folder (run-dir.ts), one file per database. A reset is checked:
// afterwards every table, counter and seeded row must be as the migrations left them, or the reset
// throws rather than let a suite see another suite's rows.
import fs from 'node:fs';
import path from 'node:path';
import { createConnection, Connection, FieldPacket } from 'mysql2/promise';
import { testRunDir } from '../setup/run-dir';

const MIGRATIONS_TABLE = 'migrations';
/** Column types whose values are bytes when their character set is binary (63); others are sent as text. */
const BYTE_TYPES = new Set([15, 16, 249, 250, 251, 252, 253, 254, 255]);
const BINARY_CHARSET = 63;

/** What a database holds, as far as a suite could tell two databases apart. */
export interface DatabaseState {
  /** Table (or view) → its SHOW CREATE statement without the AUTO_INCREMENT counter. */
  schema: Record<string, string>;
  /** Triggers, routines and events (the migrations make none). */
  programs: string[];
  /** Table → its next AUTO_INCREMENT value (absent: 1 or none). */
  counters: Record<string, number>;
  /** Table → CHECKSUM TABLE for the seeded tables, 'rows' or 'empty' for the others. */
  contents: Record<string, string>;
  /** The migrations table's names, in order. */
  migrations: string[];
}

interface Snapshot {
  state: DatabaseState;
  /** Seeded table → the INSERT that puts its rows back. */
  seedSql: Record<string, string>;
}

type Row = unknown[];

/** The rows of each statement, sent in one round trip. */
async function rows(conn: Connection, statements: string[]): Promise<Row[][]> {
  const [result] = await conn.query({ sql: statements.join(';\n'), rowsAsArray: true });
  // One statement answers with its rows, several with one list of rows each.
  return (statements.length > 1 ? result : [result]) as Row[][];
}

/** Reads the state of the connection's database; `seeded` tables get a checksum of their rows. */
export async function readState(conn: Connection, seeded: ReadonlySet<string>): Promise<DatabaseState> {
  const [tableList] = await rows(conn, ['SHOW FULL TABLES']);
  const all = tableList.map((r) => String(r[0])).sort();
  const base = tableList
    .filter((r) => r[1] === 'BASE TABLE')
    .map((r) => String(r[0]))
    .sort();
  const sums = base.filter((t) => seeded.has(t));
  const others = base.filter((t) => !seeded.has(t));
  const id = (t: string) => conn.escapeId(t);
  const statements = [
    ...all.map((t) => `SHOW CREATE TABLE ${id(t)}`),
    `SELECT CONCAT_WS(' ', 'trigger', TRIGGER_NAME, ACTION_STATEMENT) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()
     UNION ALL SELECT CONCAT_WS(' ', ROUTINE_TYPE, ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
     UNION ALL SELECT CONCAT_WS(' ', 'event', EVENT_NAME) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()`,
    sums.length ? `CHECKSUM TABLE ${sums.map(id).join(', ')}` : 'SELECT 1',
    `SELECT 1${others.map((t) => `, EXISTS(SELECT 1 FROM ${id(t)})`).join('')}`,
    base.includes(MIGRATIONS_TABLE) ? `SELECT name FROM ${id(MIGRATIONS_TABLE)} ORDER BY id` : 'SELECT 1 FROM DUAL WHERE 0',
  ];
  const results = await rows(conn, statements);
  const state: DatabaseState = { schema: {}, programs: [], counters: {}, contents: {}, migrations: [] };
  all.forEach((t, i) => {
    const create = String(results[i][0][1]);
    const counter = / AUTO_INCREMENT=(\d+)/.exec(create);
    if (counter) state.counters[t] = Number(counter[1]);
    state.schema[t] = create.replace(/ AUTO_INCREMENT=\d+/, '');
  });
  const [programs, checksums, [exists], migrations] = results.slice(all.length);
  state.programs = programs.map((r) => String(r[0])).sort();
  // CHECKSUM TABLE names the table `database.table`.
  for (const [name, sum] of checksums.length && sums.length ? checksums : [])
    state.contents[String(name).replace(/^[^.]*\./, '')] = String(sum);
  others.forEach((t, i) => (state.contents[t] = Number(exists[i + 1]) ? 'rows' : 'empty'));
  state.migrations = migrations.map((r) => String(r[0]));
  return state;
}

/** INSERT statements that put back the rows of `tables` as they are now (bytes as bytes, everything else as the server prints it). */
async function seedStatements(conn: Connection, tables: string[]): Promise<Record<string, string>> {
  const seedSql: Record<string, string> = {};
  for (const table of tables) {
    const [cols] = await conn.query<any[]>(
      `SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION`,
      [table],
    );
    const names = cols.map((c) => String(c.name));
    const [data, fields] = (await conn.query({
      sql: `SELECT ${names.map((n) => conn.escapeId(n)).join(', ')} FROM ${conn.escapeId(table)}`,
      rowsAsArray: true,
      typeCast: false,
    })) as unknown as [(Buffer | null)[][], FieldPacket[]];
    const literal = (v: Buffer | null, f: FieldPacket) =>
      v === null
        ? 'NULL'
        : f.characterSet === BINARY_CHARSET && BYTE_TYPES.has(f.columnType ?? 0)
          ? `X'${v.toString('hex')}'`
          : conn.escape(v.toString('utf8'));
    const values = data.map((r) => `(${r.map((v, i) => literal(v, fields[i])).join(', ')})`);
    seedSql[table] = `INSERT INTO ${conn.escapeId(table)} (${names.map((n) => conn.escapeId(n)).join(', ')}) VALUES ${values.join(', ')}`;
  }
  return seedSql;
}

/** What differs between two states, one line each (empty: the same). */
export function differences(now: DatabaseState, want: DatabaseState): string[] {
  const out: string[] = [];
  for (const key of ['schema', 'counters', 'contents'] as const) {
    const names = new Set([...Object.keys(now[key]), ...Object.keys(want[key])]);
    for (const t of names) if (now[key][t] !== want[key][t]) out.push(`${key} of ${t}: ${now[key][t]} instead of ${want[key][t]}`);
  }
  if (now.programs.join('\n') !== want.programs.join('\n')) out.push(`triggers, routines or events: ${now.programs.join(', ')}`);
  if (now.migrations.join('\n') !== want.migrations.join('\n')) out.push(`migrations: ${now.migrations.join(', ')}`);
  return out;
}

/** Same tables, columns, indexes and migrations run: only rows and counters may differ. */
function sameShape(now: DatabaseState, want: DatabaseState): boolean {
  const shape = (s: DatabaseState) => JSON.stringify([s.schema, s.programs, [...s.migrations].sort()]);
  return shape(now) === shape(want);
}

export class MysqlReset {
  private readonly file: string;

  constructor(
    private readonly url: string,
    runDir: string,
  ) {
    const u = new URL(url);
    this.file = path.join(runDir, `mysql-${encodeURIComponent(`${u.hostname}_${u.port}_${u.pathname.slice(1)}`)}.json`);
  }

  private load(): Snapshot | undefined {
    return fs.existsSync(this.file) ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Snapshot) : undefined;
  }

  private connect(): Promise<Connection> {
    return createConnection({ uri: this.url, multipleStatements: true });
  }

  /** Records the freshly migrated database as the state every later suite starts from. */
  async snapshot(): Promise<void> {
    const conn = await this.connect();
    try {
      const first = await readState(conn, new Set());
      const seeded = Object.keys(first.contents).filter((t) => first.contents[t] === 'rows');
      const snapshot: Snapshot = { state: await readState(conn, new Set(seeded)), seedSql: await seedStatements(conn, seeded) };
      fs.writeFileSync(this.file, JSON.stringify(snapshot));
    } finally {
      await conn.end();
    }
  }

  /** How the database differs from the snapshot now (empty: as migrated). */
  async differences(): Promise<string[]> {
    const snap = this.load();
    if (!snap) return ['no snapshot'];
    const conn = await this.connect();
    try {
      return differences(await readState(conn, new Set(Object.keys(snap.seedSql))), snap.state);
    } finally {
      await conn.end();
    }
  }

  /**
   * Puts the database back in its snapshot's state; false when there is no snapshot or the schema
   * has another shape (a migration suite's work): then the caller drops and migrates, and snapshots.
   */
  async reset(): Promise<boolean> {
    const snap = this.load();
    if (!snap) return false;
    const seeded = new Set(Object.keys(snap.seedSql));
    const conn = await this.connect();
    try {
      const now = await readState(conn, seeded);
      if (!sameShape(now, snap.state)) return false;
      const want = snap.state;
      const dirty = Object.keys(want.contents).filter((t) => now.contents[t] !== want.contents[t] || now.counters[t] !== want.counters[t]);
      if (dirty.length) {
        const refill = dirty.flatMap((t) => [`TRUNCATE TABLE ${conn.escapeId(t)}`, ...(snap.seedSql[t] ? [snap.seedSql[t]] : [])]);
        await conn.query(['SET FOREIGN_KEY_CHECKS = 0', ...refill, 'SET FOREIGN_KEY_CHECKS = 1'].join(';\n'));
      }
      let after = await readState(conn, seeded);
      // A counter the seed rows do not set by themselves (a migration inserted and deleted rows).
      const counters = dirty.filter((t) => want.counters[t] && after.counters[t] !== want.counters[t]);
      if (counters.length) {
        await conn.query(counters.map((t) => `ALTER TABLE ${conn.escapeId(t)} AUTO_INCREMENT = ${Number(want.counters[t])}`).join(';\n'));
        after = await readState(conn, seeded);
      }
      const left = differences(after, want);
      if (left.length) throw new Error(`Resetting the test database left it unlike the migrated one:\n${left.join('\n')}`);
      return true;
    } finally {
      await conn.end();
    }
  }
}

/** The reset of the MySQL/MariaDB database at `url` for this jest run; undefined outside one. */
export function mysqlReset(url: string): MysqlReset | undefined {
  const dir = testRunDir();
  return dir ? new MysqlReset(url, dir) : undefined;
}
