import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { ADMIN_EMAIL, ADMIN_PASSWORD, seedBulk, startBenchApp } from './fixture';
import { mb, median, table } from './stats';
import { postText, Server, spawnServer, stop } from './servers';
import { DOCUMENTS, SpaDocument } from './spa-documents';
import { seedUsers } from './users-seed';

// `pnpm bench concurrent`: the app (production mode, its own process) against a bare node:http
// handler on the same database (raw-server.ts, its own process: the same work, no more), loaded
// by autocannon with 20 connections sending the SPA's documents (spa-documents.ts) through 10
// pages each, with the cursors the answers give. Before any timing every page's answer is checked
// byte for byte between the two. Rounds of at least 8 s, app and raw interleaved (alternating
// which goes first) so that load from elsewhere hits both alike; medians and ranges are printed.
// SQLite, then MySQL/MariaDB when BENCH_DATABASE_URL is set (its tables are dropped first).

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const AGENTS = num('BENCH_AGENTS', 2000);
const USERS = num('BENCH_USERS', 2000);
const CONNECTIONS = num('BENCH_CONNECTIONS', 20);
const ROUNDS = num('BENCH_ROUNDS', 5);
const SECONDS = num('BENCH_SECONDS', 8);
const PAGES = num('BENCH_PAGES', 10);
const MEMORY_REQUESTS = [1000, num('BENCH_MEMORY_REQUESTS', 10_000)];

/** The request bodies of a document's first PAGES pages (one body for a document without a connection). */
type Bodies = string[];

interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** The server's CPU time (user + system) per request, us: what the machine's other load does not change much. */
  cpu: number;
}

