import { normalizeEmail } from '@roster/shared';
import { systemActor, withOrigin } from '../../common/actor';
import { AuditEventInput, insertAuditEvents } from '../../common/audit';
import { DomainError } from '../../common/errors';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { agentTarget, attemptedEmail } from './audit.record';

// Security events at the edge, outside any transaction (sign-in flows span several on purpose).

const SIGN_IN = systemActor('Sign-in');

/**
 * A failed sign-in, in a statement of its own (the attempt's read is no transaction, and nothing
 * commits on failure): the attempted address normalized, never the password; the account as the
 * target when the address is one's login. What the client is told does not change.
 */
async function recordSignInFailure(ctx: Context, email: string, error: unknown): Promise<void> {
  const normalized = normalizeEmail(email);
  const agent = normalized
    ? await ctx.ds.manager.findOne(Agent, { select: { id: true, email: true }, where: { email: normalized } })
    : null;
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

/**
 * An event at the edge, in a statement of its own (outside the flow's transactions), acted by the
 * signing-in system with the request's origin. A failure to record is logged, never the caller's failure.
 */
export async function recordAtEdge(ctx: Context, event: AuditEventInput): Promise<void> {
  await insertAuditEvents(ctx.ds.manager, withOrigin(SIGN_IN, ctx), [event]).catch((e) =>
    console.error(`audit: ${event.action} was not recorded`, e),
  );
}

/** `.catch(stepFailed(ctx, event))`: records `event` as a failure (refused when rate-limited), then throws the original error. */
export const stepFailed =
  (ctx: Context, event: AuditEventInput) =>
  async (error: unknown): Promise<never> => {
    const code = error instanceof DomainError ? error.code : 'INTERNAL';
    await recordAtEdge(ctx, {
      ...event,
      outcome: code === 'RATE_LIMITED' ? 'REFUSED' : 'FAILURE',
      details: { ...event.details, reason: code },
    });
    throw error;
  };
