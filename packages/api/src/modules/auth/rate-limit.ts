import { In, LessThan, MoreThan } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import type { Context } from '../../common/context';
import { appError, unauthenticated } from '../../common/errors';
import { sha256 } from '../../common/tokens';
import { LoginAttempt } from './auth.entity';

export interface AttemptLimit {
  key: string;
  max: number;
}

/** Keys fit their column whatever the caller typed (an over-long email is hashed). */
export const attemptKey = (kind: string, value: string): string => (value.length > 250 ? `${kind}-sha256:${sha256(value)}` : `${kind}:${value}`);

export type Attempt = { ids: number[] };

/**
 * Records an attempt under each key first, then counts: of many concurrent attempts at most
 * `max` see a count within the limit, so racing requests cannot exceed it. The rows of an
 * attempt that goes ahead stay (a failure counts) unless the caller forgives them after a success. Counted in the database, so
 * every API process shares the limits.
 */
export async function takeAttempt(ctx: Context, limits: AttemptLimit[], what: string): Promise<Attempt> {
  const repo = ctx.ds.getRepository(LoginAttempt);
  const now = new Date();
  const since = new Date(now.getTime() - ctx.config.loginWindowMinutes * 60_000);
  const { identifiers } = await repo.insert(limits.map((l) => ({ key: l.key, createdAt: now })));
  const counts = await Promise.all(limits.map((l) => repo.count({ where: { key: l.key, createdAt: MoreThan(since) } })));
  await repo.delete({ createdAt: LessThan(since) });
  if (limits.some((l, i) => counts[i] > l.max)) {
    // A refused attempt checked nothing, so it does not count: an attacker blocked on one key
    // cannot keep pushing the others (such as the account's total) towards their limits.
    await repo.delete({ id: In(identifiers.map((i) => i.id as number)) });
    throw appError(ErrorCode.RATE_LIMITED, `Too many ${what} attempts. Try again in ${ctx.config.loginWindowMinutes} minutes.`);
  }
  return { ids: identifiers.map((i) => i.id as number) };
}

/** After a success: the attempt does not count, and neither do earlier failures under `resetKeys`. */
export async function forgiveAttempt(ctx: Context, attempt: Attempt, resetKeys: string[] = []): Promise<void> {
  const repo = ctx.ds.getRepository(LoginAttempt);
  if (attempt.ids.length) await repo.delete({ id: In(attempt.ids) });
  if (resetKeys.length) await repo.delete({ key: In(resetKeys) });
}

/**
 * A sign-in whose email cannot belong to anyone (refused by normalizeEmail: padded with invisible
 * characters, look-alike letters, too long): the same answer as a wrong password, without a
 * lookup or a password check, counted only under the IP, a key the caller cannot vary.
 */
export async function refuseUnusableSignIn(ctx: Context): Promise<never> {
  await takeAttempt(ctx, [{ key: attemptKey('ip', ctx.ip), max: ctx.config.loginMaxAttemptsPerIp }], 'sign-in');
  throw unauthenticated('Wrong email or password');
}
