import { MoreThan } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import { appError } from '../../common/errors';
import { AppLockId } from '../../common/lock.entity';
import type { ServiceContext } from '../../common/service';
import { takeLock } from '../../common/transaction';
import { Agent, AgentType } from '../agent/agent.entity';
import { Invitation, InvitationStatus } from '../invitation/invitation.entity';

export interface LicenseUsage {
  /** Full agents: the seats of the license. */
  seats: number;
  used: number;
  available: number;
  /** Light agents use no seat; their own limit (null: unlimited). */
  lightSeats: number | null;
  lightUsed: number;
  lightAvailable: number | null;
}

/** Current agents of `type` plus pending, unexpired invitations that create one. Deleted agents are gone, so they never count. */
async function countOfType(sc: ServiceContext, type: AgentType): Promise<number> {
  const [agents, pending] = await Promise.all([
    sc.em.count(Agent, { where: { type } }),
    sc.em.count(Invitation, { where: { storedStatus: InvitationStatus.PENDING, agentType: type, expiresAt: MoreThan(sc.clock()) } }),
  ]);
  return agents + pending;
}

/** Full agents against the seats, light agents against the light limit, counted apart. */
export async function licenseUsage(sc: ServiceContext): Promise<LicenseUsage> {
  const seats = sc.config.licenseSeats;
  const lightSeats = sc.config.licenseLightSeats;
  const [used, lightUsed] = await Promise.all([countOfType(sc, AgentType.FULL), countOfType(sc, AgentType.LIGHT)]);
  return {
    seats,
    used,
    available: Math.max(0, seats - used),
    lightSeats,
    lightUsed,
    lightAvailable: lightSeats === null ? null : Math.max(0, lightSeats - lightUsed),
  };
}

/**
 * Takes the license lock and fails with LICENSE_LIMIT_REACHED unless `needed` seats of `type` are
 * free (full agents: the license's seats; light agents: LICENSE_LIGHT_SEATS, unlimited when unset).
 * Call it inside the transaction that then writes the agents, invitations or type changes: N new
 * agents reserve their seats at once, and two requests racing for the last seat are serialised.
 */
export async function reserveSeats(
  sc: ServiceContext,
  needed = 1,
  /** Seats this write gives back, counted under the lock (e.g. the invitation it replaces). */
  freedUnderLock: () => Promise<number> = async () => 0,
  type: AgentType = AgentType.FULL,
): Promise<LicenseUsage> {
  await takeLock(sc.em, AppLockId.LICENSE);
  const usage = await licenseUsage(sc);
  const freed = await freedUnderLock();
  const light = type === AgentType.LIGHT;
  const seats = light ? usage.lightSeats : usage.seats;
  const used = light ? usage.lightUsed : usage.used;
  if (seats !== null && used - freed + needed > seats) {
    const what = light ? 'light agents' : 'agents';
    throw appError(
      ErrorCode.LICENSE_LIMIT_REACHED,
      `Your license allows ${seats} ${what} and ${used} ${light ? 'light seats' : 'seats'} are in use (${what} plus pending invitations)` +
        `${needed > 1 ? `; ${needed} more are needed` : ''}. Upgrade your license or delete an agent that is no longer in use.`,
      { seats, used, needed, agentType: type },
    );
  }
  return usage;
}
