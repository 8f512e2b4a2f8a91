import { graphql } from '../../gql';

export const READ_SAML_METADATA_MUTATION = graphql(`
  mutation ReadSamlMetadata($xml: String, $url: String) {
    readSamlMetadata(xml: $xml, url: $url) {
      idpEntityId
      ssoUrl
      idpCertificates
      nameIdFormat
    }
  }
`);

/** The SAML part of an SSO provider, for the provider form (fetch it with the provider). */
export const SAML_PROVIDER_CONFIG_FRAGMENT = graphql(`
  fragment SamlProviderConfigFields on SamlProviderConfig {
    idpEntityId
    ssoUrl
    idpCertificates
    metadataUrl
    nameIdFormat
    spEntityId
    acsUrl
    spMetadataUrl
  }
`);
