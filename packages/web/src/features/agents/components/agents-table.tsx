import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { AGENTS_LIST_QUERY } from '../agents.graphql';
import type { AgentStatus } from '../../../gql/graphql';
import { toDisplayError } from '../../../lib/errors';

const PAGE_SIZE = 10;

const STATUS_LABELS: Record<AgentStatus, string> = { ACTIVE: 'Active', DISABLED: 'Disabled' };

export function AgentsTable() {
  const { data, error, loading, refetch } = useQuery(AGENTS_LIST_QUERY, {
    variables: { first: PAGE_SIZE },
  });

  if (loading && !data) {
    return <p role="status">Loading agents…</p>;
  }
  if (error && !data) {
    const shown = toDisplayError(error);
    return (
      <div role="alert" className="alert alert-error">
        <p>{shown.message}</p>
        {shown.code === 'UNAUTHENTICATED' ? (
          <p>
            <Link to="/sign-in">Sign in again</Link>
          </p>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => void refetch()}>
            Try again
          </button>
        )}
      </div>
    );
  }

  const agents = data?.agents.edges.map((edge) => edge.node) ?? [];
  const total = data?.agents.totalCount ?? 0;
  if (agents.length === 0) {
    return <p className="empty-state">No agents yet.</p>;
  }

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>
          {total === 1 ? '1 agent' : `${total} agents`}
          {total > agents.length && ` (showing the first ${agents.length}: `}
          {total > agents.length && <Link to="/agents">see them all</Link>}
          {total > agents.length && ')'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <tr key={agent.id}>
              <th scope="row">
                <Link to={`/agents/${agent.id}`}>{agent.name}</Link>
              </th>
              <td>
                <a href={`mailto:${agent.email}`}>{agent.email}</a>
              </td>
              <td>{agent.isAdmin ? 'Admin' : 'Agent'}</td>
              <td>
                <span className={`badge badge-${agent.status.toLowerCase()}`}>{STATUS_LABELS[agent.status] ?? agent.status}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
