import { DataSource, In, Logger } from 'typeorm';
import { inTransaction } from '../src/common/transaction';
import { Config, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { backoffMs, Mailer, OutboxMessage, OutboxStatus } from '../src/modules/mail';
import { BODY_REMOVED, SentRecorder } from '../src/modules/mail/mail.sent';
import { SmtpSink, startSmtpSink } from './helpers/smtp-sink';
import { freshDataSource, testDbConfig } from './helpers/test-db';

// Outbox delivery with several messages in flight (MAIL_CONCURRENCY) and several processes
// (two connection pools on one database): real SQLite or MySQL/MariaDB (TEST_DATABASE_URL) and
// a real SMTP server.
jest.setTimeout(30_000);

/** Counts the UPDATEs that mark outbox rows SENT. */
const statements: string[] = [];
const logger: Logger = {
  logQuery: (query) => void statements.push(query),
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
const sentUpdates = () => statements.filter((q) => /^UPDATE\s+\W?mail_outbox\W?\s+SET\s+\W?status\W?\s*=/i.test(q)).length;

const db = testDbConfig();
let ds: DataSource;
let sink: SmtpSink;
let clock: number;
let logs: string[];
let mailers: Mailer[] = [];
const baseConfig: Config = loadConfig({ NODE_ENV: 'test', OUTBOX_POLL_MS: '0', PUBLIC_URL: 'https://help.example.com' });

function makeMailer(config: Partial<Config> = {}, dataSource: DataSource = ds): Mailer {
  const mailer = new Mailer(dataSource, { ...baseConfig, smtpUrl: sink.url, ...config }, (m) => logs.push(m), {
    now: () => new Date(clock),
  });
  mailers.push(mailer);
  return mailer;
}

/** `n` messages due one millisecond apart, oldest first; their ids. */
async function enqueue(n: number, prefix: string): Promise<number[]> {
  const mailer = makeMailer();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = await inTransaction(ds, (em) =>
      mailer.enqueue(em, { to: `${prefix}${i}@example.com`, subject: `Hello ${i}`, text: 'plain body' }),
    );
    ids.push(row.id);
    clock += 1;
  }
  return ids;
}
const rows = (ids: number[]) => ds.getRepository(OutboxMessage).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
const idOf = (messageId: string | undefined) => Number(/roster-outbox-(\d+)@/.exec(messageId ?? '')?.[1]);

beforeAll(async () => {
  ds = await freshDataSource(logger, db);
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.close();
  await ds?.destroy();
});

beforeEach(async () => {
  await ds.getRepository(OutboxMessage).clear();
  sink.clear();
  clock = Date.now();
  logs = [];
});

// Stopping closes each mailer's pooled SMTP connections (the sink closes only once they are gone).
afterEach(async () => {
  await Promise.all(mailers.map((m) => m.stop()));
  mailers = [];
});

test('MAIL_CONCURRENCY messages in flight over pooled connections: none sent twice, and a failure marks only its own message', async () => {
  const ids = await enqueue(20, 'conc');
  const mailer = makeMailer({ mailConcurrency: 4 });
  sink.rejectNext(1);
  expect(await mailer.deliverDue()).toEqual({ sent: 19, failed: 1 });
  // A pool: several connections at once, at most MAIL_CONCURRENCY, not one per message (nodemailer
  // replaces the connection that carried the rejected message: one more).
  expect(sink.connectionCount).toBeGreaterThan(1);
  expect(sink.connectionCount).toBeLessThanOrEqual(4 + 1);

  const after = await rows(ids);
  const failed = after.filter((r) => r.status === OutboxStatus.PENDING);
  expect(failed).toHaveLength(1);
  expect(failed[0].attempts).toBe(1);
  expect(failed[0].lastError).toMatch(/451/);
  expect(failed[0].nextAttemptAt.getTime()).toBe(clock + backoffMs(1));
  expect(failed[0].sentAt).toBeNull();
  const sent = after.filter((r) => r.status === OutboxStatus.SENT);
  expect(sent).toHaveLength(19);
  for (const r of sent) expect(r).toMatchObject({ attempts: 1, lastError: null, textBody: BODY_REMOVED, htmlBody: null });
  const arrived = sink.messages.map((m) => idOf(m.messageId));
  expect(arrived.sort((a, b) => a - b)).toEqual(sent.map((r) => r.id));

  clock += backoffMs(1);
  expect(await mailer.deliverDue()).toEqual({ sent: 1, failed: 0 });
  expect(sink.messages.map((m) => idOf(m.messageId)).sort((a, b) => a - b)).toEqual(ids);
  expect(await ds.getRepository(OutboxMessage).countBy({ status: OutboxStatus.SENT })).toBe(20);
  expect(await rows([failed[0].id])).toMatchObject([{ status: OutboxStatus.SENT, attempts: 2, lastError: null }]);
  // The pool's connections carried the second batch too.
  expect(sink.connectionCount).toBeLessThanOrEqual(4 + 1);
});

test('with MAIL_CONCURRENCY=1 one connection carries every batch, oldest message first', async () => {
  const ids = await enqueue(25, 'one');
  const mailer = makeMailer({ mailConcurrency: 1 });
  expect(await mailer.deliverDue()).toEqual({ sent: 20, failed: 0 });
  expect(await mailer.deliverDue()).toEqual({ sent: 5, failed: 0 });
  expect(sink.messages.map((m) => idOf(m.messageId))).toEqual(ids);
  expect(sink.connectionCount).toBe(1);
});

test('sent messages are recorded many per UPDATE, and one whose claim another process took over is not marked', async () => {
  const ids = await enqueue(10, 'rec');
  const lease = new Date(clock + 60_000);
  await ds.getRepository(OutboxMessage).update({ id: In(ids) }, { nextAttemptAt: lease });
  // Another process claimed the last row again after our lease ran out.
  const takenOver = new Date(clock + 600_000);
  await ds.getRepository(OutboxMessage).update({ id: ids[9] }, { nextAttemptAt: takenOver });

  statements.length = 0;
  const recorder = new SentRecorder(ds, lease, () => new Date(clock));
  const held = await Promise.all(ids.map((id) => recorder.record(id)));
  expect(held).toEqual([...Array(9).fill(true), false]);
  // The first UPDATE took the first message; the other nine arrived while it ran and share the next.
  expect(sentUpdates()).toBe(2);
  const after = await rows(ids);
  expect(after.slice(0, 9).every((r) => r.status === OutboxStatus.SENT && r.attempts === 1)).toBe(true);
  expect(after[9]).toMatchObject({ status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: takenOver, textBody: 'plain body' });
});

test('two API processes delivering at once claim disjoint batches and send each message exactly once', async () => {
  const other = createDataSource(db); // a second pool, as a second process would have
  await other.initialize();
  const blocker = ds.createQueryRunner();
  try {
    const ids = await enqueue(45, 'agent');
    const a = makeMailer({ mailConcurrency: 3 });
    const b = makeMailer({ mailConcurrency: 3 }, other);
    const mysql = ds.options.type === 'mysql';
    if (mysql) {
      // A third process's claim holds the five oldest rows: the two skip them (SKIP LOCKED)
      // instead of waiting, and take disjoint batches of the rest. (SQLite has a single writer,
      // so there the two runs take turns and the five newest are left.)
      await blocker.startTransaction();
      await blocker.query(`SELECT id FROM mail_outbox WHERE id IN (${ids.slice(0, 5).join(',')}) FOR UPDATE`);
    }
    const [ra, rb] = await Promise.all([a.deliverDue(), b.deliverDue()]);
    expect([ra.sent, rb.sent]).toEqual([20, 20]);
    expect(ra.failed + rb.failed).toBe(0);
    const left = mysql ? ids.slice(0, 5) : ids.slice(40);
    expect(sink.messages.map((m) => idOf(m.messageId)).sort((x, y) => x - y)).toEqual(ids.filter((id) => !left.includes(id)));
    if (mysql) await blocker.commitTransaction();

    expect(await a.deliverDue()).toEqual({ sent: 5, failed: 0 });
    expect(sink.messages).toHaveLength(45);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(45);
    expect(await ds.getRepository(OutboxMessage).countBy({ status: OutboxStatus.SENT, attempts: 1 })).toBe(45);
    expect(logs.filter((l) => /expired/.test(l))).toEqual([]);
  } finally {
    if (blocker.isTransactionActive) await blocker.rollbackTransaction();
    await blocker.release();
    await other.destroy();
  }
});
