import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { verify } from '@node-rs/argon2';
import { createLoaders } from '../src/graphql/loaders';
import { systemActor } from '../src/common/actor';
import { Agent } from '../src/modules/agent';
import { listAgents } from '../src/modules/agent';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BenchApp, seedBulk, startBenchApp } from './fixture';
import { RawAgents, RawPage } from './raw-agents';
import { benchCopy } from './copy-settings';
import { mb, median, ms, pairedRatio, ratio, settle, table, timed } from './stats';

// `pnpm bench`: each figure is printed next to a raw baseline measured in the same run, and
// the ratio is what to compare between runs and machines (absolute times here are noisy).

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const AGENTS = num('BENCH_AGENTS', 2000);
const PAGE_SIZE = 50;
const PAGES = num('BENCH_PAGES', 10);
const ROUNDS = num('BENCH_ROUNDS', 20);
const LOGINS = num('BENCH_LOGINS', 20);
const MEMORY_REQUESTS = num('BENCH_MEMORY_REQUESTS', 200);
const COPY_ROUNDS = num('BENCH_COPY_ROUNDS', 6);

// Field order matches RawNode so that the two results can be compared as JSON.
const LIST = `query Agents($first: Int!, $after: String) {
  agents(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name email alias status isAdmin
      teams { id name }
      permissionGroups { id name }
      departments { access department { id name } }
      effectivePermissions
    } }
  }
}`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const FLOOR = '{ viewer { id } }';

interface GqlPage {
  agents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: RawPage['edges'] };
}

