import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

// The benchmarks' servers, each in its own process (serve.ts): the app, or the raw handler.

export interface Server {
  url: string;
  child: ChildProcess;
  ask<T>(msg: string): Promise<T>;
}

/**
 * `env` is added to the child's environment (GRAPHQL_FAST_PATH=0: the app without its fast path).
 * `under`: a program and its arguments that run node (valgrind for `pnpm bench instructions`), and
 * node's own flags.
 */
export function spawnServer(
  role: 'app' | 'raw',
  dbUrl: string,
  env: Record<string, string> = {},
  under?: { program: string; args: string[]; nodeFlags: string[] },
): Promise<Server> {
  // BENCH_CPU_PROF=dir: both servers write a V8 CPU profile there (app-<time>.cpuprofile, raw-<time>.cpuprofile).
  const dir = process.env.BENCH_CPU_PROF;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${role}-${Date.now()}.cpuprofile`] : [];
  // BENCH_NODE_FLAGS: node flags for both servers (e.g. GC settings to compare), space-separated.
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const nodeArgs = ['--expose-gc', ...profile, ...flags, ...(under?.nodeFlags ?? []), '-r', '@swc-node/register'];
  const child = fork(path.join(__dirname, 'serve.ts'), [role], {
    ...(under ? { execPath: under.program } : {}),
    execArgv: under ? [...under.args, process.execPath, ...nodeArgs] : nodeArgs,
    // NODE_ENV as the API image sets it (docker/api.Dockerfile): libraries such as graphql-js skip
    // their development checks, as they do in production.
    env: { ...process.env, NODE_ENV: 'production', ...env, BENCH_SERVE_DB: dbUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(msg: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(msg);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
    child.once('message', (m: { port: number }) => resolve({ url: `http://127.0.0.1:${m.port}/graphql`, child, ask }));
  });
}

/** Stops a server (at once when it has already exited: the error that ended the run is then the one reported). */
export const stop = (s: Server) =>
  new Promise<void>((r) => {
    if (!s.child.connected || s.child.exitCode !== null) return r();
    s.child.removeAllListeners('exit');
    s.child.once('exit', () => r());
    s.child.send('stop');
  });

/** One GraphQL query as a benchmark client sends it (bearer token, JSON body): the status and the parsed answer. */
export async function post(url: string, token: string, query: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}

/** A request body as sent, and the answer's text (to compare two servers' answers byte for byte). */
export async function postText(url: string, token: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return res.text();
}
