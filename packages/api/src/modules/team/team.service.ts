import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { MAX_TEAMS } from '../../common/list-limits';
import { namedEntityService } from '../../common/named-entity';
import type { ServiceContext } from '../../common/service';
import { replaceMembers, withAgentLinkLog } from '../agent/agent-links';
import { Team, TeamMember } from './team.entity';

export const teams = namedEntityService(Team, 'Team', ChangeLogEntityType.TEAM, { max: MAX_TEAMS, plural: 'teams' });

export async function setTeamMembers(sc: ServiceContext, args: { id: string; agentIds: string[] }): Promise<Team> {
  const team = await teams.load(sc.em, args.id);
  const members = await replaceMembers(sc, { field: 'teams', ownerId: team.id, agentIds: args.agentIds, inputField: 'agentIds' });
  if (members) await recordChanges(sc.em, sc.actor, ChangeLogEntityType.TEAM, team.id, [members]);
  return team;
}

/** Deleting a team takes it out of each member's teams; their change logs say so. */
export async function deleteTeam(sc: ServiceContext, args: { id: string }): Promise<boolean> {
  const team = await teams.load(sc.em, args.id);
  const members = (await sc.em.findBy(TeamMember, { teamId: team.id })).map((m) => m.agentId);
  return withAgentLinkLog(sc, members, 'teams', () => teams.remove(sc, team));
}
