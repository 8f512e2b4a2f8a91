import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMysql } from '../src/common/transaction';
import { encodeCursor } from '../src/common/pagination';
import { AGENTS_CURSOR } from '../src/modules/agent';
import { AgentOrderField, SortDirection } from '../src/modules/agent/agent.inputs';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BenchApp, seedBulk, startBenchApp } from './fixture';
import { median, table } from './stats';

// `pnpm bench deep`: BENCH_DEEP_AGENTS (100,000) agents on BENCH_DATABASE_URL (MySQL/MariaDB; its
// tables are dropped first) or a temporary SQLite file. Sequential requests through HTTP, first
// page and a page after row 90,000 interleaved; prefix searches by name and by email; the query
// plans of the statements behind them.

const AGENTS = Number(process.env.BENCH_DEEP_AGENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_DEEP_SAMPLES ?? 100);
const DEEP_ROW = Math.floor(AGENTS * 0.9);

const PAGE = `query Deep($after: String, $search: String) { agents(first: 50, after: $after, filter: { search: $search }) {
  pageInfo { hasNextPage endCursor }
  edges { node { id name email teams { id name } permissionGroups { id name } departments { access department { id name } } effectivePermissions } } } }`;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(1)} ms`;

const lastPageStatement = (app: BenchApp) =>
  [...app.sql.recent]
    .reverse()
    .find((q) => !/^EXPLAIN/i.test(q.query) && /FROM\s+[`"]?agent[`"]?\s+[`"]?a[`"]?/i.test(q.query) && /LIMIT/i.test(q.query));

/**
 * The page statement alone, run `n` times from here (ms per run): the database's share of the
 * request, which the load on a shared machine changes less than the whole request's latency.
 */
async function statementTimes(app: BenchApp, stmt: { query: string; parameters?: unknown[] }, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await app.roster.ds.query(stmt.query, stmt.parameters);
    out.push(performance.now() - t);
  }
  return out;
}

/** The plan of the last agent page statement the app ran. */
async function explainLast(app: BenchApp): Promise<string> {
  const stmt = lastPageStatement(app);
  if (!stmt) return '(statement not found)';
  const ds = app.roster.ds;
  const rows = (await ds.query(`${isMysql(ds) ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${stmt.query}`, stmt.parameters)) as Record<
    string,
    unknown
  >[];
  const plan = isMysql(ds)
    ? rows.map((r) => `  table=${r.table} type=${r.type} possible_keys=${r.possible_keys} key=${r.key} rows=${r.rows} extra=${r.Extra}`)
    : rows.map((r) => `  ${r.detail}`);
  return `${stmt.query.replace(/SELECT .*? FROM/s, 'SELECT ... FROM')}\n${plan.join('\n')}`;
}

export async function deep(): Promise<void> {
  const started = performance.now();
  const url = process.env.BENCH_DATABASE_URL;
  process.stdout.write(`Deep pages: seeding ${AGENTS} agents on ${url ? 'MySQL/MariaDB' : 'SQLite'}... `);
  const app = await startBenchApp(url);
  try {
    await seedBulk(app, AGENTS);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const token = (
      await app.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: ADMIN_EMAIL,
        p: ADMIN_PASSWORD,
      })
    ).login.token;
    const ds = app.roster.ds;
    const [row] = (await ds.query(`SELECT name_key, id FROM agent ORDER BY name_key, id LIMIT 1 OFFSET ${DEEP_ROW - 1}`)) as {
      name_key: string;
      id: number;
    }[];
    // The list's cursor: [sort key, id, order] (a cursor continues only the order it came from).
    const deepCursor = encodeCursor(AGENTS_CURSOR, [row.name_key, Number(row.id), `${AgentOrderField.NAME}:${SortDirection.ASC}`]);
    const page = (vars: Record<string, unknown>) => app.gql(PAGE, vars, token);
    const plans: [string, string][] = [];
    const timedRun = async (vars: Record<string, unknown>) => {
      const t = performance.now();
      await page(vars);
      return performance.now() - t;
    };
    // Warm-up, and the plans of each kind of statement.
    const kinds: [string, Record<string, unknown>][] = [
      ['first page', {}],
      [`page after row ${DEEP_ROW}`, { after: deepCursor }],
      ['name prefix search "kira"', { search: 'kira' }],
      ['name prefix search "zane" (last in order)', { search: 'zane' }],
      ['email prefix search "olga.perez"', { search: 'olga.perez' }],
    ];
    const statements: number[][] = [];
    for (const [label, vars] of kinds) {
      for (let i = 0; i < 5; i++) await page(vars);
      plans.push([label, await explainLast(app)]);
      statements.push(await statementTimes(app, lastPageStatement(app)!, SAMPLES));
    }
    const samples = kinds.map(() => [] as number[]);
    for (let i = 0; i < SAMPLES; i++) for (const [k, [, vars]] of kinds.entries()) samples[k].push(await timedRun(vars));
    const first = median(samples[0]);
    const rows = kinds.map(([label], k) => [
      label,
      ms(median(samples[k])),
      ms(pct(samples[k], 99)),
      `${(median(samples[k]) / first).toFixed(2)}x`,
      `${ms(median(statements[k]))} / ${ms(pct(statements[k], 99))}`,
      k === 1 ? 'goal <= 1.5x the first page' : k >= 2 ? 'goal p99 <= 20 ms' : '',
    ]);
    console.log(
      `\n${AGENTS} agents; ${SAMPLES} sequential requests of each kind, interleaved; GraphQL over HTTP with the list selection\n`,
    );
    console.log(table(['request', 'p50', 'p99', 'vs first page', 'page statement p50 / p99', 'notes'], rows));
    console.log(
      `\nLoad average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs.`,
    );
    console.log('\nQuery plans:');
    for (const [label, plan] of plans) console.log(`- ${label}:\n${plan}`);
    console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await app.close();
  }
}
