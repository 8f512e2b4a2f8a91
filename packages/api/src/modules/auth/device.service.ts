import { LessThan, MoreThan } from 'typeorm';
import type { ServiceContext } from '../../common/service';
import { DEVICE_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { Agent } from '../agent/agent.entity';
import { TrustedDevice } from './auth.entity';

// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that
// signed in successfully gets a cookie naming it. Sign-ins that carry it are limited per device
// instead of per account, so guesses from other places that hit the account-wide limit do not
// lock the owner out; sign-ins without it keep every limit.

export const DEVICE_TTL_DAYS = 90;
const MAX_DEVICES = 20;

/** The device row a cookie names, when it belongs to the agent with this (normalised) email and is live. */
export async function trustedDeviceFor(sc: ServiceContext, args: { token: string | null; email: string }): Promise<TrustedDevice | null> {
  if (!args.token || !args.token.startsWith(`${DEVICE_PREFIX}_`)) return null;
  const row = await sc.em
    .getRepository(TrustedDevice)
    .createQueryBuilder('d')
    .innerJoin(Agent, 'a', 'a.id = d.agent_id')
    .where('d.token_hash = :hash AND d.expires_at > :now AND a.email = :email', {
      hash: sha256(args.token),
      now: sc.clock(),
      email: args.email,
    })
    .getOne();
  return row ?? null;
}

/** Marks the browser as the agent's after a successful sign-in: a new cookie unless it already carries a live one. */
export async function trustDevice(
  sc: ServiceContext,
  args: { agentId: number; current: TrustedDevice | null },
): Promise<{ token: string; expiresAt: Date } | null> {
  if (args.current && args.current.agentId === args.agentId) return null;
  const now = sc.clock();
  const expiresAt = new Date(now.getTime() + DEVICE_TTL_DAYS * 86_400_000);
  const token = newSecret(DEVICE_PREFIX);
  await sc.em.delete(TrustedDevice, { agentId: args.agentId, expiresAt: LessThan(now) });
  await sc.em.insert(TrustedDevice, { tokenHash: sha256(token), agentId: args.agentId, createdAt: now, expiresAt });
  // Scripts that sign in without keeping cookies would pile up devices: an agent keeps the newest few.
  const keep = await sc.em.find(TrustedDevice, {
    select: { id: true },
    where: { agentId: args.agentId },
    order: { id: 'DESC' },
    skip: MAX_DEVICES - 1,
    take: 1,
  });
  if (keep.length) await sc.em.delete(TrustedDevice, { agentId: args.agentId, id: LessThan(keep[0].id) });
  return { token, expiresAt };
}

/** How many live devices an agent has (for tests and the admin's view later). */
export const liveDevices = (sc: ServiceContext, agentId: number) =>
  sc.em.count(TrustedDevice, { where: { agentId, expiresAt: MoreThan(sc.clock()) } });
