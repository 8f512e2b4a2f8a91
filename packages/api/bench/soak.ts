import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countingSink } from '@roster/testkit';
import type { DataSource } from 'typeorm';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { Cluster } from './soak-cluster';
import { checkSoak, Ledger } from './soak-checks';
import { median, table } from './stats';

// `pnpm bench soak`: SOAK_REPLICAS (3) API processes on one MySQL/MariaDB database behind a small
// round-robin balancer, SOAK_CLIENTS (12) clients sending a mixed load for SOAK_SECONDS (240):
// list and search reads, agent renames, user creations, merges, invitations (mail through an SMTP
// sink), and one CSV import of SOAK_IMPORT_ROWS (20,000) agents with their welcome emails; every
// SOAK_KILL_EVERY_SECONDS (60) one API process is killed with SIGKILL and a new one started. Then
// it waits for the import and the outbox to finish and checks the data (soak-checks.ts).
// BENCH_DATABASE_URL picks the database (its tables are dropped first); SOAK_REPLICA_URLS adds
// read replicas (scripts/replication.sh); SOAK_DRAIN_MINUTES (30) bounds the wait for the import and the outbox;
// MAIL_CONCURRENCY (4) is each process's number of messages in flight.

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const SECONDS = num('SOAK_SECONDS', 240);
const KILL_EVERY = num('SOAK_KILL_EVERY_SECONDS', 60);
const API_PROCESSES = num('SOAK_REPLICAS', 3);
const CLIENTS = num('SOAK_CLIENTS', 12);
const IMPORT_ROWS = num('SOAK_IMPORT_ROWS', 20_000);
const DRAIN_MINUTES = num('SOAK_DRAIN_MINUTES', 30);
const MAIL_CONCURRENCY = num('MAIL_CONCURRENCY', 4);
const RENAMED_AGENTS = 24;
const ADMIN = { email: 'soak-admin@example.com', password: 'soak-password-1' };

type Op = 'read agents' | 'search users' | 'rename agent' | 'create user' | 'merge users' | 'invite agent';

class Client {
  latencies = new Map<Op, number[]>();
  errors: { op: Op; at: number; what: string }[] = [];
  constructor(
    private readonly base: string,
    private token = '',
  ) {}

  setToken(token: string): void {
    this.token = token;
  }

