import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { Organization } from '../organization/organization.entity';
import { Team } from './team.entity';
import { setTeamOrganizations } from './team-organizations';
import { deleteTeam, setTeamMembers, teams } from './team.service';

@Resolver(() => Team)
export class TeamResolver {
  @Authorized('agents:read')
  @Query(() => [Team])
  teams(@Ctx() ctx: Context): Promise<Team[]> {
    return ctx.read(teams.list);
  }

  @Authorized('agents:read')
  @FieldResolver(() => [Agent])
  members(@Root() team: Team, @Ctx() ctx: Context): Promise<Agent[]> {
    return ctx.loaders.membersOfTeam.load(team.id);
  }

  // Admins only: the organizations' names are CRM data that other agents may not see (team scope).
  @Authorized(ADMIN, 'agents:read')
  @FieldResolver(() => [Organization], {
    description:
      "Organizations whose users the team's members see when team-scoped visibility is on (crmSettings), by name. Administrators only.",
  })
  organizations(@Root() team: Team, @Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.loaders.organizationsOfTeam.load(team.id);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team)
  createTeam(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Team> {
    return ctx.tx((sc) => teams.create(sc, { name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team)
  renameTeam(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Team> {
    return ctx.tx((sc) => teams.rename(sc, { id, name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deleteTeam(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteTeam(sc, { id }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team, { description: 'Replaces the team members with agentIds.' })
  setTeamMembers(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('agentIds', () => [ID]) agentIds: string[]): Promise<Team> {
    return ctx.tx((sc) => setTeamMembers(sc, { id, agentIds }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team, { description: 'Replaces the organizations assigned to the team (at most 1000); unknown ids are field errors.' })
  setTeamOrganizations(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('organizationIds', () => [ID]) organizationIds: string[],
  ): Promise<Team> {
    return ctx.tx((sc) => setTeamOrganizations(sc, { id, organizationIds }));
  }
}

@Resolver(() => Organization)
export class OrganizationTeamsResolver {
  @Authorized('agents:read')
  @FieldResolver(() => [Team], { description: 'Teams this organization is assigned to (setTeamOrganizations), by name.' })
  teams(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Team[]> {
    return ctx.loaders.teamsOfOrganization.load(organization.id);
  }
}
