import { ErrorCode, normalizeEmail } from '@roster/shared';
import { agentActor, systemActor } from '../../common/actor';
import { appError, badInput, unauthenticated } from '../../common/errors';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../../common/tokens';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { assertDisplayName } from '../agent/agent.validation';
import { acceptInvitation, usableInvitation } from '../invitation/invitation.service';
import type { SessionStage, TrustedDevice } from './auth.entity';
import { trustDevice } from './device.service';
import { type SecondFactorMethod, signInStage } from './second-factor.service';
import {
  checkCurrentPassword,
  endSession,
  loginLimits,
  setPassword,
  type SignInMethod,
  startSession,
  verifyCredentials,
} from './auth.service';
import { assertPasswordOk, hashPassword } from './password';
import { attemptKey, forgiveAttempt, takeAttempt } from './rate-limit';
import { signInFailed } from '../audit/audit.flows';
import { assertPasswordSignInAllowed } from '../sso/sso.settings';

// Sign-in flows span several transactions on purpose (an attempt must count even when the
// sign-in fails, and slow password hashing stays outside any transaction), so they live at the
// edge with the resolvers: each step is one service call in its own transaction or read.

export const SIGN_IN = systemActor('Sign-in');

export interface SignInResult {
  token: string;
  agent: Agent;
  /** The session only passed the password: verifySecondFactor with one of `secondFactorMethods` completes it. */
  secondFactorRequired: boolean;
  secondFactorMethods: SecondFactorMethod[];
  /** Two-step sign-in is required and the agent has none: the session may only enrol. */
  enrolmentRequired: boolean;
}

/** Sets the session cookie; the rest of this request (the payload's nested fields) acts as that session. */
export async function startSessionFor(
  ctx: Context,
  agent: Agent,
  stage: SessionStage | null,
  method?: SignInMethod,
  details?: Record<string, unknown>,
): Promise<string> {
  const { token, expiresAt } = await ctx.tx(
    (sc) => startSession(sc, { agent, ip: ctx.ip, userAgent: ctx.userAgent, stage, method, details }),
    agentActor(agent),
  );
  ctx.actor = agentActor(agent, undefined, stage);
  ctx.res?.cookie(SESSION_COOKIE, token, { ...cookieOptions(ctx), expires: expiresAt });
  return token;
}

const cookieOptions = (ctx: Context) => ({ httpOnly: true, sameSite: 'lax' as const, secure: ctx.config.secureCookies, path: '/' });

/** Gives the browser a device cookie for this agent unless it carries a live one (device.service.ts). */
export async function rememberDevice(ctx: Context, agent: Agent, current: TrustedDevice | null): Promise<void> {
  const trusted = await ctx.tx((sc) => trustDevice(sc, { agentId: agent.id, current }), SIGN_IN);
  if (trusted) ctx.res?.cookie(DEVICE_COOKIE, trusted.token, { ...cookieOptions(ctx), expires: trusted.expiresAt });
}

/**
 * After the password (sign-in, an accepted invitation, a reset link): a full session, or, when
 * the agent has a second factor, a session that can only take the second step, or, when two-step
 * sign-in is required and the agent has none, one that can only enrol. A device is remembered
 * (`device` given: the password sign-in) once the sign-in is complete.
 */
export async function signIn(ctx: Context, agent: Agent, device?: { current: TrustedDevice | null }): Promise<SignInResult> {
  const { stage, methods } = await ctx.read((sc) => signInStage(sc.em, agent), SIGN_IN);
  if (stage !== 'SECOND_FACTOR' && device) await rememberDevice(ctx, agent, device.current);
  const token = await startSessionFor(ctx, agent, stage);
  return {
    token,
    agent,
    secondFactorRequired: stage === 'SECOND_FACTOR',
    secondFactorMethods: stage === 'SECOND_FACTOR' ? methods : [],
    enrolmentRequired: stage === 'ENROLMENT',
  };
}

// One sign-in attempt per GraphQL operation: aliases cannot multiply password or code guesses.
const attemptedInOperation = new WeakSet<object>();

export function oneAttemptPerOperation(ctx: Context): void {
  if (attemptedInOperation.has(ctx)) throw appError(ErrorCode.RATE_LIMITED, 'Only one sign-in attempt is allowed per request');
  attemptedInOperation.add(ctx);
}

