import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import { attemptKey, forgiveAttempt, takeAttempt } from '../auth/rate-limit';
import { isSsoRequired } from '../sso/sso.settings';
import { Invitation, InvitationStatus } from './invitation.entity';
import { invitationStatus } from './invitation.service';

// The accept-invitation page asks this on load, before the person types anything: a used,
// expired or revoked link says so at once, and a good one shows whom and where it lets in.

export enum InvitationPreviewStatus {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(InvitationPreviewStatus, {
  name: 'InvitationPreviewStatus',
  description: 'NOT_FOUND also covers a link replaced by a newer invitation (a resend).',
});

@ObjectType({ description: 'What an invitation link leads to. Only a VALID link reveals more than its status.' })
export class InvitationPreview {
  @Field(() => InvitationPreviewStatus) status: InvitationPreviewStatus;
  @Field(() => String, { nullable: true, description: 'The address the account will have (VALID only).' })
  email: string | null;
  @Field(() => String, { nullable: true, description: 'The helpdesk joined: the host of PUBLIC_URL (VALID only).' })
  helpdeskName: string | null;
  @Field(() => String, { nullable: true, description: 'Who invited (VALID only).' })
  inviterName: string | null;
  @Field(() => Date, { nullable: true, description: 'Until when the link works (VALID only).' })
  expiresAt: Date | null;
  @Field({
    description:
      'Single sign-on is required (VALID only; false otherwise): no password can be chosen, the person signs in with the provider instead, which accepts the invitation.',
  })
  ssoRequired: boolean;
}

const STATUS: Record<InvitationStatus, InvitationPreviewStatus> = {
  [InvitationStatus.PENDING]: InvitationPreviewStatus.VALID,
  [InvitationStatus.ACCEPTED]: InvitationPreviewStatus.USED,
  [InvitationStatus.EXPIRED]: InvitationPreviewStatus.EXPIRED,
  [InvitationStatus.REVOKED]: InvitationPreviewStatus.REVOKED,
};

const MAX_TOKEN_LENGTH = 200;

const statusOnly = (status: InvitationPreviewStatus): InvitationPreview => ({
  status,
  email: null,
  helpdeskName: null,
  inviterName: null,
  expiresAt: null,
  ssoRequired: false,
});

async function lookUp(sc: ServiceContext, token: string): Promise<InvitationPreview> {
  const inv = await sc.em.findOneBy(Invitation, { tokenHash: sha256(token) });
  if (!inv) return statusOnly(InvitationPreviewStatus.NOT_FOUND);
  const status = STATUS[invitationStatus(inv, sc.clock())];
  if (status !== InvitationPreviewStatus.VALID) return statusOnly(status);
  return {
    status,
    email: inv.email,
    helpdeskName: new URL(sc.config.publicUrl).host,
    inviterName: inv.invitedByName,
    expiresAt: inv.expiresAt,
    ssoRequired: await isSsoRequired(sc.em),
  };
}

/**
 * The preview of the invitation whose token is `token` (an unknown token reveals nothing). Run
 * outside a transaction: guesses count against the per-address limit of sign-in attempts (each
 * statement commits), and looking at a good link again costs nothing.
 */
export async function previewInvitation(sc: ServiceContext, { token, ip }: { token: string; ip: string }): Promise<InvitationPreview> {
  if (!token.trim() || token.length > MAX_TOKEN_LENGTH) throw badInput({ token: `must be 1 to ${MAX_TOKEN_LENGTH} characters` });
  const attempt = await takeAttempt(sc, [{ key: attemptKey('preview-ip', ip), max: sc.config.loginMaxAttemptsPerIp }], 'invitation');
  const preview = await lookUp(sc, token);
  if (preview.status === InvitationPreviewStatus.VALID) await forgiveAttempt(sc, attempt);
  return preview;
}
