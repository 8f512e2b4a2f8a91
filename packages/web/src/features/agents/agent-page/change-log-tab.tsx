import { useQuery } from '@apollo/client/react';
import { toDisplayError } from '../../../lib/errors';
import { AGENT_CHANGE_LOG_QUERY } from './agent-page.graphql';
import { fieldLabel, formatLogValue } from './change-log-format';
import type { PageCatalogs } from './agent-page-types';

const PAGE_SIZE = 25;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Value({ value }: { value: string | null | undefined }) {
  return value === null || value === undefined || value === '' ? (
    <span className="muted">(empty)</span>
  ) : (
    <span className="log-value">{value}</span>
  );
}

/** The agent's change log, newest first, with older entries fetched on demand. */
export function ChangeLogTab({ agentId, catalogs }: { agentId: string; catalogs: PageCatalogs }) {
  const { data, error, loading, fetchMore } = useQuery(AGENT_CHANGE_LOG_QUERY, {
    variables: { entityId: agentId, first: PAGE_SIZE },
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
          <caption>
            {totalCount === 1 ? '1 change' : `${totalCount} changes`}, newest first
            {edges.length < totalCount && ` (showing ${edges.length})`}
          </caption>
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
                <th scope="row">{fieldLabel(node.field)}</th>
                <td>
                  <Value value={formatLogValue(node.field, node.oldValue ?? null, catalogs)} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> changed to </span>
                  <Value value={formatLogValue(node.field, node.newValue ?? null, catalogs)} />
                </td>
                <td>
                  {node.actorName}
                  {node.actorKind !== 'AGENT' && (
                    <span className="muted"> ({node.actorKind === 'API_TOKEN' ? 'API token' : 'system'})</span>
                  )}
                </td>
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
