import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { ADMIN_EMAIL, ADMIN_PASSWORD, seedBulk, startBenchApp } from './fixture';
import { mb, median, table } from './stats';
import { post, Server, spawnServer, stop } from './servers';

// `pnpm bench concurrent`: the app (production mode, its own process) against a bare node:http
// handler on the same database (raw-server.ts, its own process), loaded by autocannon with 20
// connections, A/B runs interleaved so that load from elsewhere hits both alike. SQLite, then
// MySQL/MariaDB when BENCH_DATABASE_URL is set (its tables are dropped first).

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const AGENTS = num('BENCH_AGENTS', 2000);
const CONNECTIONS = num('BENCH_CONNECTIONS', 20);
const PAIRS = num('BENCH_PAIRS', 4);
const LIST_SECONDS = num('BENCH_LIST_SECONDS', 2);
const VIEWER_SECONDS = num('BENCH_VIEWER_SECONDS', 1);
const MEMORY_REQUESTS = [1000, num('BENCH_MEMORY_REQUESTS', 10_000)];

export const LIST = `{ agents(first: 50) { edges { node { id name email teams { id name } permissionGroups { id name } departments { access department { id name } } effectivePermissions } } } }`;
const VIEWER = '{ viewer { id } }';

interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** The server's CPU time (user + system) per request, us: what the machine's other load does not change much. */
  cpu: number;
}

