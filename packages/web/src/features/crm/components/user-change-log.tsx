import { useQuery } from '@apollo/client/react';
import { toDisplayError } from '../../../lib/errors';
import { CRM_USER_CHANGE_LOG_QUERY } from '../crm.graphql';
import { userFieldLabel } from '../change-log-labels';

const PAGE_SIZE = 25;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Value({ value }: { value: string | null | undefined }) {
  return value === null || value === undefined || value === '' ? (
    <span className="muted">(empty)</span>
  ) : (
    <span className="log-value">{value}</span>
  );
}

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
    <div className="tab-body">
      <div className="table-wrap">
        <table className="data-table change-log">
          <caption>{totalCount === 1 ? '1 change' : `${totalCount} changes`}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Field</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <time dateTime={node.createdAt}>{when.format(new Date(node.createdAt))}</time>
                </td>
                <th scope="row">{userFieldLabel(node.field)}</th>
                <td>
                  <Value value={node.oldValue} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> changed to </span>
                  <Value value={node.newValue} />
                </td>
                <td>{node.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageInfo.hasNextPage && (
        <button type="button" className="button button-secondary" disabled={loading} onClick={loadOlder}>
          {loading ? 'Loading…' : 'Show older changes'}
        </button>
      )}
    </div>
  );
}
