import { In } from 'typeorm';
import { ChangeLogEntry } from '../src/common/change-log';
import { Invitation, InvitationStatus } from '../src/modules/invitation';
import { OutboxMessage } from '../src/modules/mail';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

const BULK = `mutation($e: [String!]!) { bulkInviteAgents(emails: $e) {
  invited { id email status isAdmin permissionGroups { id } teams { id } }
  failed { email code message }
  missingSeats } }`;
const LICENSE = '{ license { seats used available } }';
const TOKEN = 'mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }';

const addresses = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`);

describe('bulkInviteAgents', () => {
  let t: TestApp;
  const asAdmin = (q: string, v: Record<string, unknown> = {}) => t.ok(q, v, { token: t.adminToken });
  const license = async () => (await asAdmin(LICENSE)).license;
  const pendingCount = () => t.roster.ds.getRepository(Invitation).countBy({ storedStatus: InvitationStatus.PENDING });

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '20' });
  });
  afterAll(() => t.close());

  it('invites each acceptable address with All Permissions and says why the others were not invited, in list order', async () => {
    await asAdmin('mutation { inviteAgent(input: { email: "pending@example.com" }) { id } }');
    const r = (
      await asAdmin(BULK, {
        e: ['ann@example.com', 'Ann@Example.com', 'not an email', 'admin@example.com', ' pending@example.com ', 'bob@example.com'],
      })
    ).bulkInviteAgents;
    expect(r.invited.map((i: any) => [i.email, i.status, i.isAdmin, i.permissionGroups, i.teams])).toEqual([
      ['ann@example.com', 'PENDING', false, [{ id: '1' }], []],
      ['bob@example.com', 'PENDING', false, [{ id: '1' }], []],
    ]);
    expect(r.failed).toEqual([
      { email: 'Ann@Example.com', code: 'DUPLICATE_IN_LIST', message: 'is listed more than once (first as ann@example.com)' },
      { email: 'not an email', code: 'INVALID_EMAIL', message: 'is not a valid email address' },
      { email: 'admin@example.com', code: 'ALREADY_AGENT', message: expect.stringContaining('already belongs to an agent') },
      { email: ' pending@example.com ', code: 'ALREADY_INVITED', message: expect.stringContaining('pending invitation') },
    ]);
    expect(r.missingSeats).toBe(0);
    // One invitation email each through the outbox, and the change log of each invitation.
    const mail = await t.roster.ds.getRepository(OutboxMessage).findBy({ toAddress: In(['ann@example.com', 'bob@example.com']) });
    expect(mail.map((m) => m.toAddress).sort()).toEqual(['ann@example.com', 'bob@example.com']);
    expect(mail[0].textBody).toMatch(/accept-invitation\?token=/);
    const log = await t.roster.ds
      .getRepository(ChangeLogEntry)
      .findBy({ entityType: 'INVITATION' as never, entityId: In(r.invited.map((i: any) => i.id)), field: 'invited' });
    expect(log.map((e) => e.newValue).sort()).toEqual(['ann@example.com', 'bob@example.com']);
    expect(await license()).toEqual({ seats: 20, used: 4, available: 16 });
  });

  it('invites nobody when the list needs more seats than are left, and says how many are missing', async () => {
    const before = await pendingCount();
    const r = (await asAdmin(BULK, { e: [...addresses('many', 18), 'bad@'] })).bulkInviteAgents;
    expect(r.invited).toEqual([]);
    expect(r.missingSeats).toBe(2);
    expect(r.failed).toHaveLength(19);
    expect(r.failed[18]).toEqual({ email: 'bad@', code: 'INVALID_EMAIL', message: 'is not a valid email address' });
    for (const f of r.failed.slice(0, 18))
      expect(f).toEqual({ email: expect.any(String), code: 'NO_SEAT', message: expect.stringMatching(/needs 18 seats and 2 are missing/) });
    expect(await pendingCount()).toBe(before);
    // Exactly the seats left: all invited.
    const fit = (await asAdmin(BULK, { e: addresses('fit', 16) })).bulkInviteAgents;
    expect(fit.invited).toHaveLength(16);
    expect(await license()).toEqual({ seats: 20, used: 20, available: 0 });
    // Nothing left: a list of addresses that all fail for other reasons still answers per address.
    const none = (await asAdmin(BULK, { e: ['fit0@example.com', 'one.more@example.com'] })).bulkInviteAgents;
    expect(none.failed.map((f: any) => f.code)).toEqual(['ALREADY_INVITED', 'NO_SEAT']);
    expect(none.missingSeats).toBe(1);
  });

  it('refuses empty and oversized lists, anonymous callers, agents and tokens without agents:write', async () => {
    const empty = await t.gql(BULK, { e: [] }, { token: t.adminToken });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].extensions!.fields).toEqual({ emails: 'list at least one address' });
    const big = await t.gql(BULK, { e: addresses('big', 1001) }, { token: t.adminToken });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].extensions!.fields).toEqual({ emails: 'must have at most 1000 items (got 1001)' });
    expect(codeOf(await t.gql(BULK, { e: ['x@example.com'] }))).toBe('UNAUTHENTICATED');
    await t.roster.ds.query('DELETE FROM invitation');
    const agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain Agent' });
    expect(codeOf(await t.gql(BULK, { e: ['x@example.com'] }, { token: agent.token }))).toBe('FORBIDDEN');
    const reader = (await asAdmin(TOKEN, { n: 'reader', s: ['agents:read'] })).createApiToken.token;
    expect(codeOf(await t.gql(BULK, { e: ['x@example.com'] }, { token: reader }))).toBe('FORBIDDEN');
    const writer = (await asAdmin(TOKEN, { n: 'writer', s: ['agents:write'] })).createApiToken.token;
    const r = await t.ok(BULK, { e: ['x@example.com'] }, { token: writer });
    expect(r.bulkInviteAgents.invited.map((i: any) => i.email)).toEqual(['x@example.com']);
  });
});

// Meaningful on MariaDB (TEST_DATABASE_URL): SQLite serialises the transactions anyway.
describe('bulkInviteAgents under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '10' });
  });
  afterAll(() => t.close());

  it('never overshoots the seats when two lists race for the last ones, nor invites one person twice', async () => {
    for (let round = 0; round < 5; round++) {
      const lists = [addresses(`r${round}a`, 6), addresses(`r${round}b`, 6)];
      const results = await Promise.all(lists.map((e) => t.gql(BULK, { e }, { token: t.adminToken })));
      expect(results.map(codeOf)).toEqual([undefined, undefined]);
      const outcomes = results.map((r) => r.data!.bulkInviteAgents);
      expect(outcomes.map((o) => o.invited.length).sort()).toEqual([0, 6]);
      expect(outcomes.map((o) => o.missingSeats).sort()).toEqual([0, 3]);
      const { license } = await t.ok(LICENSE, {}, { token: t.adminToken });
      expect(license).toEqual({ seats: 10, used: 7, available: 3 });
      // The same address in two lists at once: invited once, the other list says so.
      const same = await Promise.all(
        [[`s${round}@example.com`, `s${round}a@example.com`], [`s${round}@example.com`]].map((e) =>
          t.gql(BULK, { e }, { token: t.adminToken }),
        ),
      );
      const codes = same.flatMap((r) => r.data!.bulkInviteAgents.failed.map((f: any) => f.code));
      expect(codes).toEqual(['ALREADY_INVITED']);
      expect(await t.roster.ds.getRepository(Invitation).countBy({ email: `s${round}@example.com` })).toBe(1);
      await t.roster.ds.query('DELETE FROM invitation');
    }
  }, 60_000);
});
