import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BulkInviteCode } from '@roster/shared';
import { ADMIN } from '../../common/auth';
import { messagesIn } from '../../common/error-language';
import type { Context } from '../../common/request';
import { loadExisting } from '../../common/dataloaders';
import { acceptInvitationAndSignIn } from '../auth/auth.flows';
import { AuthPayload } from '../auth/auth.resolver';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { AgentType } from '../agent/agent.entity';
import { Invitation, InvitationStatus } from './invitation.entity';
import { BulkInviteFailureRow, BulkInviteOutcome, bulkInviteAgents } from './invitation.bulk';
import { InviteAgentInput } from './invitation.inputs';
import { invitationStatus, inviteAgent, listInvitations, resendInvitation, revokeInvitation } from './invitation.service';

@ObjectType({ description: 'An address of a bulk invite that was not invited, and why.' })
export class BulkInviteFailure implements BulkInviteFailureRow {
  @Field({ description: 'As listed (an invalid one cut to 254 characters).' }) email: string;
  @Field(() => String, { description: 'INVALID_EMAIL, DUPLICATE_IN_LIST, ALREADY_AGENT, ALREADY_INVITED or NO_SEAT.' })
  code: BulkInviteCode;
  @Field() message: string;
}

@ObjectType()
export class BulkInviteResult implements BulkInviteOutcome {
  @Field(() => [Invitation]) invited: Invitation[];
  @Field(() => [BulkInviteFailure], { description: 'In list order.' }) failed: BulkInviteFailure[];
  @Field(() => Int, { description: 'Seats the list lacked; above 0, nobody was invited (each such address failed with NO_SEAT).' })
  missingSeats: number;
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(ADMIN, 'agents:read')
  @Query(() => [Invitation], { description: 'Newest first.' })
  invitations(
    @Ctx() ctx: Context,
    @Arg('status', () => InvitationStatus, { nullable: true }) status?: InvitationStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'At most 100.' }) first?: number,
  ) {
    return ctx.read((sc) => listInvitations(sc, { status, first }));
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() inv: Invitation): InvitationStatus {
    return invitationStatus(inv);
  }

  @FieldResolver(() => [Team])
  teams(@Root() inv: Invitation, @Ctx() ctx: Context): Promise<Team[]> {
    return loadExisting(ctx.loaders.teamsById, inv.teamIds);
  }

  @FieldResolver(() => [PermissionGroup])
  permissionGroups(@Root() inv: Invitation, @Ctx() ctx: Context): Promise<PermissionGroup[]> {
    return loadExisting(ctx.loaders.groupsById, inv.permissionGroupIds);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Invitation)
  inviteAgent(@Ctx() ctx: Context, @Arg('input') input: InviteAgentInput): Promise<Invitation> {
    return ctx.tx((sc) => inviteAgent(sc, { input }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => BulkInviteResult, {
    description:
      'Invites each address with the same role, teams and groups (by default a quick invite: All Permissions, not an administrator); answers per address. At most 1,000 addresses; seats are checked for the whole list.',
  })
  async bulkInviteAgents(
    @Ctx() ctx: Context,
    @Arg('emails', () => [String]) emails: string[],
    @Arg('isAdmin', { nullable: true, defaultValue: false, description: 'API tokens cannot invite administrators.' }) isAdmin: boolean,
    @Arg('teamIds', () => [ID], { nullable: true }) teamIds?: string[],
    @Arg('permissionGroupIds', () => [ID], { nullable: true, description: 'Omitted: [1] All Permissions ([] for LIGHT).' })
    permissionGroupIds?: string[],
    @Arg('agentType', () => AgentType, { nullable: true, description: 'The type of agent each acceptance creates; omitted: FULL.' })
    agentType?: AgentType,
    @Arg('language', () => String, {
      nullable: true,
      description: "Each invitee's language tag (the email's, and the new agent's); omitted: the inviting agent's.",
    })
    language?: string,
  ): Promise<BulkInviteResult> {
    const outcome = await ctx.tx((sc) => bulkInviteAgents(sc, { emails, isAdmin, teamIds, permissionGroupIds, agentType, language }));
    return { ...outcome, failed: messagesIn(outcome.failed, ctx.actor) };
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Invitation, { description: 'New token and email; the old link stops working.' })
  resendInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return ctx.tx((sc) => resendInvitation(sc, { id }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Invitation)
  revokeInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return ctx.tx((sc) => revokeInvitation(sc, { id }));
  }

  @Mutation(() => AuthPayload, { description: 'Creates the invited agent and signs them in.' })
  acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('token') token: string,
    @Arg('password') password: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<AuthPayload> {
    return acceptInvitationAndSignIn(ctx, token, name, password);
  }
}
