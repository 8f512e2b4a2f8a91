import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ADMINS_QUERY } from '../admin-home.graphql';
import { QueryState } from '../../../components/query-state';
import { Avatar } from '../../../components/avatar';

export function AdminsAtAGlance() {
  const { t } = useTranslation('adminHome');
  const { data, loading, error, refetch } = useQuery(ADMINS_QUERY);
  if (!data)
    return <QueryState loading={loading} error={error} hasData={false} what={t('administratorsWhat')} onRetry={() => void refetch()} />;
  const admins = data.agents.edges.map((e) => e.node);
  return (
    <>
      <p>
        {t('counts', {
          agents: t('agentCount', { count: data.allAgents.totalCount }),
          admins: t('adminCount', { count: data.agents.totalCount }),
        })}{' '}
        <Link to="/agents">{t('seeAll')}</Link>
      </p>
      <ul className="plain-list person-list">
        {admins.map((admin) => (
          <li key={admin.id} className="person">
            <Avatar
              id={admin.id}
              name={admin.name}
              email={admin.email}
              status={admin.status === 'ACTIVE' ? 'enabled' : 'disabled'}
              src={admin.avatarUrl}
            />
            <span className="person-text">
              <Link to={`/agents/${admin.id}`} className="admin-name">
                {admin.name}
              </Link>
              {admin.status === 'DISABLED' && <span className="badge badge-disabled">{t('disabled')}</span>}
              <span className="person-sub" title={admin.email}>
                {admin.email}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
