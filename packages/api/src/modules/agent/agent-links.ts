import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import type { Actor } from '../../common/actor';
import { parseIds } from '../../common/ids';
import { assertExist, replaceLinks, setText } from '../../common/relations';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { FieldChange, recordChangesMany } from '../change-log/change-log.service';
import { accessText } from '../department/department-access';
import { AgentDepartment } from '../department/department.entity';
import { AgentPermissionGroup } from '../permission/permission-group.entity';
import { TeamMember } from '../team/team.entity';
import { Agent } from './agent.entity';

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

const defineLink = <T extends LinkRow>(entity: new () => T, owner: Exclude<keyof T, 'agentId'> & string, text: (rows: T[]) => string): AgentLink =>
  ({ entity, owner, text: text as AgentLink['text'] });

/** Keyed by the agent change-log field that shows the link. */
const LINKS = {
  teams: defineLink(TeamMember, 'teamId', (rows) => setText(rows.map((r) => r.teamId))),
  permissionGroups: defineLink(AgentPermissionGroup, 'groupId', (rows) => setText(rows.map((r) => r.groupId))),
  departments: defineLink(AgentDepartment, 'departmentId', (rows) => accessText(rows)),
};

export type AgentLinkField = keyof typeof LINKS;

/** Ids per `IN (...)`, well under SQLite's parameter limit. */
const READ_CHUNK = 500;

/** Each agent's text for one link table: one SELECT for all of them (per chunk). */
async function linkTexts(em: EntityManager, link: AgentLink, agentIds: number[]): Promise<Map<number, string>> {
  const byAgent = new Map<number, LinkRow[]>(agentIds.map((id) => [id, []]));
  for (let i = 0; i < agentIds.length; i += READ_CHUNK) {
    const rows = await em.findBy(link.entity, { agentId: In(agentIds.slice(i, i + READ_CHUNK)) } as FindOptionsWhere<LinkRow>);
    for (const r of rows) byAgent.get(r.agentId)!.push(r);
  }
  return new Map([...byAgent].map(([id, rows]) => [id, link.text(rows)]));
}

/**
 * Runs a write that changes agents' links from the other side and records the change on each
 * affected agent's own change log: the link table is read once before and once after, and the
 * entries go in with one multi-row INSERT.
 */
export async function withAgentLinkLog<R>(
  em: EntityManager, actor: Actor, agentIds: number[], field: AgentLinkField, write: () => Promise<R>,
): Promise<R> {
  const ids = [...new Set(agentIds)];
  if (!ids.length) return write();
  const link = LINKS[field];
  const before = await linkTexts(em, link, ids);
  const result = await write();
  const after = await linkTexts(em, link, ids);
  const changed = ids.filter((id) => after.get(id) !== before.get(id));
  await recordChangesMany(em, actor, ChangeLogEntityType.AGENT, changed.map((id) => ({
    entityId: id, changes: [{ field, oldValue: before.get(id), newValue: after.get(id) }],
  })));
  return result;
}

/**
 * Replaces the members of a team or permission group with `rawAgentIds` (the input field
 * `inputField`), logging on each agent that joins or leaves. Returns the owner's own "members"
 * change, or null when the members are the same.
 */
export async function replaceMembers(
  em: EntityManager, actor: Actor, field: Exclude<AgentLinkField, 'departments'>, ownerId: number, rawAgentIds: string[], inputField: string,
): Promise<FieldChange | null> {
  const link = LINKS[field];
  const ids = parseIds(rawAgentIds, inputField);
  await assertExist(em, Agent, ids, inputField);
  const owner = { [link.owner]: ownerId };
  const before = (await em.findBy(link.entity, owner as FindOptionsWhere<LinkRow>)).map((l) => l.agentId);
  const had = new Set(before);
  const has = new Set(ids);
  const changed = [...before.filter((a) => !has.has(a)), ...ids.filter((a) => !had.has(a))];
  await withAgentLinkLog(em, actor, changed, field, () =>
    replaceLinks(em, link.entity, owner, ids.map((agentId) => ({ ...owner, agentId }))));
  return changed.length ? { field: 'members', oldValue: setText(before), newValue: setText(ids) } : null;
}
