import { graphql } from '../../../gql';

// Operations of the agent page. Regenerate the types with `pnpm --filter @roster/web codegen`.

/** Everything the tabs show and edit; mutations answer with it so the cache stays current. */
export const AGENT_PAGE_FIELDS = graphql(`
  fragment AgentPageFields on Agent {
    id
    name
    avatarUrl
    alias
    email
    extraEmails
    phones {
      label
      number
      country
      isValid
    }
    timezone
    language
    businessUnit
    businessUnitId
    type
    isAdmin
    isReportsAdmin
    status
    mustChangePassword
    lastSignInAt
    twoStepSignIn
    canEditOwnTicketNotifications
    permissions
    effectivePermissions
    permissionGroups {
      id
    }
    teams {
      id
    }
    departments {
      access
      department {
        id
      }
    }
    effectiveDepartments {
      access
      department {
        id
      }
    }
    ticketNotifications {
      event
      email
      browser
    }
    otherNotifications {
      event
      email
      browser
    }
  }
`);

export const AGENT_PAGE_QUERY = graphql(`
  query AgentPage($id: ID!) {
    agent(id: $id) {
      ...AgentPageFields
    }
    permissionCatalog {
      key
      label
      category
      destructive
    }
    permissionGroups {
      id
      name
      builtIn
      permissions
      departments {
        access
        department {
          id
        }
      }
    }
    teams {
      id
      name
    }
    departments {
      id
      name
    }
    notificationCatalog {
      key
      label
      category
    }
  }
`);

export const UPDATE_AGENT_MUTATION = graphql(`
  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...AgentPageFields
    }
  }
`);

export const DELETE_AGENT_MUTATION = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);

export const AGENT_CHANGE_LOG_QUERY = graphql(`
  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {
    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {
      ...ChangeLogPageFields
    }
  }
`);
