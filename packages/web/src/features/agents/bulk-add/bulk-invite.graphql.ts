import { graphql } from '../../../gql';

/** Quick-invites every address (All Permissions); the answer is per address. */
export const BULK_INVITE_AGENTS_MUTATION = graphql(`
  mutation BulkInviteAgents($emails: [String!]!) {
    bulkInviteAgents(emails: $emails) {
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
