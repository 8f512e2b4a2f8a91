#!/usr/bin/env node
// Browser tests for the SPA against a real API. Builds nothing: run
// `pnpm --filter @roster/web build` first (the API serves packages/web/dist).
//
//   E2E_BASE_URL=http://host:port  test a running server (also set E2E_ADMIN_EMAIL and
//                                  E2E_ADMIN_PASSWORD); specs that read email are skipped.
//                                  Unset: start the API on a free port with a throwaway
//                                  SQLite database, plus an SMTP server in this process that
//                                  receives the API's mail (specs get it as `mail`)
//   E2E_SPEC=signin                run only specs whose file name contains this
//   E2E_HEADED=1                   show the browser (needs a display)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startMailSink } from './mail-sink.mjs';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const API_DIR = resolve(WEB_DIR, '../api');
const SPECS_DIR = join(WEB_DIR, 'e2e/specs');
const RESULTS_DIR = join(WEB_DIR, 'test-results');
const STARTUP_TIMEOUT_MS = 90_000;
const SPEC_TIMEOUT_MS = 60_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function tail(file, lines = 40) {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Start the API on a free port with a fresh SQLite file; resolves once /healthz says 200. */
async function startApi() {
  if (!existsSync(join(WEB_DIR, 'dist/index.html'))) {
    throw new Error('packages/web/dist is missing: run `pnpm --filter @roster/web build` first');
  }
  if (!existsSync(join(API_DIR, 'src/main.ts'))) {
    throw new Error(`no API entry point at ${join(API_DIR, 'src/main.ts')}`);
  }
  const mail = await startMailSink();
  cleanups.push(() => mail.close());
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const tmp = await mkdtemp(join(tmpdir(), 'roster-e2e-'));
  const logFile = join(tmp, 'api.log');
  const log = await open(logFile, 'w');
  const admin = {
    email: 'admin@example.com',
    password: 'e2e-Admin-Password-0f-Decent-Length!',
  };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(tmp, 'e2e.sqlite')}`,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LICENSE_SEATS: '20',
      NODE_ENV: 'test',
      // Mail goes to the sink above; links in it point at this server; deliver quickly.
      SMTP_URL: mail.url,
      PUBLIC_URL: baseUrl,
      OUTBOX_POLL_MS: '200',
      // The API reads .env from INIT_CWD (set by pnpm); point it at the empty temp dir so
      // a developer's .env cannot change the run.
      INIT_CWD: tmp,
    },
    stdio: ['ignore', log.fd, log.fd],
  });
  let exited = null;
  const exitedPromise = new Promise((r) => child.once('exit', (code, signal) => r((exited = { code, signal }))));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = sleep(5000).then(() => 'timeout');
      if ((await Promise.race([exitedPromise, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exitedPromise;
      }
    }
    await log.close().catch(() => {});
    if (!process.env.E2E_KEEP_TMP) await rm(tmp, { recursive: true, force: true });
    else console.log(`kept ${tmp}`);
  };
  cleanups.push(stop);

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`API exited during start-up (${JSON.stringify(exited)}):\n${await tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return { baseUrl, admin, logFile, mail };
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`API did not answer 200 on /healthz within ${STARTUP_TIMEOUT_MS} ms:\n${await tail(logFile)}`);
}

function externalServer() {
  const baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) {
    throw new Error('with E2E_BASE_URL, also set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  }
  return { baseUrl, admin: { email, password }, logFile: null, mail: null };
}

async function loadSpecs() {
  const only = process.env.E2E_SPEC;
  const files = (await readdir(SPECS_DIR))
    .filter((f) => f.endsWith('.mjs') && (!only || f.includes(only)))
    .sort();
  const specs = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(SPECS_DIR, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
    specs.push({ file, name: mod.name ?? file, run: mod.run, needsMail: mod.needsMail === true });
  }
  return specs;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runSpec(browser, spec, server) {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
  });
  try {
    await withTimeout(
      spec.run({ page, baseUrl: server.baseUrl, admin: server.admin, mail: server.mail, resultsDir: RESULTS_DIR }),
      SPEC_TIMEOUT_MS,
      spec.name,
    );
    return { ok: true };
  } catch (error) {
    const shot = join(RESULTS_DIR, `${spec.file.replace(/\.mjs$/, '')}-failure.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    return { ok: false, error, pageErrors, shot };
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  await mkdir(RESULTS_DIR, { recursive: true });
  // Failure screenshots from an earlier run would be misleading next to this run's.
  for (const file of await readdir(RESULTS_DIR)) {
    if (file.endsWith('-failure.png')) await rm(join(RESULTS_DIR, file), { force: true });
  }
  const specs = await loadSpecs();
  if (specs.length === 0) throw new Error('no specs matched');

  const server = process.env.E2E_BASE_URL ? externalServer() : await startApi();
  console.log(`e2e against ${server.baseUrl}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !process.env.E2E_HEADED,
    args: process.env.E2E_HEADED ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
  });
  cleanups.push(() => browser.close());

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const spec of specs) {
    if (spec.needsMail && !server.mail) {
      skipped += 1;
      console.log(`skip ${spec.name} (reads email: only when the harness starts the API)`);
      continue;
    }
    const started = Date.now();
    const result = await runSpec(browser, spec, server);
    const ms = Date.now() - started;
    if (result.ok) {
      passed += 1;
      console.log(`ok   ${spec.name} (${ms} ms)`);
    } else {
      failed += 1;
      console.log(`FAIL ${spec.name} (${ms} ms)`);
      console.log(`     ${result.error?.stack ?? result.error}`.replace(/\n/g, '\n     '));
      for (const line of result.pageErrors) console.log(`     ${line}`);
      console.log(`     screenshot: ${result.shot}`);
    }
  }
  if (failed && server.logFile) {
    console.log(`--- API log (last lines) ---\n${await tail(server.logFile)}\n---`);
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0;
}

let success = false;
try {
  success = await main();
} catch (error) {
  console.error(error?.stack ?? error);
  console.log('0 passed, 1 failed');
} finally {
  await cleanup();
}
process.exit(success ? 0 : 1);
