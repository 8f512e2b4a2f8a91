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
