import { graphql } from '../../../../gql';

export const AGENT_PICKER_QUERY = graphql(`
  query AgentPicker($search: String) {
    agents(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
          email
          status
        }
      }
    }
  }
`);

export const COPY_AGENT_SETTINGS_MUTATION = graphql(`
  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {
    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {
      ...AgentPageFields
    }
  }
`);
