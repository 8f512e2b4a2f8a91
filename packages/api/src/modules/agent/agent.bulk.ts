import { FieldCheck } from '../../common/errors';
import { checkIds } from '../../common/ids';
import { quoteList, unknownValues } from '../../common/quote-input';
import { checkExistingIds } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { Team, TeamMember } from '../team/team.entity';
import { linkRows } from './agent-links';
import { Agent } from './agent.entity';
import { lockAgents } from './agent.lock';
import type { BulkUpdateAgentsFields } from './agent.types';
import { AgentWrite, writeAgentChanges } from './agent.write';

interface LinkEdit {
  add: number[];
  remove: number[];
}

/** Checks an add/remove pair of id lists naming rows of `entity`; undefined when neither is given. */
async function checkLinkEdit(
  fc: FieldCheck,
  sc: ServiceContext,
  entity: typeof Team | typeof PermissionGroup,
  add: readonly unknown[] | null | undefined,
  remove: readonly unknown[] | null | undefined,
  [addField, removeField]: [string, string],
): Promise<LinkEdit | undefined> {
  const addIds = (await checkExistingIds(fc, sc.em, entity, add ?? [], addField)) ?? [];
  const removeIds = (await checkExistingIds(fc, sc.em, entity, remove ?? [], removeField)) ?? [];
  const both = addIds.filter((id) => removeIds.includes(id));
  fc.check(!both.length, removeField, `cannot also add ${both.length > 1 ? 'ids' : 'id'} ${quoteList(both)}`);
  return addIds.length || removeIds.length ? { add: addIds, remove: removeIds } : undefined;
}

/** The agent's new link set, or undefined when the edit leaves it as it is (so it is not rewritten). */
function edited(current: number[], edit: LinkEdit | undefined): number[] | undefined {
  if (!edit) return undefined;
  const next = new Set(current);
  for (const id of edit.add) next.add(id);
  for (const id of edit.remove) next.delete(id);
  const same = next.size === current.length && current.every((id) => next.has(id));
  return same ? undefined : [...next].sort((a, b) => a - b);
}

/**
 * Adds and removes teams and permission groups and sets the status of many agents at once, in
 * one transaction and a constant number of statements: the agents are locked, the two link tables
 * read once, and each agent's new sets written through writeAgentChanges (which logs per agent
 * and applies the usual rules: the last active administrator stays, API tokens never change an
 * administrator, disabling ends the agent's sessions). Returns the agents in the order of `ids`.
 */
export async function bulkUpdateAgents(
  sc: ServiceContext,
  { ids, input }: { ids: readonly (string | number)[]; input: BulkUpdateAgentsFields },
): Promise<Agent[]> {
  const fc = new FieldCheck();
  const agentIds = checkIds(fc, ids, 'ids');
  fc.check(ids.length > 0, 'ids', 'choose at least one agent');
  const teams = await checkLinkEdit(fc, sc, Team, input.addTeamIds, input.removeTeamIds, ['input.addTeamIds', 'input.removeTeamIds']);
  const groups = await checkLinkEdit(fc, sc, PermissionGroup, input.addPermissionGroupIds, input.removePermissionGroupIds, [
    'input.addPermissionGroupIds',
    'input.removePermissionGroupIds',
  ]);
  fc.check(input.status !== null, 'input.status', 'must be ACTIVE or DISABLED');
  const status = input.status ?? undefined;
  if (fc.ok) fc.check(!!(teams || groups || status), 'input', 'choose at least one change');
  fc.throwIfAny();
  const agents = await lockAgents(sc.em, agentIds);
  const missing = agentIds.filter((id) => !agents.some((a) => a.id === id));
  fc.check(!missing.length, 'ids', unknownValues('agent id', missing));
  fc.throwIfAny();
  const [teamRows, groupRows] = await Promise.all([
    teams ? linkRows(sc.em, TeamMember, agentIds) : undefined,
    groups ? linkRows(sc.em, AgentPermissionGroup, agentIds) : undefined,
  ]);
  // Every selected agent is passed on, changed or not, so that the rules see the whole selection
  // (an API token's list that names an administrator is refused even where nothing would change).
  const writes: AgentWrite[] = agents.map((agent) => ({
    agent,
    change: {
      patch: status && status !== agent.status ? { status } : {},
      teamIds: edited(teamRows?.get(agent.id)?.map((r) => r.teamId) ?? [], teams),
      groupIds: edited(groupRows?.get(agent.id)?.map((r) => r.groupId) ?? [], groups),
    },
  }));
  const updated = new Map((await writeAgentChanges(sc, writes)).map((a) => [a.id, a]));
  return agentIds.map((id) => updated.get(id)!);
}
