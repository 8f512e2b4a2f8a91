import { useConnectionPages } from '../../../lib/use-connection-pages';
import { AGENTS_PAGE_QUERY } from '../agents.graphql';
import type { AgentFilter, AgentOrder } from '../../../gql/graphql';

/** Rows per request (the API caps `first` at 100). */
export const AGENTS_PAGE_SIZE = 50;

/** The agents matching `filter` in `orderBy` order, as far as they have been fetched; `loadMore` appends the next page. */
export function useAgentsPages(filter: AgentFilter, orderBy?: AgentOrder) {
  const { nodes, ...pages } = useConnectionPages(AGENTS_PAGE_QUERY, { filter, first: AGENTS_PAGE_SIZE, orderBy }, (data) => data.agents);
  return { agents: nodes, ...pages };
}
