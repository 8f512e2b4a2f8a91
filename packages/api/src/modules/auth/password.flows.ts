import { normalizeEmail } from '@roster/shared';
import { systemActor } from '../../common/actor';
import type { Context } from '../../common/request';
import { temporaryPassword } from '../../common/tokens';
import type { Agent } from '../agent/agent.entity';
import { signIn } from './auth.flows';
import { assertPasswordOk, hashPassword } from './password';
import { setPasswordWithLink, usablePasswordLink } from './password-link';
import { requestPasswordReset, setTemporaryPassword } from './password-reset';
import { attemptKey, AttemptLimit, forgiveAttempt, takeAttempt } from './rate-limit';
import { assertNonSsoSignInAllowed, assertPasswordSignInAllowed } from '../sso/sso.settings';

// Edge flows of password links and resets: attempts counted in their own statements, the slow
// password hash outside any transaction, then one transaction for the change.

const SET_PASSWORD = systemActor('Set password');
const RESET = systemActor('Password reset');

/** The setPasswordWithToken mutation: per-IP attempts and the token checked before the slow hash; then a session. */
export async function setPasswordWithTokenAndSignIn(ctx: Context, token: string, password: string) {
  const attempt = await ctx.read(async (sc) => {
    const taken = await takeAttempt(
      sc,
      [{ key: attemptKey('set-password-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }],
      'set-password',
    );
    const link = await usablePasswordLink(sc, { token });
    // Links sent before single sign-on became required set no password now (break-glass administrators excepted).
    await assertNonSsoSignInAllowed(sc.em, link.agentId);
    return taken;
  }, SET_PASSWORD);
  assertPasswordOk(password);
  const passwordHash = await hashPassword(password);
  const agent = await ctx.tx((sc) => setPasswordWithLink(sc, { token, passwordHash }), SET_PASSWORD);
  await ctx.read((sc) => forgiveAttempt(sc, attempt), SET_PASSWORD);
  return signIn(ctx, agent);
}

/**
 * The requestPasswordReset mutation: always true, whether or not the address is an agent's (no
 * account discovery). Requests count per IP and per address with the sign-in limits and are
 * never forgiven, so nobody can flood a mailbox.
 */
export async function requestPasswordResetFlow(ctx: Context, email: string): Promise<boolean> {
  await ctx.read(async (sc) => {
    const limits: AttemptLimit[] = [{ key: attemptKey('reset-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }];
    const normalized = normalizeEmail(email);
    if (normalized !== null) limits.push({ key: attemptKey('reset-account', normalized), max: sc.config.loginMaxAttemptsPerAccount });
    await takeAttempt(sc, limits, 'password reset');
    await assertPasswordSignInAllowed(sc.em, email);
  }, RESET);
  await ctx.tx((sc) => requestPasswordReset(sc, { email }), RESET);
  return true;
}

/** The setTemporaryPassword mutation: a generated password, hashed outside the transaction, shown once. */
export async function setTemporaryPasswordFlow(
  ctx: Context,
  agentId: string,
): Promise<{ agent: Agent; temporaryPassword: string; expiresAt: Date }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const { agent, expiresAt } = await ctx.tx((sc) => setTemporaryPassword(sc, { agentId, passwordHash }));
  return { agent, temporaryPassword: password, expiresAt };
}