async function main(): Promise<void> {
  const started = performance.now();
  process.stdout.write(`Setting up: app on a temporary SQLite file, ${AGENTS} agents... `);
  const app = await startBenchApp();
  const seeded = await seedBulk(app, AGENTS);
  const raw = new RawAgents(app.dbPath);
  const login = async () => (await app.gql<{ login: { token: string } }>(LOGIN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD })).login.token;
  const token = await login();
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  try {
    const list = await benchList(app, raw, token);
    const auth = await benchLogin(app, login);
    const memory = await benchMemory(app, token, list.cursors);
    const copy = await benchCopy(app, token, COPY_ROUNDS);
    const rows = [
      [
        `agents(first: ${PAGE_SIZE}), median of ${list.gql.length}`,
        ms(median(list.gql)),
        ms(median(list.raw)),
        pairedRatio(list.gql, list.raw),
        'GraphQL over HTTP vs hand-written SQL + JSON (better-sqlite3)',
      ],
      [
        '  request floor { viewer { id } }',
        ms(median(list.floor)),
        ms(median(list.raw)),
        pairedRatio(list.floor, list.raw),
        'HTTP + Apollo + session lookup, no list',
      ],
      [
        '  TypeORM + DataLoaders only',
        ms(median(list.orm)),
        ms(median(list.raw)),
        pairedRatio(list.orm, list.raw),
        'the same page and relations through the data layer, no GraphQL or HTTP',
      ],
      [
        '  SQL statements per page',
        String(list.statements),
        String(raw.statementsPerPage),
        ratio(list.statements, raw.statementsPerPage),
        `includes the session lookup; with first: 5 ${list.smallPageStatements === list.statements ? 'the same' : `${list.smallPageStatements} (GROWS WITH PAGE SIZE)`}`,
      ],
      [
        `login, median of ${LOGINS}`,
        ms(median(auth.login)),
        ms(median(auth.verify)),
        pairedRatio(auth.login, auth.verify),
        `login mutation over HTTP vs argon2 verify of the same hash; overhead ${ms(median(auth.login) - median(auth.verify))}`,
      ],
      [
        `copyAgentSettings to ${copy.targets} agents, median of ${COPY_ROUNDS}`,
        ms(median(copy.roster)),
        ms(median(copy.raw)),
        pairedRatio(copy.roster, copy.raw),
        'teams, groups, departments + change log over HTTP vs one hand-written better-sqlite3 transaction',
      ],
      [
        `RSS after ${MEMORY_REQUESTS} list requests`,
        mb(memory.after.rss),
        mb(memory.before.rss),
        ratio(memory.after.rss, memory.before.rss),
        `baseline: RSS before them (after GC); growth ${mb(memory.after.rss - memory.before.rss)}`,
      ],
      [
        '  heap used after them',
        mb(memory.after.heapUsed),
        mb(memory.before.heapUsed),
        ratio(memory.after.heapUsed, memory.before.heapUsed),
        'after GC; growing across runs would mean a leak',
      ],
    ];
    console.log('');
    console.log(
      `Roster bench: ${seeded.agents} agents, ${seeded.teams} teams, ${seeded.groups} permission groups; SQLite; Node ${process.version}`,
    );
    console.log(`${PAGES} pages x ${ROUNDS} rounds, results ${list.identical ? 'identical' : 'DIFFERENT'} to the baseline\n`);
    console.log(table(['benchmark', 'roster', 'baseline', 'ratio', 'compared with'], rows));
    console.log(
      `\nTimes are medians; a time ratio is the median of ratios of samples taken side by side. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    console.log('Lower ratios are better. Compare ratios between runs and machines, not milliseconds.');
    if (!list.identical) process.exitCode = 1;
  } finally {
    raw.close();
    await app.close();
  }
}

/** Walks the same pages through GraphQL, the baseline and the data layer, timing each. */
async function benchList(app: BenchApp, raw: RawAgents, token: string) {
  const gqlPage = (after: string | null) => app.gql<GqlPage>(LIST, { first: PAGE_SIZE, after }, token);
  // Warm-up walk: collects the cursors, the statement count, and checks both sides agree.
  const cursors: (string | null)[] = [null];
  const statements: number[] = [];
  let rawAfter: [string, number] | null = null;
  let identical = true;
  for (let p = 0; p < PAGES; p++) {
    const counted = app.sql.count;
    const g = (await gqlPage(cursors[p])).agents;
    statements.push(app.sql.count - counted);
    const r = raw.page(PAGE_SIZE, rawAfter);
    identical &&=
      g.totalCount === r.totalCount &&
      g.pageInfo.hasNextPage === r.pageInfo.hasNextPage &&
      JSON.stringify(g.edges) === JSON.stringify(r.edges);
    cursors.push(g.pageInfo.endCursor);
    rawAfter = r.pageInfo.endCursor;
    if (!g.pageInfo.hasNextPage) break;
  }
  const before = app.sql.count;
  await app.gql<GqlPage>(LIST, { first: 5, after: null }, token);
  const smallPageStatements = app.sql.count - before;
  const rawCursors: ([string, number] | null)[] = [null];
  for (let p = 0; p < cursors.length - 1; p++) rawCursors.push(raw.page(PAGE_SIZE, rawCursors[p]).pageInfo.endCursor);
  const pages = cursors.length - 1;

  // Interleaved page by page, so a burst of load from elsewhere hits both sides alike.
  const gql: number[] = [];
  const rawMs: number[] = [];
  const floor: number[] = [];
  const orm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let p = 0; p < pages; p++) {
      gql.push(await timed(() => gqlPage(cursors[p])));
      rawMs.push(await timed(() => JSON.stringify(raw.page(PAGE_SIZE, rawCursors[p]))));
      floor.push(await timed(() => app.gql(FLOOR, {}, token)));
      orm.push(await timed(() => ormPage(app, cursors[p])));
    }
  }
  return {
    gql,
    raw: rawMs,
    floor,
    orm,
    statements: Math.max(...statements),
    smallPageStatements,
    identical,
    cursors: cursors.slice(0, pages),
  };
}

/** The data layer the resolvers use (keyset query and per-request DataLoaders) without GraphQL or HTTP. */
async function ormPage(app: BenchApp, after: string | null): Promise<void> {
  const ds = app.roster.ds;
  const page = await listAgents({ ...app.roster.deps.services, em: ds.manager, actor: systemActor('Bench') }, { first: PAGE_SIZE, after });
  const loaders = createLoaders(ds);
  const ids = page.edges.map((e) => e.node.id);
  await Promise.all([loaders.teamsOfAgent.loadMany(ids), loaders.groupsOfAgent.loadMany(ids), loaders.departmentsOfAgent.loadMany(ids)]);
}

/** The full sign-in (rate-limit check, lookup, argon2, session row) vs argon2 alone. */
async function benchLogin(app: BenchApp, login: () => Promise<string>) {
  const admin = await app.roster.ds.getRepository(Agent).findOneByOrFail({ email: ADMIN_EMAIL });
  const hash = admin.passwordHash!;
  const loginMs: number[] = [];
  const verifyMs: number[] = [];
  for (let i = 0; i < LOGINS; i++) {
    loginMs.push(await timed(login));
    verifyMs.push(
      await timed(async () => {
        if (!(await verify(hash, ADMIN_PASSWORD))) throw new Error('argon2 verify failed');
      }),
    );
  }
  return { login: loginMs, verify: verifyMs };
}

/** Process memory (server and client share it) around many list requests. */
async function benchMemory(app: BenchApp, token: string, cursors: (string | null)[]) {
  const before = settle();
  for (let i = 0; i < MEMORY_REQUESTS; i++) await app.gql(LIST, { first: PAGE_SIZE, after: cursors[i % cursors.length] }, token);
  const after = settle();
  return { before, after };
}

const mode = process.argv[2];
const modes: Record<string, () => Promise<void>> = {
  concurrent: () => import('./concurrent').then((m) => m.concurrent()),
  instructions: () => import('./instructions').then((m) => m.instructions()),
  deep: () => import('./deep').then((m) => m.deep()),
  documents: () => import('./documents').then((m) => m.documents()),
  outbox: () => import('./outbox').then((m) => m.outbox()),
  users: () => import('./users').then((m) => m.users()),
  soak: () => import('./soak').then((m) => m.soak()),
  'import-memory': () => import('./import-memory').then((m) => m.importMemory()),
  'test-db': () => import('./test-db').then((m) => m.testDb()),
};
(mode ? (modes[mode] ?? (() => Promise.reject(new Error(`unknown bench mode ${mode}: ${Object.keys(modes).join(', ')}`)))) : main)().then(
  () => process.exit(),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
