import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { parseIds } from '../../common/ids';
import { namedEntityService } from '../../common/named-entity';
import { assertExist, replaceLinks, setText } from '../../common/relations';
import { Agent } from '../agent/agent.entity';
import { withAgentLinkLog } from '../agent/agent.change';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { recordChanges } from '../change-log/change-log.service';
import { Team, TeamMember } from './team.entity';

export const teams = namedEntityService(Team, 'Team', ChangeLogEntityType.TEAM);

export async function setTeamMembers(em: EntityManager, actor: Actor, teamId: string, agentIds: string[]): Promise<Team> {
  const team = await teams.load(em, teamId);
  const ids = parseIds(agentIds, 'agentIds');
  await assertExist(em, Agent, ids, 'agentIds');
  const before = (await em.findBy(TeamMember, { teamId: team.id })).map((m) => m.agentId);
  const changed = [...before.filter((a) => !ids.includes(a)), ...ids.filter((a) => !before.includes(a))];
  await withAgentLinkLog(em, actor, changed, 'teams', () =>
    replaceLinks(em, TeamMember, { teamId: team.id }, ids.map((agentId) => ({ teamId: team.id, agentId }))));
  if (setText(before) !== setText(ids)) {
    await recordChanges(em, actor, ChangeLogEntityType.TEAM, team.id, [{ field: 'members', oldValue: setText(before), newValue: setText(ids) }]);
  }
  return team;
}

/** Deleting a team takes it out of each member's teams; their change logs say so. */
export async function deleteTeam(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  const team = await teams.load(em, id);
  const members = (await em.findBy(TeamMember, { teamId: team.id })).map((m) => m.agentId);
  return withAgentLinkLog(em, actor, members, 'teams', () => teams.remove(em, actor, id));
}
