import { LessThan, MoreThan } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import { appError } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import { LoginAttempt } from './auth.entity';
import { inList } from '../../common/relations';

export interface AttemptLimit {
  key: string;
  max: number;
}

/** Keys fit their column whatever the caller typed (an over-long email is hashed). */
export const attemptKey = (kind: string, value: string): string =>
  value.length > 250 ? `${kind}-sha256:${sha256(value)}` : `${kind}:${value}`;

export type Attempt = { ids: number[] };

/**
 * Records an attempt under each key first, then counts: of many concurrent attempts at most
 * `max` see a count within the limit, so racing requests cannot exceed it. Run it outside a
 * transaction (each statement commits, so concurrent attempts see each other). The rows of an
 * attempt that goes ahead stay (a failure counts) unless the caller forgives them after a
 * success. Counted in the database, so every API process shares the limits.
 */
export async function takeAttempt(sc: ServiceContext, limits: AttemptLimit[], what: string): Promise<Attempt> {
  const repo = sc.em.getRepository(LoginAttempt);
  const now = sc.clock();
  const windowMinutes = sc.config.loginWindowMinutes;
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const { identifiers } = await repo.insert(limits.map((l) => ({ key: l.key, createdAt: now })));
  const counts = await Promise.all(limits.map((l) => repo.count({ where: { key: l.key, createdAt: MoreThan(since) } })));
  await deleteByIds(sc, await repo.find({ select: { id: true }, where: { createdAt: LessThan(since) }, take: 1000 }));
  if (limits.some((l, i) => counts[i] > l.max)) {
    // A refused attempt checked nothing, so it does not count: an attacker blocked on one key
    // cannot keep pushing the others (such as the account's total) towards their limits.
    await repo.delete({ id: inList(identifiers.map((i) => i.id as number)) });
    throw appError(ErrorCode.RATE_LIMITED, `Too many ${what} attempts. Try again in ${windowMinutes} minutes.`);
  }
  return { ids: identifiers.map((i) => i.id as number) };
}

/** After a success: the attempt does not count, and neither do earlier failures under `resetKeys`. */
export async function forgiveAttempt(sc: ServiceContext, attempt: Attempt, resetKeys: string[] = []): Promise<void> {
  const repo = sc.em.getRepository(LoginAttempt);
  if (attempt.ids.length) await repo.delete({ id: inList(attempt.ids) });
  if (resetKeys.length) await deleteByIds(sc, await repo.find({ select: { id: true }, where: { key: inList(resetKeys) } }));
}

/**
 * Deletes rows by primary key. A DELETE by key or by time range locks the gaps of its index on
 * MySQL/MariaDB, and two sign-ins of one account (each inserting its attempt, then forgiving) then
 * deadlock; a delete by primary key locks only the rows it finds. Rows an attempt running at the
 * same moment inserts are that attempt's to settle.
 */
async function deleteByIds(sc: ServiceContext, rows: { id: number }[]): Promise<void> {
  if (rows.length) await sc.em.getRepository(LoginAttempt).delete({ id: inList(rows.map((r) => r.id)) });
}
