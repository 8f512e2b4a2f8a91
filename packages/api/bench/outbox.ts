import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countingSink } from '@roster/testkit';
import { DataSource } from 'typeorm';
import { inTransaction } from '../src/common/transaction';
import { loadConfig } from '../src/config';
import { createDataSource, initDataSource } from '../src/db/data-source';
import { Mailer, OutboxMessage, OutboxStatus, QUICK_START_GUIDE_ATTACHMENT, welcomeEmail } from '../src/modules/mail';

// `pnpm bench outbox`: BENCH_MAILS (3,000) welcome emails with the Quick Start Guide PDF (what an
// import queues) delivered by BENCH_OUTBOX_RUNNERS (3) mailers, each with its own connection pool
// as separate API processes would have, polling every 250 ms as in the soak, to the testkit's
// counting SMTP sink. Prints mails/s and how many arrived more than once (must be 0: no process is
// killed here). MAIL_CONCURRENCY is passed to the mailers' config. SQLite (one runner, as SQLite
// serves one process) or BENCH_DATABASE_URL=mysql://... (its tables are dropped first).

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const MAILS = num('BENCH_MAILS', 3000);

async function freshDataSource(url: string | undefined, dir: string): Promise<DataSource> {
  const ds = createDataSource(url ? { type: 'mysql', url } : { type: 'sqlite', path: path.join(dir, 'outbox.sqlite') });
  await ds.initialize();
  if (url) await ds.dropDatabase();
  return initDataSource(ds);
}

export async function outbox(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  const runners = url ? num('BENCH_OUTBOX_RUNNERS', 3) : 1;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-outbox-bench-'));
  const ds = await freshDataSource(url, dir);
  const sink = await countingSink();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '250',
    PUBLIC_URL: 'https://help.example.com',
  };
  if (process.env.MAIL_CONCURRENCY) env.MAIL_CONCURRENCY = process.env.MAIL_CONCURRENCY;
  const config = loadConfig(env, dir);
  const queue = new Mailer(ds, config);
  const mails = function* () {
    for (let i = 0; i < MAILS; i++) {
      const rendered = welcomeEmail({
        agentName: `Bench Agent ${i}`,
        email: `bench-${i}@example.com`,
        temporaryPassword: 'Temp-Pass-8472!',
        signInUrl: 'https://help.example.com/login',
        mustChangePassword: true,
      });
      yield { to: `bench-${i}@example.com`, ...rendered, attachments: [QUICK_START_GUIDE_ATTACHMENT] };
    }
  };
  await inTransaction(ds, (em) => queue.enqueueMany(em, mails()));

  const pools = [
    ds,
    ...(await Promise.all(Array.from({ length: runners - 1 }, () => createDataSource({ type: 'mysql', url: url! }).initialize()))),
  ];
  const mailers = pools.map((p) => new Mailer(p, config, () => undefined));
  console.log(
    `outbox bench: ${MAILS} welcome emails with the PDF, ${runners} runner(s) on ${url ? 'MySQL/MariaDB' : 'SQLite'}, ` +
      `MAIL_CONCURRENCY=${config.mailConcurrency}`,
  );
  const started = performance.now();
  for (const m of mailers) m.start();
  const repo = ds.getRepository(OutboxMessage);
  while ((await repo.countBy({ status: OutboxStatus.PENDING })) > 0) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(mailers.map((m) => m.stop()));

  const received = [...sink.byMessageId.values()];
  const twice = received.filter((n) => n > 1).length;
  const sent = await repo.countBy({ status: OutboxStatus.SENT });
  console.log(
    `${sent} sent in ${seconds.toFixed(1)} s: ${(sent / seconds).toFixed(1)} mails/s; ${received.length} distinct Message-IDs arrived, ${twice} more than once`,
  );
  for (const p of pools) await p.destroy();
  await sink.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (twice || received.length !== MAILS || sent !== MAILS) process.exitCode = 1;
}
