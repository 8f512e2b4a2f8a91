import { graphql } from '../../gql';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

export const API_TOKENS_QUERY = graphql(`
  query ApiTokens($includeRevoked: Boolean!) {
    apiTokens(includeRevoked: $includeRevoked) {
      ...ApiTokenFields
    }
  }
`);

export const CREATE_API_TOKEN_MUTATION = graphql(`
  mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTime) {
    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REVOKE_API_TOKEN_MUTATION = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
