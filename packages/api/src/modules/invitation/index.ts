// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Invitation, InvitationStatus } from './invitation.entity';
export { InvitationResolver } from './invitation.resolver';
export { acceptInvitation, closePendingInvitationsFor, usableInvitation } from './invitation.service';
export { InvitationPreviewResolver } from './invitation-preview.resolver';
