import { graphql } from './gql';
import { acceptLinkToken, INVITE, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import { codeOf, TestApp } from './helpers/test-app';
import { ChangeLogEntry } from '../src/common/change-log';
import { Invitation } from '../src/modules/invitation';

// Onboarding by invitation: the emailed accept link, accepting, resending, revoking and expiry
// (the welcome email of a created agent: onboarding-welcome.int-spec.ts).

const ACCEPT = graphql(`
  mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) {
    acceptInvitation(token: $t, name: $n, password: $p) {
      token
      agent {
        id
        email
        name
        isAdmin
        teams {
          name
        }
        permissionGroups {
          id
        }
      }
    }
  }
`);

describe('onboarding: invitations and welcome email over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));
  const deliver = () => t.roster.mailer.deliverDue();

  it('invites, emails an accept link, and the invitee accepts and is signed in', async () => {
    const team = await t.ok(
      graphql(`
        mutation OnboardingCreateTeam {
          createTeam(name: "Night Shift") {
            id
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    const inv = await t.ok(
      INVITE,
      { i: { email: 'Ivy@Example.com', name: 'Ivy', teamIds: [team.createTeam.id] } },
      { token: t.adminToken },
    );
    expect(inv.inviteAgent).toMatchObject({ email: 'ivy@example.com', status: 'PENDING', isAdmin: false });
    const expires = new Date(inv.inviteAgent.expiresAt).getTime() - new Date(inv.inviteAgent.createdAt).getTime();
    expect(Math.round(expires / 86_400_000)).toBe(7);

    const pending = await t.ok(
      graphql(`
        query OnboardingInvitations2 {
          invitations(status: PENDING) {
            email
            invitedByName
            createdAt
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(pending.invitations).toEqual([expect.objectContaining({ email: 'ivy@example.com', invitedByName: 'Administrator' })]);

    await deliver();
    const msg = await smtp.waitFor((m) => m.envelopeTo.includes('ivy@example.com'));
    expect(msg.subject).toMatch(/invit/i);
    const token = acceptLinkToken(msg.text);
    expect(msg.text).toContain('https://help.example.com/accept-invitation?token=');
    // Only a hash of the token is stored.
    const rows = await t.roster.ds.getRepository(Invitation).find();
    expect(JSON.stringify(rows)).not.toContain(token);

    const accepted = await t.ok(ACCEPT, { t: token, n: 'Ivy Ivers', p: 'ivy-password-123' });
    expect(accepted.acceptInvitation.agent).toMatchObject({
      email: 'ivy@example.com',
      name: 'Ivy Ivers',
      isAdmin: false,
      teams: [{ name: 'Night Shift' }],
      permissionGroups: [{ id: '1' }],
    });
    const viewer = await t.ok(
      graphql(`
        query OnboardingViewer {
          viewer {
            email
          }
        }
      `),
      {},
      { token: accepted.acceptInvitation.token },
    );
    expect(viewer.viewer.email).toBe('ivy@example.com');
    expect(await t.login('ivy@example.com', 'ivy-password-123')).toMatch(/^rss_/);
    // On acceptance: the welcome email with the Quick Start Guide, and no password in it.
    await deliver();
    const welcome = await smtp.waitFor((m) => m.envelopeTo.includes('ivy@example.com') && /account is ready/.test(m.subject));
    expect(welcome.attachments.find((a) => a.contentType === 'application/pdf')?.filename).toMatch(/quick-start-guide\.pdf$/i);
    expect(welcome.text).not.toMatch(/password:/i);

    // Single use.
    expect(codeOf(await t.gql(ACCEPT, { t: token, p: 'ivy-password-456' }))).toBe('BAD_USER_INPUT');
    const all = await t.ok(
      graphql(`
        query OnboardingInvitations3 {
          invitations {
            email
            status
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(all.invitations.find((i) => i.email === 'ivy@example.com')!.status).toBe('ACCEPTED');
    const log = await t.roster.ds.getRepository(ChangeLogEntry).findBy({ entityType: 'INVITATION' as never, entityId: inv.inviteAgent.id });
    expect(log.map((e) => e.field)).toEqual(expect.arrayContaining(['invited', 'status']));
  });

  it('refuses to invite an email that already belongs to an agent, naming the field', async () => {
    // Its own agent: the suite no longer shares a database with the welcome-email tests that created it.
    await t.createAgent({ email: 'wendy@example.com', name: 'Wendy Welcome' });
    const r = await t.gql(INVITE, { i: { email: 'wendy@example.com' } }, { token: t.adminToken });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions!.fields!['input.email']).toMatch(/already belongs/);
    const bad = await t.gql(INVITE, { i: { email: 'not-an-email' } }, { token: t.adminToken });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!['input.email']).toBeDefined();
  });

  it('resend issues a new link and the old one stops working; revoke ends it', async () => {
    smtp.clear();
    const inv = await t.ok(INVITE, { i: { email: 'rex@example.com', isAdmin: true } }, { token: t.adminToken });
    await deliver();
    const first = acceptLinkToken((await smtp.waitFor((m) => m.envelopeTo.includes('rex@example.com'))).text);
    expect(inv.inviteAgent.lastSentAt).toBe(inv.inviteAgent.createdAt);
    smtp.clear();
    await new Promise((r) => setTimeout(r, 20));
    const resent = await t.ok(
      graphql(`
        mutation OnboardingResendInvitation($id: ID!) {
          resendInvitation(id: $id) {
            id
            status
            createdAt
            lastSentAt
          }
        }
      `),
      { id: inv.inviteAgent.id },
      { token: t.adminToken },
    );
    // The list's "Sent" time is the latest email; the invitation was still created when it was.
    expect(resent.resendInvitation.createdAt).toBe(inv.inviteAgent.createdAt);
    expect(new Date(resent.resendInvitation.lastSentAt).getTime()).toBeGreaterThan(new Date(inv.inviteAgent.createdAt).getTime());
    await deliver();
    const second = acceptLinkToken((await smtp.waitFor((m) => m.envelopeTo.includes('rex@example.com'))).text);
    expect(second).not.toBe(first);
    expect(codeOf(await t.gql(ACCEPT, { t: first, p: 'rex-password-123' }))).toBe('BAD_USER_INPUT');

    const revoked = await t.ok(
      graphql(`
        mutation OnboardingRevokeInvitation($id: ID!) {
          revokeInvitation(id: $id) {
            status
          }
        }
      `),
      { id: inv.inviteAgent.id },
      { token: t.adminToken },
    );
    expect(revoked.revokeInvitation.status).toBe('REVOKED');
    expect(codeOf(await t.gql(ACCEPT, { t: second, p: 'rex-password-123' }))).toBe('BAD_USER_INPUT');
    const revokedList = await t.ok(
      graphql(`
        query OnboardingInvitations4 {
          invitations(status: REVOKED) {
            email
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(revokedList.invitations.map((i: { email: string }) => i.email)).toContain('rex@example.com');
    const log = await t.ok(
      graphql(`
        query OnboardingChangeLog($id: ID!) {
          changeLog(entityType: INVITATION, entityId: $id) {
            edges {
              node {
                field
                newValue
                actorName
              }
            }
          }
        }
      `),
      { id: inv.inviteAgent.id },
      { token: t.adminToken },
    );
    const fields = log.changeLog.edges.map((e) => `${e.node.field}:${e.node.newValue}`);
    expect(fields).toEqual(expect.arrayContaining(['invited:rex@example.com', 'isAdmin:true', 'permissionGroups:1', 'status:REVOKED']));
    expect(fields.some((f: string) => f.startsWith('resent:'))).toBe(true);
  });

  it('expired invitations cannot be accepted and show as EXPIRED', async () => {
    const inv = await t.ok(INVITE, { i: { email: 'old@example.com' } }, { token: t.adminToken });
    await deliver();
    const token = acceptLinkToken((await smtp.waitFor((m) => m.envelopeTo.includes('old@example.com'))).text);
    await t.roster.ds.getRepository(Invitation).update(inv.inviteAgent.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await t.gql(ACCEPT, { t: token, p: 'old-password-123' }))).toBe('BAD_USER_INPUT');
    const expired = await t.ok(
      graphql(`
        query OnboardingInvitations5 {
          invitations(status: EXPIRED) {
            email
            status
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(expired.invitations).toContainEqual({ email: 'old@example.com', status: 'EXPIRED' });
  });

  it('refuses an invisible character in the name chosen on accepting, then accepts a clean one', async () => {
    await t.ok(INVITE, { i: { email: 'zw@example.com' } }, { token: t.adminToken });
    await deliver();
    const token = acceptLinkToken((await smtp.waitFor((m) => m.envelopeTo.includes('zw@example.com'))).text);
    const bad = await t.gql(ACCEPT, { t: token, n: 'Ad\u200bmin', p: 'zw-password-123' });
    expect([codeOf(bad), bad.errors![0].extensions!.fields!.name]).toEqual(['BAD_USER_INPUT', expect.any(String)]);
    expect((await t.ok(ACCEPT, { t: token, n: 'Zoë W', p: 'zw-password-123' })).acceptInvitation.agent.name).toBe('Zoë W');
  });

  it('only admins manage invitations', async () => {
    const agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain' });
    expect(codeOf(await t.gql(INVITE, { i: { email: 'x@example.com' } }, { token: agent.token }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          graphql(`
            query OnboardingInvitations6 {
              invitations {
                id
              }
            }
          `),
          {},
          { token: agent.token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
