import { MoreThan } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import { appError } from '../../common/errors';
import { AppLockId } from '../../common/lock.entity';
import type { ServiceContext } from '../../common/service';
import { takeLock } from '../../common/transaction';
import { Agent } from '../agent/agent.entity';
import { Invitation, InvitationStatus } from '../invitation/invitation.entity';

export interface LicenseUsage {
  seats: number;
  used: number;
  available: number;
}

/** Current agents plus pending, unexpired invitations. Deleted agents are gone, so they never count. */
export async function licenseUsage(sc: ServiceContext): Promise<LicenseUsage> {
  const seats = sc.config.licenseSeats;
  const [agents, pending] = await Promise.all([
    sc.em.count(Agent),
    sc.em.count(Invitation, { where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(sc.clock()) } }),
  ]);
  const used = agents + pending;
  return { seats, used, available: Math.max(0, seats - used) };
}

/**
 * Takes the license lock and fails with LICENSE_LIMIT_REACHED unless `needed` seats are free.
 * Call it inside the transaction that then writes the agents or invitations: N new agents reserve
 * their seats at once.
 */
export async function reserveSeats(
  sc: ServiceContext,
  needed = 1,
  /** Seats this write gives back, counted under the lock (e.g. the invitation it replaces). */
  freedUnderLock: () => Promise<number> = async () => 0,
): Promise<LicenseUsage> {
  await takeLock(sc.em, AppLockId.LICENSE);
  const usage = await licenseUsage(sc);
  const freed = await freedUnderLock();
  const { seats } = usage;
  if (usage.used - freed + needed > seats) {
    throw appError(
      ErrorCode.LICENSE_LIMIT_REACHED,
      `Your license allows ${seats} agents and ${usage.used} seats are in use (agents plus pending invitations)` +
        `${needed > 1 ? `; ${needed} more are needed` : ''}. Upgrade your license or delete an agent that is no longer in use.`,
      { seats, used: usage.used, needed },
    );
  }
  return usage;
}
