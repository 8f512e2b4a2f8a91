import { EntityManager } from 'typeorm';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { chunks, inList } from '../../common/relations';
import { linkRows } from '../agent/agent-links';
import { AgentChange, notificationsOn } from '../agent/agent.change';
import { Agent } from '../agent/agent.entity';
import { lockAgents } from '../agent/agent.lock';
import { AgentPermissionGroup } from '../permission/permission-group.entity';
import { TeamMember } from '../team/team.entity';
import type { ImportValues } from './import.rows';

// An UPDATE row against the agent it matched: only the values that differ from what the agent
// has become a change, so an export imported back writes and logs nothing (docs/csv.md "Round trip").

/** An existing agent as an import row is compared with it. */
export interface AgentNow {
  agent: Agent;
  groupIds: number[];
  teamIds: number[];
}

const allOff = (events: readonly { event: string }[]) => events.map((e) => ({ event: e.event, email: false, browser: false }));

/** "Notifications: No" turns every notification off; Yes (or empty, for a new agent) keeps the defaults. */
export function notificationColumns(on: boolean | undefined): Partial<Agent> {
  if (on === undefined) return {};
  return on
    ? { ticketNotificationSettings: null, otherNotificationSettings: null }
    : { ticketNotificationSettings: allOff(TICKET_NOTIFICATION_EVENTS), otherNotificationSettings: allOff(OTHER_NOTIFICATION_EVENTS) };
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
};

/**
 * The change a valid row makes to an agent, or null when it makes none. Absent columns and empty
 * cells (undefined values) leave their fields alone; groups and teams compare as sets; the
 * signature as sanitised; Notifications is the summary the export writes (Yes: any switch on), so
 * it applies only when it differs from the agent's, and per-event settings survive a Yes.
 */
export function importChange(now: AgentNow, v: ImportValues): AgentChange | null {
  const { agent } = now;
  const patch: Partial<Agent> = {};
  if (v.name !== agent.name) patch.name = v.name;
  if (v.isAdmin !== undefined && v.isAdmin !== agent.isAdmin) patch.isAdmin = v.isAdmin;
  if (v.isReportsAdmin !== undefined && v.isReportsAdmin !== agent.isReportsAdmin) patch.isReportsAdmin = v.isReportsAdmin;
  if (v.signature !== undefined && v.signature !== agent.signature) patch.signature = v.signature;
  if (v.type !== undefined && v.type !== agent.type) patch.type = v.type as Agent['type'];
  if (v.businessUnitId !== undefined && v.businessUnitId !== agent.businessUnitId) patch.businessUnitId = v.businessUnitId;
  if (v.notifications !== undefined && v.notifications !== notificationsOn(agent))
    Object.assign(patch, notificationColumns(v.notifications));
  const change: AgentChange = { patch };
  if (v.groupIds !== undefined && !sameSet(v.groupIds, now.groupIds)) change.groupIds = v.groupIds;
  if (v.teamIds !== undefined && !sameSet(v.teamIds, now.teamIds)) change.teamIds = v.teamIds;
  return Object.keys(patch).length || change.groupIds || change.teamIds ? change : null;
}

/** Adds each agent's group and team ids: one SELECT per link table (per IN_CHUNK agents). */
async function withLinks(em: EntityManager, agents: Agent[]): Promise<AgentNow[]> {
  const ids = agents.map((a) => a.id);
  const [groups, teams] = await Promise.all([linkRows(em, AgentPermissionGroup, ids), linkRows(em, TeamMember, ids)]);
  return agents.map((agent) => ({
    agent,
    groupIds: groups.get(agent.id)!.map((l) => l.groupId),
    teamIds: teams.get(agent.id)!.map((l) => l.teamId),
  }));
}

/** The ids of the agents with these (normalised) emails: one SELECT of two columns per IN_CHUNK emails. */
export async function agentIdsByEmail(em: EntityManager, emails: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(emails)) {
    const found: { id: number | string; email: string }[] = await em.query(
      `SELECT id, email FROM agent WHERE email IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const r of found) ids.set(r.email, Number(r.id));
  }
  return ids;
}

/**
 * The agents that have these (normalised) emails, as they are now, by email. With `lock` (the write
 * pass, in its transaction) they are locked in id order (lockAgents) and their links read after.
 */
export async function agentsByEmail(em: EntityManager, emails: readonly string[], lock = false): Promise<Map<string, AgentNow>> {
  let agents: Agent[] = [];
  if (lock) agents = await lockAgents(em, [...(await agentIdsByEmail(em, emails)).values()]);
  else for (const part of chunks([...new Set(emails)])) agents.push(...(await em.findBy(Agent, { email: inList(part) })));
  return new Map((await withLinks(em, agents)).map((n) => [n.agent.email, n]));
}
