import { normalizeEmail } from '@roster/shared';
import type { EntityManager } from 'typeorm';
import { type Actor, systemActor, withOrigin } from '../../common/actor';
import { AuditEventInput, insertAuditEvents } from '../../common/audit';
import { ChangeLogEntityType } from '../../common/change-log';
import { DomainError } from '../../common/errors';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';

export type { AuditEventInput } from '../../common/audit';

/**
 * The one entry point for security events (sign-in, resets, sessions, tokens, second factors):
 * written with `sc.em`, so inside a service's transaction it commits or rolls back with the change.
 * Administrative changes need no call: their change-log writes record their events.
 */
export function recordAuditEvent(sc: { em: EntityManager; actor: Actor }, event: AuditEventInput): Promise<void> {
  return insertAuditEvents(sc.em, sc.actor, [event]);
}

/** An agent as an event's target. */
export const agentTarget = (agent: { id: number; email?: string; name?: string }) => ({
  type: ChangeLogEntityType.AGENT,
  id: agent.id,
  label: agent.email ?? agent.name ?? null,
});

/** What is kept of an address someone typed: its normalized form, never text that is not an address (a password typed in the wrong box). */
export const attemptedEmail = (email: string): string => normalizeEmail(email) ?? '(not an email address)';

const SIGN_IN = systemActor('Sign-in');

/**
 * A failed sign-in, in a statement of its own (the attempt's read is no transaction, and nothing
 * commits on failure): the attempted address normalized, never the password; the account as the
 * target when the address is one's login. What the client is told does not change.
 */
async function recordSignInFailure(ctx: Context, email: string, error: unknown): Promise<void> {
  const normalized = normalizeEmail(email);
  const agent = normalized ? await ctx.ds.manager.findOne(Agent, { select: { id: true, email: true }, where: { email: normalized } }) : null;
  const reason = error instanceof DomainError ? error.code : 'INTERNAL';
  await insertAuditEvents(ctx.ds.manager, withOrigin(SIGN_IN, ctx), [
    {
      action: 'auth.sign_in',
      outcome: reason === 'RATE_LIMITED' ? 'REFUSED' : 'FAILURE',
      target: agent ? agentTarget(agent) : null,
      details: { email: attemptedEmail(email), reason: error instanceof DomainError ? error.message.slice(0, 200) : 'error' },
    },
  ]);
}

/** `.catch(signInFailed(ctx, email))` on a sign-in step: records the failure, then throws the original error. */
export const signInFailed =
  (ctx: Context, email: string) =>
  async (error: unknown): Promise<never> => {
    await recordSignInFailure(ctx, email, error).catch((e) => console.error('audit: a failed sign-in was not recorded', e));
    throw error;
  };
