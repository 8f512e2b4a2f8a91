import { graphql } from '../../../gql';

// Agents' CRM records in the CRM pane (the Agents section of the filter pane and /crm/agents/:id).
// Mutations answer the whole record (CrmAgentFields) so Apollo's cache updates the content pane.

export const CRM_AGENT_FIELDS = graphql(`
  fragment CrmAgentFields on Agent {
    id
    name
    avatarUrl
    email
    extraEmails
    teams {
      id
      name
    }
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
    crmNoteConnection {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CRM_TEAMS_QUERY = graphql(`
  query CrmTeams {
    teams {
      id
      name
    }
  }
`);

export const CRM_AGENTS_QUERY = graphql(`
  query CrmAgents($filter: AgentFilter, $first: Int, $after: String) {
    agents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          status
          avatarUrl
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CRM_AGENT_QUERY = graphql(`
  query CrmAgent($id: ID!) {
    agent(id: $id) {
      ...CrmAgentFields
    }
  }
`);

export const CRM_UPDATE_AGENT_PROFILE = graphql(`
  mutation CrmUpdateAgentProfile($agentId: ID!, $input: UpdateAgentCrmProfileInput!) {
    updateAgentCrmProfile(agentId: $agentId, input: $input) {
      ...CrmAgentFields
    }
  }
`);

export const CRM_ADD_AGENT_NOTE = graphql(`
  mutation CrmAddAgentNote($agentId: ID!, $text: String!) {
    addAgentNote(agentId: $agentId, text: $text) {
      ...CrmAgentFields
    }
  }
`);

export const CRM_AGENT_CHANGE_LOG_QUERY = graphql(`
  query CrmAgentChangeLog($agentId: ID!, $first: Int, $after: String) {
    changeLog: agentCrmChangeLog(agentId: $agentId, first: $first, after: $after) {
      ...ChangeLogPageFields
    }
  }
`);

/** Older notes of an agent's CRM record, after the newest ones the record shows. */
export const CRM_AGENT_NOTES_PAGE = graphql(`
  query CrmAgentNotesPage($agentId: ID!, $after: String) {
    agent(id: $agentId) {
      id
      crmNoteConnection(first: 50, after: $after) {
        ...NotesPageFields
      }
    }
  }
`);
