import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../../gql';
import type { AgentFilter, AgentSelectionFieldsFragment } from '../../../gql/graphql';

// After a bulk action the selection stays, less the agents the action took out of the list (a
// status, team or group filter they no longer match). The action's answer has already updated the
// agents in the cache; they are read from there, whatever page of the list they were on.

const AGENT_SELECTION_FIELDS = graphql(`
  fragment AgentSelectionFields on Agent {
    id
    status
    isAdmin
    teams {
      id
    }
    permissionGroups {
      id
    }
  }
`);

/**
 * Whether `agent` still matches the filter's fields that a bulk action can change. The search is
 * left out: bulk actions change no name, alias or email.
 */
export function stillMatches(agent: AgentSelectionFieldsFragment, filter: AgentFilter): boolean {
  if (filter.status && agent.status !== filter.status) return false;
  if (filter.isAdmin !== undefined && filter.isAdmin !== null && agent.isAdmin !== filter.isAdmin) return false;
  if (filter.teamId && !agent.teams.some((t) => t.id === filter.teamId)) return false;
  if (filter.permissionGroupId && !agent.permissionGroups.some((g) => g.id === filter.permissionGroupId)) return false;
  return true;
}

/** The selected ids the list still shows after a bulk action (an agent the cache cannot tell about stays). */
export function keptSelection(cache: ApolloCache, selected: Iterable<string>, filter: AgentFilter): Set<string> {
  const kept = new Set<string>();
  for (const id of selected) {
    const agent = cache.readFragment({ fragment: AGENT_SELECTION_FIELDS, id: cache.identify({ __typename: 'Agent', id }) });
    if (!agent || stillMatches(agent, filter)) kept.add(id);
  }
  return kept;
}
