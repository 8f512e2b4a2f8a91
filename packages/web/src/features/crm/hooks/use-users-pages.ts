import { useCallback, useRef, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CRM_USERS_QUERY } from '../crm.graphql';
import type { UserFilter } from '../../../gql/graphql';

export const USERS_PAGE_SIZE = 50;

/** The users matching `filter`, by name, as far as fetched; `loadMore` appends the next cursor page. */
export function useUsersPages(filter: UserFilter) {
  const { data, error, loading, fetchMore, refetch, networkStatus } = useQuery(CRM_USERS_QUERY, {
    variables: { filter, first: USERS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const requested = useRef<string | null>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = data?.users;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || !endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    setLoadMoreFailed(false);
    fetchMore({ variables: { after: endCursor } }).catch(() => {
      requested.current = null;
      setLoadMoreFailed(true);
    });
  }, [hasNextPage, endCursor, fetchMore]);

  return {
    users: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage,
    loading: loading && !connection,
    fetchingMore: networkStatus === NetworkStatus.fetchMore,
    loadMoreFailed,
    error,
    loadMore,
    retry: () => void refetch(),
  };
}
