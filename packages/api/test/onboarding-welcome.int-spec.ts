import { graphql } from './gql';
import { INVITE, withOnboardingApp } from './helpers/onboarding-fixtures';
import type { SmtpSink } from './helpers/smtp-sink';
import type { TestApp } from './helpers/test-app';
import { OutboxMessage } from '../src/modules/mail';

// Onboarding by email: the welcome email of a created agent, and what admins see of a delivery
// that keeps failing (invitations: onboarding-invitations.int-spec.ts).

const LICENSE_USED = graphql(`
  query OnboardingLicense {
    license {
      used
    }
  }
`);

describe('onboarding: invitations and welcome email over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  withOnboardingApp((app) => ({ t, smtp } = app));
  const deliver = () => t.roster.mailer.deliverDue();

  it('sends a created agent a welcome email with login details and the Quick Start Guide PDF', async () => {
    const r = await t.ok(
      graphql(`
        mutation OnboardingCreateAgent {
          createAgent(input: { email: "wendy@example.com", name: "Wendy Welcome" }) {
            temporaryPassword
            agent {
              id
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    const temp = r.createAgent.temporaryPassword;
    await deliver();
    const msg = await smtp.waitFor((m) => m.envelopeTo.includes('wendy@example.com'));
    expect(msg.to).toEqual(['wendy@example.com']);
    expect(msg.subject).toMatch(/account is ready/i);
    expect(msg.text).toContain('wendy@example.com');
    expect(msg.text).toContain(temp);
    expect(msg.text).toContain('https://help.example.com/sign-in');
    expect(msg.html).toContain('https://help.example.com/sign-in');
    const pdf = msg.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toMatch(/quick-start-guide\.pdf$/i);
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf!.content.length).toBeGreaterThan(2000);
    // The stored copy no longer holds the temporary password once delivered.
    const stored = await t.roster.ds.getRepository(OutboxMessage).findOneByOrFail({ toAddress: 'wendy@example.com' });
    expect(stored.status).toBe('SENT');
    expect(JSON.stringify(stored)).not.toContain(temp);
  });

  it('creating an agent directly closes a pending invitation for the same email and takes over its seat', async () => {
    const inv = await t.ok(INVITE, { i: { email: 'both@example.com' } }, { token: t.adminToken });
    const before = (await t.ok(LICENSE_USED, {}, { token: t.adminToken })).license.used;
    await t.ok(
      graphql(`
        mutation OnboardingCreateAgent2 {
          createAgent(input: { email: "both@example.com", name: "Both", sendWelcomeEmail: false }) {
            agent {
              id
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect((await t.ok(LICENSE_USED, {}, { token: t.adminToken })).license.used).toBe(before);
    const list = await t.ok(
      graphql(`
        query OnboardingInvitations {
          invitations {
            id
            status
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(list.invitations.find((i) => i.id === inv.inviteAgent.id)!.status).toBe('REVOKED');
  });

  it('sends no email when sendWelcomeEmail is false', async () => {
    smtp.clear();
    await t.ok(
      graphql(`
        mutation OnboardingCreateAgent3 {
          createAgent(input: { email: "quiet@example.com", name: "Quiet", sendWelcomeEmail: false }) {
            agent {
              id
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    await deliver();
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('quiet@example.com'))).toHaveLength(0);
  });

  it('shows admins a delivery that keeps failing, with the reason, and sends it when retried', async () => {
    smtp.clear();
    smtp.rejectNext(100);
    await t.ok(
      graphql(`
        mutation OnboardingCreateAgent4 {
          createAgent(input: { email: "bounce@example.com", name: "Bounce" }) {
            agent {
              id
            }
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    const failing = await t.roster.ds.getRepository(OutboxMessage).findOneByOrFail({ toAddress: 'bounce@example.com' });
    // Eight attempts (the backoff is skipped by making the message due each time).
    for (let i = 0; i < 8; i++) {
      await t.roster.ds.getRepository(OutboxMessage).update(failing.id, { nextAttemptAt: new Date(Date.now() - 1000) });
      await deliver();
    }
    const failed = await t.ok(
      graphql(`
        query OnboardingOutbox {
          outbox(status: FAILED) {
            id
            toAddress
            status
            attempts
            lastError
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(failed.outbox).toEqual([expect.objectContaining({ toAddress: 'bounce@example.com', status: 'FAILED', attempts: 8 })]);
    expect(failed.outbox[0].lastError).toMatch(/451/);
    smtp.rejectNext(0);
    await t.ok(
      graphql(`
        mutation OnboardingRetryOutboxMessage($id: ID!) {
          retryOutboxMessage(id: $id) {
            status
          }
        }
      `),
      { id: failed.outbox[0].id },
      { token: t.adminToken },
    );
    await deliver();
    await smtp.waitFor((m) => m.envelopeTo.includes('bounce@example.com'));
    expect(
      (
        await t.ok(
          graphql(`
            query OnboardingOutbox2 {
              outbox(status: FAILED) {
                id
              }
            }
          `),
          {},
          { token: t.adminToken },
        )
      ).outbox,
    ).toEqual([]);
  });
});
