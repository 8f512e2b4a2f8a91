import { graphql } from '../../gql';

export const PREFERENCE_FIELDS = graphql(`
  fragment PreferenceFields on Agent {
    id
    name
    alias
    email
    phones {
      label
      number
      country
      isValid
    }
    timezone
    language
    signature
    canEditOwnTicketNotifications
    isAdmin
    effectivePermissions
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

export const PREFERENCES_QUERY = graphql(`
  query Preferences {
    viewer {
      ...PreferenceFields
    }
    notificationCatalog {
      key
      label
      category
      defaultEmail
      defaultBrowser
    }
  }
`);

export const UPDATE_PREFERENCES_MUTATION = graphql(`
  mutation UpdatePreferences($id: ID!, $input: UpdateAgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...PreferenceFields
      ...ViewerFields
    }
  }
`);
