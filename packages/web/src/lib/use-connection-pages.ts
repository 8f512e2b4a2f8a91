import { useCallback, useMemo, useRef, useState } from 'react';
import { NetworkStatus, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/** What a cursor-paged list query answers (a GraphQL connection). */
export interface ConnectionPage<N> {
  totalCount?: number;
  /** false: totalCount is a lower bound, the list may match more (a bounded count, as a users search's). */
  totalCountIsExact?: boolean;
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * The nodes of a connection query as far as they have been fetched; `loadMore` fetches the page
 * after the last one with `after` (the cache's relayStylePagination appends it). Repeated calls
 * for one cursor fetch once; a failed one can be retried (`loadMoreFailed`).
 */
export function useConnectionPages<TData, TVariables extends OperationVariables, N>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  connectionOf: (data: TData) => ConnectionPage<N>,
) {
  const { data, error, loading, fetchMore, refetch, networkStatus } = useQuery(query, {
    variables,
    notifyOnNetworkStatusChange: true,
  } as useQuery.Options<TData, TVariables>);
  const requested = useRef<string | null>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = useMemo(() => (data ? connectionOf(data as TData) : undefined), [data, connectionOf]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || !endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    setLoadMoreFailed(false);
    fetchMore({ variables: { after: endCursor } as unknown as Partial<TVariables> }).catch(() => {
      // The list offers to try this page again.
      requested.current = null;
      setLoadMoreFailed(true);
    });
  }, [hasNextPage, endCursor, fetchMore]);

  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    totalCountIsExact: connection?.totalCountIsExact ?? true,
    hasNextPage,
    loading: loading && !connection,
    fetchingMore: networkStatus === NetworkStatus.fetchMore,
    loadMoreFailed,
    error,
    loadMore,
    retry: () => void refetch(),
  };
}
