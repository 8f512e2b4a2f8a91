// The documents the SPA sends, as Apollo Client sends them (it adds `__typename` at the end of
// every selection set below the root): packages/web/src/features/agents/agents.graphql.ts
// (AgentsPage, 50 a page, the list's default filter and order), crm/crm.graphql.ts (CrmUsers, 50
// a page) and the smallest viewer query. `pnpm bench concurrent` drives each through 10 pages
// with the cursors the answers give.

export interface SpaDocument {
  operationName: string;
  query: string;
  /** The first page's variables; later pages add `after`. */
  variables: Record<string, unknown>;
  /** The connection whose pageInfo.endCursor continues (none: a single answer). */
  connection?: string;
}

export const DOCUMENTS = {
  agents: {
    operationName: 'AgentsPage',
    query: `query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {
  agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        alias
        email
        isAdmin
        status
        lastSignInAt
        teams {
          id
          name
          __typename
        }
        permissionGroups {
          id
          name
          __typename
        }
        __typename
      }
      __typename
    }
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    __typename
  }
}`,
    variables: { filter: {}, first: 50, orderBy: { field: 'NAME', direction: 'ASC' } },
    connection: 'agents',
  },
  users: {
    operationName: 'CrmUsers',
    query: `query CrmUsers($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    edges {
      cursor
      node {
        id
        name
        primaryEmail
        organization {
          id
          name
          __typename
        }
        __typename
      }
      __typename
    }
    pageInfo {
      endCursor
      hasNextPage
      __typename
    }
    __typename
  }
}`,
    variables: { filter: {}, first: 50 },
    connection: 'users',
  },
  viewer: {
    operationName: 'ViewerName',
    query: `query ViewerName {
  viewer {
    id
    name
    __typename
  }
}`,
    variables: {},
  },
} satisfies Record<string, SpaDocument>;
