import { useQuery } from '@apollo/client/react';
import { ChangeLogTable } from '../../../components/change-log-table';
import { toDisplayError } from '../../../lib/errors';
import { CRM_USER_CHANGE_LOG_QUERY } from '../crm.graphql';
import { userFieldLabel } from '../change-log-labels';

const PAGE_SIZE = 25;

/** The user's change log, newest first, older entries on demand. */
export function UserChangeLog({ userId }: { userId: string }) {
  const { data, error, loading, fetchMore } = useQuery(CRM_USER_CHANGE_LOG_QUERY, {
    variables: { entityId: userId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data) {
    if (error) return <p className="alert alert-error">{toDisplayError(error).message}</p>;
    return <p role="status">Loading the change log…</p>;
  }
  const { edges, pageInfo, totalCount } = data.changeLog;
  if (edges.length === 0) return <p className="empty-state">No changes recorded yet.</p>;

  function loadOlder() {
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        changeLog: { ...fetchMoreResult.changeLog, edges: [...previous.changeLog.edges, ...fetchMoreResult.changeLog.edges] },
      }),
    });
  }

  return (
    <ChangeLogTable
      rows={edges.map((e) => e.node)}
      totalCount={totalCount}
      hasOlder={pageInfo.hasNextPage}
      loading={loading}
      onLoadOlder={loadOlder}
      label={userFieldLabel}
    />
  );
}
