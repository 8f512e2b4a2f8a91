import { graphql } from '../../../gql';

export const SEND_PASSWORD_RESET_MUTATION = graphql(`
  mutation SendPasswordReset($agentId: ID!) {
    sendPasswordReset(agentId: $agentId) {
      id
    }
  }
`);

export const SIGN_OUT_EVERYWHERE_MUTATION = graphql(`
  mutation SignOutAgentEverywhere($agentId: ID!) {
    signOutAgentEverywhere(agentId: $agentId) {
      id
    }
  }
`);

export const SET_TEMPORARY_PASSWORD_MUTATION = graphql(`
  mutation SetTemporaryPassword($agentId: ID!) {
    setTemporaryPassword(agentId: $agentId) {
      temporaryPassword
      expiresAt
      agent {
        ...AgentPageFields
      }
    }
  }
`);
