import { graphql } from '../gql';

/** One page of a change log, as PagedChangeLog reads it (the agent page, a user's and an agent's CRM record). */
export const CHANGE_LOG_PAGE_FIELDS = graphql(`
  fragment ChangeLogPageFields on ChangeLogConnection {
    totalCount
    edges {
      cursor
      node {
        id
        field
        oldValue
        newValue
        actorName
        actorKind
        actorAvatarUrl
        createdAt
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);
