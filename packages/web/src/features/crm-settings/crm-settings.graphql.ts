import { graphql } from '../../gql';

export const CRM_SETTINGS_QUERY = graphql(`
  query CrmSettings {
    crmSettings {
      teamScopedUserVisibility
      updatedAt
      updatedByName
    }
  }
`);

export const UPDATE_CRM_SETTINGS_MUTATION = graphql(`
  mutation UpdateCrmSettings($input: CrmSettingsInput!) {
    updateCrmSettings(input: $input) {
      teamScopedUserVisibility
      updatedAt
      updatedByName
    }
  }
`);
