import { EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { welcomeEmail } from '../mail/mail.templates';
import { QUICK_START_GUIDE_ATTACHMENT } from '../mail/quick-start-guide';
import { Agent } from './agent.entity';


/** Queues the welcome email (login details + Quick Start Guide) in the caller's transaction. */
export async function sendWelcomeEmail(ctx: Context, em: EntityManager, agent: Agent, temporaryPassword: string | null): Promise<void> {
  const msg = welcomeEmail({
    agentName: agent.name,
    email: agent.email,
    temporaryPassword,
    signInUrl: `${ctx.config.publicUrl}/sign-in`,
    mustChangePassword: agent.mustChangePassword,
  });
  await ctx.mailer.enqueue(em, { to: agent.email, ...msg, attachments: [QUICK_START_GUIDE_ATTACHMENT] });
}
