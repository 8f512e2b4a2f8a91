import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `pnpm start` and `docker stop` end the server with SIGINT/SIGTERM: it must stop cleanly and
// exit 0 (pnpm reports any other ending as a failure). This runs src/main.ts through swc-node,
// the same code that `node dist/main.js` runs compiled.
const API_DIR = path.resolve(__dirname, '..');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

async function startAndSignal(signals: NodeJS.Signals[]): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-shutdown-'));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH,
      INIT_CWD: dir,
      PORT: '0',
      NODE_ENV: 'production',
      SECRET_KEY: 'shutdown-test-secret-key-0123456789abcdef',
      OUTBOX_POLL_MS: '0',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'change-me-please',
      WEB_DIST: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (c: Buffer) => (output += c.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<Run>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      child.stdout.on('data', () => output.includes('Roster listening') && (clearTimeout(timer), resolve()));
      child.on('exit', () => (clearTimeout(timer), reject(new Error(`exited early:\n${output}`))));
    });
    for (const s of signals) child.kill(s);
    return await exited;
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('shutdown', () => {
  jest.setTimeout(90_000);

  it('SIGTERM closes the server and exits 0', async () => {
    const run = await startAndSignal(['SIGTERM']);
    expect(run).toEqual({ code: 0, signal: null, output: expect.stringMatching(/SIGTERM: stopping Roster\nRoster stopped\n$/) });
  });

  it('Ctrl-C signalled twice (terminal and pnpm) still exits 0 after one clean stop', async () => {
    const run = await startAndSignal(['SIGINT', 'SIGINT']);
    expect(run).toEqual({ code: 0, signal: null, output: expect.stringMatching(/SIGINT: stopping Roster\nRoster stopped\n$/) });
  });
});
