import { LessThan } from 'typeorm';
import { normalizeEmail } from '@roster/shared';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, unauthenticated } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { newSecret, SESSION_PREFIX, sha256 } from '../../common/tokens';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { Session, type SessionStage, type SignInMethod, TrustedDevice } from './auth.entity';
import { trustedDeviceFor } from './device.service';
import { dummyVerify, verifyPassword } from './password';
import { attemptKey, AttemptLimit } from './rate-limit';
import { agentTarget, recordAuditEvent } from '../audit/audit.record';

export interface LoginLimits {
  limits: AttemptLimit[];
  /** Keys a success resets (earlier failures of this account from here). */
  resetKeys: string[];
  /** The email cannot belong to anyone: answer as for a wrong password without checking one. */
  unusable: boolean;
  /** The browser's device cookie names a device of this account. */
  device: TrustedDevice | null;
}

/**
 * The rate-limit keys of one sign-in attempt. An email that cannot belong to anyone (refused by
 * normalizeEmail: padded with invisible characters, look-alike letters, too long) counts only
 * under the IP, a key the caller cannot vary. A browser with the account's device cookie counts
 * under the device instead of the account, so guesses from elsewhere cannot lock its owner out.
 */
export async function loginLimits(
  sc: ServiceContext,
  args: { email: string; ip: string; deviceToken: string | null; step?: 'password' | 'second-step' },
): Promise<LoginLimits> {
  const normalized = normalizeEmail(args.email);
  // The per-IP budget is shared by both steps; the account's and the device's are counted apart,
  // so that signing in with the password again (which forgives its own failures) cannot wipe
  // failed codes: guessing a code is as limited as guessing the password.
  const ipLimit = { key: attemptKey('ip', args.ip), max: sc.config.loginMaxAttemptsPerIp };
  if (normalized === null) return { limits: [ipLimit], resetKeys: [], unusable: true, device: null };
  const p = args.step === 'second-step' ? 'second-step-' : '';
  const max = sc.config.loginMaxAttemptsPerAccount;
  const device = await trustedDeviceFor(sc, { token: args.deviceToken, email: normalized });
  if (device) {
    const deviceKey = attemptKey(`${p}device`, String(device.id));
    return { limits: [{ key: deviceKey, max }, ipLimit], resetKeys: [deviceKey], unusable: false, device };
  }
  // Per account from one IP, so that one attacker cannot lock a known admin out everywhere; a
  // ten times higher ceiling per account across all IPs still stops distributed guessing.
  const accountIpKey = attemptKey(`${p}account-ip`, `${normalized}|${args.ip}`);
  return {
    limits: [{ key: accountIpKey, max }, { key: attemptKey(`${p}account`, normalized), max: max * 10 }, ipLimit],
    resetKeys: [accountIpKey],
    unusable: false,
    device: null,
  };
}

/** The agent these credentials sign in as; UNAUTHENTICATED otherwise (same time either way). */
export async function verifyCredentials(sc: ServiceContext, args: { email: string; password: string }): Promise<Agent> {
  const email = normalizeEmail(args.email);
  // Same answer as a wrong password, without a lookup or a password check.
  if (email === null) throw unauthenticated('Wrong email or password');
  const agent = await sc.em.findOneBy(Agent, { email });
  const ok = agent ? await verifyPassword(agent.passwordHash, args.password) : (await dummyVerify(args.password), false);
  if (!agent || !ok) throw unauthenticated('Wrong email or password');
  if (agent.status !== AgentStatus.ACTIVE) throw unauthenticated('This account is disabled');
  if (agent.mustChangePassword && agent.temporaryPasswordExpiresAt && agent.temporaryPasswordExpiresAt <= sc.clock()) {
    throw unauthenticated('Your temporary password has expired: use "Forgot password?" or ask an administrator for a new one');
  }
  return agent;
}

export type { SignInMethod } from './auth.entity';

/** How long a session that has passed the password may take for the second step. */
export const SECOND_STEP_TTL_MINUTES = 10;

/**
 * Starts a session for `agent` (from `ip`, with browser `userAgent`); the edge hands the token to
 * the client. With a `stage` the sign-in is not complete: the session can only take that step
 * (a second step lasts SECOND_STEP_TTL_MINUTES and is no sign-in yet). `method` (PASSWORD when not
 * given) is kept with the session and names a sign-in without the password in the audit log.
 */
