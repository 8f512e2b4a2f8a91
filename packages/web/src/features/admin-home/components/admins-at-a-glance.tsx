import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ADMINS_QUERY } from '../admin-home.graphql';
import { QueryState } from '../../../components/query-state';
import { plural } from '../../../lib/format';

export function AdminsAtAGlance() {
  const { data, loading, error, refetch } = useQuery(ADMINS_QUERY);
  if (!data) return <QueryState loading={loading} error={error} hasData={false} what="administrators" onRetry={() => void refetch()} />;
  const admins = data.agents.edges.map((e) => e.node);
  return (
    <>
      <p>
        {plural(data.allAgents.totalCount, 'agent')} in all, {plural(data.agents.totalCount, 'administrator')}.{' '}
        <Link to="/agents">See every agent</Link>
      </p>
      <ul className="plain-list">
        {admins.map((admin) => (
          <li key={admin.id}>
            <Link to={`/agents/${admin.id}`} className="admin-name">
              {admin.name}
            </Link>{' '}
            <span className="muted">{admin.email}</span>
            {admin.status === 'DISABLED' && <span className="badge badge-disabled">Disabled</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
