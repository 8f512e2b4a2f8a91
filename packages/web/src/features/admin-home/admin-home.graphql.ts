import { graphql } from '../../gql';

export const ADMINS_QUERY = graphql(`
  query AdminsAtAGlance {
    agents(first: 20, filter: { isAdmin: true }) {
      totalCount
      edges {
        node {
          id
          name
          email
          status
          avatarUrl
        }
      }
    }
    allAgents: agents(first: 1) {
      totalCount
    }
  }
`);
