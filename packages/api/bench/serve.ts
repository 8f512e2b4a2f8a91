import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openRawDb, rawServer } from './raw-server';

// Child process of `pnpm bench concurrent`: `serve.ts app` runs the real app in production mode,
// `serve.ts raw` the raw baseline, both on BENCH_SERVE_DB. Talks to the parent over IPC:
// {port} when listening; answers 'rss' with its memory, 'cpu' with its CPU time so far (us), 'cache'
// with the sizes of the fast path's document caches; 'stop'
// closes and exits.

async function main(): Promise<void> {
  const role = process.argv[2];
  const url = process.env.BENCH_SERVE_DB!;
  let server: Server;
  let close: () => Promise<void>;
  let cacheStats: () => unknown = () => null;
  if (role === 'app') {
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET_KEY: 'bench-secret-key-0123456789abcdefghijklmn',
      DATABASE_URL: url,
      LICENSE_SEATS: '1000000',
      OUTBOX_POLL_MS: '0',
      IMPORT_POLL_MS: '0',
      WEB_DIST: '',
      GRAPHQL_FAST_PATH: process.env.GRAPHQL_FAST_PATH,
      // The soak (soak.ts) runs the jobs and mail, and may add read replicas.
      ...(JSON.parse(process.env.BENCH_SERVE_ENV ?? '{}') as Record<string, string>),
    });
    const roster = await createApp(config, { log: () => undefined });
    // As main.ts: the outbox is delivered when OUTBOX_POLL_MS > 0 (the soak's processes).
    roster.mailer.start();
    server = roster.httpServer;
    close = () => roster.close();
    cacheStats = () => roster.queryCache.stats();
  } else {
    const db = openRawDb(url);
    server = rawServer(db);
    close = async () => {
      await new Promise((r) => server.close(r));
      await db.close();
    };
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.on('message', (m: string) => {
    if (m === 'rss') {
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send!({ rss, heap: heapUsed });
    } else if (m === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system });
    } else if (m === 'cache') {
      process.send!({ cache: cacheStats() });
    } else if (m === 'stop') {
      close().then(() => process.exit(0));
    }
  });
  process.send!({ port: (server.address() as AddressInfo).port });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