export async function login(ctx: Context, email: string, password: string): Promise<SignInResult> {
  oneAttemptPerOperation(ctx);
  const verified = ctx.read(async (sc) => {
    const { limits, resetKeys, unusable, device } = await loginLimits(sc, { email, ip: ctx.ip, deviceToken: ctx.deviceToken });
    const attempt = await takeAttempt(sc, limits, 'sign-in');
    if (unusable) throw unauthenticated('Wrong email or password');
    await assertPasswordSignInAllowed(sc.em, email);
    const found = await verifyCredentials(sc, { email, password });
    await forgiveAttempt(sc, attempt, resetKeys);
    return { agent: found, device };
  }, SIGN_IN);
  const { agent, device } = await verified.catch(signInFailed(ctx, email));
  return signIn(ctx, agent, { current: device });
}

export async function logout(ctx: Context): Promise<boolean> {
  ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  const token = ctx.sessionToken;
  if (!token) return false;
  await ctx.tx((sc) => endSession(sc, { token }), ctx.actor ?? SIGN_IN);
  return true;
}

/**
 * A signed-in agent's current password, asked for before a sensitive change; a wrong one is a
 * field error on `field`. A stolen session must not become a password oracle: wrong current
 * passwords count like sign-in attempts, in their own statements (outside the change's transaction).
 */
export async function confirmPassword(ctx: Context, agent: Agent, password: string, field: string): Promise<void> {
  await ctx.read(async (sc) => {
    const attempt = await takeAttempt(
      sc,
      [{ key: attemptKey('password', String(agent.id)), max: sc.config.loginMaxAttemptsPerAccount }],
      'password',
    );
    await checkCurrentPassword(sc, { agent, password, field });
    await forgiveAttempt(sc, attempt);
  });
}

/**
 * updateAgent on one's own record with a new login email: checks `input.currentPassword` before
 * the update's transaction. True when it was given and is right. False when there is nothing to
 * check (not one's own record, not a session, no new email, no password given, or the account has none): the
 * service then decides whether the change needed it (updateAgent, passwordConfirmed).
 */
export async function confirmOwnEmailChange(
  ctx: Context,
  id: string,
  input: { email?: string | null; currentPassword?: string | null },
): Promise<boolean> {
  // Sessions only: an API token cannot change its creator's login (the service refuses) nor test passwords.
  const self = ctx.actor?.kind === 'AGENT' ? ctx.actor.agent : null;
  if (!self || input.email == null || input.currentPassword == null || String(self.id) !== id) return false;
  if (normalizeEmail(input.email) === self.email) return false;
  const agent = await ctx.read((sc) => sc.em.findOneBy(Agent, { id: self.id }));
  if (!agent?.passwordHash) return false;
  await confirmPassword(ctx, agent, input.currentPassword, 'input.currentPassword');
  return true;
}

export async function changePassword(ctx: Context, agent: Agent, currentPassword: string, newPassword: string): Promise<Agent> {
  await confirmPassword(ctx, agent, currentPassword, 'currentPassword');
  assertPasswordOk(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput({ newPassword: 'must differ from the current password' });
  const passwordHash = await hashPassword(newPassword);
  return ctx.tx((sc) => setPassword(sc, { agentId: agent.id, passwordHash, keepSessionToken: ctx.sessionToken }));
}

/**
 * The acceptInvitation mutation: cheap checks (attempts per IP, token) before the slow password
 * hash, so unauthenticated callers cannot burn CPU; then the agent and a session.
 */
export async function acceptInvitationAndSignIn(ctx: Context, token: string, name: string | null | undefined, password: string) {
  const attempt = await ctx.read(async (sc) => {
    const taken = await takeAttempt(sc, [{ key: attemptKey('accept-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }], 'invitation');
    const inv = await usableInvitation(sc, { token });
    // The invited person has no account yet, so is no break-glass administrator: with SSO required
    // they sign in with the provider, which fulfils the invitation (sso.agents.ts).
    await assertPasswordSignInAllowed(sc.em, inv.email);
    return taken;
  }, SIGN_IN);
  assertDisplayName('name', name);
  assertPasswordOk(password);
  const passwordHash = await hashPassword(password);
  const agent = await ctx.tx((sc) => acceptInvitation(sc, { token, name, passwordHash }), SIGN_IN);
  await ctx.read((sc) => forgiveAttempt(sc, attempt), SIGN_IN);
  return signIn(ctx, agent);
}
