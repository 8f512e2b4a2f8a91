import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { forbidden, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { Agent } from '../agent/agent.entity';
import { lockAgent } from '../agent/agent.lock';
import { requirePermission } from '../permission/permission.check';
import { AgentAvatar } from './agent-avatar.entity';
import type { EncodedAvatar } from './agent-avatar.image';

/** Where an avatar is served: the hash makes it a new URL for each new image, so it may be cached for good. */
export const avatarUrl = (agentId: number, hash: string): string => `/agent-avatars/${agentId}/${hash}`;

/**
 * The agent edit rule (updateAgent): administrators change anyone's image; any other agent only
 * their own, with the profile.edit_own permission. The system actor (seed, CLI) may.
 */
async function assertMayChangeAvatar(sc: ServiceContext, agentId: number): Promise<void> {
  if (sc.actor.kind === 'SYSTEM' || sc.actor.agent?.isAdmin) return;
  if (sc.actor.agent?.id !== agentId) throw forbidden("Only administrators can change another agent's profile image");
  await requirePermission(sc, 'profile.edit_own', 'editing your own profile');
}

/** Checks before the upload is read (and decoded): the agent exists and the actor may change its image. */
export async function assertCanUploadAvatar(sc: ServiceContext, agentId: string): Promise<void> {
  const id = parseId(agentId, 'agentId');
  if (!(await sc.em.existsBy(Agent, { id }))) throw notFound('Agent');
  await assertMayChangeAvatar(sc, id);
}

const logChange = (sc: ServiceContext, agentId: number, oldHash: string | null, newHash: string | null) =>
  recordChanges(sc.em, sc.actor, ChangeLogEntityType.AGENT, agentId, [{ field: 'avatar', oldValue: oldHash, newValue: newHash }]);

/** Sets (or replaces) the image, encoded by encodeAvatar; returns its URL. The agent's row is locked first. */
export async function setAgentAvatar(sc: ServiceContext, args: { agentId: string; image: EncodedAvatar }): Promise<{ avatarUrl: string }> {
  const agent = await lockAgent(sc.em, args.agentId, 'agentId');
  await assertMayChangeAvatar(sc, agent.id);
  const old = await sc.em.findOne(AgentAvatar, { select: { agentId: true, hash: true }, where: { agentId: agent.id } });
  const now = sc.clock();
  const row = {
    hash: args.image.hash,
    contentType: args.image.contentType,
    size: args.image.bytes.length,
    bytes: args.image.bytes,
    updatedAt: now,
  };
  // The agent's row lock serialises writers of its image: the read above decides insert or update.
  if (old) await sc.em.update(AgentAvatar, { agentId: agent.id }, row);
  else await sc.em.insert(AgentAvatar, { agentId: agent.id, ...row });
  if (old?.hash !== args.image.hash) {
    await sc.em.update(Agent, agent.id, { updatedAt: now });
    await logChange(sc, agent.id, old?.hash ?? null, args.image.hash);
  }
  return { avatarUrl: avatarUrl(agent.id, args.image.hash) };
}

/** Removes the image (the agent shows initials again); nothing to remove is no change. */
export async function deleteAgentAvatar(sc: ServiceContext, args: { agentId: string }): Promise<Agent> {
  const agent = await lockAgent(sc.em, args.agentId, 'agentId');
  await assertMayChangeAvatar(sc, agent.id);
  const old = await sc.em.findOne(AgentAvatar, { select: { agentId: true, hash: true }, where: { agentId: agent.id } });
  if (!old) return agent;
  await sc.em.delete(AgentAvatar, { agentId: agent.id });
  const now = sc.clock();
  await sc.em.update(Agent, agent.id, { updatedAt: now });
  await logChange(sc, agent.id, old.hash, null);
  return Object.assign(agent, { updatedAt: now });
}

/** The image at its URL, for any signed-in actor; NOT_FOUND when the agent has no image or another one now. */
export async function findAgentAvatar(sc: ServiceContext, args: { agentId: string; hash: string }): Promise<AgentAvatar> {
  const agentId = parseId(args.agentId, 'agentId');
  const avatar = /^[a-f0-9]{32}$/.test(args.hash) ? await sc.em.findOneBy(AgentAvatar, { agentId, hash: args.hash }) : null;
  if (!avatar) throw notFound('Profile image');
  return avatar;
}
