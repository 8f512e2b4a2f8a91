import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { namedEntityService } from '../../common/named-entity';
import { replaceMembers, withAgentLinkLog } from '../agent/agent-links';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { recordChanges } from '../change-log/change-log.service';
import { Team, TeamMember } from './team.entity';

export const teams = namedEntityService(Team, 'Team', ChangeLogEntityType.TEAM);

export async function setTeamMembers(em: EntityManager, actor: Actor, teamId: string, agentIds: string[]): Promise<Team> {
  const team = await teams.load(em, teamId);
  const members = await replaceMembers(em, actor, 'teams', team.id, agentIds, 'agentIds');
  if (members) await recordChanges(em, actor, ChangeLogEntityType.TEAM, team.id, [members]);
  return team;
}

/** Deleting a team takes it out of each member's teams; their change logs say so. */
export async function deleteTeam(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  const team = await teams.load(em, id);
  const members = (await em.findBy(TeamMember, { teamId: team.id })).map((m) => m.agentId);
  return withAgentLinkLog(em, actor, members, 'teams', () => teams.remove(em, actor, id));
}