async function load(url: string, token: string, query: string, opts: { duration?: number; amount?: number }): Promise<Load> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration }),
  });
  if (r.errors || r.non2xx || r.timeouts) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts`);
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, cpu: NaN };
}

/** A load on `s`, with the server's CPU time per request. */
async function measured(s: Server, token: string, query: string, duration: number): Promise<Load> {
  const before = (await s.ask<{ cpu: number }>('cpu')).cpu;
  const r = await load(s.url, token, query, { duration });
  const after = (await s.ask<{ cpu: number }>('cpu')).cpu;
  return { ...r, cpu: (after - before) / (r.rps * duration) };
}

/** A/B pairs, alternating which side goes first; the ratio is the median of per-pair ratios. */
async function pairs(app: Server, raw: Server, token: string, query: string, duration: number) {
  const a: Load[] = [];
  const b: Load[] = [];
  await load(app.url, token, query, { duration: 1 });
  await load(raw.url, token, query, { duration: 1 });
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      a.push(await measured(app, token, query, duration));
      b.push(await measured(raw, token, query, duration));
    } else {
      b.push(await measured(raw, token, query, duration));
      a.push(await measured(app, token, query, duration));
    }
  }
  const med = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]));
  return {
    app: { rps: med(a, 'rps'), p50: med(a, 'p50'), p99: med(a, 'p99'), cpu: med(a, 'cpu') },
    raw: { rps: med(b, 'rps'), p50: med(b, 'p50'), p99: med(b, 'p99'), cpu: med(b, 'cpu') },
    ratio: median(a.map((x, i) => x.rps / b[i].rps)),
    ratios: a.map((x, i) => x.rps / b[i].rps),
  };
}

async function benchDatabase(label: string, databaseUrl: string | undefined, withMemory: boolean) {
  const t0 = performance.now();
  const seeded = await startBenchApp(databaseUrl);
  const counts = await seedBulk(seeded, AGENTS);
  const token = (
    await seeded.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    })
  ).login.token;
  await seeded.close(true);
  const dbUrl = databaseUrl ?? `sqlite:${seeded.dbPath}`;
  const [app, raw, off] = await Promise.all([
    spawnServer('app', dbUrl),
    spawnServer('raw', dbUrl),
    spawnServer('app', dbUrl, { GRAPHQL_FAST_PATH: '0' }),
  ]);
  const setup = (performance.now() - t0) / 1000;
  try {
    const [g, r] = (await Promise.all([post(app.url, token, LIST), post(raw.url, token, LIST)])).map((a) => a.body);
    const identical = JSON.stringify(g) === JSON.stringify(r);
    if (!identical)
      throw new Error(`${label}: app and raw answers differ:\n${JSON.stringify(g).slice(0, 400)}\n${JSON.stringify(r).slice(0, 400)}`);
    let memory: { rss1: number; rss10: number; heap1: number; heap10: number } | null = null;
    if (withMemory) {
      await load(app.url, token, LIST, { amount: MEMORY_REQUESTS[0] });
      const m1 = await app.ask<{ rss: number; heap: number }>('rss');
      await load(app.url, token, LIST, { amount: MEMORY_REQUESTS[1] - MEMORY_REQUESTS[0] });
      const m10 = await app.ask<{ rss: number; heap: number }>('rss');
      memory = { rss1: m1.rss, rss10: m10.rss, heap1: m1.heap, heap10: m10.heap };
    }
    const only = process.env.BENCH_ONLY;
    const none = { rps: NaN, p50: NaN, p99: NaN, cpu: NaN };
    const skipped = { app: none, raw: none, ratio: NaN, ratios: [] };
    const list = only === 'viewer' ? skipped : await pairs(app, raw, token, LIST, LIST_SECONDS);
    const viewer = only === 'list' ? skipped : await pairs(app, raw, token, VIEWER, VIEWER_SECONDS);
    // The same against the app without its read fast path (GRAPHQL_FAST_PATH=0): what the path is worth.
    const listOff = only === 'viewer' || process.env.BENCH_OFF === '0' ? skipped : await pairs(off, raw, token, LIST, LIST_SECONDS);
    const viewerOff = only === 'list' || process.env.BENCH_OFF === '0' ? skipped : await pairs(off, raw, token, VIEWER, VIEWER_SECONDS);
    return { label, counts, setup, list, viewer, listOff, viewerOff, memory, seconds: (performance.now() - t0) / 1000 };
  } finally {
    // Requests autocannon left in flight when its time was up are answered before the servers stop.
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all([stop(app), stop(raw), stop(off)]);
    seeded.remove();
  }
}

const loadAverage = () =>
  `${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs`;

export async function concurrent(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadAverage();
  const dbs: [string, string | undefined][] = process.env.BENCH_SQLITE === '0' ? [] : [['SQLite', undefined]];
  if (process.env.BENCH_DATABASE_URL) dbs.push(['MySQL/MariaDB', process.env.BENCH_DATABASE_URL]);
  const results = [];
  if (!dbs.length) throw new Error('BENCH_SQLITE=0 needs BENCH_DATABASE_URL');
  for (const [i, [label, url]] of dbs.entries()) {
    process.stdout.write(`${label}: seeding ${AGENTS} agents, starting app and raw handler, ${PAIRS} A/B pairs... `);
    const memory = process.env.BENCH_MEMORY ?? 'first';
    const r = await benchDatabase(label, url, memory === 'all' || (memory === 'first' && i === 0));
    console.log(`done in ${r.seconds.toFixed(1)} s (setup ${r.setup.toFixed(1)} s)`);
    results.push(r);
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  type Pairs = (typeof results)[number]['list'];
  const row = (name: string, p: Pairs, goal: string) => [
    name,
    `${p.app.rps.toFixed(0)} req/s`,
    `${p.raw.rps.toFixed(0)} req/s`,
    `${p.ratio.toFixed(2)}x`,
    `${ms(p.app.p50)} / ${ms(p.app.p99)}`,
    `${ms(p.raw.p50)} / ${ms(p.raw.p99)}`,
    `${p.app.cpu.toFixed(0)} / ${p.raw.cpu.toFixed(0)} us`,
    `${goal}pairs ${p.ratios.map((x) => x.toFixed(2)).join(' ')}`,
  ];
  const rows = results.flatMap((r) => [
    row(`${r.label}: agents(first: 50)`, r.list, 'goal >= 0.5x; '),
    row(`${r.label}: { viewer { id } }`, r.viewer, 'goal >= 0.7x; '),
    row(`${r.label}: agents(first: 50), fast path off`, r.listOff, ''),
    row(`${r.label}: { viewer { id } }, fast path off`, r.viewerOff, ''),
  ]);
  console.log('');
  console.log(
    `Roster concurrent bench: ${results[0].counts.agents} agents, ${results[0].counts.teams} teams, ${results[0].counts.groups} groups; ` +
      `${CONNECTIONS} connections, ${PAIRS} interleaved A/B pairs (list ${LIST_SECONDS} s, viewer ${VIEWER_SECONDS} s each); Node ${process.version}\n`,
  );
  console.log(table(['query', 'app', 'raw', 'ratio', 'app p50 / p99', 'raw p50 / p99', 'CPU/req app / raw', 'notes'], rows));
  for (const r of results) {
    if (!r.memory) continue;
    const growth = r.memory.rss10 - r.memory.rss1;
    console.log(
      `\n${r.label}: app RSS after ${MEMORY_REQUESTS[0]} list requests ${mb(r.memory.rss1)}, after ${MEMORY_REQUESTS[1]} ${mb(r.memory.rss10)} ` +
        `(growth ${mb(growth)}, goal within 50 MB); V8 heap in use after a full GC ${mb(r.memory.heap1)} and ${mb(r.memory.heap10)}`,
    );
  }
  console.log(
    `\nreq/s and latencies are medians over the pairs; the ratio is the median of per-pair ratios; CPU/req is each server's\n` +
      `user + system CPU time per request (median over the pairs), which load from elsewhere changes less than req/s.\n` +
      `Load average before ${loadBefore}, after ${loadAverage()}. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
