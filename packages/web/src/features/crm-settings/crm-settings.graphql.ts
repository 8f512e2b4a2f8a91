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

/** The map link pattern of CRM addresses (every agent reads it). */
export const ADDRESS_MAP_URL_QUERY = graphql(`
  query AddressMapUrl {
    crmSettings {
      addressMapUrl
    }
  }
`);

export const UPDATE_ADDRESS_MAP_URL_MUTATION = graphql(`
  mutation UpdateAddressMapUrl($url: String) {
    updateCrmSettings(input: { addressMapUrl: $url }) {
      addressMapUrl
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
