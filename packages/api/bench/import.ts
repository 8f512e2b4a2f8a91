import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sortKey } from '@roster/shared';
import { createApp } from '../src/app';
import { agentActor } from '../src/common/actor';
import { inTransaction, isMysql } from '../src/common/transaction';
import { loadConfig } from '../src/config';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { Agent } from '../src/modules/agent';
import { ImportJob } from '../src/modules/import';
import { createAgentImport } from '../src/modules/agent-import';
import { ChangeLogEntry } from '../src/common/change-log';
import { OutboxMessage } from '../src/modules/mail';
import { Team } from '../src/modules/team';
import { TEAMS, writeCsv } from './import-csv';

// `pnpm --filter @roster/api bench:import`: imports BENCH_IMPORT_ROWS (100,000) generated rows
// (groups and teams by name, change log, set-password links, welcome emails in the outbox) and
// compares rows/s with a raw multi-row INSERT of the same agents, links, change-log and outbox
// rows into the same tables, measured in the same run. Peak RSS comes from separate child
// processes importing 10,000 and 100,000 rows. SQLite always; with
// BENCH_DATABASE_URL=mysql://... MySQL/MariaDB as well (its tables are dropped first).

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const ADMIN = 'bench-admin@example.com';

async function fresh(dir: string, url: string | undefined) {
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: url ?? `sqlite:${path.join(dir, 'bench.sqlite')}`,
    ADMIN_EMAIL: ADMIN,
    ADMIN_PASSWORD: 'bench-password-1',
    LICENSE_SEATS: '1000000',
    OUTBOX_POLL_MS: '0',
    IMPORT_POLL_MS: '0',
    IMPORT_DIR: path.join(dir, 'imports'),
    WEB_DIST: '',
  };
  const config = loadConfig(env);
  const ds = createDataSource(config.db);
  await ds.initialize();
  if (url) await ds.dropDatabase();
  await initDataSource(ds);
  const roster = await createApp(config, { ds, log: () => undefined });
  await ds.manager.insert(
    Team,
    TEAMS.map((name) => ({ name, createdAt: new Date() })),
  );
  return { roster, ds, config };
}

