import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN, requireAdmin } from '../../common/auth';
import type { Context } from '../../common/context';
import { loadExisting } from '../../common/loaders';
import { inTransaction } from '../../db/data-source';
import { AuthPayload } from '../auth/auth.resolver';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { Invitation, InvitationStatus } from './invitation.entity';
import { InviteAgentInput } from './invitation.inputs';
import { acceptInvitationAndSignIn, invitationStatus, inviteAgent, listInvitations, resendInvitation, revokeInvitation } from './invitation.service';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(ADMIN, 'agents:read')
  @Query(() => [Invitation], { description: 'Newest first.' })
  invitations(@Ctx() ctx: Context, @Arg('status', () => InvitationStatus, { nullable: true }) status?: InvitationStatus) {
    return listInvitations(ctx.ds.manager, status);
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
    return inTransaction(ctx.ds, (em) => inviteAgent(ctx, requireAdmin(ctx), input, em));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Invitation, { description: 'New token and email; the old link stops working.' })
  resendInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return inTransaction(ctx.ds, (em) => resendInvitation(ctx, requireAdmin(ctx), id, em));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Invitation)
  revokeInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Invitation> {
    return inTransaction(ctx.ds, (em) => revokeInvitation(requireAdmin(ctx), id, em));
  }

  @Mutation(() => AuthPayload, { description: 'Creates the invited agent and signs them in.' })
  async acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('token') token: string,
    @Arg('password') password: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<AuthPayload> {
    return acceptInvitationAndSignIn(ctx, token, name ?? undefined, password);
  }
}