export async function startSession(
  sc: ServiceContext,
  {
    agent,
    ip = null,
    userAgent = null,
    stage = null,
    method = 'PASSWORD',
    details,
  }: {
    agent: Agent;
    ip?: string | null;
    userAgent?: string | null;
    stage?: SessionStage | null;
    method?: SignInMethod;
    /** More facts for the audit log's sign-in event (the SSO provider). */
    details?: Record<string, unknown>;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret(SESSION_PREFIX);
  const now = sc.clock();
  const ttlMs = stage === 'SECOND_FACTOR' ? SECOND_STEP_TTL_MINUTES * 60_000 : sc.config.sessionTtlHours * 3_600_000;
  const expiresAt = new Date(now.getTime() + ttlMs);
  // Expired sessions are dead weight: an agent's own are dropped whenever they sign in again.
  await sc.em.delete(Session, { agentId: agent.id, expiresAt: LessThan(now) });
  await sc.em.insert(Session, {
    tokenHash: sha256(token),
    agentId: agent.id,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    // Signing in wrote: with read replicas, the first reads of the new session stay on the primary.
    lastWriteAt: now,
    // IPv4 clients of a dual-stack server arrive as ::ffff:a.b.c.d: people know them as a.b.c.d.
    ip: ip?.replace(/^::ffff:(?=\d+\.)/, '').slice(0, 64) ?? null,
    userAgent: userAgent?.slice(0, 300) ?? null,
    stage,
    signInMethod: method,
  });
  await dropOldestSessions(sc, agent.id);
  if (stage !== 'SECOND_FACTOR') {
    await sc.em.update(Agent, agent.id, { lastSignInAt: now });
    await recordAuditEvent(sc, {
      action: 'auth.sign_in',
      target: agentTarget(agent),
      ...(method !== 'PASSWORD' ? { details: { method, ...details } } : {}),
    });
  }
  return { token, expiresAt };
}

/** An agent holds at most this many sessions: signing in again ends the least recently used beyond it (My sessions stays bounded). */
export const MAX_SESSIONS_PER_AGENT = 30;

async function dropOldestSessions(sc: ServiceContext, agentId: number): Promise<void> {
  const beyond = await sc.em.find(Session, {
    select: { id: true },
    where: { agentId },
    order: { lastSeenAt: 'DESC', id: 'DESC' },
    skip: MAX_SESSIONS_PER_AGENT,
    take: 1000,
  });
  if (beyond.length)
    await sc.em.delete(
      Session,
      beyond.map((s) => s.id),
    );
}

export async function endSession(sc: ServiceContext, { token }: { token: string }): Promise<void> {
  const ended = await sc.em.delete(Session, { tokenHash: sha256(token) });
  if (ended.affected && sc.actor.agent) await recordAuditEvent(sc, { action: 'auth.sign_out', target: agentTarget(sc.actor.agent) });
}

/** How the session of `token` signed in (null: unknown, or from before it was recorded). */
export async function sessionSignInMethod(sc: ServiceContext, token: string): Promise<SignInMethod | null> {
  const session = await sc.em.findOne(Session, { where: { tokenHash: sha256(token) }, select: { id: true, signInMethod: true } });
  return session?.signInMethod ?? null;
}

/** Wrong current passwords are a field error on `field` (the edge counts them as attempts). */
export async function checkCurrentPassword(
  sc: ServiceContext,
  { agent, password, field = 'currentPassword' }: { agent: Agent; password: string; field?: string },
): Promise<void> {
  if (!(await verifyPassword(agent.passwordHash, password))) throw badInput({ [field]: 'is not your current password' });
}

/**
 * Stores a new password hash and ends every other session: whoever knew the old password is
 * signed out. With `temporaryUntil` it is a temporary password (an administrator's): the agent
 * must change it, and it stops working at that time.
 */
export async function setPassword(
  sc: ServiceContext,
  args: { agentId: number; passwordHash: string; keepSessionToken: string | null; temporaryUntil?: Date },
): Promise<Agent> {
  const { em } = sc;
  const temporaryUntil = args.temporaryUntil ?? null;
  await em.update(Agent, args.agentId, {
    passwordHash: args.passwordHash,
    mustChangePassword: temporaryUntil !== null,
    temporaryPasswordExpiresAt: temporaryUntil,
    updatedAt: sc.clock(),
  });
  const keep = args.keepSessionToken ? sha256(args.keepSessionToken) : '';
  await em
    .createQueryBuilder()
    .delete()
    .from(Session)
    .where('agent_id = :id AND token_hash <> :keep', { id: args.agentId, keep })
    .execute();
  await recordChanges(
    em,
    sc.actor,
    ChangeLogEntityType.AGENT,
    args.agentId,
    [{ field: 'password', oldValue: null, newValue: temporaryUntil ? '(temporary password set)' : '(changed)' }],
    temporaryUntil ? 'auth.temporary_password_set' : 'auth.password_changed',
  );
  return em.findOneByOrFail(Agent, { id: args.agentId });
}
