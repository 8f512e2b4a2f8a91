import { EntityManager, FindOptionsWhere } from 'typeorm';
import { ChangeLogEntityType, FieldChange, recordChangesMany } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import { checkExistingIds, chunks, inList, replaceLinks, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { accessText } from '../department/department-access';
import { AgentDepartment } from '../department/department.entity';
import { AgentPermissionGroup } from '../permission/permission-group.entity';
import { TeamMember } from '../team/team.entity';
import { Agent } from './agent.entity';
import { lockAgents } from './agent.lock';

// Agents' links changed from the other side (a team's members, a deleted group or department),
// logged on each affected agent's own change log in a fixed number of statements.

interface LinkRow {
  agentId: number;
}

interface AgentLink {
  entity: new () => LinkRow;
  /** The column naming the other side: team, group or department. */
  owner: string;
  /** What an agent's change log shows for its rows in this table. */
  text(rows: LinkRow[]): string;
}

const defineLink = <T extends LinkRow>(
  entity: new () => T,
  owner: Exclude<keyof T, 'agentId'> & string,
  text: (rows: T[]) => string,
): AgentLink => ({ entity, owner, text: text as AgentLink['text'] });

/** Keyed by the agent change-log field that shows the link. */
export const AGENT_LINKS = {
  teams: defineLink(TeamMember, 'teamId', (rows) => setText(rows.map((r) => r.teamId))),
  permissionGroups: defineLink(AgentPermissionGroup, 'groupId', (rows) => setText(rows.map((r) => r.groupId))),
  departments: defineLink(AgentDepartment, 'departmentId', (rows) => accessText(rows)),
};

export type AgentLinkField = keyof typeof AGENT_LINKS;

/** Each agent's rows in one link table: one SELECT for all of them (per 5,000). */
export async function linkRows<T extends LinkRow>(em: EntityManager, entity: new () => T, agentIds: number[]): Promise<Map<number, T[]>> {
  const byAgent = new Map<number, T[]>(agentIds.map((id) => [id, []]));
  for (const part of chunks(agentIds)) {
    const rows = await em.findBy(entity, { agentId: inList(part) } as FindOptionsWhere<T>);
    for (const r of rows) byAgent.get(r.agentId)?.push(r);
  }
  return byAgent;
}

async function linkTexts(em: EntityManager, link: AgentLink, agentIds: number[]): Promise<Map<number, string>> {
  const rows = await linkRows(em, link.entity, agentIds);
  return new Map([...rows].map(([id, r]) => [id, link.text(r)]));
}

/**
 * Runs a write that changes agents' links from the other side and records the change on each
 * affected agent's own change log: the agents are locked (so each entry's old value is the one
 * the change replaced, even with concurrent agent edits), the link table is read once before and
 * once after, and the entries go in with one multi-row INSERT.
 */
export async function withAgentLinkLog<R>(
  sc: ServiceContext,
  agentIds: number[],
  field: AgentLinkField,
  write: () => Promise<R>,
): Promise<R> {
  const ids = [...new Set(agentIds)];
  if (!ids.length) return write();
  await lockAgents(sc.em, ids);
  const link = AGENT_LINKS[field];
  const before = await linkTexts(sc.em, link, ids);
  const result = await write();
  const after = await linkTexts(sc.em, link, ids);
  const changed = ids.filter((id) => after.get(id) !== before.get(id));
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.AGENT,
    changed.map((id) => ({
      entityId: id,
      changes: [{ field, oldValue: before.get(id), newValue: after.get(id) }],
    })),
  );
  return result;
}

export interface ReplaceMembersArgs {
  field: Exclude<AgentLinkField, 'departments'>;
  ownerId: number;
  agentIds: readonly unknown[];
  /** The input path that named the agents, for field errors. */
  inputField: string;
}

/**
 * Replaces the members of a team or permission group, logging on each agent that joins or leaves.
 * Returns the owner's own "members" change, or null when the members are the same.
 */
export async function replaceMembers(sc: ServiceContext, args: ReplaceMembersArgs, fc = new FieldCheck()): Promise<FieldChange | null> {
  const link = AGENT_LINKS[args.field];
  const ids = await checkExistingIds(fc, sc.em, Agent, args.agentIds, args.inputField);
  fc.throwIfAny();
  const owner = { [link.owner]: args.ownerId };
  const before = (await sc.em.findBy(link.entity, owner as FindOptionsWhere<LinkRow>)).map((l) => l.agentId);
  const had = new Set(before);
  const has = new Set(ids);
  const changed = [...before.filter((a) => !has.has(a)), ...ids!.filter((a) => !had.has(a))];
  await withAgentLinkLog(sc, changed, args.field, () =>
    replaceLinks(
      sc.em,
      link.entity,
      owner,
      ids!.map((agentId) => ({ ...owner, agentId })),
    ),
  );
  return changed.length ? { field: 'members', oldValue: setText(before), newValue: setText(ids!) } : null;
}
