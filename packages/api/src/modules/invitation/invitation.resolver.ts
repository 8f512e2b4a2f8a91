import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { acceptInvitationAndSignIn } from '../auth/auth.flows';
import { AuthPayload } from '../auth/auth.resolver';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { Invitation, InvitationStatus } from './invitation.entity';
import { InviteAgentInput } from './invitation.inputs';
import { invitationStatus, inviteAgent, listInvitations, resendInvitation, revokeInvitation } from './invitation.service';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(ADMIN, 'agents:read')
  @Query(() => [Invitation], { description: 'Newest first.' })
  invitations(@Ctx() ctx: Context, @Arg('status', () => InvitationStatus, { nullable: true }) status?: InvitationStatus) {
    return ctx.read((sc) => listInvitations(sc, { status }));
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
