import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/context';
import { inTransaction } from '../../db/data-source';
import { Agent } from '../agent/agent.entity';
import { Team } from './team.entity';
import { deleteTeam, setTeamMembers, teams } from './team.service';

@Resolver(() => Team)
export class TeamResolver {
  @Authorized('agents:read')
  @Query(() => [Team])
  teams(@Ctx() ctx: Context): Promise<Team[]> {
    return teams.list(ctx.ds.manager);
  }

  @Authorized('agents:read')
  @FieldResolver(() => [Agent])
  members(@Root() team: Team, @Ctx() ctx: Context): Promise<Agent[]> {
    return ctx.loaders.membersOfTeam.load(team.id);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team)
  createTeam(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Team> {
    return inTransaction(ctx.ds, (em) => teams.create(em, ctx.actor!, name));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team)
  renameTeam(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Team> {
    return inTransaction(ctx.ds, (em) => teams.rename(em, ctx.actor!, id, name));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deleteTeam(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return inTransaction(ctx.ds, (em) => deleteTeam(em, ctx.actor!, id));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Team, { description: 'Replaces the team members with agentIds.' })
  setTeamMembers(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('agentIds', () => [ID]) agentIds: string[]): Promise<Team> {
    return inTransaction(ctx.ds, (em) => setTeamMembers(em, ctx.actor!, id, agentIds));
  }
}
