import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TEAMS, writeCsv } from './import-csv';
import { median, table } from './stats';

// `pnpm bench import-memory`: the server as users run it, its RSS through a CSV import of
// BENCH_IMPORT_ROWS (100,000) agents uploaded over HTTP, as the SPA uploads it. Two ways in:
// `pnpm start` (the root package.json's start command, run by sh as pnpm runs it) and the API
// image (docker/api.Dockerfile's CMD and NODE_ENV, run here without Docker). Idle RSS is read
// after sign-in and a few requests; the peak from /proc/<pid>/status every 100 ms during the
// import. Goal (issue 23): the peak within 100 MB of idle. SQLite; with BENCH_DATABASE_URL=mysql://
// (a database it may drop) MariaDB/MySQL too. Linux only (/proc). The outbox does not deliver
// during the import (OUTBOX_POLL_MS=0): the figure is the import's.

const ROOT = path.resolve(__dirname, '../../..');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const GOAL_MB = 100;
const ADMIN = { email: 'bench-admin@example.com', password: 'bench-password-1' };

interface Way {
  name: string;
  /** The command as users run it, from the file that defines it. */
  command: string[];
  cwd: string;
  env: Record<string, string>;
}

/** `pnpm start`: the root package.json's script (`exec node ... scripts/start.mjs`), through sh as pnpm runs it. */
function pnpmStart(): Way {
  const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
  return { name: 'pnpm start', command: ['sh', '-c', script], cwd: ROOT, env: {} };
}

/** The API image: the Dockerfile's CMD (a JSON array) and ENV NODE_ENV, in packages/api where the image has /app. */
function dockerImage(): Way {
  const text = fs.readFileSync(path.join(ROOT, 'docker/api.Dockerfile'), 'utf8');
  const cmd = text.match(/^CMD (\[.*\])\s*$/m);
  if (!cmd) throw new Error('docker/api.Dockerfile has no CMD ["..."] line');
  return {
    name: 'API image (CMD)',
    command: JSON.parse(cmd[1]),
    cwd: path.join(ROOT, 'packages/api'),
    env: { NODE_ENV: 'production', SECRET_KEY: 'bench-secret-key-bench-secret-key-bench-secret' },
  };
}

/** BENCH_SERVER_NODE_FLAGS (to compare heap settings): node flags put before the way's own, in its command. */
function withFlags(command: string[]): string[] {
  const flags = process.env.BENCH_SERVER_NODE_FLAGS;
  if (!flags) return command;
  if (command[0] === 'node') return ['node', ...flags.split(' '), ...command.slice(1)];
  return command.map((part) => part.replace(/\bnode /, `node ${flags} `));
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** The process's resident set now (MB), and its parts: anonymous (heaps), file-backed, shared; 0 once it has exited. */
const rssOf = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile'), shmem: mb('RssShmem') };
};
const rssMb = (pid: number): number => rssOf(pid).rss;

async function waitUp(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not answer /healthz within 120 s');
}

async function measure(way: Way, dbUrl: string, csv: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-import-memory-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(way.command[0], withFlags(way.command).slice(1), {
    cwd: way.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      ...way.env,
      INIT_CWD: dir,
      PORT: String(port),
      DATABASE_URL: dbUrl || `sqlite:${path.join(dir, 'roster.sqlite')}`,
      IMPORT_DIR: path.join(dir, 'imports'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LICENSE_SEATS: String(ROWS * 2),
      OUTBOX_POLL_MS: '0',
    },
    // BENCH_SERVER_LOG=file: the servers' output there (with --trace-gc in BENCH_SERVER_NODE_FLAGS, the heap through the import).
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? fs.openSync(process.env.BENCH_SERVER_LOG, 'a') : 'ignore', 'inherit'],
  });
  try {
    await waitUp(base, child);
    const gql = async (query: string, variables: object, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown };
      if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const token = (
      await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })
    ).login.token as string;
    for (const name of TEAMS) await gql('mutation($n: String!) { createTeam(name: $n) { id } }', { n: name }, token);
    for (let i = 0; i < 20; i++) await gql('{ agents(first: 50) { totalCount edges { node { id name } } } }', {}, token);
    await new Promise((r) => setTimeout(r, 3000));
    const idle = median([0, 1, 2].map(() => rssMb(child.pid!)));
    const idleParts = rssOf(child.pid!);

    let peak = idle;
    // Where the growth is: the highest anonymous (V8's heap and native allocations), file-backed and shared parts.
    const parts = { ...idleParts };
    const sampler = setInterval(() => {
      const now = rssOf(child.pid!);
      peak = Math.max(peak, now.rss);
      for (const k of ['anon', 'file', 'shmem'] as const) parts[k] = Math.max(parts[k], now[k]);
    }, 100);
    const started = performance.now();
    const res = await fetch(`${base}/imports/agents`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    if (!res.ok) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    let job: { status: string; createdCount: number; failure: string | null };
    for (;;) {
      if (child.exitCode !== null || child.signalCode)
        throw new Error(`the server exited during the import (${child.exitCode ?? child.signalCode})`);
      job = (await gql('query($id: ID!) { agentImport(id: $id) { status createdCount failure } }', { id }, token)).agentImport;
      if (job.status !== 'QUEUED' && job.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (job.status !== 'COMPLETED' || job.createdCount !== ROWS) throw new Error(`import ended ${JSON.stringify(job)}`);
    const grew = (k: 'anon' | 'file' | 'shmem') => `+${(parts[k] - idleParts[k]).toFixed(0)}`;
    return { idle, peak, seconds, parts: `${grew('anon')} / ${grew('file')} / ${grew('shmem')} MB` };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function importMemory(): Promise<void> {
  // Built as `pnpm start` builds (only what is stale): both ways run the compiled API.
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--build-only'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-import-csv-')), 'agents.csv');
  writeCsv(file, ROWS);
  const csv = fs.readFileSync(file);
  const dbs: [string, string][] = [['SQLite', '']];
  if (process.env.BENCH_DATABASE_URL) dbs.push(['MariaDB', process.env.BENCH_DATABASE_URL]);
  const rows: string[][] = [];
  for (const way of [pnpmStart(), dockerImage()]) {
    for (const [db, url] of dbs) {
      if (url) await dropDatabase(url);
      process.stdout.write(`${way.name} on ${db}: importing ${ROWS.toLocaleString('en')} rows... `);
      const r = await measure(way, url, csv);
      console.log(`${r.seconds.toFixed(0)} s`);
      const growth = r.peak - r.idle;
      rows.push([
        way.name,
        db,
        `${r.idle.toFixed(0)} MB`,
        `${r.peak.toFixed(0)} MB`,
        `+${growth.toFixed(0)} MB`,
        `${r.seconds.toFixed(0)} s`,
        r.parts,
        growth <= GOAL_MB ? 'within the goal' : `OVER the goal (${GOAL_MB} MB)`,
      ]);
    }
  }
  console.log(`\nServer RSS through a ${ROWS.toLocaleString('en')}-row CSV import (goal: peak within ${GOAL_MB} MB of idle)`);
  console.log(table(['started as', 'database', 'idle RSS', 'peak RSS', 'growth', 'import', 'anon / file / shmem peaks', 'notes'], rows));
  console.log(`\ncommands: pnpm start = ${pnpmStart().command.join(' ')}; image = ${dockerImage().command.join(' ')}`);
}

/** A fresh database for each server (the URL names one the bench may drop). */
async function dropDatabase(url: string): Promise<void> {
  const { createConnection } = await import('mysql2/promise');
  const u = new URL(url);
  const name = u.pathname.slice(1);
  const conn = await createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  await conn.end();
}
