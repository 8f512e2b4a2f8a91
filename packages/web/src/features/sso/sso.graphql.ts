import { graphql } from '../../gql';

export const SSO_SIGN_IN_PROVIDERS_QUERY = graphql(`
  query SsoSignInProviders {
    ssoSignInProviders {
      id
      displayName
    }
  }
`);

export const SSO_PROVIDER_FIELDS = graphql(`
  fragment SsoProviderFields on SsoProvider {
    id
    protocol
    displayName
    enabled
    emailClaim
    nameClaim
    groupsClaim
    groupTeamMappings {
      group
      teamId
    }
    defaultPermissionGroupIds
    defaultTeamIds
    trustProviderMfa
    defaultAgentType
    callbackUrl
    updatedAt
    oidc {
      issuer
      clientId
      clientSecretSet
      scopes
    }
    saml {
      idpEntityId
      ssoUrl
      idpCertificates
      metadataUrl
      nameIdFormat
      spEntityId
      acsUrl
      spMetadataUrl
    }
  }
`);

export const SSO_PAGE_QUERY = graphql(`
  query SsoPage {
    ssoProviders {
      ...SsoProviderFields
    }
    teams {
      id
      name
    }
    permissionGroups {
      id
      name
    }
  }
`);

export const CREATE_SSO_PROVIDER_MUTATION = graphql(`
  mutation CreateSsoProvider($input: SsoProviderInput!) {
    createSsoProvider(input: $input) {
      ...SsoProviderFields
    }
  }
`);

export const UPDATE_SSO_PROVIDER_MUTATION = graphql(`
  mutation UpdateSsoProvider($id: ID!, $input: SsoProviderInput!) {
    updateSsoProvider(id: $id, input: $input) {
      ...SsoProviderFields
    }
  }
`);

export const DELETE_SSO_PROVIDER_MUTATION = graphql(`
  mutation DeleteSsoProvider($id: ID!) {
    deleteSsoProvider(id: $id)
  }
`);

export const SSO_SETTINGS_QUERY = graphql(`
  query SsoSettings {
    ssoSettings {
      ssoRequired
      breakGlassAdmins {
        id
      }
      updatedAt
      updatedByName
    }
    agents(filter: { isAdmin: true, status: ACTIVE }, first: 100) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export const UPDATE_SSO_SETTINGS_MUTATION = graphql(`
  mutation UpdateSsoSettings($input: SsoSettingsInput!) {
    updateSsoSettings(input: $input) {
      ssoRequired
      breakGlassAdmins {
        id
      }
      updatedAt
      updatedByName
    }
  }
`);
