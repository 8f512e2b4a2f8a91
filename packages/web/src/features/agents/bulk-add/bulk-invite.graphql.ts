import { graphql } from '../../../gql';

/** Invites every address with the same role, groups and teams; the answer is per address. */
export const BULK_INVITE_AGENTS_MUTATION = graphql(`
  mutation BulkInviteAgents(
    $emails: [String!]!
    $isAdmin: Boolean
    $teamIds: [ID!]
    $permissionGroupIds: [ID!]
    $agentType: AgentType
    $language: String
  ) {
    bulkInviteAgents(
      emails: $emails
      isAdmin: $isAdmin
      teamIds: $teamIds
      permissionGroupIds: $permissionGroupIds
      agentType: $agentType
      language: $language
    ) {
      invited {
        id
        email
        expiresAt
      }
      failed {
        email
        code
        message
      }
      missingSeats
    }
  }
`);
