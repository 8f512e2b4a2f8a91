import { useCallback, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { AGENTS_PAGE_QUERY } from '../agents.graphql';
import type { AgentFilter, AgentOrder } from '../../../gql/graphql';

/** Rows per request (the API caps `first` at 100). */
export const AGENTS_PAGE_SIZE = 50;

/**
 * The agents matching `filter` in `orderBy` order, as far as they have been fetched; `loadMore` appends the next
 * page (the cache's relayStylePagination merges it). Repeated calls for one cursor fetch once.
 */
export function useAgentsPages(filter: AgentFilter, orderBy?: AgentOrder) {
  const { data, error, loading, fetchMore, refetch, networkStatus } = useQuery(AGENTS_PAGE_QUERY, {
    variables: { filter, first: AGENTS_PAGE_SIZE, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const requested = useRef<string | null>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = data?.agents;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const fetchingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = useCallback(() => {
    if (!hasNextPage || !endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    setLoadMoreFailed(false);
    fetchMore({ variables: { after: endCursor } }).catch(() => {
      // The list offers to try this page again.
      requested.current = null;
      setLoadMoreFailed(true);
    });
  }, [hasNextPage, endCursor, fetchMore]);

  return {
    agents: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage,
    loading: loading && !connection,
    fetchingMore,
    loadMoreFailed,
    error,
    loadMore,
    retry: () => void refetch(),
  };
}
