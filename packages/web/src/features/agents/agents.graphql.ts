import { graphql } from '../../gql';

// Result and variable types are generated from the schema into src/gql: run `pnpm schema`
// (or `pnpm --filter @roster/web codegen`) after editing an operation.

export const AGENTS_LIST_QUERY = graphql(`
  query AgentsList($first: Int = 50) {
    agents(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          email
          isAdmin
          status
        }
      }
    }
  }
`);
