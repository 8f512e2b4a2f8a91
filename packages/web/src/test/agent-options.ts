// AgentOptions (teams and permission groups) as the forms that offer them load it: the new-agent
// form and the invitation forms.
import { AGENT_OPTIONS_QUERY } from '../features/agents/agents.graphql';

const group = (id: string, name: string, builtIn = false) => ({ __typename: 'PermissionGroup' as const, id, name, builtIn });

/** Answers AgentOptions with teams Billing (3) and Support (4), the two built-in groups and `extraGroups`. */
export function agentOptionsMock(extraGroups: string[] = []) {
  return {
    request: { query: AGENT_OPTIONS_QUERY },
    result: {
      data: {
        teams: [
          { __typename: 'Team' as const, id: '3', name: 'Billing' },
          { __typename: 'Team' as const, id: '4', name: 'Support' },
        ],
        permissionGroups: [
          group('1', 'All Permissions', true),
          group('2', 'All Non-Destructive Permissions', true),
          ...extraGroups.map((name, i) => group(String(10 + i), name)),
        ],
      },
    },
  };
}
