import { graphql } from '../../../gql';

/** Removes an agent's profile image; the answer updates every view of the agent in the cache. */
export const DELETE_AGENT_AVATAR = graphql(`
  mutation DeleteAgentAvatar($agentId: ID!) {
    deleteAgentAvatar(agentId: $agentId) {
      id
      avatarUrl
    }
  }
`);
