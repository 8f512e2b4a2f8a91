import { LessThan } from 'typeorm';
import { ErrorCode, normalizeEmail } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { agentActor } from '../../common/actor';
import type { AppDeps, Context } from '../../common/context';
import { appError, badInput, unauthenticated } from '../../common/errors';
import { API_TOKEN_PREFIX, newSecret, SESSION_COOKIE, SESSION_PREFIX, sha256 } from '../../common/tokens';
import { inTransaction } from '../../db/data-source';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { ApiToken } from '../api-token/api-token.entity';
import { recordChanges } from '../change-log/change-log.service';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { Session } from './auth.entity';
import { assertPasswordOk, dummyVerify, hashPassword, verifyPassword } from './password';
import { attemptKey, forgiveAttempt, refuseUnusableSignIn, takeAttempt } from './rate-limit';

const LAST_SEEN_EVERY_MS = 60_000;

/** Maps a bearer/cookie token to the acting agent or API token; unknown or expired tokens act as nobody. */
export async function resolveActor(deps: AppDeps, token: string | null): Promise<{ actor: Actor | null; sessionToken: string | null }> {
  if (!token) return { actor: null, sessionToken: null };
  const now = new Date();
  const hash = sha256(token);
  if (token.startsWith(`${SESSION_PREFIX}_`)) {
    // Every request passes here: session and agent in one statement.
    const session = await deps.ds.getRepository(Session).createQueryBuilder('s')
      .innerJoinAndMapOne('s.agent', Agent, 'a', 'a.id = s.agent_id')
      .where('s.token_hash = :hash AND s.expires_at > :now', { hash, now })
      .getOne() as (Session & { agent: Agent }) | null;
    const agent = session?.agent;
    if (!session || !agent || agent.status !== AgentStatus.ACTIVE) return { actor: null, sessionToken: null };
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
      await deps.ds.getRepository(Session).update(session.id, { lastSeenAt: now });
    }
    return { actor: agentActor(agent, session.id), sessionToken: token };
  }
  if (token.startsWith(`${API_TOKEN_PREFIX}_`)) {
    const apiToken = await deps.ds.getRepository(ApiToken).findOneBy({ tokenHash: hash });
    if (!apiToken || apiToken.revokedAt) return { actor: null, sessionToken: null };
    // The token acts with its creator's current rights, narrowed by its scopes.
    const agent = await deps.ds.getRepository(Agent).findOneBy({ id: apiToken.createdById });
    if (!agent || agent.status !== AgentStatus.ACTIVE) return { actor: null, sessionToken: null };
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_SEEN_EVERY_MS) {
      await deps.ds.getRepository(ApiToken).update(apiToken.id, { lastUsedAt: now });
    }
    return {
      actor: { kind: 'API_TOKEN', agent, tokenId: apiToken.id, scopes: apiToken.scopes, name: `${apiToken.name} (API token)` },
      sessionToken: null,
    };
  }
  return { actor: null, sessionToken: null };
}

/** Starts a session; the rest of this request (the payload's nested fields) acts as that agent. */
export async function createSession(ctx: Context, agent: Agent): Promise<string> {
  const token = newSecret(SESSION_PREFIX);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  const sessions = ctx.ds.getRepository(Session);
  // Expired sessions are dead weight: an agent's own are dropped whenever they sign in again.
  await sessions.delete({ agentId: agent.id, expiresAt: LessThan(now) });
  await sessions.insert({ tokenHash: sha256(token), agentId: agent.id, createdAt: now, expiresAt, lastSeenAt: now });
  ctx.actor = agentActor(agent);
  ctx.res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
  return token;
}

// One sign-in attempt per GraphQL operation: aliases cannot multiply password guesses.
const attemptedInOperation = new WeakSet<object>();

export async function login(ctx: Context, email: string, password: string): Promise<{ token: string; agent: Agent }> {
  if (attemptedInOperation.has(ctx)) {
    throw appError(ErrorCode.RATE_LIMITED, 'Only one sign-in attempt is allowed per request');
  }
  attemptedInOperation.add(ctx);
  const normalized = normalizeEmail(email);
  if (normalized === null) return refuseUnusableSignIn(ctx);
  // Per account from one IP, so that one attacker cannot lock a known admin out everywhere; a
  // ten times higher ceiling per account across all IPs still stops distributed guessing.
  const accountKey = attemptKey('account', normalized);
  const accountIpKey = attemptKey('account-ip', `${normalized}|${ctx.ip}`);
  const attempt = await takeAttempt(ctx, [
    { key: accountIpKey, max: ctx.config.loginMaxAttemptsPerAccount },
    { key: accountKey, max: ctx.config.loginMaxAttemptsPerAccount * 10 },
    { key: attemptKey('ip', ctx.ip), max: ctx.config.loginMaxAttemptsPerIp },
  ], 'sign-in');
  const agent = await ctx.ds.getRepository(Agent).findOneBy({ email: normalized });
  const ok = agent ? await verifyPassword(agent.passwordHash, password) : (await dummyVerify(password), false);
  if (!agent || !ok) throw unauthenticated('Wrong email or password');
  if (agent.status !== AgentStatus.ACTIVE) throw unauthenticated('This account is disabled');
  await forgiveAttempt(ctx, attempt, [accountIpKey]);
  return { token: await createSession(ctx, agent), agent };
}

export async function logout(ctx: Context): Promise<boolean> {
  ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  if (!ctx.sessionToken) return false;
  await ctx.ds.getRepository(Session).delete({ tokenHash: sha256(ctx.sessionToken) });
  return true;
}

export async function changePassword(ctx: Context, agent: Agent, currentPassword: string, newPassword: string): Promise<Agent> {
  // A stolen session must not become a password oracle: wrong current passwords count too.
  const attempt = await takeAttempt(ctx, [{ key: attemptKey('password', String(agent.id)), max: ctx.config.loginMaxAttemptsPerAccount }], 'password');
  if (!(await verifyPassword(agent.passwordHash, currentPassword))) {
    throw badInput({ currentPassword: 'is not your current password' });
  }
  await forgiveAttempt(ctx, attempt);
  assertPasswordOk(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput({ newPassword: 'must differ from the current password' });
  const passwordHash = await hashPassword(newPassword);
  const keep = ctx.sessionToken ? sha256(ctx.sessionToken) : '';
  return inTransaction(ctx.ds, async (em) => {
    await em.update(Agent, agent.id, { passwordHash, mustChangePassword: false, updatedAt: new Date() });
    // Every other session ends: whoever knew the old password is signed out.
    await em.createQueryBuilder().delete().from(Session).where('agent_id = :id AND token_hash <> :keep', { id: agent.id, keep }).execute();
    await recordChanges(em, ctx.actor!, ChangeLogEntityType.AGENT, agent.id, [{ field: 'password', oldValue: null, newValue: '(changed)' }]);
    return em.findOneByOrFail(Agent, { id: agent.id });
  });
}
