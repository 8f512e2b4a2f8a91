import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { encodeCursor } from '../src/common/pagination';
import { USERS_CURSOR } from '../src/modules/user';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BenchApp, startBenchApp } from './fixture';
import { Server, spawnServer, stop } from './servers';
import { median, ms, prng, table, timed } from './stats';
import { seedUsers } from './users-seed';
import { explainParams } from './explain';

// `BENCH_DATABASE_URL=mysql://... pnpm bench users`: BENCH_USERS (1,000,000) CRM users on
// MySQL/MariaDB (seeded once: a later run reuses a database that holds exactly that many), then,
// sequentially through GraphQL over HTTP with the SPA's list selection: the first page vs the
// page after row 900,000 (reached by following cursors), name, email and family-name prefix
// searches with many different prefixes, SQL statements per page for first = 10/50/100,
// totalCount with and without selection, the tables' sizes and the query plans of the page statements.
// The timed requests go to the app in its own process in production mode (serve.ts, as `pnpm bench
// concurrent` runs it): the client's own work (fetch, parsing the answers, the bench's bookkeeping)
// and its garbage collection are then not part of the server's latency. BENCH_USERS_SERVER=inprocess
// times the seeding process's own app instead (test mode, sharing the client's event loop), as
// runs before 2026-12-07 did. Statement counts and plans come from the in-process app (its SQL log).

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const USERS = num('BENCH_USERS', 1_000_000);
const SAMPLES = num('BENCH_USERS_SAMPLES', 200);
const PREFIXES = num('BENCH_USERS_PREFIXES', 300);
const DEEP_ROW = Math.floor(USERS * 0.9);
const WALK_PAGE = 100;

const LIST = `query BenchUsers($first: Int, $after: String, $filter: UserFilter) { users(first: $first, after: $after, filter: $filter) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id name primaryEmail organization { id name } } } } }`;
const COUNTED = LIST.replace('pageInfo {', 'totalCount pageInfo {');
const WALK = 'query BenchUsersWalk($after: String) { users(first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }';

