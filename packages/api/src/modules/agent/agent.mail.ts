import type { ServiceContext } from '../../common/service';
import { loginEmailChangedEmail, maskEmail, welcomeEmail } from '../mail/mail.templates';
import { quickStartGuideAttachment } from '../mail/quick-start-guide';
import { Agent } from './agent.entity';

/** Queues the welcome email (login details + Quick Start Guide) in the caller's transaction. */
export async function sendWelcomeEmail(sc: ServiceContext, agent: Agent, temporaryPassword: string | null): Promise<void> {
  const msg = welcomeEmail({
    agentName: agent.name,
    email: agent.email,
    temporaryPassword,
    signInUrl: `${sc.config.publicUrl}/sign-in`,
    mustChangePassword: agent.mustChangePassword,
    temporaryPasswordExpiresAt: agent.temporaryPasswordExpiresAt,
    language: agent.language,
  });
  await sc.mail.enqueue(sc.em, { to: agent.email, ...msg, attachments: [quickStartGuideAttachment(agent.language)] });
}

/**
 * Tells the old login address that the login moved, in the transaction of the change (so nothing is
 * sent when it fails). The new address is masked: whoever reads the old mailbox learns little of it.
 */
export async function sendLoginEmailChangedNotice(
  sc: ServiceContext,
  { oldEmail, agent }: { oldEmail: string; agent: Agent },
): Promise<void> {
  const msg = loginEmailChangedEmail({
    agentName: agent.name,
    maskedNewEmail: maskEmail(agent.email),
    changedBy: sc.actor.agent?.id === agent.id ? null : sc.actor.name,
    signInUrl: `${sc.config.publicUrl}/sign-in`,
    language: agent.language,
  });
  await sc.mail.enqueue(sc.em, { to: oldEmail, ...msg });
}
