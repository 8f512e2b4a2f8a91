import { spawn, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freshDataSource, testDbConfig } from './helpers/test-db';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { Agent } from '../src/modules/agent';
import { ImportJob } from '../src/modules/import';

// A crash is survivable: a real server process is killed with SIGKILL in the middle of an import's
// write pass; nothing of it is left in the database, the job stays RUNNING only until its lease
// runs out, and the restarted server finishes it: COMPLETED with every row.
const API_DIR = path.resolve(__dirname, '..');
const ROWS = 20_000;
jest.setTimeout(240_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

test('kill -9 mid-import, restart: the job ends COMPLETED with every row, never half-written or stuck RUNNING', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-kill-'));
  const db = testDbConfig();
  await (await freshDataSource(undefined, db)).destroy();
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    INIT_CWD: dir,
    PORT: String(port),
    NODE_ENV: 'test',
    DATABASE_URL: db.type === 'mysql' ? db.url : `sqlite:${db.path}`,
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'change-me-please',
    LICENSE_SEATS: '100000',
    OUTBOX_POLL_MS: '0',
    IMPORT_POLL_MS: '200',
    IMPORT_LEASE_MS: '3000',
    WEB_DIST: '',
  };
  const base = `http://127.0.0.1:${port}`;
  const start = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 90_000);
      child.stdout!.on('data', () => out.includes('Roster listening') && (clearTimeout(timer), resolve()));
      child.on('exit', () => (clearTimeout(timer), reject(new Error(`exited early:\n${out}`))));
    });
    return child;
  };
  const gql = async (query: string, variables: object, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as { data: any }).data;
  };
  const rows = Array.from({ length: ROWS }, (_, i) => `kill${i}@example.com,Kill ${i},1,,,,,`);
  const csv = ['Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature', ...rows].join('\n');

  let server = await start();
  try {
    const token = (await gql('mutation { login(email: "admin@example.com", password: "change-me-please") { token } }', {})).login.token;
    const res = await fetch(`${base}/imports/agents`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    const { id } = (await res.json()) as { id: string };
    const job = async () =>
      (await gql('query($id: ID!) { agentImport(id: $id) { status totalRows processedRows createdCount } }', { id }, token)).agentImport;
    // Kill once the write pass has started (rows written inside its still-open transaction).
    for (let j = await job(); !(j.status === 'RUNNING' && j.processedRows > 0); j = await job()) {
      if (j.status === 'COMPLETED' || j.status === 'FAILED') throw new Error(`finished before the kill: ${JSON.stringify(j)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));

    const ds = await initDataSource(createDataSource(db));
    expect(await ds.manager.count(Agent)).toBe(1);
    expect((await ds.manager.findOneByOrFail(ImportJob, { id: Number(id) })).status).toBe('RUNNING');
    await ds.destroy();

    server = await start();
    const token2 = (await gql('mutation { login(email: "admin@example.com", password: "change-me-please") { token } }', {})).login.token;
    let end = null;
    for (let i = 0; i < 600 && !end; i++) {
      const j = (await gql('query($id: ID!) { agentImport(id: $id) { status createdCount } }', { id }, token2)).agentImport;
      if (j.status === 'COMPLETED' || j.status === 'FAILED') end = j;
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(end).toEqual({ status: 'COMPLETED', createdCount: ROWS });
    const total = (await gql('{ agents(first: 1) { totalCount } }', {}, token2)).agents.totalCount;
    expect(total).toBe(ROWS + 1);
  } finally {
    server.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
