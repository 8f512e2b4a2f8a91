import { agentTypeAllowsAdmin, deniedForType, LIGHT_AGENT_PERMISSIONS } from '@roster/shared';
import { FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { reserveSeats } from '../license/license.service';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { groupPermissions } from '../permission/permission.service';
import { linkRows } from './agent-links';
import { AgentType } from './agent.entity';
import type { AgentWrite } from './agent.change';
import { inList } from '../../common/relations';

const LIGHT = AgentType.LIGHT;
const LIGHT_LIST = LIGHT_AGENT_PERMISSIONS.join(', ');

/**
 * The field error for groups that grant a light agent more than light agents may hold (null: none
 * does); `who` names the agent in a list. Used by every way an agent gets groups (writes, invitations).
 */
export function lightGroupsProblem(
  groups: Map<number, { name: string; denied: string[] }>,
  ids: readonly number[],
  who = '',
): string | null {
  const granting = ids.filter((id) => groups.get(id)?.denied.length);
  if (!granting.length) return null;
  const names = granting.map((id) => `"${groups.get(id)!.name}" (it grants ${groups.get(id)!.denied.join(', ')})`).join(', ');
  return `cannot give a light agent${who} ${names}: light agents may hold only ${LIGHT_LIST}`;
}

export const LIGHT_ADMIN_PROBLEM = 'cannot be given to a light agent: make them a full agent first';

/** The groups' names and the permissions in them that light agents may not hold. */
export async function groupsDenied(sc: ServiceContext, ids: number[]): Promise<Map<number, { name: string; denied: string[] }>> {
  const groups = ids.length ? await sc.em.findBy(PermissionGroup, { id: inList(ids) }) : [];
  return new Map(groups.map((g) => [g.id, { name: g.name, denied: deniedForType(LIGHT, groupPermissions(g)) }]));
}

/**
 * The agent type on every write of agents (form, invitation, import, SCIM, copy settings, bulk
 * edit), applying the one rule of shared/agent-type.ts:
 * - a light agent is never given administrator or reports access, a permission or a permission
 *   group that grants more than light agents may hold: the request is refused, naming the field;
 * - converting an agent to LIGHT does what Zendesk does when an agent's role becomes "Light agent":
 *   the light role replaces their access. Administrator and reports access go (the last-admin
 *   rule still holds), groups that grant more are left, and their own permissions become the
 *   light set. A new light agent without permissions chosen gets the light set too.
 * - LIGHT -> FULL takes a license seat under the seat lock; FULL -> LIGHT frees it and takes a
 *   light seat when LICENSE_LIGHT_SEATS limits them. New agents reserve their seat where they are made.
 * Mutates the writes' changes (what converting strips); runs before the other rules.
 */
export async function applyAgentTypeRules(sc: ServiceContext, writes: AgentWrite[], created: boolean): Promise<void> {
  const converting = (w: AgentWrite, to: AgentType) => !created && w.change.patch.type === to && w.agent.type !== to;
  const toFull = writes.filter((w) => converting(w, AgentType.FULL)).length;
  const toLight = writes.filter((w) => converting(w, LIGHT)).length;
  const light = writes.filter((w) => (w.change.patch.type ?? w.agent.type) === LIGHT);
  if (light.length) await checkLightAccess(sc, light, created);
  if (toFull) await reserveSeats(sc, toFull, undefined, AgentType.FULL);
  if (toLight) await reserveSeats(sc, toLight, undefined, LIGHT);
}

async function checkLightAccess(sc: ServiceContext, light: AgentWrite[], created: boolean): Promise<void> {
  const held = created
    ? new Map<number, AgentPermissionGroup[]>()
    : await linkRows(
        sc.em,
        AgentPermissionGroup,
        light.filter((w) => w.change.groupIds === undefined).map((w) => w.agent.id),
      );
  const ids = new Set<number>();
  for (const w of light) for (const id of w.change.groupIds ?? held.get(w.agent.id)?.map((l) => l.groupId) ?? []) ids.add(id);
  const groups = await groupsDenied(sc, [...ids]);
  const fc = new FieldCheck('input');
  for (const w of light) {
    const { patch } = w.change;
    // Named always: copy settings, bulk edits and imports reach agents the admin is not looking at.
    const who = ` (${w.agent.email})`;
    const converting = !created && w.agent.type !== LIGHT;
    for (const f of ['isAdmin', 'isReportsAdmin'] as const) {
      if (patch[f] === true && !agentTypeAllowsAdmin(LIGHT)) fc.check(false, f, LIGHT_ADMIN_PROBLEM + who);
      else if (!created && w.agent[f] && patch[f] === undefined) patch[f] = false;
    }
    if (patch.permissions !== undefined) {
      const denied = deniedForType(LIGHT, patch.permissions);
      fc.check(
        !denied.length,
        'permissions',
        `${denied.join(', ')} cannot be given to a light agent${who}: light agents may hold only ${LIGHT_LIST}`,
      );
    } else if (created || converting) patch.permissions = [...LIGHT_AGENT_PERMISSIONS];
    if (w.change.groupIds !== undefined) {
      const problem = lightGroupsProblem(groups, w.change.groupIds, who);
      fc.check(!problem, 'permissionGroupIds', problem ?? '');
    } else if (converting) {
      const kept = (held.get(w.agent.id) ?? []).map((l) => l.groupId).filter((id) => !groups.get(id)?.denied.length);
      if (kept.length !== (held.get(w.agent.id) ?? []).length) w.change.groupIds = kept;
    }
  }
  fc.throwIfAny();
}
