import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../src/config';
import { inTransaction } from '../src/common/transaction';
import { backoffMs, Mailer, MAX_ATTEMPTS, OutgoingEmail } from '../src/modules/mail';
import { invitationEmail, welcomeEmail } from '../src/modules/mail';
import { OutboxMessage } from '../src/modules/mail';
import { retryOutboxMessage } from '../src/modules/mail';
import { systemActor } from '../src/common/actor';
import { QUICK_START_GUIDE_ATTACHMENT } from '../src/modules/mail';
import { SmtpSink, startSmtpSink } from './helpers/smtp-sink';
import { freshDataSource } from './helpers/test-db';

// Real database (SQLite, or MySQL/MariaDB with TEST_DATABASE_URL) and a real SMTP server.
jest.setTimeout(30_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-mail-'));

/** Text drawn on the PDF's pages (pdfkit writes hex strings in TJ arrays inside deflated streams). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = '';
  for (let i = raw.indexOf('stream\n'); i !== -1;) {
    const end = raw.indexOf('\nendstream', i);
    if (end === -1) break;
    try {
      const content = zlib.inflateSync(pdf.subarray(i + 'stream\n'.length, end)).toString('latin1');
      for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
        out += [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('') + '\n';
      }
    } catch {
      // not a deflated content stream (fonts, images)
    }
    i = raw.indexOf('stream\n', end + '\nendstream'.length);
  }
  return out;
}

let ds: DataSource;
let sink: SmtpSink;
let clock: number;
let logs: string[];
const baseConfig: Config = loadConfig({ NODE_ENV: 'test', OUTBOX_POLL_MS: '0', PUBLIC_URL: 'https://help.example.com' }, tmp);

let mailers: Mailer[] = [];
function makeMailer(config: Partial<Config> = {}, dataSource: DataSource = ds, outboxDir?: string): Mailer {
  const mailer = new Mailer(dataSource, { ...baseConfig, smtpUrl: sink.url, ...config }, (m) => logs.push(m), {
    now: () => new Date(clock),
    outboxDir,
  });
  mailers.push(mailer);
  return mailer;
}

const email = (to: string, extra: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  to,
  subject: `Hello ${to}`,
  text: 'plain body',
  ...extra,
});
const enqueue = (mailer: Mailer, msg: OutgoingEmail) => inTransaction(ds, (em) => mailer.enqueue(em, msg));
const row = (id: number) => ds.getRepository(OutboxMessage).findOneByOrFail({ id });

beforeAll(async () => {
  ds = await freshDataSource();
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.close();
  await ds?.destroy();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Stopping closes each mailer's pooled SMTP connections (the sink closes only once they are gone).
afterEach(async () => {
  await Promise.all(mailers.map((m) => m.stop()));
  mailers = [];
});

beforeEach(async () => {
  await ds.getRepository(OutboxMessage).clear();
  sink.clear();
  clock = Date.now();
  logs = [];
});

test('a message enqueued in a transaction that rolls back is never stored or sent', async () => {
  const mailer = makeMailer();
  await expect(
    inTransaction(ds, async (em) => {
      await mailer.enqueue(em, email('ghost@example.com'));
      throw new Error('business write failed');
    }),
  ).rejects.toThrow('business write failed');
  expect(await ds.getRepository(OutboxMessage).count()).toBe(0);
  expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 0 });

  const kept = await enqueue(mailer, email('kept@example.com'));
  expect(await row(kept.id)).toMatchObject({ status: 'PENDING', attempts: 0, toAddress: 'kept@example.com' });
});

test('a welcome email arrives with login details and a readable Quick Start Guide PDF', async () => {
  const mailer = makeMailer();
  const password = 'Temp-Pass-8472!';
  const rendered = welcomeEmail({
    agentName: 'Ada <script>alert(1)</script> Lovelace',
    email: 'ada@example.com',
    temporaryPassword: password,
    signInUrl: 'https://help.example.com/login?x=1&y=2',
    mustChangePassword: true,
  });
  const queued = await enqueue(mailer, { to: 'ada@example.com', ...rendered, attachments: [QUICK_START_GUIDE_ATTACHMENT] });

  expect(await mailer.deliverDue()).toEqual({ sent: 1, failed: 0 });
  const got = await sink.waitFor((m) => m.to.includes('ada@example.com'));
  expect(got.envelopeTo).toEqual(['ada@example.com']);
  expect(got.subject).toBe('Your Roster agent account is ready');
  expect(got.text).toContain('https://help.example.com/login?x=1&y=2');
  expect(got.text).toContain(password);
  expect(got.text).toContain('Quick Start Guide');
  expect(got.html).toContain('href="https://help.example.com/login?x=1&amp;y=2"');
  expect(got.html).toContain('Ada &lt;script&gt;alert(1)&lt;/script&gt; Lovelace');
  expect(got.html).not.toContain('<script>');
  expect(got.messageId).toBe(`<roster-outbox-${queued.id}@help.example.com>`);

  expect(got.attachments).toHaveLength(1);
  const [pdf] = got.attachments;
  expect(pdf.filename).toBe('Roster-Quick-Start-Guide.pdf');
  expect(pdf.contentType).toBe('application/pdf');
  expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf.content);
  for (const phrase of ['Quick Start Guide for agents', 'Signing in', 'temporary password', 'Preferences', 'Getting help']) {
    expect(text).toContain(phrase);
  }

  const sent = await row(queued.id);
  expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
  expect(sent.sentAt).toBeInstanceOf(Date);
  // Logs name the message, never its content.
  expect(logs.join('\n')).not.toContain(password);
});

test('a rejected delivery is retried with backoff and delivered on the next due run', async () => {
  const mailer = makeMailer();
  const queued = await enqueue(mailer, email('bob@example.com'));
  sink.rejectNext(1);

  expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 1 });
  expect(sink.rejectedCount).toBe(1);
  const failed = await row(queued.id);
  expect(failed.status).toBe('PENDING');
  expect(failed.attempts).toBe(1);
  expect(failed.lastError).toMatch(/451/);
  expect(failed.nextAttemptAt.getTime()).toBe(clock + backoffMs(1));
  expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(clock);

  // Not due yet: nothing happens.
  expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 0 });
  clock += backoffMs(1);
  expect(await mailer.deliverDue()).toEqual({ sent: 1, failed: 0 });
  await sink.waitFor((m) => m.to.includes('bob@example.com'));
  expect(await row(queued.id)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
});

test(`after ${MAX_ATTEMPTS} failed attempts a message is FAILED, and retry() queues it again`, async () => {
  const mailer = makeMailer();
  const queued = await enqueue(mailer, email('carol@example.com'));
  sink.rejectNext(MAX_ATTEMPTS);
  const delays: number[] = [];
  for (let i = 1; i <= MAX_ATTEMPTS; i++) {
    expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 1 });
    const r = await row(queued.id);
    expect(r.attempts).toBe(i);
    if (i < MAX_ATTEMPTS) {
      expect(r.status).toBe('PENDING');
      delays.push(r.nextAttemptAt.getTime() - clock);
      clock = r.nextAttemptAt.getTime();
    }
  }
  expect(delays).toEqual(delays.map((_, i) => Math.min(30_000 * 2 ** i, 3_600_000)));
  const dead = await row(queued.id);
  expect(dead.status).toBe('FAILED');
  expect(dead.lastError).toMatch(/451/);
  clock += 24 * 3_600_000;
  expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 0 });

  const sc = { em: ds.manager, actor: systemActor(), config: baseConfig, clock: () => new Date(clock), mail: mailer };
  const retry = (id: unknown) => inTransaction(ds, (em) => retryOutboxMessage({ ...sc, em }, { id: id as string }));
  const retried = await retry(String(queued.id));
  expect(retried).toMatchObject({ status: 'PENDING', attempts: 0 });
  expect(await mailer.deliverDue()).toEqual({ sent: 1, failed: 0 });
  expect(await row(queued.id)).toMatchObject({ status: 'SENT', attempts: 1 });
  // Only FAILED messages can be retried; unknown ids are NOT_FOUND, malformed ones BAD_USER_INPUT like every id.
  await expect(retry(queued.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  await expect(retry(999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(retry('abc')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: 'is not a valid id' } });
});

test('delivers due messages oldest first in batches of 20', async () => {
  const mailer = makeMailer();
  for (let i = 0; i < 25; i++) {
    await enqueue(mailer, email(`batch${i}@example.com`));
    clock += 1; // distinct, increasing due times
  }
  expect(await mailer.deliverDue()).toEqual({ sent: 20, failed: 0 });
  // Sent several at once, so they may arrive in any order; the batch is the 20 oldest.
  const arrived = (from: number) => sink.messages.slice(from).map((m) => m.to[0]);
  expect(arrived(0).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `batch${i}@example.com`).sort());
  expect(await mailer.deliverDue()).toEqual({ sent: 5, failed: 0 });
  expect(arrived(20).sort()).toEqual(Array.from({ length: 5 }, (_, i) => `batch${20 + i}@example.com`).sort());
});

test('without SMTP_URL, mail goes to the development outbox as .eml files (none in NODE_ENV=test)', async () => {
  const dir = path.join(tmp, 'outbox');
  const dev = makeMailer({ smtpUrl: undefined, env: 'development' }, ds, dir);
  const invite = invitationEmail({
    inviteeName: null,
    inviterName: 'Grace "Admin"',
    acceptUrl: 'https://help.example.com/invite/abc',
    expiresAt: new Date('2030-01-02T03:04:00Z'),
    isAdmin: false,
    teams: ['<b>Night</b>'],
    groups: [],
  });
  const queued = await enqueue(dev, { to: 'new@example.com', ...invite });
  expect(await dev.deliverDue()).toEqual({ sent: 1, failed: 0 });
  expect(sink.messages).toHaveLength(0);
  expect(await row(queued.id)).toMatchObject({ status: 'SENT' });
  const files = fs.readdirSync(dir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.eml$/);
  const eml = await simpleParser(fs.readFileSync(path.join(dir, files[0])));
  expect(eml.to).toMatchObject({ text: 'new@example.com' });
  expect(eml.subject).toBe('Grace "Admin" invited you to join Roster');
  expect(eml.text).toContain('https://help.example.com/invite/abc');
  expect(eml.html).toContain('Grace &quot;Admin&quot; invited you');
  expect(eml.html).toContain('You were invited as an agent, in team &lt;b&gt;Night&lt;/b&gt;.');
  expect(logs.some((l) => l.includes('development outbox'))).toBe(true);

  const testDir = path.join(tmp, 'outbox-test');
  const quiet = makeMailer({ smtpUrl: undefined, env: 'test' }, ds, testDir);
  await enqueue(quiet, email('quiet@example.com'));
  expect(await quiet.deliverDue()).toEqual({ sent: 1, failed: 0 });
  expect(fs.existsSync(testDir)).toBe(false);
});

test('start() polls the outbox and stop() ends the loop', async () => {
  const mailer = makeMailer({ outboxPollMs: 50 });
  mailer.start();
  try {
    await enqueue(mailer, email('polled@example.com'));
    await sink.waitFor((m) => m.to.includes('polled@example.com'), 5000);
  } finally {
    await mailer.stop();
  }
  await enqueue(mailer, email('after-stop@example.com'));
  await new Promise((r) => setTimeout(r, 200));
  expect(sink.messages.map((m) => m.to[0])).toEqual(['polled@example.com']);
});

test('stored and logged errors carry no SMTP credentials', async () => {
  // Nothing listens on port 1: the connection is refused.
  const mailer = makeMailer({ smtpUrl: 'smtp://mailer:S3cret-Pa55@127.0.0.1:1' });
  const queued = await enqueue(mailer, email('dave@example.com'));
  expect(await mailer.deliverDue()).toEqual({ sent: 0, failed: 1 });
  const r = await row(queued.id);
  expect(r.lastError).toBeTruthy();
  expect(r.lastError).not.toContain('S3cret');
  expect(logs.join('\n')).not.toContain('S3cret');
});
