import { normalizeEmail } from '@roster/shared';
import { systemActor, withOrigin } from '../../common/actor';
import { insertAuditEvents } from '../../common/audit';
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
