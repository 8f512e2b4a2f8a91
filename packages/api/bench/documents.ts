import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { ADMIN_EMAIL, ADMIN_PASSWORD, seedBulk, startBenchApp } from './fixture';
import { post, spawnServer, stop } from './servers';
import { mb, table } from './stats';

// `pnpm bench documents`: what a stream of distinct query documents costs the server's memory
// (issue 16: 2,000 documents of 6 aliases each took a server from 175 to 627 MB, for good). The
// app runs in its own process (production mode); each document is sent twice, so that every
// shape is also compiled (the fast path compiles a shape on its second use). The baseline is the
// same app's RSS after the same number of requests of one document. Goal: 2,000 distinct
// documents grow RSS by less than 50 MB over the baseline, and it comes back after a full GC.

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const DOCUMENTS = num('BENCH_DOCUMENTS', 2000);
const ALIASES = 6;
const CONCURRENCY = 8;

const LIST_FIELDS =
  'edges { node { id name email status teams { id name } permissionGroups { id name } departments { access department { id name } } } }';

/** Distinct shapes (the aliases differ), about 3 KB each like the probe's, each with literals of its own. */
function document(i: number): string {
  const aliases = Array.from(
    { length: ALIASES },
    (_, k) => `d${i}_${k}: agents(first: ${1 + ((i + k) % 10)}, filter: { search: "p${i}" }) { totalCount ${LIST_FIELDS} }`,
  );
  return `query D${i} { ${aliases.join(' ')} viewer { id name email alias timezone language } }`;
}

interface Mem {
  rss: number;
  heap: number;
}

export async function documents(): Promise<void> {
  const t0 = performance.now();
  process.stdout.write(`Setting up: app on a temporary SQLite file, 200 agents... `);
  const seeded = await startBenchApp();
  await seedBulk(seeded, 200);
  const token = (
    await seeded.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    })
  ).login.token;
  await seeded.close(true);
  const results: string[][] = [];
  try {
    for (const fastPath of ['1', '0']) {
      const app = await spawnServer('app', `sqlite:${seeded.dbPath}`, { GRAPHQL_FAST_PATH: fastPath });
      try {
        const send = async (query: string) => {
          const { status, body } = await post(app.url, token, query);
          if (status !== 200 || body.errors) throw new Error(`${status}: ${JSON.stringify(body).slice(0, 300)}`);
        };
        const run = async (docs: (i: number) => string) => {
          for (let i = 0; i < DOCUMENTS; i += CONCURRENCY) {
            await Promise.all(
              Array.from({ length: Math.min(CONCURRENCY, DOCUMENTS - i) }, async (_, k) => {
                await send(docs(i + k));
                await send(docs(i + k));
              }),
            );
          }
        };
        const rss = () => app.ask<Mem>('rss');
        // Warm-up, then the baseline: as many requests of one document.
        await run(() => document(0));
        const base = await rss();
        const started = performance.now();
        await run(document);
        const seconds = (performance.now() - started) / 1000;
        const peak = (await app.ask<{ rss: number }>('rss')).rss;
        // V8 returns freed pages to the system some seconds after the load stops (its memory reducer).
        await new Promise((r) => setTimeout(r, 2000));
        const after2 = await rss();
        await new Promise((r) => setTimeout(r, 8000));
        const after = await rss();
        const cache = (await app.ask<{ cache: unknown }>('cache')).cache;
        results.push([
          fastPath === '1' ? 'fast path on' : 'fast path off',
          `${mb(base.rss)}`,
          `${mb(peak)}`,
          `${mb(after2.rss)}`,
          `${mb(after.rss)}`,
          `${mb(after.rss - base.rss)}`,
          `${mb(after.heap - base.heap)}`,
          `${((2 * DOCUMENTS) / seconds).toFixed(0)} req/s`,
          fastPath === '1' ? `goal < 50 MB; caches ${JSON.stringify(cache)}` : '',
        ]);
      } finally {
        await stop(app);
      }
    }
  } finally {
    seeded.remove();
  }
  console.log(
    `\nRoster documents bench: ${DOCUMENTS} distinct documents of ${ALIASES} aliases (${document(1).length} characters), each sent twice; Node ${process.version}\n`,
  );
  console.log(
    table(['server', 'RSS baseline', 'RSS after', 'GC + 2 s', 'GC + 10 s', 'growth', 'heap growth', 'throughput', 'notes'], results),
  );
  console.log(
    `\nBaseline: the same server after ${2 * DOCUMENTS} requests of one document. "after" is read after a full GC.` +
      ` Total ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
  );
}
