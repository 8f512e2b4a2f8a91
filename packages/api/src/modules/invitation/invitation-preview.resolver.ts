import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { systemActor } from '../../common/actor';
import type { Context } from '../../common/request';
import { InvitationPreview, previewInvitation } from './invitation-preview';

const PREVIEW = systemActor('Invitation link');

@Resolver()
export class InvitationPreviewResolver {
  // Public (listed in PUBLIC_ROOT_FIELDS): the person has no account yet.
  @Query(() => InvitationPreview, { description: 'Public. What the link of an invitation email leads to; rate-limited per address.' })
  invitationPreview(@Ctx() ctx: Context, @Arg('token') token: string): Promise<InvitationPreview> {
    return ctx.read((sc) => previewInvitation(sc, { token, ip: ctx.ip }), PREVIEW);
  }
}
