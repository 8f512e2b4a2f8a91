// The server the browser specs run against: by default the real API on a free port with a
// throwaway SQLite file, sending its mail to an SMTP sink in this process; with E2E_BASE_URL a
// server that is already running (then there is no sink and specs that read mail skip).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpSink, type SmtpSink } from '@roster/testkit';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_DIR = resolve(WEB_DIR, '../api');
const STARTUP_TIMEOUT_MS = 90_000;

export interface Credentials {
  email: string;
  password: string;
}

export interface E2EServer {
  baseUrl: string;
  admin: Credentials;
  /** The SMTP sink the API sends to; null against an external server. */
  mail: SmtpSink | null;
  /** The last lines of the API's log (empty for an external server). */
  logTail(lines?: number): Promise<string>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function tail(file: string, lines = 40): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function externalServer(baseUrl: string): E2EServer {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('with E2E_BASE_URL, also set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    admin: { email, password },
    mail: null,
    logTail: async () => '',
    stop: async () => undefined,
  };
}

export interface StartApiOptions {
  /** LICENSE_SEATS of the server (100 by default: the specs sharing a worker create agents). */
  licenseSeats?: number;
  /** The host name in the server's URL: `localhost` for WebAuthn, which refuses IP addresses as relying party. */
  host?: string;
}

/** Starts the API (serving packages/web/dist) and resolves once /healthz answers 200. */
export async function startApi({ licenseSeats = 100, host = '127.0.0.1' }: StartApiOptions = {}): Promise<E2EServer> {
  if (!existsSync(join(WEB_DIR, 'dist/index.html'))) {
    throw new Error('packages/web/dist is missing: run `pnpm --filter @roster/web build` first (pnpm test:e2e does)');
  }
  const mail = await startSmtpSink();
  const port = await freePort();
  const baseUrl = `http://${host}:${port}`;
  const tmp = await mkdtemp(join(tmpdir(), 'roster-e2e-'));
  const logFile = join(tmp, 'api.log');
  const log = await open(logFile, 'w');
  const admin = { email: 'admin@example.com', password: 'e2e-Admin-Password-0f-Decent-Length!' };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(tmp, 'e2e.sqlite')}`,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LICENSE_SEATS: String(licenseSeats),
      NODE_ENV: 'test',
      // Mail goes to the sink; links in it point at this server; deliver quickly.
      SMTP_URL: mail.url,
      PUBLIC_URL: baseUrl,
      OUTBOX_POLL_MS: '200',
      IMPORT_POLL_MS: '200',
      // The API reads .env from INIT_CWD (set by pnpm): the empty temp dir keeps a developer's
      // .env out of the run.
      INIT_CWD: tmp,
    },
    stdio: ['ignore', log.fd, log.fd],
  });
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitedPromise = new Promise<void>((r) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      r();
    }),
  );

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      if ((await Promise.race([exitedPromise, sleep(5000).then(() => 'timeout')])) === 'timeout') {
        child.kill('SIGKILL');
        await exitedPromise;
      }
    }
    await log.close().catch(() => undefined);
    await mail.close();
    if (process.env.E2E_KEEP_TMP) console.log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      const lastLines = await tail(logFile);
      await stop();
      throw new Error(`API exited during start-up (${JSON.stringify(exited)}):\n${lastLines}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return { baseUrl, admin, mail, logTail: (lines) => tail(logFile, lines), stop };
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  const lastLines = await tail(logFile);
  await stop();
  throw new Error(`API did not answer 200 on /healthz within ${STARTUP_TIMEOUT_MS} ms:\n${lastLines}`);
}
