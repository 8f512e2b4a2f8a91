import type { ServiceContext } from '../../common/service';
import { welcomeEmail } from '../mail/mail.templates';
import { QUICK_START_GUIDE_ATTACHMENT } from '../mail/quick-start-guide';
import { Agent } from './agent.entity';

/** Queues the welcome email (login details + Quick Start Guide) in the caller's transaction. */
export async function sendWelcomeEmail(sc: ServiceContext, agent: Agent, temporaryPassword: string | null): Promise<void> {
  const msg = welcomeEmail({
    agentName: agent.name,
    email: agent.email,
    temporaryPassword,
    signInUrl: `${sc.config.publicUrl}/sign-in`,
    mustChangePassword: agent.mustChangePassword,
  });
  await sc.mail.enqueue(sc.em, { to: agent.email, ...msg, attachments: [QUICK_START_GUIDE_ATTACHMENT] });
}
