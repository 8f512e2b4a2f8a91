import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written result types until the codegen client preset replaces them (src/gql/).

export type AgentStatus = 'ACTIVE' | 'DISABLED';

export interface AgentRow {
  __typename?: 'Agent';
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  status: AgentStatus;
}

export interface AgentsListData {
  agents: {
    totalCount: number;
    edges: Array<{ node: AgentRow }>;
  };
}

export const AGENTS_LIST_QUERY: TypedDocumentNode<AgentsListData, { first?: number }> = gql`
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
`;
