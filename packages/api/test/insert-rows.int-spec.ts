import { DataSource, QueryFailedError } from 'typeorm';
import { insertRows, INSERT_PARAMS } from '../src/common/insert-rows';
import { inTransaction } from '../src/common/transaction';
import { Agent, newAgentRow } from '../src/modules/agent';
import { OutboxMessage, OutboxStatus, QUICK_START_GUIDE_ATTACHMENT, welcomeEmail, welcomeEmailTemplate } from '../src/modules/mail';
import { QueryCounter } from '../src/db/data-source';
import { freshDataSource } from './helpers/test-db';

// insertRows (the raw multi-row INSERT of the import's write path) must store exactly what
// TypeORM's own insert stores, on SQLite and MariaDB, and split statements under the placeholder limits.
let ds: DataSource;
const sql = new QueryCounter();
beforeAll(async () => {
  ds = await freshDataSource(sql);
});
afterAll(() => ds.destroy());

test('rows read back as TypeORM wrote them: dates, JSON, booleans, NULLs, non-ASCII text', async () => {
  const at = new Date('2026-03-04T05:06:07.089Z');
  const fields = {
    name: 'Zoë "Quote" O\'Brien',
    isReportsAdmin: true,
    signature: null,
    permissions: ['tickets.reply'],
    ticketNotificationSettings: [{ event: 'NEW_TICKET', email: false, browser: true }],
    createdAt: at,
    updatedAt: at,
  };
  const viaOrm = newAgentRow({ email: 'orm@example.com', ...fields });
  const viaRaw = newAgentRow({ email: 'raw@example.com', ...fields });
  await inTransaction(ds, async (em) => {
    await em.insert(Agent, viaOrm);
    await insertRows(em, Agent, Object.keys(viaRaw) as (keyof Agent & string)[], [viaRaw]);
  });
  const orm = await ds.manager.findOneByOrFail(Agent, { email: 'orm@example.com' });
  const raw = await ds.manager.findOneByOrFail(Agent, { email: 'raw@example.com' });
  expect({ ...raw, id: 0, email: '' }).toEqual({ ...orm, id: 0, email: '' });
  expect(raw).toMatchObject({ isReportsAdmin: true, isAdmin: false, signature: null, createdAt: at, permissions: ['tickets.reply'] });
});

test('more rows than one statement may carry placeholders for are split into several INSERTs', async () => {
  const now = new Date();
  const columns = [
    'toAddress',
    'subject',
    'textBody',
    'htmlBody',
    'attachments',
    'status',
    'attempts',
    'nextAttemptAt',
    'createdAt',
  ] as const;
  const n = Math.ceil(INSERT_PARAMS / columns.length) * 2 + 7;
  const rows = Array.from({ length: n }, (_, i) => ({
    toAddress: `split${i}@example.com`,
    subject: 'Subject',
    textBody: `Body ${i}`,
    htmlBody: null,
    attachments: [QUICK_START_GUIDE_ATTACHMENT],
    status: OutboxStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  }));
  let statements = 0;
  await inTransaction(ds, async (em) => {
    const before = sql.count;
    await insertRows(em, OutboxMessage, columns, rows);
    statements = sql.count - before;
  });
  expect(statements).toBe(3);
  expect(await ds.manager.countBy(OutboxMessage, { subject: 'Subject' })).toBe(n);
  const last = await ds.manager.findOneByOrFail(OutboxMessage, { toAddress: `split${n - 1}@example.com` });
  expect(last).toMatchObject({ textBody: `Body ${n - 1}`, attachments: [QUICK_START_GUIDE_ATTACHMENT], lastError: null, sentAt: null });
});

test("runs in the caller's transaction and fails as TypeORM's own statements fail", async () => {
  const row = (email: string) => newAgentRow({ email, name: 'Tx', createdAt: new Date(), updatedAt: new Date() });
  const props = Object.keys(row('x@example.com')) as (keyof Agent & string)[];
  // Rolled back with the transaction it ran in (on SQLite it runs on the driver's statement, not the query runner).
  await expect(
    inTransaction(ds, async (em) => {
      await insertRows(em, Agent, props, [row('rolled.back@example.com')]);
      expect(await em.countBy(Agent, { email: 'rolled.back@example.com' })).toBe(1);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await ds.manager.countBy(Agent, { email: 'rolled.back@example.com' })).toBe(0);
  // A constraint broken: TypeORM's QueryFailedError, which the callers' error mapping knows.
  await insertRows(ds.manager, Agent, props, [row('twice@example.com')]);
  await expect(insertRows(ds.manager, Agent, props, [row('twice@example.com')])).rejects.toBeInstanceOf(QueryFailedError);
});

test('the welcome email template fills in each recipient exactly as welcomeEmail renders it', () => {
  const expiresAt = new Date('2026-05-06T07:08:00Z');
  const signInUrl = 'https://help.example.com/sign-in?a=1&b=2';
  const render = welcomeEmailTemplate({ signInUrl, expiresAt });
  for (const [agentName, email, url] of [
    ['Ada <script>alert(1)</script> & "Lovelace"', "o'brien@example.com", 'https://help.example.com/set-password?token=a%2Bb&x=<y>'],
    ['Zoë \uE000N\uE000 $& $1', 'zoe@example.com', 'https://help.example.com/set-password?token=spw_abc'],
  ]) {
    expect(render({ agentName, email, setPasswordUrl: url })).toEqual(
      welcomeEmail({ agentName, email, temporaryPassword: null, signInUrl, mustChangePassword: false, setPassword: { url, expiresAt } }),
    );
  }
});
