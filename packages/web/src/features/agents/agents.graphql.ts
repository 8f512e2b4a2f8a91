import { graphql } from '../../gql';

// Result and variable types are generated from the schema into src/gql: run `pnpm schema`
// (or `pnpm --filter @roster/web codegen`) after editing an operation.

/** The home page's glance at the directory. */
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
          avatarUrl
        }
      }
    }
  }
`);

/** One page of the agents list; the list fetches the next with `after` as it scrolls. */
export const AGENTS_PAGE_QUERY = graphql(`
  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {
    agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          alias
          email
          avatarUrl
          isAdmin
          type
          status
          lastSignInAt
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Teams, permission groups and business units: the list's filters and the new-agent form's multi-selects. */
export const AGENT_OPTIONS_QUERY = graphql(`
  query AgentOptions {
    teams {
      id
      name
    }
    permissionGroups {
      id
      name
      builtIn
    }
    businessUnits {
      id
      name
    }
  }
`);

export const CREATE_AGENT_MUTATION = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      temporaryPassword
      agent {
        id
        name
        email
      }
    }
  }
`);
