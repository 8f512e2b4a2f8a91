import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pagesOf, seededDatabase } from './concurrent';
import { spawnServer, stop, type Server } from './servers';
import { DOCUMENTS } from './spa-documents';
import { table } from './stats';

// `pnpm bench instructions`: the instructions each server's process executes per request of the
// SPA's documents (`bench/spa-documents.ts`, through their pages), app against the raw handler,
// counted by valgrind's callgrind, without those of V8's optimizing compilers (under valgrind they are
// still compiling after the warm-up, up to half of the count, varying with when a function gets
// optimized; the table's last column includes them). Unlike req/s and CPU time, an instruction count does not move
// with the machine's other load (the same run counts the same within about 0.5%), so a change can
// be compared on a busy machine. It is not time: the app's cycles per instruction are worse (a
// bigger heap, garbage collection, cache misses), so its time ratio is higher (docs/performance.md).
// Each server runs under valgrind with node's --single-threaded (garbage collection and compiling
// counted in the same thread) and --perf-basic-prof (a callgrind_annotate of the dump files can then
// name JIT code from /tmp/perf-<pid>.map); counting is switched on after BENCH_INSTR_WARM requests
// and covers BENCH_INSTR_REQUESTS more, one at a time. SQLite, then MySQL/MariaDB when
// BENCH_DATABASE_URL is set (only the Node process is counted there, not the database server).
// Needs valgrind (Debian's package; on every machine kind here). About 2 minutes a document and side.

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const WARM = num('BENCH_INSTR_WARM', 2000);
const REQUESTS = num('BENCH_INSTR_REQUESTS', 500);

function callgrind(pid: number, command: string): void {
  execFileSync('callgrind_control', [command, String(pid)], { stdio: 'ignore' });
}

/**
 * V8's optimizing compilers (and the perf map lines --perf-basic-prof writes for new code): under
 * valgrind's slowdown they are still at work after the warm-up, on both sides, and can be half of
 * the counted instructions, moving with when a function happens to be optimized.
 */
const COMPILING = /v8::internal::(compiler|maglev|turboshaft)::|v8::internal::Zone|vfprintf|StringStream|PerfBasicLogger|_IO_/;

/** The newest dump's instructions: its total ("summary:" line) and the part V8's compilers spent (callgrind_annotate). */
function dumped(outFile: string): { total: number; compiling: number } {
  const dir = path.dirname(outFile);
  const dumps = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${path.basename(outFile)}.`))
    .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()));
  const file = path.join(dir, dumps[dumps.length - 1]);
  const m = /^summary: (\d+)$/m.exec(fs.readFileSync(file, 'utf8'));
  if (!m) throw new Error(`no summary in callgrind's dump ${dumps[dumps.length - 1]}`);
  const annotated = execFileSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  let compiling = 0;
  for (const line of annotated.split('\n')) {
    const f = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (f && !f[2].includes('PROGRAM TOTALS') && COMPILING.test(f[2])) compiling += Number(f[1].replace(/,/g, ''));
  }
  return { total: Number(m[1]), compiling };
}

async function send(url: string, token: string, body: string): Promise<void> {
  // No compression (fetch asks for gzip unless told otherwise): the raw handler never compresses,
  // and autocannon in `pnpm bench concurrent` does not ask for it either.
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'identity', authorization: `Bearer ${token}` };
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${res.status} ${text.slice(0, 300)}`);
}

/** Instructions per request of `bodies` sent in turn, counted after the warm-up: all, and without V8's compilers'. */
async function count(s: Server, outFile: string, token: string, bodies: string[]): Promise<{ all: number; run: number }> {
  for (let i = 0; i < WARM; i++) await send(s.url, token, bodies[i % bodies.length]);
  callgrind(s.child.pid!, '--zero');
  callgrind(s.child.pid!, '--instr=on');
  for (let i = 0; i < REQUESTS; i++) await send(s.url, token, bodies[i % bodies.length]);
  callgrind(s.child.pid!, '--dump');
  callgrind(s.child.pid!, '--instr=off');
  const { total, compiling } = dumped(outFile);
  return { all: total / REQUESTS, run: (total - compiling) / REQUESTS };
}

export async function instructions(): Promise<void> {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('pnpm bench instructions needs valgrind (apt-get install -y valgrind)');
  }
  const dbs: [string, string | undefined][] = [['SQLite', undefined]];
  if (process.env.BENCH_DATABASE_URL) dbs.push(['MySQL/MariaDB', process.env.BENCH_DATABASE_URL]);
  const rows: string[][] = [];
  for (const [label, url] of dbs) {
    const { seeded, token, dbUrl } = await seededDatabase(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-instr-'));
    const under = (role: string) => ({
      program: 'valgrind',
      args: [
        '--tool=callgrind',
        '--instr-atstart=no',
        '--smc-check=all-non-file',
        `--callgrind-out-file=${path.join(dir, `${role}.out`)}`,
        `--log-file=${path.join(dir, `${role}.log`)}`,
      ],
      nodeFlags: ['--single-threaded', '--perf-basic-prof'],
    });
    const [app, raw] = await Promise.all([spawnServer('app', dbUrl, {}, under('app')), spawnServer('raw', dbUrl, {}, under('raw'))]);
    try {
      // BENCH_ONLY=agents,users: only these documents (as `pnpm bench concurrent`).
      const only = process.env.BENCH_ONLY?.split(',');
      for (const name of (Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[]).filter((n) => !only || only.includes(n))) {
        const doc = DOCUMENTS[name];
        const bodies = await pagesOf(app, raw, token, doc, label);
        const a = await count(app, path.join(dir, 'app.out'), token, bodies);
        const r = await count(raw, path.join(dir, 'raw.out'), token, bodies);
        const m = (x: number) => `${(x / 1e6).toFixed(3)} M`;
        rows.push([
          `${label}: ${doc.operationName}${bodies.length > 1 ? ` (${bodies.length} pages)` : ''}`,
          m(a.run),
          m(r.run),
          `${(a.run / r.run).toFixed(2)}x`,
          `${m(a.all)} / ${m(r.all)} (${(a.all / r.all).toFixed(2)}x)`,
        ]);
        console.log(rows[rows.length - 1].join('  '));
      }
    } finally {
      await Promise.all([stop(app), stop(raw)]);
      seeded.remove();
      console.log(`(${label}: callgrind's dump files are in ${dir})`);
    }
  }
  console.log('');
  console.log(
    table(['query (SPA document)', 'app instructions/request', 'raw instructions/request', 'app / raw', 'with compiling: app / raw'], rows),
  );
  console.log(
    `\nInstructions executed by each server's process per request (valgrind callgrind, counting after ${WARM} warm-up requests, ` +
      `${REQUESTS} requests one at a time; the same answers from both checked first), without those of V8's optimizing ` +
      `compilers (still at work in that window under valgrind; the last column counts them too). Node ${process.version}.`,
  );
}
