import { normalizeEmail } from '@roster/shared';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { lockAgent } from '../agent/agent.lock';
import { passwordResetEmail } from '../mail/password-reset.template';
import { setPassword } from './auth.service';
import { createPasswordLinks, retirePasswordLinks } from './password-link';
import { attemptedEmail, recordAuditEvent } from '../audit/audit.record';

// Password resets: a single-use link by email (the sign-in page's "Forgot password?", or an
// administrator's "Send password reset"), and an administrator's temporary password. Using a link
// or setting a temporary password ends every session of the agent (setPassword).

/** Queues a reset link for `agent` in the caller's transaction; earlier unused links stop working. */
async function queueResetLink(sc: ServiceContext, agent: Agent, sentBy: { name: string } | null): Promise<void> {
  const expiresAt = new Date(sc.clock().getTime() + sc.config.passwordResetTtlMinutes * 60_000);
  await retirePasswordLinks(sc, [agent.id]);
  const [token] = await createPasswordLinks(sc, [agent.id], expiresAt);
  const msg = passwordResetEmail({
    agentName: agent.name,
    resetUrl: `${sc.config.publicUrl}/set-password?token=${encodeURIComponent(token)}`,
    expiresAt,
    sentBy: sentBy?.name ?? null,
    forgotUrl: `${sc.config.publicUrl}/forgot-password`,
    language: agent.language,
  });
  await sc.mail.enqueue(sc.em, { to: agent.email, ...msg });
  await recordChanges(
    sc.em,
    sc.actor,
    ChangeLogEntityType.AGENT,
    agent.id,
    [{ field: 'password', oldValue: null, newValue: '(reset link sent)' }],
    'auth.password_reset_sent',
  );
}

/**
 * "Forgot password?": emails a reset link when `email` is the login of an active agent, and does
 * nothing otherwise. The caller answers the same either way (no account discovery).
 */
export async function requestPasswordReset(sc: ServiceContext, { email }: { email: string }): Promise<void> {
  await recordAuditEvent(sc, { action: 'auth.password_reset_requested', details: { email: attemptedEmail(email) } });
  const normalized = normalizeEmail(email);
  if (normalized === null) return;
  const agent = await sc.em.findOneBy(Agent, { email: normalized });
  if (!agent || agent.status !== AgentStatus.ACTIVE) return;
  await queueResetLink(sc, agent, null);
}

/** An administrator's target: another agent (one's own password has Change password), enabled. */
async function lockResetTarget(sc: ServiceContext, agentId: string): Promise<Agent> {
  const agent = await lockAgent(sc.em, agentId, 'agentId');
  if (sc.actor.agent?.id === agent.id) throw forbidden('Change your own password under Preferences instead');
  if (agent.status !== AgentStatus.ACTIVE) throw badInput({ agentId: 'is disabled: enable the agent first' });
  return agent;
}

/** "Send password reset" (administrators): the same email as Forgot password?, naming who sent it. */
export async function sendPasswordReset(sc: ServiceContext, { agentId }: { agentId: string }): Promise<Agent> {
  const agent = await lockResetTarget(sc, agentId);
  await queueResetLink(sc, agent, sc.actor.agent ?? null);
  return agent;
}

/**
 * "Set a new temporary password" (administrators): the hash of a password the edge generated and
 * shows once; the agent must change it, it expires after TEMPORARY_PASSWORD_TTL_DAYS, and every
 * session of the agent ends. Pending reset links stop working too.
 */
export async function setTemporaryPassword(
  sc: ServiceContext,
  { agentId, passwordHash }: { agentId: string; passwordHash: string },
): Promise<{ agent: Agent; expiresAt: Date }> {
  const agent = await lockResetTarget(sc, agentId);
  const expiresAt = new Date(sc.clock().getTime() + sc.config.temporaryPasswordTtlDays * 86_400_000);
  await retirePasswordLinks(sc, [agent.id]);
  const updated = await setPassword(sc, { agentId: agent.id, passwordHash, keepSessionToken: null, temporaryUntil: expiresAt });
  return { agent: updated, expiresAt };
}