async function load(url: string, token: string, bodies: Bodies, opts: { duration?: number; amount?: number }): Promise<Load> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    // Each connection sends the pages in turn, then starts again.
    requests: bodies.map((body) => ({ method: 'POST', body })),
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration }),
  });
  if (r.errors || r.non2xx || r.timeouts) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts`);
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, cpu: NaN };
}

/** A load on `s`, with the server's CPU time per request. */
async function measured(s: Server, token: string, bodies: Bodies, duration: number): Promise<Load> {
  const before = (await s.ask<{ cpu: number }>('cpu')).cpu;
  const r = await load(s.url, token, bodies, { duration });
  const after = (await s.ask<{ cpu: number }>('cpu')).cpu;
  return { ...r, cpu: (after - before) / (r.rps * duration) };
}

/** Interleaved rounds, alternating which side goes first; the ratio is the median of per-round ratios. */
async function pairs(app: Server, raw: Server, token: string, bodies: Bodies) {
  const a: Load[] = [];
  const b: Load[] = [];
  await load(app.url, token, bodies, { duration: 2 });
  await load(raw.url, token, bodies, { duration: 2 });
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) {
      a.push(await measured(app, token, bodies, SECONDS));
      b.push(await measured(raw, token, bodies, SECONDS));
    } else {
      b.push(await measured(raw, token, bodies, SECONDS));
      a.push(await measured(app, token, bodies, SECONDS));
    }
  }
  const med = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]));
  const summary = (xs: Load[]) => ({
    rps: med(xs, 'rps'),
    rpsAll: xs.map((x) => x.rps),
    p50: med(xs, 'p50'),
    p99: med(xs, 'p99'),
    cpu: med(xs, 'cpu'),
  });
  const ratios = a.map((x, i) => x.rps / b[i].rps);
  return { app: summary(a), raw: summary(b), ratio: median(ratios), ratios };
}

/**
 * The bodies of a document's pages, each answered byte for byte alike by the app and the raw
 * handler (else the bench stops: a baseline that answers something else measures nothing).
 */
export async function pagesOf(app: Server, raw: Server, token: string, doc: SpaDocument, label: string): Promise<Bodies> {
  const bodies: Bodies = [];
  let after: string | null = null;
  for (let i = 0; i < (doc.connection ? PAGES : 1); i++) {
    const body = JSON.stringify({
      operationName: doc.operationName,
      query: doc.query,
      variables: { ...doc.variables, ...(after ? { after } : {}) },
    });
    const [g, r]: string[] = await Promise.all([postText(app.url, token, body), postText(raw.url, token, body)]);
    if (g !== r) {
      let at = 0;
      while (g[at] === r[at]) at++;
      const around = (x: string) => x.slice(Math.max(0, at - 200), at + 200);
      throw new Error(
        `${label} ${doc.operationName} page ${i + 1}: app and raw answers differ at ${at}:\napp ${around(g)}\nraw ${around(r)}`,
      );
    }
    const data = JSON.parse(g).data as Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null } }> | undefined;
    if (!data) throw new Error(`${label} ${doc.operationName}: ${g.slice(0, 300)}`);
    bodies.push(body);
    if (!doc.connection) break;
    const pageInfo: { hasNextPage: boolean; endCursor: string | null } = data[doc.connection].pageInfo;
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return bodies;
}

/** The bench's database (SQLite file, or the schema at `databaseUrl`): demo data, AGENTS agents, USERS users, an admin's session. */
export async function seededDatabase(databaseUrl: string | undefined) {
  const seeded = await startBenchApp(databaseUrl);
  const counts = await seedBulk(seeded, AGENTS);
  const users = await seedUsers(seeded.roster.ds, USERS, 200, 10, { addTo: true });
  const token = (
    await seeded.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    })
  ).login.token;
  await seeded.close(true);
  return { seeded, counts, users, token, dbUrl: databaseUrl ?? `sqlite:${seeded.dbPath}` };
}

async function benchDatabase(label: string, databaseUrl: string | undefined, withMemory: boolean) {
  const t0 = performance.now();
  const { seeded, counts, users, token, dbUrl } = await seededDatabase(databaseUrl);
  // BENCH_OFF=1: also the app without its read fast path (GRAPHQL_FAST_PATH=0), what the path is worth.
  const withOff = process.env.BENCH_OFF === '1';
  const [app, raw, off] = await Promise.all([
    spawnServer('app', dbUrl),
    spawnServer('raw', dbUrl),
    withOff ? spawnServer('app', dbUrl, { GRAPHQL_FAST_PATH: '0' }) : null,
  ]);
  const setup = (performance.now() - t0) / 1000;
  try {
    const only = process.env.BENCH_ONLY?.split(',');
    const names = (Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[]).filter((n) => !only || only.includes(n));
    const bodies = new Map<string, Bodies>();
    for (const n of names) bodies.set(n, await pagesOf(app, raw, token, DOCUMENTS[n], label));
    let memory: { rss1: number; rss10: number; heap1: number; heap10: number } | null = null;
    if (withMemory) {
      const agents = bodies.get('agents') ?? (await pagesOf(app, raw, token, DOCUMENTS.agents, label));
      await load(app.url, token, agents, { amount: MEMORY_REQUESTS[0] });
      const m1 = await app.ask<{ rss: number; heap: number }>('rss');
      await load(app.url, token, agents, { amount: MEMORY_REQUESTS[1] - MEMORY_REQUESTS[0] });
      const m10 = await app.ask<{ rss: number; heap: number }>('rss');
      memory = { rss1: m1.rss, rss10: m10.rss, heap1: m1.heap, heap10: m10.heap };
    }
    const rows: { name: keyof typeof DOCUMENTS; off: boolean; pages: number; result: Awaited<ReturnType<typeof pairs>> }[] = [];
    for (const n of names) {
      rows.push({ name: n, off: false, pages: bodies.get(n)!.length, result: await pairs(app, raw, token, bodies.get(n)!) });
      if (off) rows.push({ name: n, off: true, pages: bodies.get(n)!.length, result: await pairs(off, raw, token, bodies.get(n)!) });
    }
    return { label, counts, users: users.users, setup, rows, memory, seconds: (performance.now() - t0) / 1000 };
  } finally {
    // Requests autocannon left in flight when its time was up are answered before the servers stop.
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all([stop(app), stop(raw), ...(off ? [stop(off)] : [])]);
    seeded.remove();
  }
}

const loadAverage = () =>
  `${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs`;

const GOALS: Record<keyof typeof DOCUMENTS, number> = { agents: 0.7, users: 0.6, viewer: 0.8 };

export async function concurrent(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadAverage();
  const dbs: [string, string | undefined][] = process.env.BENCH_SQLITE === '0' ? [] : [['SQLite', undefined]];
  if (process.env.BENCH_DATABASE_URL) dbs.push(['MySQL/MariaDB', process.env.BENCH_DATABASE_URL]);
  const results = [];
  if (!dbs.length) throw new Error('BENCH_SQLITE=0 needs BENCH_DATABASE_URL');
  for (const [i, [label, url]] of dbs.entries()) {
    process.stdout.write(
      `${label}: seeding ${AGENTS} agents and ${USERS} users, starting app and raw handler, ${ROUNDS} rounds of ${SECONDS} s each... `,
    );
    const memory = process.env.BENCH_MEMORY ?? 'first';
    const r = await benchDatabase(label, url, memory === 'all' || (memory === 'first' && i === 0));
    console.log(`done in ${r.seconds.toFixed(1)} s (setup ${r.setup.toFixed(1)} s)`);
    results.push(r);
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;
  const rows = results.flatMap((r) =>
    r.rows.map(({ name, off, pages, result: p }) => [
      `${r.label}: ${DOCUMENTS[name].operationName}${pages > 1 ? ` (${pages} pages)` : ''}${off ? ', fast path off' : ''}`,
      `${p.app.rps.toFixed(0)} (${range(p.app.rpsAll, 0)})`,
      `${p.raw.rps.toFixed(0)} (${range(p.raw.rpsAll, 0)})`,
      `${p.ratio.toFixed(2)}x (${range(p.ratios, 2)})`,
      `${ms(p.app.p50)} / ${ms(p.app.p99)}`,
      `${ms(p.raw.p50)} / ${ms(p.raw.p99)}`,
      `${p.app.cpu.toFixed(0)} / ${p.raw.cpu.toFixed(0)} us`,
      off ? '' : `goal >= ${GOALS[name]}x: ${p.ratio >= GOALS[name] ? 'met' : 'NOT met'}`,
    ]),
  );
  console.log('');
  console.log(
    `Roster concurrent bench: ${results[0].counts.agents} agents, ${results[0].counts.teams} teams, ${results[0].counts.groups} groups, ` +
      `${results[0].users} generated users; ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per side; Node ${process.version}\n`,
  );
  console.log(
    table(
      [
        'query (SPA document)',
        'app req/s (range)',
        'raw req/s (range)',
        'ratio (range)',
        'app p50 / p99',
        'raw p50 / p99',
        'CPU/req app / raw',
        'notes',
      ],
      rows,
    ),
  );
  for (const r of results) {
    if (!r.memory) continue;
    const growth = r.memory.rss10 - r.memory.rss1;
    console.log(
      `\n${r.label}: app RSS after ${MEMORY_REQUESTS[0]} list requests ${mb(r.memory.rss1)}, after ${MEMORY_REQUESTS[1]} ${mb(r.memory.rss10)} ` +
        `(growth ${mb(growth)}, goal within 50 MB); V8 heap in use after a full GC ${mb(r.memory.heap1)} and ${mb(r.memory.heap10)}`,
    );
  }
  console.log(
    `\nEvery page's answer was the same bytes from both before timing. req/s: median over the rounds (lowest-highest);\n` +
      `the ratio is the median of per-round ratios (lowest-highest); latencies are medians; CPU/req is each server's user + system\n` +
      `CPU time per request (median), which load from elsewhere changes less than req/s.\n` +
      `Load average before ${loadBefore}, after ${loadAverage()}. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
