import { graphql } from '../../../gql';

/** Adds or removes teams and groups, or sets the status, of the selected agents (the list's rows update from the answer). */
export const BULK_UPDATE_AGENTS_MUTATION = graphql(`
  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {
    bulkUpdateAgents(ids: $ids, input: $input) {
      id
      status
      teams {
        id
        name
      }
      permissionGroups {
        id
        name
      }
    }
  }
`);
