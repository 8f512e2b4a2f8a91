import { deniedForType, LIGHT_AGENT_PERMISSIONS } from '@roster/shared';
import type { ServiceContext } from '../../common/service';
import { Agent, AgentType } from '../agent/agent.entity';
import { AgentPermissionGroup } from './permission-group.entity';
import { inList } from '../../common/relations';

// The light-agent rule (shared/agent-type.ts, applied to agents' own writes in agent.type-rules.ts)
// from the group's side: a group's member list or permissions cannot change so that a light agent
// holds a group granting more than light agents may hold.

const SHOWN = 10;

/**
 * The field error (`field`: the input that made it so) when the group, with `permissions` and the
 * members it will have (`memberIds`; undefined: its current members), grants light agents among
 * them more than they may hold; null when not. Names the light agents (the first 10).
 */
export async function lightMembersProblem(
  sc: ServiceContext,
  group: { id?: number; permissions: readonly string[] },
  memberIds: readonly unknown[] | null | undefined,
): Promise<string | null> {
  const denied = deniedForType(AgentType.LIGHT, [...group.permissions]);
  if (!denied.length) return null;
  const ids =
    memberIds === undefined
      ? group.id === undefined
        ? []
        : (await sc.em.findBy(AgentPermissionGroup, { groupId: group.id })).map((l) => l.agentId)
      : (memberIds ?? []).map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
  if (!ids.length) return null;
  const light = await sc.em.find(Agent, {
    select: { id: true, email: true },
    where: { id: inList(ids), type: AgentType.LIGHT },
    order: { id: 'ASC' },
  });
  if (!light.length) return null;
  const names = light.slice(0, SHOWN).map((a) => a.email);
  const more = light.length > SHOWN ? ` and ${light.length - SHOWN} more` : '';
  return (
    `would give ${denied.join(', ')} to light agents ${names.join(', ')}${more}: light agents may hold only ` +
    `${LIGHT_AGENT_PERMISSIONS.join(', ')}; take them out of the group or make them full agents first`
  );
}
