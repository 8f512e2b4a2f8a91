import { graphql } from '../../gql';

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    name
    isAdmin
    status
    invitedByName
    createdAt
    lastSentAt
    expiresAt
    acceptedAt
    revokedAt
  }
`);

export const INVITATIONS_QUERY = graphql(`
  query Invitations($status: InvitationStatus) {
    invitations(status: $status) {
      ...InvitationFields
    }
  }
`);

export const INVITE_AGENT_MUTATION = graphql(`
  mutation InviteAgentQuick($input: InviteAgentInput!) {
    inviteAgent(input: $input) {
      ...InvitationFields
    }
  }
`);

export const RESEND_INVITATION_MUTATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);
