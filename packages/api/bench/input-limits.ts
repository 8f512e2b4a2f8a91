import 'reflect-metadata';
import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startBenchApp } from './fixture';
import { median } from './stats';

// What oversized input costs the server: `node --expose-gc -r @swc-node/register bench/input-limits.ts`.
// Prints the event-loop blocking time of single requests, the latency of small requests while
// three clients send large ones, and RSS after many large anonymous requests.

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const RSS_REQUESTS = num('BENCH_RSS_REQUESTS', 150);
const FLOOD_MS = num('BENCH_FLOOD_MS', 5000);
const REPEAT = num('BENCH_REPEAT', 5);
const FLOOD_ITEMS = num('BENCH_FLOOD_ITEMS', 150_000);
const RSS_CONCURRENCY = num('BENCH_RSS_CONCURRENCY', 10);
// 200,000 settings: a 10 MB body; 20,500: the largest body under the 1 MB limit.
const RSS_ITEMS = num('BENCH_RSS_ITEMS', 200_000);

const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }';

/** A pre-serialised updateAgent body with `n` notification settings. */
function body(n: number): Buffer {
  // Built as text so that the client side of this process keeps no large object graph.
  const item = '{"event":"task.due","email":true,"browser":false}';
  const list = `[${new Array<string>(n).fill(item).join(',')}]`;
  return Buffer.from(`{"query":${JSON.stringify(UPDATE)},"variables":{"id":"1","i":{"otherNotifications":${list}}}}`);
}

function post(url: string, payload: Buffer, token?: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': payload.length };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), ms: performance.now() - started }),
      );
    });
    // A server that answers before reading the whole body may close the socket under us.
    req.on('error', (e) => resolve({ status: 0, text: String(e), ms: performance.now() - started }));
    req.end(payload);
    void reject;
  });
}

const code = (text: string) => /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? (text.startsWith('{"data"') ? 'ok' : text.slice(0, 60));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = () => (global as { gc?: () => void }).gc?.();

async function blocking(url: string, payload: Buffer, token?: string) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const r = await post(url, payload, token);
  h.disable();
  return { ...r, blockMs: h.max / 1e6 };
}

async function main(): Promise<void> {
  const app = await startBenchApp();
  const token = (
    await app.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    })
  ).login.token;
  try {
    const phases = process.argv.slice(2).length ? process.argv.slice(2) : ['block', 'flood', 'rss'];
    const rows: string[] = [];
    const big = () => body(150_000);
    // Just under 1 MB, the body limit after issue 7 (51 bytes a setting).
    const oneMb = () => body(Math.floor((1024 * 1024 - 300) / 51));
    if (phases.includes('block'))
      for (const [label, make, tok] of [
        ['anonymous 150,000 settings', big, undefined],
        ['anonymous 20,000 (< 1 MB)', oneMb, undefined],
        ['admin 150,000 settings', big, token],
        ['admin 20,000 (< 1 MB)', oneMb, token],
      ] as const) {
        const payload = make();
        const runs = [];
        for (let i = 0; i < REPEAT; i++) {
          gc();
          runs.push(await blocking(app.url, payload, tok));
        }
        const r = runs[runs.length - 1];
        const answered = median(runs.map((x) => x.ms))
          .toFixed(0)
          .padStart(5);
        const blocked = median(runs.map((x) => x.blockMs))
          .toFixed(0)
          .padStart(5);
        rows.push(
          `${label.padEnd(28)} ${mb(payload.length).padStart(6)}  HTTP ${r.status} ${code(r.text).padEnd(16)} answered in ${answered} ms, event loop blocked up to ${blocked} ms (medians of ${REPEAT}), response ${r.text.length} bytes`,
        );
      }
    if (rows.length) console.log(rows.join('\n'));
    if (phases.includes('flood')) await floodPhase(app.url, body(FLOOD_ITEMS));
    if (phases.includes('rss')) await rssPhase(app.url);
  } finally {
    await app.close();
  }
}

async function floodPhase(url: string, big: Buffer): Promise<void> {
  // Three clients sending large anonymous requests back to back; a fourth measures { __typename }.
  let flooding = true;
  const flood = async () => {
    while (flooding) await post(url, big);
  };
  const floods = [flood(), flood(), flood()];
  const probe: number[] = [];
  const until = performance.now() + FLOOD_MS;
  const small = Buffer.from(JSON.stringify({ query: '{ __typename }' }));
  while (performance.now() < until) {
    probe.push((await post(url, small)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  flooding = false;
  await Promise.all(floods);
  console.log(
    `small request during 3 anonymous floods of ${mb(big.length)} bodies: median ${median(probe).toFixed(0)} ms over ${probe.length} requests`,
  );
}

async function rssPhase(url: string): Promise<void> {
  const ten = body(RSS_ITEMS);
  gc();
  const before = process.memoryUsage().rss;
  const answers = new Map<string, number>();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  for (let i = 0; i < RSS_REQUESTS; i += RSS_CONCURRENCY) {
    const rs = await Promise.all(Array.from({ length: Math.min(RSS_CONCURRENCY, RSS_REQUESTS - i) }, () => post(url, ten)));
    for (const r of rs) answers.set(`HTTP ${r.status} ${code(r.text)}`, (answers.get(`HTTP ${r.status} ${code(r.text)}`) ?? 0) + 1);
  }
  clearInterval(sampler);
  gc();
  await new Promise((r) => setTimeout(r, 500));
  gc();
  const seen = [...answers].map(([k, n]) => `${n} x ${k}`).join(', ');
  console.log(
    `RSS ${mb(before)} before, peak ${mb(peak)}, ${mb(process.memoryUsage().rss)} after ${RSS_REQUESTS} anonymous ${mb(ten.length)} requests (${RSS_CONCURRENCY} at a time), after GC; answers: ${seen}`,
  );
}

void main();
