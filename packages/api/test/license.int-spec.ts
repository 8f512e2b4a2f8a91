import { graphql } from './gql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { sha256 } from '../src/common/tokens';
import { Agent } from '../src/modules/agent';
import { Invitation, InvitationStatus } from '../src/modules/invitation';

const LICENSE = graphql(`
  query LicenseLicense {
    license {
      seats
      used
      available
    }
  }
`);
const CREATE = graphql(`
  mutation LicenseCreateAgent($e: String!) {
    createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {
      agent {
        id
      }
    }
  }
`);
const INVITE = graphql(`
  mutation LicenseInviteAgent($e: String!) {
    inviteAgent(input: { email: $e }) {
      id
    }
  }
`);

describe('license seats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '5' });
  });
  afterAll(() => t.close());
  const license = async () => (await t.ok(LICENSE, {}, { token: t.adminToken })).license;
  /** A pending invitation written directly (the seat check is what the tests below are about). */
  const pendingInvitation = async (email: string, token: string) => {
    const now = new Date();
    const { identifiers } = await t.roster.ds.getRepository(Invitation).insert({
      email,
      name: null,
      isAdmin: false,
      teamIds: [],
      permissionGroupIds: [1],
      tokenHash: sha256(token),
      storedStatus: InvitationStatus.PENDING,
      invitedById: null,
      invitedByName: 'test',
      createdAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
      acceptedAt: null,
      revokedAt: null,
    });
    return t.roster.ds.getRepository(Invitation).findOneByOrFail({ id: identifiers[0].id as number });
  };

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
    for (const r of [
      await t.gql(CREATE, { e: 'five@example.com' }, { token: t.adminToken }),
      await t.gql(INVITE, { e: 'six@example.com' }, { token: t.adminToken }),
    ]) {
      expect(codeOf(r)).toBe('LICENSE_LIMIT_REACHED');
      expect(r.errors![0].extensions).toMatchObject({ seats: 5, used: 5 });
      expect(r.errors![0].message).toMatch(/upgrade/i);
      expect(r.errors![0].message).toMatch(/delete an agent/i);
    }
    expect(await t.roster.ds.getRepository(Agent).countBy({ email: 'five@example.com' })).toBe(0);
  });

  it('frees a seat at once when an agent is deleted, and revoking an invitation frees its seat', async () => {
    const four = await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'four@example.com' });
    await t.ok(
      graphql(`
        mutation LicenseDeleteAgent($id: ID!) {
          deleteAgent(id: $id)
        }
      `),
      { id: String(four.id) },
      { token: t.adminToken },
    );
    expect((await license()).available).toBe(1);
    await t.ok(CREATE, { e: 'four-again@example.com' }, { token: t.adminToken });
    expect((await license()).available).toBe(0);
    const inv = await t.roster.ds.getRepository(Invitation).findOneByOrFail({ email: 'two@example.com' });
    await t.ok(
      graphql(`
        mutation LicenseRevokeInvitation($id: ID!) {
          revokeInvitation(id: $id) {
            status
          }
        }
      `),
      { id: String(inv.id) },
      { token: t.adminToken },
    );
    expect((await license()).available).toBe(1);
  });

  it('lets exactly one of 50 concurrent creates and invites take the last seat', async () => {
    expect((await license()).available).toBe(1);
    const calls = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? t.gql(CREATE, { e: `race-c${i}@example.com` }, { token: t.adminToken })
        : t.gql(INVITE, { e: `race-i${i}@example.com` }, { token: t.adminToken }),
    );
    const results = await Promise.all(calls);
    const ok = results.filter((r) => !r.errors);
    const limited = results.filter((r) => codeOf(r) === 'LICENSE_LIMIT_REACHED');
    expect(ok).toHaveLength(1);
    expect(limited).toHaveLength(49);
    expect(await license()).toEqual({ seats: 5, used: 5, available: 0 });
  });

  it('is admin-only', async () => {
    const four = await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'one@example.com' });
    await t.roster.ds.getRepository(Agent).update(four.id, {
      passwordHash: (await t.roster.ds.getRepository(Agent).findOneByOrFail({ email: 'admin@example.com' })).passwordHash,
      mustChangePassword: false,
    });
    const token = await t.login('one@example.com', 'correct horse battery');
    expect(codeOf(await t.gql(LICENSE, {}, { token }))).toBe('FORBIDDEN');
  });

  it('answers an invite of an existing agent with the field error even when the license is full', async () => {
    expect((await license()).available).toBe(0);
    const r = await t.gql(INVITE, { e: 'one@example.com' }, { token: t.adminToken });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions!.fields!['input.email']).toMatch(/already belongs/);
  });

  it('stops accepting an invitation when the license shrank below the agents in use', async () => {
    // The same database under a smaller license: the invitation's own seat no longer fits.
    const small = await startTestApp({ LICENSE_SEATS: '2' }, { shareDatabaseWith: t });
    try {
      const token = 'inv_known-test-token';
      const inv = await pendingInvitation('shrunk@example.com', token);
      const r = await small.gql(
        graphql(`
          mutation LicenseAcceptInvitation($t: String!) {
            acceptInvitation(token: $t, password: "accept-password-1") {
              token
            }
          }
        `),
        { t: token },
      );
      expect(codeOf(r)).toBe('LICENSE_LIMIT_REACHED');
      expect(r.errors![0].extensions).toMatchObject({ seats: 2 });
      expect(await t.roster.ds.getRepository(Agent).countBy({ email: inv.email })).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('an expired invitation no longer holds a seat', async () => {
    const inv = await pendingInvitation('lapsed@example.com', 'inv_lapsing-test-token');
    const before = (await license()).used;
    await t.roster.ds.getRepository(Invitation).update(inv.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await license()).used).toBe(before - 1);
  });
});
