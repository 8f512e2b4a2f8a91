import type { Context } from '../../common/request';
import type { ServiceContext } from '../../common/service';
import { badInput, forbidden } from '../../common/errors';
import { requireActor } from '../../common/auth';
import { Agent } from '../agent/agent.entity';
import { agentTarget, recordAtEdge, stepFailed } from '../audit';
import { confirmPassword, oneAttemptPerOperation, rememberDevice, SIGN_IN, type SignInResult, startSessionFor } from './auth.flows';
import { endSession, loginLimits, sessionSignInMethod } from './auth.service';
import { attemptKey, forgiveAttempt, takeAttempt } from './rate-limit';
import * as passkeys from './passkey.service';
import * as service from './second-factor.service';
import { SecondFactorMethod } from './second-factor.service';

// Edge flows of two-step sign-in: code attempts counted in their own statements (a failure
// counts even though the request fails), then one transaction for the change.

/** The second step's audit events (factor changes are recorded with their change-log entries, in their transaction). */
const secondStepEvent = (agent: Agent, method?: SecondFactorMethod) => ({
  action: 'auth.second_step',
  target: agentTarget(agent),
  details: method ? { method } : {},
});

/** The whole agent row (the actor carries only some columns). */
const actingAgent = (ctx: Context) => ctx.read((sc) => sc.em.findOneByOrFail(Agent, { id: requireActor(ctx).agent!.id }));

/**
 * Completes a sign-in that passed the password when `check` proves a factor (it uses the code or
 * the passkey's challenge up either way). Attempts count like passwords (per account from this
 * IP, per account, per IP; per device for a browser with the agent's device cookie), apart from
 * the password's. The pending session is replaced by a new full one (a new token: nothing learnt
 * before the second step carries over).
 */
async function completeSecondStep(
  ctx: Context,
  check: (sc: ServiceContext, agent: Agent) => Promise<SecondFactorMethod | null>,
  field: string,
): Promise<SignInResult> {
  oneAttemptPerOperation(ctx);
  const actor = requireActor(ctx);
  if (actor.stage !== 'SECOND_FACTOR') throw badInput({ [field]: 'no second step is pending: you are signed in' });
  const agent = await actingAgent(ctx);
  const { method, device } = await ctx
    .read(async (sc) => {
      const { limits, resetKeys, device } = await loginLimits(sc, {
        email: agent.email,
        ip: ctx.ip,
        deviceToken: ctx.deviceToken,
        step: 'second-step',
      });
      const attempt = await takeAttempt(sc, limits, 'code');
      const used = await check(sc, agent);
      if (!used) {
        throw badInput({
          [field]:
            field === 'code'
              ? 'is not a current code of your authenticator app, nor an unused recovery code'
              : 'was not accepted: try again',
        });
      }
      await forgiveAttempt(sc, attempt, resetKeys);
      return { method: used, device };
    }, SIGN_IN)
    .catch(stepFailed(ctx, secondStepEvent(agent)));
  await recordAtEdge(ctx, secondStepEvent(agent, method));
  // The full session keeps the first step's way in (single sign-on stays single sign-on).
  const firstStep = await ctx.tx(async (sc) => {
    const way = await sessionSignInMethod(sc, ctx.sessionToken!);
    await endSession(sc, { token: ctx.sessionToken! });
    return way;
  }, SIGN_IN);
  await rememberDevice(ctx, agent, device);
  const token = await startSessionFor(ctx, agent, null, firstStep ?? undefined);
  return { token, agent, secondFactorRequired: false, secondFactorMethods: [], enrolmentRequired: false };
}

/** verifySecondFactor: a TOTP code or a recovery code completes the sign-in. */
export const verifySecondFactor = (ctx: Context, code: string) =>
  completeSecondStep(ctx, (sc, agent) => service.takeSecondFactorCode(sc, { agentId: agent.id, code }), 'code');

/** verifyPasskey: the browser's answer to startPasskeySecondStep completes the sign-in. */
export const verifyPasskey = (ctx: Context, response: string) =>
  completeSecondStep(
    ctx,
    async (sc, agent) =>
      (await passkeys.takePasskeyAssertion(sc, { agentId: agent.id, sessionToken: ctx.sessionToken!, response }))
        ? SecondFactorMethod.PASSKEY
        : null,
    'response',
  );

/**
 * A current code (TOTP or recovery) from a signed-in agent before a sensitive change: wrong codes
 * count like sign-in attempts (a stolen session must not become a code oracle).
 */
async function confirmCode(ctx: Context, agent: Agent, code: string, allowRecoveryCode: boolean): Promise<void> {
  await ctx.read(async (sc) => {
    const attempt = await takeAttempt(
      sc,
      [{ key: attemptKey('second-step-confirm', String(agent.id)), max: sc.config.loginMaxAttemptsPerAccount }],
      'code',
    );
    if (!(await service.takeSecondFactorCode(sc, { agentId: agent.id, code, allowRecoveryCode }))) {
      throw badInput({ code: 'is not a current code of your authenticator app' });
    }
    await forgiveAttempt(sc, attempt);
  });
}

export async function confirmTotpEnrolment(ctx: Context, code: string): Promise<string[]> {
  const codes = await ctx.tx((sc) => service.confirmTotpEnrolment(sc, { code, keepSessionToken: ctx.sessionToken }));
  const actor = requireActor(ctx);
  // The rest of this request acts as the full session it now is.
  ctx.actor = { ...actor, stage: null };
  return codes;
}

/** A current code or the password (for an agent whose factors are passkeys only, the password is the way), each limited alike. */
async function confirmCodeOrPassword(
  ctx: Context,
  args: { code?: string | null; password?: string | null },
  allowRecoveryCode: boolean,
): Promise<void> {
  const agent = await actingAgent(ctx);
  if (args.code) await confirmCode(ctx, agent, args.code, allowRecoveryCode);
  else if (args.password) await confirmPassword(ctx, agent, args.password, 'password');
  else throw badInput({ code: 'enter a current code from your authenticator app, or your password' });
}

/** regenerateRecoveryCodes: with a current code of the app (not a recovery code) or the password. */
export async function regenerateRecoveryCodes(ctx: Context, args: { code?: string | null; password?: string | null }): Promise<string[]> {
  await confirmCodeOrPassword(ctx, args, false);
  return ctx.tx((sc) => service.regenerateRecoveryCodes(sc));
}

/** disableTwoStepSignIn: with a current code (or a recovery code) or the password. */
export async function disableTwoStep(ctx: Context, args: { code?: string | null; password?: string | null }): Promise<boolean> {
  await confirmCodeOrPassword(ctx, args, true);
  await ctx.tx((sc) => service.disableTwoStep(sc, { keepSessionToken: ctx.sessionToken }));
  return true;
}

export async function resetSecondFactor(ctx: Context, agentId: string): Promise<Agent> {
  if (String(requireActor(ctx).agent?.id) === agentId) throw forbidden('Manage your own two-step sign-in under Preferences');
  const agent = await ctx.tx((sc) => service.resetSecondFactor(sc, { agentId }));
  return agent;
}

export async function finishPasskeyRegistration(ctx: Context, name: string, response: string) {
  const result = await ctx.tx((sc) => passkeys.finishPasskeyRegistration(sc, { sessionToken: ctx.sessionToken!, name, response }));
  const actor = requireActor(ctx);
  ctx.actor = { ...actor, stage: null };
  return result;
}

export async function removePasskey(ctx: Context, id: string): Promise<boolean> {
  await ctx.tx((sc) => passkeys.removePasskey(sc, { id, keepSessionToken: ctx.sessionToken }));
  return true;
}
