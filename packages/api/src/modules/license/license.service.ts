import { EntityManager, MoreThan } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import { appError } from '../../common/errors';
import { isMysql } from '../../db/data-source';
import { Agent } from '../agent/agent.entity';
import { Invitation, InvitationStatus } from '../invitation/invitation.entity';
import { LicenseLock } from './license.entity';

export interface LicenseUsage {
  seats: number;
  used: number;
  available: number;
}

/** Current agents plus pending, unexpired invitations. Deleted agents are gone, so they never count. */
export async function licenseUsage(em: EntityManager, seats: number): Promise<LicenseUsage> {
  const [agents, pending] = await Promise.all([
    em.count(Agent),
    em.count(Invitation, { where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(new Date()) } }),
  ]);
  const used = agents + pending;
  return { seats, used, available: Math.max(0, seats - used) };
}

/**
 * Takes the license lock (row lock on MySQL; SQLite transactions are already serial, see
 * inTransaction) and fails with LICENSE_LIMIT_REACHED unless `needed` seats are free.
 * Call it inside the transaction that then writes the agents or invitations.
 */
export async function reserveSeats(
  em: EntityManager,
  seats: number,
  needed = 1,
  /** Seats this write gives back, counted under the lock (e.g. the invitation it replaces). */
  freedUnderLock: () => Promise<number> = async () => 0,
): Promise<LicenseUsage> {
  if (isMysql(em)) {
    await em.createQueryBuilder(LicenseLock, 'l').setLock('pessimistic_write').where('l.id = 1').getOne();
  } else {
    await em.update(LicenseLock, 1, { touchedAt: new Date() });
  }
  const usage = await licenseUsage(em, seats);
  const freed = await freedUnderLock();
  if (usage.used - freed + needed > seats) {
    throw appError(
      ErrorCode.LICENSE_LIMIT_REACHED,
      `Your license allows ${seats} agents and ${usage.used} seats are in use (agents plus pending invitations). ` +
        'Upgrade your license or delete an agent that is no longer in use.',
      { seats, used: usage.used, needed },
    );
  }
  return usage;
}