  /** One GraphQL request; data on success, undefined (error recorded) otherwise. */
  async gql<T = any>(op: Op | null, query: string, variables: Record<string, unknown> = {}): Promise<T | undefined> {
    const start = performance.now();
    try {
      const res = await fetch(`${this.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      const body = res.status === 200 ? (JSON.parse(text) as { data?: T; errors?: { message: string }[] }) : undefined;
      if (!body || body.errors?.length) throw new Error(`${res.status} ${body?.errors?.[0]?.message ?? text.slice(0, 120)}`);
      if (op) (this.latencies.get(op) ?? this.latencies.set(op, []).get(op)!).push(performance.now() - start);
      return body.data;
    } catch (e) {
      if (!op) throw e;
      this.errors.push({ op, at: Date.now(), what: (e as Error).message });
      return undefined;
    }
  }
}

const LIST = 'query($first: Int!) { agents(first: $first) { totalCount edges { node { id name email teams { id name } } } } }';
const SEARCH = 'query($s: String!) { users(first: 20, filter: { search: $s }) { edges { node { id name emails { address } } } } }';
const RENAME = 'mutation($id: ID!, $name: String!) { updateAgent(id: $id, input: { name: $name }) { id name } }';
const CREATE_USER = 'mutation($name: String!, $email: String!) { createUser(input: { name: $name, emails: [$email] }) { id } }';
const MERGE = 'mutation($s: ID!, $t: ID!) { mergeUsers(sourceUserId: $s, targetUserId: $t) { id } }';
const INVITE = 'mutation($e: String!) { inviteAgent(input: { email: $e }) { id } }';

function importCsv(rows: number): string {
  let csv = 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature\n';
  for (let i = 0; i < rows; i++) csv += `soak-import-${i}@example.com,Imported ${i},All Non-Destructive Permissions,,No,No,Yes,\n`;
  return csv;
}

async function clientLoop(c: Client, n: number, ledger: Ledger, agents: string[], until: number): Promise<void> {
  let seq = 0;
  // Each client renames its own agents, so the last acknowledged name of each is well defined.
  const mine = agents.filter((_, i) => i % CLIENTS === n);
  while (Date.now() < until) {
    seq++;
    const pick = (n * 7 + seq) % 20;
    const tag = `${n}-${seq}`;
    if (pick < 8) {
      await c.gql('read agents', LIST, { first: 50 });
    } else if (pick < 11) {
      await c.gql('search users', SEARCH, { s: `soak ${seq % 10}` });
    } else if (pick < 14 && mine.length) {
      const id = mine[seq % mine.length];
      const name = `Renamed ${tag}`;
      ledger.renameAttempted(id, name);
      if (await c.gql('rename agent', RENAME, { id, name })) ledger.renamed(id, name);
    } else if (pick < 17) {
      const email = `soak-user-${tag}@example.com`;
      if (await c.gql('create user', CREATE_USER, { name: `Soak ${seq % 10} user ${tag}`, email })) ledger.users.push(email);
    } else if (pick < 19) {
      const [a, b] = [`soak-merge-a-${tag}@example.com`, `soak-merge-b-${tag}@example.com`];
      const target = await c.gql<{ createUser: { id: string } }>('create user', CREATE_USER, { name: `Merge ${tag}`, email: a });
      const source = await c.gql<{ createUser: { id: string } }>('create user', CREATE_USER, { name: `Merge ${tag} again`, email: b });
      if (target && source && (await c.gql('merge users', MERGE, { s: source.createUser.id, t: target.createUser.id }))) {
        ledger.merges.push({ targetId: target.createUser.id, sourceId: source.createUser.id, emails: [a, b] });
      }
    } else {
      const email = `soak-invite-${tag}@example.com`;
      if (await c.gql('invite agent', INVITE, { e: email })) ledger.invitations.push(email);
    }
  }
}

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : 0;

/**
 * The welcome emails' throughput, from the outbox's own times: they become due when the import
 * commits; the last ones may wait for the 5-minute lease of a batch a killed process had claimed.
 */
async function mailFigures(ds: DataSource, importId: string): Promise<string> {
  const [job] = (await ds.query('SELECT finished_at FROM import_job WHERE id = ?', [Number(importId)])) as { finished_at: Date }[];
  const rows = (await ds.query("SELECT sent_at FROM mail_outbox WHERE status = 'SENT' AND to_address LIKE 'soak-import-%'")) as {
    sent_at: Date;
  }[];
  if (!job || !rows.length) return 'welcome emails: none sent';
  const sent = rows.map((r) => new Date(r.sent_at).getTime()).sort((a, b) => a - b);
  const from = new Date(job.finished_at).getTime();
  const p99 = (sent[Math.ceil(sent.length * 0.99) - 1] - from) / 1000;
  const last = (sent[sent.length - 1] - from) / 1000;
  return (
    `welcome emails: ${sent.length}, 99% sent ${p99.toFixed(0)} s after the import committed ` +
    `(${((sent.length * 0.99) / p99).toFixed(1)} mails/s), the last after ${last.toFixed(0)} s`
  );
}

export async function soak(): Promise<void> {
  const dbUrl = process.env.BENCH_DATABASE_URL ?? 'mysql://roster_ci:roster_ci@127.0.0.1:3306/roster_soak';
  if (!dbUrl.startsWith('mysql://')) throw new Error('the soak needs a MySQL/MariaDB BENCH_DATABASE_URL (several processes share it)');
  const ds = createDataSource({ type: 'mysql', url: dbUrl });
  await ds.initialize();
  await ds.dropDatabase();
  await initDataSource(ds);

  const sink = await countingSink();
  const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-soak-'));
  const cluster = new Cluster(dbUrl, {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '250',
    MAIL_CONCURRENCY: String(MAIL_CONCURRENCY),
    IMPORT_POLL_MS: '500',
    // Long enough that a busy, living runner keeps its claim; a killed one's import moves on after it.
    IMPORT_LEASE_MS: '15000',
    IMPORT_DIR: importDir,
    LICENSE_SEATS: '1000000',
    LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
    ...(process.env.SOAK_REPLICA_URLS ? { DATABASE_REPLICA_URLS: process.env.SOAK_REPLICA_URLS } : {}),
  });
  await cluster.start(API_PROCESSES);
  const admin = new Client(cluster.url);
  const login = await admin.gql<{ login: { token: string } }>(
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: ADMIN.email,
      p: ADMIN.password,
    },
  );
  admin.setToken(login!.login.token);
  const agents: string[] = [];
  for (let i = 0; i < RENAMED_AGENTS; i++) {
    const r = await admin.gql<{ createAgent: { agent: { id: string } } }>(
      null,
      'mutation($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }',
      { e: `soak-agent-${i}@example.com` },
    );
    agents.push(r!.createAgent.agent.id);
  }

  const ledger = new Ledger();
  const clients = Array.from({ length: CLIENTS }, () => new Client(cluster.url, login!.login.token));
  const started = Date.now();
  const until = started + SECONDS * 1000;
  console.log(
    `soak: ${API_PROCESSES} API processes, ${CLIENTS} clients, ${SECONDS} s, a kill every ${KILL_EVERY} s, import of ${IMPORT_ROWS} rows`,
  );

  const kills: { at: number; name: string; inFlight: number }[] = [];
  const killer = (async () => {
    for (let round = 0; Date.now() + KILL_EVERY * 1000 <= until; round++) {
      await new Promise((r) => setTimeout(r, KILL_EVERY * 1000));
      const k = await cluster.killOne(round);
      kills.push({ at: Date.now() - started, ...k });
      console.log(
        `  ${((Date.now() - started) / 1000).toFixed(0)} s: killed ${k.name} (${k.inFlight} requests in flight), started its successor`,
      );
    }
  })();
  const upload = (async () => {
    await new Promise((r) => setTimeout(r, 5000));
    const res = await fetch(`${cluster.url}/imports/agents`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${login!.login.token}` },
      body: importCsv(IMPORT_ROWS),
    });
    if (res.status !== 202) throw new Error(`import upload answered ${res.status}: ${await res.text()}`);
    ledger.importId = ((await res.json()) as { id: string }).id;
  })();
  await Promise.all([...clients.map((c, n) => clientLoop(c, n, ledger, agents, until)), killer, upload]);
  const elapsed = (Date.now() - started) / 1000;

  // The import and the mail finish on whichever processes are alive.
  const drainStart = Date.now();
  let logged = 0;
  for (;;) {
    const [{ pending }] = (await ds.query("SELECT COUNT(*) AS pending FROM mail_outbox WHERE status = 'PENDING'")) as { pending: string }[];
    const [job] = (await ds.query('SELECT status FROM import_job WHERE id = ?', [Number(ledger.importId)])) as { status: string }[];
    if (Number(pending) === 0 && job && !['QUEUED', 'RUNNING'].includes(job.status)) break;
    if (Date.now() - drainStart > DRAIN_MINUTES * 60_000)
      throw new Error(`not drained after ${DRAIN_MINUTES} minutes: ${pending} mails pending, import ${job?.status}`);
    if (Date.now() - logged > 15_000) {
      logged = Date.now();
      console.log(`  draining: ${pending} mails pending, import ${job?.status ?? 'not uploaded'}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  const drained = (Date.now() - drainStart) / 1000;

  const ops = new Map<string, number[]>();
  for (const c of clients) for (const [op, xs] of c.latencies) ops.set(op, [...(ops.get(op) ?? []), ...xs]);
  const all = [...ops.values()].flat();
  console.log(
    table(
      ['operation', 'done', 'per s', 'p50', 'p99'],
      [...ops.entries(), ['all', all] as [string, number[]]].map(([op, xs]) => [
        op,
        String(xs.length),
        (xs.length / elapsed).toFixed(1),
        `${median(xs).toFixed(1)} ms`,
        `${pct(xs, 0.99).toFixed(1)} ms`,
      ]),
    ),
  );
  const errors = clients.flatMap((c) => c.errors);
  const unexplained = errors.length - cluster.dropped.filter((d) => d.wasKilled).length;
  console.log(
    `client errors: ${errors.length} (${cluster.dropped.filter((d) => d.wasKilled).length} requests in flight on a killed process; ` +
      `${cluster.dropped.length} dropped by the balancer); import and outbox drained ${drained.toFixed(0)} s after the load`,
  );
  for (const e of errors.slice(0, 5)) console.log(`  ${e.op}: ${e.what}`);
  console.log(await mailFigures(ds, ledger.importId));

  const failures = await checkSoak(ds, ledger, sink, { importRows: IMPORT_ROWS, kills: kills.length, mailConcurrency: MAIL_CONCURRENCY });
  if (unexplained > 0) failures.push(`${unexplained} client errors were not requests in flight on a killed process`);
  await cluster.stop();
  await sink.close();
  await ds.destroy();
  fs.rmSync(importDir, { recursive: true, force: true });
  if (failures.length) {
    console.log(`SOAK FAILED:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log('soak checks: all passed');
}
