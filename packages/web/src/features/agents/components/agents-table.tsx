import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { AGENTS_LIST_QUERY } from '../agents.graphql';
import { toDisplayError } from '../../../lib/errors';
import { countOf } from '../count-label';

const PAGE_SIZE = 10;

export function AgentsTable() {
  const { t } = useTranslation('agents');
  const { data, error, loading, refetch } = useQuery(AGENTS_LIST_QUERY, {
    variables: { first: PAGE_SIZE },
  });

  if (loading && !data) {
    return <p role="status">{t('list.loadingAgents')}</p>;
  }
  if (error && !data) {
    const shown = toDisplayError(error);
    return (
      <div role="alert" className="alert alert-error">
        <p>{shown.message}</p>
        {shown.code === 'UNAUTHENTICATED' ? (
          <p>
            <Link to="/sign-in">{t('list.signInAgain')}</Link>
          </p>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => void refetch()}>
            {t('shared.tryAgain')}
          </button>
        )}
      </div>
    );
  }

  const agents = data?.agents.edges.map((edge) => edge.node) ?? [];
  const total = data?.agents.totalCount ?? 0;
  if (agents.length === 0) {
    return <p className="empty-state">{t('list.noAgentsYet')}</p>;
  }

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>
          {countOf(t, total)}
          {total > agents.length && t('list.showingFirst', { shown: agents.length })}
          {total > agents.length && <Link to="/agents">{t('list.seeAll')}</Link>}
          {total > agents.length && ')'}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shared.name')}</th>
            <th scope="col">{t('shared.email')}</th>
            <th scope="col">{t('shared.role')}</th>
            <th scope="col">{t('shared.status')}</th>
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
              <td>{agent.isAdmin ? t('roleName.admin') : t('roleName.agent')}</td>
              <td>
                <span className={`badge badge-${agent.status.toLowerCase()}`}>{t(`status.${agent.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
