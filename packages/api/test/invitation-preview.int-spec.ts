import { graphql } from './gql';
import { acceptLinkToken, INVITE, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { Invitation } from '../src/modules/invitation';

// invitationPreview: the accept page checks the link on load. Public; only a pending, unexpired
// invitation reveals its address, helpdesk, inviter and expiry; guesses are rate-limited.

const PREVIEW = graphql(`
  query PreviewInvitationLink($token: String!) {
    invitationPreview(token: $token) {
      status
      email
      helpdeskName
      inviterName
      expiresAt
    }
  }
`);

const ACCEPT = graphql(`
  mutation PreviewAcceptInvitation($t: String!, $p: String!) {
    acceptInvitation(token: $t, password: $p) {
      token
    }
  }
`);

const REVOKE = graphql(`
  mutation PreviewRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      status
    }
  }
`);

const HIDDEN = { email: null, helpdeskName: null, inviterName: null, expiresAt: null };

describe('invitationPreview', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));

  /** Invites `email` and returns the invitation's id and the token from its email. */
  async function invite(email: string): Promise<{ id: string; token: string; expiresAt: string }> {
    const { inviteAgent } = await t.ok(INVITE, { i: { email } }, { token: t.adminToken });
    await t.roster.mailer.deliverDue();
    const token = acceptLinkToken((await smtp.waitFor((m) => m.envelopeTo.includes(email))).text);
    return { id: inviteAgent.id, token, expiresAt: inviteAgent.expiresAt };
  }
  // Signed out: the invitee has no session.
  const preview = async (token: string) => (await t.ok(PREVIEW, { token })).invitationPreview;

  it('shows a pending link its address, the helpdesk, the inviter and the expiry, without a session', async () => {
    const inv = await invite('pia@example.com');
    expect(await preview(inv.token)).toEqual({
      status: 'VALID',
      email: 'pia@example.com',
      helpdeskName: 'help.example.com',
      inviterName: 'Administrator',
      expiresAt: inv.expiresAt,
    });
  });

  it('says a link was used, revoked, expired or is unknown, and reveals nothing else', async () => {
    const used = await invite('used@example.com');
    await t.ok(ACCEPT, { t: used.token, p: 'a long enough password' });
    expect(await preview(used.token)).toEqual({ status: 'USED', ...HIDDEN });

    const revoked = await invite('revoked@example.com');
    await t.ok(REVOKE, { id: revoked.id }, { token: t.adminToken });
    expect(await preview(revoked.token)).toEqual({ status: 'REVOKED', ...HIDDEN });

    const expired = await invite('expired@example.com');
    await t.roster.ds.getRepository(Invitation).update(expired.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await preview(expired.token)).toEqual({ status: 'EXPIRED', ...HIDDEN });

    expect(await preview(`${used.token}x`)).toEqual({ status: 'NOT_FOUND', ...HIDDEN });
  });

  it('names the token field when it is empty or too long', async () => {
    for (const token of ['', 'x'.repeat(201)]) {
      const res = await t.gql(PREVIEW, { token });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual({ token: 'must be 1 to 200 characters' });
    }
  });
});

describe('invitationPreview rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it('refuses guesses from one address past the sign-in limit', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await t.ok(PREVIEW, { token: `guess-${i}` })).invitationPreview.status).toBe('NOT_FOUND');
    }
    const refused = await t.gql(PREVIEW, { token: 'guess-4' });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.data).toBeNull();
  });
});
