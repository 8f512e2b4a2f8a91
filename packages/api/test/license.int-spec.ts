import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { Agent } from '../src/modules/agent/agent.entity';
import { Invitation } from '../src/modules/invitation/invitation.entity';

const LICENSE = '{ license { seats used available } }';
const CREATE = 'mutation($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }';
const INVITE = 'mutation($e: String!) { inviteAgent(input: { email: $e }) { id } }';

describe('license seats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '5' });
  });
  afterAll(() => t.close());
  const license = async () => (await t.ok(LICENSE, {}, { token: t.adminToken })).license;

  it('counts agents plus pending invitations', async () => {
    expect(await license()).toEqual({ seats: 5, used: 1, available: 4 });
    await t.ok(CREATE, { e: 'one@example.com' }, { token: t.adminToken });
    await t.ok(INVITE, { e: 'two@example.com' }, { token: t.adminToken });
    expect(await license()).toEqual({ seats: 5, used: 3, available: 2 });
  });

  it('stops creating, inviting and accepting beyond the limit with a prompt to upgrade or delete', async () => {
    await t.ok(CREATE, { e: 'three@example.com' }, { token: t.adminToken });
    await t.ok(CREATE, { e: 'four@example.com' }, { token: t.adminToken });
    expect((await license()).available).toBe(0);
    for (const r of [await t.gql(CREATE, { e: 'five@example.com' }, { token: t.adminToken }), await t.gql(INVITE, { e: 'six@example.com' }, { token: t.adminToken })]) {
      expect(codeOf(r)).toBe('LICENSE_LIMIT_REACHED');
      expect(r.errors![0].extensions).toMatchObject({ seats: 5, used: 5 });
      expect(r.errors![0].message).toMatch(/upgrade/i);
      expect(r.errors![0].message).toMatch(/delete an agent/i);
    }
    expect(await t.roster.ds.getRepository(Agent).countBy({ email: 'five@example.com' })).toBe(0);
  });

  it('frees a seat at once when an agent is deleted, and revoking an invitation frees its seat', async () => {
    const four = await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'four@example.com' });
    await t.ok('mutation($id: ID!) { deleteAgent(id: $id) }', { id: String(four.id) }, { token: t.adminToken });
    expect((await license()).available).toBe(1);
    await t.ok(CREATE, { e: 'four-again@example.com' }, { token: t.adminToken });
    expect((await license()).available).toBe(0);
    const inv = await t.roster.ds.getRepository(Invitation).findOneByOrFail({ email: 'two@example.com' });
    await t.ok('mutation($id: ID!) { revokeInvitation(id: $id) { status } }', { id: String(inv.id) }, { token: t.adminToken });
    expect((await license()).available).toBe(1);
  });

  it('lets exactly one of 50 concurrent creates and invites take the last seat', async () => {
    expect((await license()).available).toBe(1);
    const calls = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? t.gql(CREATE, { e: `race-c${i}@example.com` }, { token: t.adminToken })
        : t.gql(INVITE, { e: `race-i${i}@example.com` }, { token: t.adminToken }));
    const results = await Promise.all(calls);
    const ok = results.filter((r) => !r.errors);
    const limited = results.filter((r) => codeOf(r) === 'LICENSE_LIMIT_REACHED');
    expect(ok).toHaveLength(1);
    expect(limited).toHaveLength(49);
    expect(await license()).toEqual({ seats: 5, used: 5, available: 0 });
  });

  it('is admin-only', async () => {
    const four = await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'one@example.com' });
    await t.roster.ds.getRepository(Agent).update(four.id, { passwordHash: (await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'admin@example.com' })).passwordHash, mustChangePassword: false });
    const token = await t.login('one@example.com', 'correct horse battery');
    expect(codeOf(await t.gql(LICENSE, {}, { token }))).toBe('FORBIDDEN');
  });
});