/** Child: one import of n rows; prints its time and peak RSS. */
async function child(n: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-import-'));
  const { roster, ds, config } = await fresh(dir, process.env.BENCH_DATABASE_URL);
  fs.mkdirSync(config.importDir, { recursive: true });
  writeCsv(path.join(config.importDir, 'bench.csv'), n);
  const admin = await ds.manager.findOneByOrFail(Agent, { email: ADMIN });
  const bytes = fs.statSync(path.join(config.importDir, 'bench.csv')).size;
  const job = await inTransaction(ds, (em) =>
    createAgentImport({ ...roster.deps.services, em, actor: agentActor(admin) }, { file: { fileName: 'bench.csv', bytes }, dryRun: false }),
  );
  const t0 = performance.now();
  await roster.imports.runDue();
  const ms = performance.now() - t0;
  const done = await ds.manager.findOneByOrFail(ImportJob, { id: job.id });
  if (done.status !== 'COMPLETED' || done.createdCount !== n) throw new Error(`import ended ${done.status}: ${done.failure}`);
  const changeLog = await ds.manager.count(ChangeLogEntry);
  const outbox = await ds.manager.count(OutboxMessage);
  console.log(JSON.stringify({ n, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, changeLog, outbox }));
  await roster.close();
  await ds.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Baseline: the same agents, links, change-log and outbox rows as raw multi-row INSERTs in one transaction. */
async function baseline(url: string | undefined, n: number, changeLogPerAgent: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-raw-'));
  const { roster, ds } = await fresh(dir, url);
  const teamIds = (await ds.query('SELECT id FROM team ORDER BY id')).map((r: { id: number }) => r.id);
  // As TypeORM stores datetime(3) on both dialects: '2026-01-02 03:04:05.678' (UTC).
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  const multi = async (em: import('typeorm').EntityManager, table: string, cols: string[], rows: unknown[][]) => {
    const per = Math.floor(30_000 / cols.length);
    for (let i = 0; i < rows.length; i += per) {
      const part = rows.slice(i, i + per);
      const q = isMysql(em) ? '`' : '"';
      const sql = `INSERT INTO ${table} (${cols.map((c) => q + c + q).join(',')}) VALUES ${part.map(() => `(${cols.map(() => '?').join(',')})`).join(',')}`;
      await em.query(sql, part.flat());
    }
  };
  const t0 = performance.now();
  await inTransaction(ds, async (em) => {
    const agentCols = [
      'email',
      'name',
      'name_key',
      'timezone',
      'language',
      'is_admin',
      'is_reports_admin',
      'status',
      'must_change_password',
      'can_edit_own_ticket_notifications',
      'extra_emails',
      'permissions',
      'created_at',
      'updated_at',
    ];
    const rows = Array.from({ length: n }, (_, i) => [
      `agent${i}@bench.example.com`,
      `Agent ${i} Zoë`,
      sortKey(`Agent ${i} Zoë`),
      'UTC',
      'en',
      0,
      i % 10 === 0 ? 1 : 0,
      'ACTIVE',
      0,
      1,
      '[]',
      '[]',
      now,
      now,
    ]);
    await multi(em, 'agent', agentCols, rows);
    const ids: { id: number; email: string }[] = await em.query("SELECT id, email FROM agent WHERE email LIKE '%@bench.example.com'");
    const idx = (email: string) => Number(/agent(\d+)@/.exec(email)![1]);
    await multi(
      em,
      'agent_permission_group',
      ['agent_id', 'group_id'],
      ids.map((a) => [a.id, 2]),
    );
    await multi(
      em,
      'team_member',
      ['agent_id', 'team_id'],
      ids.flatMap((a) => [
        [a.id, teamIds[idx(a.email) % 5]],
        [a.id, teamIds[(idx(a.email) + 2) % 5]],
      ]),
    );
    const log = ids.flatMap((a) =>
      Array.from({ length: changeLogPerAgent }, (_, k) => [
        'AGENT',
        String(a.id),
        `f${k}`,
        null,
        a.email,
        'AGENT',
        1,
        'Admin',
        'import #1',
        now,
      ]),
    );
    await multi(
      em,
      'change_log',
      ['entity_type', 'entity_id', 'field', 'old_value', 'new_value', 'actor_kind', 'actor_id', 'actor_name', 'reason', 'created_at'],
      log,
    );
    const body = 'Hello, an agent account has been created for you in Roster. '.repeat(20);
    await multi(
      em,
      'mail_outbox',
      ['to_address', 'subject', 'text_body', 'html_body', 'attachments', 'status', 'attempts', 'next_attempt_at', 'created_at'],
      ids.map((a) => [a.email, 'Your Roster agent account is ready', body, body, '[]', 'PENDING', 0, now, now]),
    );
    await multi(
      em,
      'password_link',
      ['agent_id', 'token_hash', 'created_at', 'expires_at'],
      ids.map((a) => [a.id, String(a.id).padStart(64, 'x'), now, now]),
    );
  });
  const ms = performance.now() - t0;
  await roster.close();
  await ds.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

interface ChildResult {
  n: number;
  ms: number;
  maxRssMb: number;
  changeLog: number;
  outbox: number;
}

function runChild(url: string | undefined, n: number): ChildResult {
  const env = { ...process.env };
  if (url) env.BENCH_DATABASE_URL = url;
  else delete env.BENCH_DATABASE_URL;
  // The children run with a bounded old space (BENCH_IMPORT_HEAP_MB, 160 by default): V8 otherwise
  // lets the heap grow to several times what is live before collecting, and only the long run gets
  // that far. An import that buffered its rows would run out of memory under this cap.
  const heap = `--max-old-space-size=${Number(process.env.BENCH_IMPORT_HEAP_MB ?? 160)}`;
  const r = spawnSync(process.execPath, [heap, '-r', '@swc-node/register', __filename, '--child', String(n)], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`child ${n} failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line);
}

async function benchOne(url: string | undefined): Promise<void> {
  const db = url ? 'MySQL/MariaDB' : 'SQLite';
  const small = runChild(url, Math.round(ROWS / 10));
  const big = runChild(url, ROWS);
  const rawMs = await baseline(url, ROWS, Math.round((big.changeLog - 1) / ROWS));
  const rps = (n: number, ms: number) => Math.round((n / ms) * 1000);
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  console.log(
    `CSV import on ${db}, ${ROWS.toLocaleString('en')} rows (${big.changeLog.toLocaleString('en')} change-log rows, ${big.outbox.toLocaleString('en')} emails)`,
  );
  console.log(`  import        ${rps(ROWS, big.ms).toLocaleString('en')} rows/s (${(big.ms / 1000).toFixed(1)} s)`);
  console.log(`  raw INSERT    ${rps(ROWS, rawMs).toLocaleString('en')} rows/s (${(rawMs / 1000).toFixed(1)} s)`);
  console.log(`  ratio         ${(rawMs / big.ms).toFixed(2)}x of the raw rows per second`);
  console.log(
    `  peak RSS      ${mb(small.maxRssMb)} for ${small.n.toLocaleString('en')} rows, ${mb(big.maxRssMb)} for ${big.n.toLocaleString('en')} (+${mb(big.maxRssMb - small.maxRssMb)})`,
  );
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--child');
  if (i > 0) return child(Number(process.argv[i + 1]));
  await benchOne(undefined);
  if (process.env.BENCH_DATABASE_URL) await benchOne(process.env.BENCH_DATABASE_URL);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
