import { graphql } from '../gql';

// Documents shared by the agent CRM suites (agent-crm*.int-spec.ts). Typed documents: run
// `pnpm --filter @roster/api codegen:test` after changing one (test/gql).

export const AGENT_CRM_FIELDS = graphql(`
  fragment AgentCrmFields on Agent {
    id
    name
    phone
    crmSummary
    crmContact {
      phone
      website
      im
      twitter
      linkedin
      facebook
      address
    }
    crmNotes {
      id
      text
      authorName
      createdAt
    }
  }
`);

export const AGENT_CRM = graphql(`
  query AgentCrmRecord($id: ID!) {
    agent(id: $id) {
      ...AgentCrmFields
    }
  }
`);

export const AGENT_CRM_NOTES = graphql(`
  query AgentCrmNotesOnly($id: ID!) {
    agent(id: $id) {
      id
      crmNotes {
        text
      }
    }
  }
`);

export const AGENT_PLAIN = graphql(`
  query AgentCrmPlain($id: ID!) {
    agent(id: $id) {
      id
      name
      phone
    }
  }
`);

export const VIEWER_CRM = graphql(`
  query AgentCrmViewer {
    viewer {
      id
      crmSummary
    }
  }
`);

export const AGENTS_CRM = graphql(`
  query AgentCrmList($f: AgentFilter, $first: Int) {
    agents(filter: $f, first: $first) {
      edges {
        node {
          id
          crmSummary
          crmContact {
            phone
          }
          crmNotes {
            text
          }
        }
      }
    }
  }
`);

export const UPDATE_CRM = graphql(`
  mutation AgentCrmUpdate($id: ID!, $i: UpdateAgentCrmProfileInput!) {
    updateAgentCrmProfile(agentId: $id, input: $i) {
      ...AgentCrmFields
    }
  }
`);

export const ADD_AGENT_NOTE = graphql(`
  mutation AgentCrmAddNote($id: ID!, $t: String!) {
    addAgentNote(agentId: $id, text: $t) {
      ...AgentCrmFields
    }
  }
`);

export const AGENT_CRM_LOG = graphql(`
  query AgentCrmLog($id: ID!, $first: Int, $after: String) {
    agentCrmChangeLog(agentId: $id, first: $first, after: $after) {
      totalCount
      edges {
        node {
          field
          oldValue
          newValue
          actorName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AGENT_LOG = graphql(`
  query AgentCrmFullLog($id: ID!) {
    changeLog(entityType: AGENT, entityId: $id, first: 100) {
      edges {
        node {
          field
          newValue
        }
      }
    }
  }
`);

export const DELETE_AGENT = graphql(`
  mutation AgentCrmDeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);