interface Page {
  users: { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const p50p99 = (xs: number[]) => [ms(median(xs)), ms(pct(xs, 99))];

async function open(url: string) {
  let app = await startBenchApp(url, { keepData: true });
  const [{ n }] = (await app.roster.ds.query('SELECT COUNT(*) AS n FROM crm_user')) as { n: number | string }[];
  if (Number(n) !== 0 && Number(n) !== USERS) {
    // Another size (or an interrupted seed): start again from an empty schema.
    await app.close();
    app = await startBenchApp(url);
  }
  return app;
}

export async function users(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url?.startsWith('mysql')) throw new Error('pnpm bench users needs BENCH_DATABASE_URL=mysql://... (MySQL/MariaDB)');
  const started = performance.now();
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`Users bench: ${USERS} users on MySQL/MariaDB; load average at start ${load()}`);
  const app = await open(url);
  let served: Server | null = null;
  try {
    const seed = await seedUsers(app.roster.ds, USERS);
    console.log(seed.reused ? `Seed: reused the existing ${USERS} users` : `Seed: ${USERS} users in ${seed.seconds.toFixed(1)} s`);
    const login = await app.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: ADMIN_EMAIL,
        p: ADMIN_PASSWORD,
      },
    );
    const token = login.login.token;
    const gql = (query: string, vars: Record<string, unknown>) => app.gql<Page>(query, vars, token);
    served = process.env.BENCH_USERS_SERVER === 'inprocess' ? null : await spawnServer('app', url);
    const timedGql: Gql = served ? servedGql(served.url, token) : gql;
    console.log(served ? 'Timed requests: the app in its own process, production mode' : 'Timed requests: the in-process app (test mode)');

    // BENCH_USERS_WALK=0: the deep cursor from one OFFSET query instead of walking (a quick rerun).
    const walk = process.env.BENCH_USERS_WALK === '0' ? await offsetCursor(app) : await walkTo(timedGql);
    const pages = await firstVsDeep(timedGql, walk.cursor);
    const search = await searches(app, timedGql);
    const totals = await totalCounts(timedGql);
    if (served) await stop(served);
    served = null;
    const statements = await statementCounts(app, gql, walk.cursor);

    const ratio = median(pages.deep) / median(pages.first);
    const rows = [
      ['first page (first: 50)', ...p50p99(pages.first), '', `${SAMPLES} samples, interleaved with the next row`],
      [
        `page after row ${DEEP_ROW}`,
        ...p50p99(pages.deep),
        `${ratio.toFixed(2)}x`,
        `goal <= 1.5x the first page: ${ratio <= 1.5 ? 'met' : 'NOT MET'}`,
      ],
      ...(['name', 'email', 'surname'] as const).map((kind) => {
        const xs = search[kind];
        return [
          `${kind} prefix search, ${xs.length} prefixes`,
          ...p50p99(xs),
          `${(median(xs) / median(pages.first)).toFixed(2)}x`,
          `goal p99 <= 20 ms: ${pct(xs, 99) <= 20 ? 'met' : 'NOT MET'}; median ${search.matches[kind]} matching rows; ${search.reads[kind].toFixed(1)} disk reads`,
        ];
      }),
      [
        `name prefix search with totalCount (the SPA's), ${search.counted.length} prefixes`,
        ...p50p99(search.counted),
        `${(median(search.counted) / median(pages.first)).toFixed(2)}x`,
        `goal p99 <= 20 ms: ${pct(search.counted, 99) <= 20 ? 'met' : 'NOT MET'}; counts at most 1,000; ${search.reads.counted.toFixed(1)} disk reads`,
      ],
      [
        'name prefix search, the same prefixes again (cached)',
        ...p50p99(search.again),
        `${(median(search.again) / median(pages.first)).toFixed(2)}x`,
        `goal p99 <= 20 ms: ${pct(search.again, 99) <= 20 ? 'met' : 'NOT MET'}; first pass: ${search.diskReadsPerSearch.toFixed(1)} disk reads a search`,
      ],
      ['totalCount selected, first request', ms(totals.cold), '', '', `counts ${totals.total} users (one scan)`],
      [
        'totalCount selected, next pages',
        ...p50p99(totals.warm),
        `${(median(totals.warm) / median(pages.first)).toFixed(2)}x`,
        'the count is cached',
      ],
    ];
    if (walk.pages) {
      console.log(`\nWalk to row ${DEEP_ROW} by cursors (first: ${WALK_PAGE}): ${walk.pages} requests in ${walk.seconds.toFixed(1)} s;`);
      console.log(`  walk pages p50 ${ms(median(walk.early))} at the start, ${ms(median(walk.late))} at the end\n`);
    } else console.log(`\nThe cursor after row ${DEEP_ROW} from an OFFSET query (BENCH_USERS_WALK=0)\n`);
    console.log(table(['request (GraphQL over HTTP)', 'p50', 'p99', 'vs first', 'notes'], rows));
    console.log(`\nSQL statements per request (session lookup included):`);
    console.log(table(['request', 'first: 10', 'first: 50', 'first: 100', 'constant'], statements));
    console.log('\nTables (information_schema, MB):');
    console.log(table(['table', 'rows (estimate)', 'data', 'indexes'], await tableSizes(app)));
    console.log('\nQuery plans:');
    for (const [label, plan] of await explainAll(app, gql, walk.cursor)) console.log(`- ${label}:\n${plan}`);
    console.log(`\nLoad average at the end ${load()}. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    if (served) await stop(served);
    await app.close();
  }
}

type Gql = (query: string, vars: Record<string, unknown>) => Promise<Page>;

/** GraphQL over HTTP to a spawned server, as the in-process app's gql sends it. */
function servedGql(url: string, token: string): Gql {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Page; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as Page;
  };
}

/** Follows endCursor from the start until DEEP_ROW rows are behind it. */
async function walkTo(gql: Gql) {
  const t = performance.now();
  const times: number[] = [];
  let after: string | null = null;
  for (let row = 0; row < DEEP_ROW; row += WALK_PAGE) {
    const s = performance.now();
    const page: Page = await gql(WALK, { after });
    times.push(performance.now() - s);
    after = page.users.pageInfo.endCursor;
    if (!after) throw new Error(`the list ended before row ${DEEP_ROW}`);
  }
  return {
    cursor: after!,
    pages: times.length,
    seconds: (performance.now() - t) / 1000,
    early: times.slice(5, 105),
    late: times.slice(-100),
  };
}

async function offsetCursor(app: BenchApp) {
  const [row] = (await app.roster.ds.query(
    `SELECT name_key, id FROM crm_user WHERE merged_into_id IS NULL ORDER BY name_key, id LIMIT 1 OFFSET ${DEEP_ROW - 1}`,
  )) as { name_key: string; id: number }[];
  return { cursor: encodeCursor(USERS_CURSOR, [row.name_key, Number(row.id)]), pages: 0, seconds: 0, early: [0], late: [0] };
}

async function firstVsDeep(gql: Gql, deepCursor: string) {
  for (let i = 0; i < 10; i++) await Promise.all([gql(LIST, { first: 50 }), gql(LIST, { first: 50, after: deepCursor })]);
  const first: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    first.push(await timed(() => gql(LIST, { first: 50 })));
    deep.push(await timed(() => gql(LIST, { first: 50, after: deepCursor })));
  }
  return { first, deep };
}

/**
 * Prefixes typed from real rows (names 3-6 characters, addresses 4-8, family names 3-6: a word
 * inside the name, found by the words phase), each searched once.
 */
async function searches(app: BenchApp, gql: Gql) {
  const rand = prng(7);
  // Its own generator: the name and address prefixes stay those of earlier runs.
  const surnameRand = prng(11);
  const ids = Array.from({ length: PREFIXES }, () => 1 + Math.floor(rand() * USERS));
  const rows = (await app.roster.ds.query(
    `SELECT u.name, x.address FROM crm_user u JOIN user_email x ON x.user_id = u.id WHERE u.id IN (${ids.join(',')})`,
  )) as { name: string; address: string }[];
  const prefixes = {
    name: rows.map((r) => r.name.slice(0, 3 + Math.floor(rand() * 4))),
    email: rows.map((r) => r.address.slice(0, 4 + Math.floor(rand() * 5))),
    surname: rows.map((r) => r.name.split(' ')[1].slice(0, 3 + Math.floor(surnameRand() * 4))),
  };
  const out = {
    name: [] as number[],
    email: [] as number[],
    surname: [] as number[],
    counted: [] as number[],
    again: [] as number[],
    diskReadsPerSearch: 0,
    /** Buffer-pool misses per search of each kind (first pass). */
    reads: { name: 0, email: 0, surname: 0, counted: 0 },
    /** The same per search, to tell what the slowest ones read. */
    readsEach: { name: [] as number[], email: [] as number[], surname: [] as number[], counted: [] as number[] },
    matches: { name: 0, email: 0, surname: 0 },
  };
  for (let i = 0; i < 5; i++) await gql(LIST, { first: 50, filter: { search: prefixes.name[i] } });
  // Pages read from disk (not in the buffer pool) per search: a random prefix's rows are cold.
  const diskReads = async () => {
    const [row] = (await app.roster.ds.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'")) as { Value: string }[];
    return Number(row.Value);
  };
  // Read around each request (outside its timing): the counter is the server's, so other databases' reads count too.
  const measured = async (kind: keyof typeof out.reads, run: () => Promise<unknown>) => {
    const before = await diskReads();
    const t = await timed(run);
    const n = (await diskReads()) - before;
    out.reads[kind] += n;
    out.readsEach[kind].push(n);
    return t;
  };
  for (let i = 0; i < rows.length; i++) {
    for (const kind of ['name', 'email', 'surname'] as const)
      out[kind].push(await measured(kind, () => gql(LIST, { first: 50, filter: { search: prefixes[kind][i] } })));
    // The SPA's query selects totalCount: a search counts at most 1,000 matches (a new prefix is never cached).
    out.counted.push(await measured('counted', () => gql(COUNTED, { first: 50, filter: { search: prefixes.name[i] } })));
  }
  for (const kind of Object.keys(out.reads) as (keyof typeof out.reads)[]) out.reads[kind] /= rows.length;
  out.diskReadsPerSearch = (out.reads.name + out.reads.email + out.reads.surname + out.reads.counted) / 4;
  // The same name prefixes again, their pages now cached: what the searches cost without disk reads.
  for (let i = 0; i < rows.length; i++) out.again.push(await timed(() => gql(LIST, { first: 50, filter: { search: prefixes.name[i] } })));
  // How much each kind matches (outside the timings): the count behind a typical prefix.
  for (const kind of ['name', 'email', 'surname'] as const) {
    const sample = prefixes[kind].slice(0, 21);
    const where = { name: 'u.name LIKE ?', email: 'x.address LIKE ?', surname: "u.name LIKE CONCAT('% ', ?)" }[kind];
    const counts = await Promise.all(
      sample.map(async (p) => {
        const [{ n }] = (await app.roster.ds.query(
          `SELECT COUNT(*) AS n FROM crm_user u JOIN user_email x ON x.user_id = u.id WHERE ${where}`,
          [`${p}%`],
        )) as { n: string }[];
        return Number(n);
      }),
    );
    out.matches[kind] = median(counts);
  }
  // The slowest few with their disk reads, to tell a slow kind of prefix from a slow moment of the machine.
  for (const kind of ['name', 'email', 'surname', 'counted'] as const) {
    const typed = prefixes[kind === 'counted' ? 'name' : kind];
    const slowest = out[kind]
      .map((t, i) => [t, typed[i], out.readsEach[kind][i]] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5);
    console.log(`slowest ${kind} prefixes: ${slowest.map(([t, p, n]) => `"${p}" ${ms(t)} (${n} reads)`).join(', ')}`);
  }
  // The disk-read tail, which the machine's load does not move: the 99th percentile and the most.
  for (const kind of ['name', 'email', 'surname', 'counted'] as const) {
    const reads = out.readsEach[kind];
    console.log(`disk reads a ${kind} search: median ${median(reads)}, p99 ${pct(reads, 99)}, most ${Math.max(...reads)}`);
  }
  return out;
}

async function counted(app: BenchApp, run: () => Promise<unknown>): Promise<number> {
  const before = app.sql.count;
  await run();
  return app.sql.count - before;
}

async function statementCounts(app: BenchApp, gql: Gql, deepCursor: string) {
  const kinds: [string, Record<string, unknown>][] = [
    ['first page', {}],
    [`page after row ${DEEP_ROW}`, { after: deepCursor }],
    ['name prefix search "olga"', { filter: { search: 'olga' } }],
    ['email prefix search "olga.ber"', { filter: { search: 'olga.ber' } }],
    ['family name search "berdan"', { filter: { search: 'berdan' } }],
    ['two words "berdan olga"', { filter: { search: 'berdan olga' } }],
    ['organization filter', { filter: { organizationId: '7' } }],
  ];
  const rows: string[][] = [];
  for (const [label, vars] of kinds) {
    const n: number[] = [];
    // The fewest of three: a request now and then also refreshes its session's last-seen time.
    for (const first of [10, 50, 100]) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(await counted(app, () => gql(LIST, { ...vars, first })));
      n.push(Math.min(...runs));
    }
    rows.push([label, ...n.map(String), n.every((x) => x === n[0]) ? 'yes' : 'NO: GROWS WITH PAGE SIZE']);
  }
  return rows;
}

async function totalCounts(gql: Gql) {
  const cold = await timed(() => gql(COUNTED, { first: 50 }));
  const warm: number[] = [];
  for (let i = 0; i < 50; i++) warm.push(await timed(() => gql(COUNTED, { first: 50 })));
  const total = (await gql(COUNTED, { first: 1 })).users.totalCount;
  return { cold, warm, total };
}

/** EXPLAIN of the crm_user statements (those with a LIMIT) that a request ran. */
async function explainAll(app: BenchApp, gql: Gql, deepCursor: string): Promise<[string, string][]> {
  const kinds: [string, Record<string, unknown>][] = [
    ['first page', {}],
    [`page after row ${DEEP_ROW}`, { after: deepCursor }],
    ['prefix search "olga.ber" (no name matches: the words phase, whole addresses)', { filter: { search: 'olga.ber' } }],
    ['search "berdan" (a family name: the words phase)', { filter: { search: 'berdan' } }],
    ['search "berdan olga" (two words: the longest drives, the other is checked per user)', { filter: { search: 'berdan olga' } }],
    ['prefix search "olg" (thousands of name matches: the name phase fills the page)', { filter: { search: 'olg' } }],
  ];
  const out: [string, string][] = [];
  for (const [label, vars] of kinds) {
    const n = await counted(app, () => gql(LIST, { ...vars, first: 50 }));
    const stmts = app.sql.recent.slice(-n).filter((q) => /crm_user|user_word/.test(q.query) && /LIMIT/i.test(q.query));
    const plans: string[] = [];
    for (const stmt of stmts) {
      const rows = (await app.roster.ds.query(`EXPLAIN ${stmt.query}`, explainParams(stmt))) as Record<string, unknown>[];
      plans.push(
        `  ${stmt.query.replace(/SELECT .*? FROM/s, 'SELECT ... FROM')}  -- ${JSON.stringify(stmt.parameters)}`,
        ...rows.map((r) => `    table=${r.table} type=${r.type} key=${r.key} rows=${r.rows} extra=${r.Extra}`),
      );
    }
    out.push([label, plans.join('\n')]);
  }
  return out;
}

/** Rows (InnoDB's estimate), data and index sizes of the tables a search reads. */
async function tableSizes(app: BenchApp): Promise<string[][]> {
  const rows = (await app.roster.ds.query(
    `SELECT table_name AS name, table_rows AS n, data_length AS data, index_length AS idx FROM information_schema.tables
     WHERE table_schema = DATABASE() AND table_name IN ('crm_user', 'user_email', 'user_word') ORDER BY table_name`,
  )) as { name: string; n: string; data: string; idx: string }[];
  const mb = (x: string) => (Number(x) / 1048576).toFixed(0);
  return rows.map((r) => [r.name, Number(r.n).toLocaleString('en'), mb(r.data), mb(r.idx)]);
}
