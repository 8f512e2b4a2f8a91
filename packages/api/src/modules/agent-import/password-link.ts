import { IsNull } from 'typeorm';
import { systemActor } from '../../common/actor';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import type { Context } from '../../common/request';
import type { Agent } from '../agent/agent.entity';
import { signIn } from '../auth/auth.flows';
import { setPassword } from '../auth/auth.service';
import { assertPasswordOk, hashPassword } from '../auth/password';
import { attemptKey, forgiveAttempt, takeAttempt } from '../auth/rate-limit';
import { PasswordLink } from './password-link.entity';

const INVALID = { token: 'is invalid, was already used, or has expired' };

/** The unused, unexpired link a token names; a field error naming `token` otherwise. */
export async function usablePasswordLink(sc: ServiceContext, { token }: { token: string }): Promise<PasswordLink> {
  const link = await sc.em.findOneBy(PasswordLink, { tokenHash: sha256(token), usedAt: IsNull() });
  if (!link || link.expiresAt <= sc.clock()) throw badInput(INVALID);
  return link;
}

/** Uses the link once (a conditional UPDATE, so two requests with one token cannot both succeed) and sets the password. */
export async function setPasswordWithLink(sc: ServiceContext, args: { token: string; passwordHash: string }): Promise<Agent> {
  const link = await usablePasswordLink(sc, args);
  const used = await sc.em.update(PasswordLink, { id: link.id, usedAt: IsNull() }, { usedAt: sc.clock() });
  if (used.affected !== 1) throw badInput(INVALID);
  return setPassword(sc, { agentId: link.agentId, passwordHash: args.passwordHash, keepSessionToken: null });
}

const SET_PASSWORD = systemActor('Set password');

/** The setPasswordWithToken mutation: per-IP attempts and the token checked before the slow hash; then a session. */
export async function setPasswordWithTokenAndSignIn(ctx: Context, token: string, password: string) {
  const attempt = await ctx.read(async (sc) => {
    const taken = await takeAttempt(
      sc,
      [{ key: attemptKey('set-password-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }],
      'set-password',
    );
    await usablePasswordLink(sc, { token });
    return taken;
  }, SET_PASSWORD);
  assertPasswordOk(password);
  const passwordHash = await hashPassword(password);
  const agent = await ctx.tx((sc) => setPasswordWithLink(sc, { token, passwordHash }), SET_PASSWORD);
  await ctx.read((sc) => forgiveAttempt(sc, attempt), SET_PASSWORD);
  return signIn(ctx, agent);
}
