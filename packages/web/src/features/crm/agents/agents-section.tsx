import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CRM_AGENTS_QUERY, CRM_TEAMS_QUERY } from './agent-crm.graphql';
import { Avatar } from '../../../components/avatar';
import { SelectFilter } from '../../../components/select-filter';

/** Agents shown before "Show all"; then pages of PAGE_SIZE. */
const SHORT = 5;
const PAGE_SIZE = 25;

/** The filter pane's Agents section: a team filter and the agents (a few, or all page by page), each opening its CRM record. */
export function AgentsSection() {
  const { t } = useTranslation('crm');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const teams = useQuery(CRM_TEAMS_QUERY);
  const { data, error, loading, fetchMore, refetch } = useQuery(CRM_AGENTS_QUERY, {
    variables: { filter: teamId ? { teamId } : {}, first: showAll ? PAGE_SIZE : SHORT },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.agents;
  const agents = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;

  return (
    <section className="crm-agents crm-rail-section" aria-labelledby="crm-agents-heading">
      <h2 id="crm-agents-heading">{t('agents.heading')}</h2>
      <SelectFilter
        id="crm-agent-team"
        label={t('agents.team')}
        any={t('agents.allTeams')}
        options={(teams.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={teamId}
        onChange={(team) => {
          // Another team starts short again.
          setTeamId(team);
          setShowAll(false);
        }}
      />
      <p className="crm-count" role="status">
        {!connection ? (loading ? t('agents.loading') : '') : t('agents.count', { count: total })}
      </p>
      {error && !connection && (
        <div role="alert" className="alert alert-error">
          <p>{error.message}</p>
          <button type="button" className="button button-secondary button-small" onClick={() => void refetch()}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {agents.length > 0 && (
        <ul className="crm-agent-list" aria-label={teamId ? t('agents.inTeam') : t('agents.heading')}>
          {agents.map((agent) => (
            <li key={agent.id}>
              <NavLink to={`/crm/agents/${agent.id}`} className="crm-list-item">
                <Avatar
                  id={agent.id}
                  name={agent.name}
                  size="sm"
                  status={agent.status === 'ACTIVE' ? 'enabled' : 'disabled'}
                  src={agent.avatarUrl}
                />
                <span className="crm-list-name" title={agent.name}>
                  {agent.name}
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
      )}
      {connection && !agents.length && <p className="muted">{t('agents.noneInTeam')}</p>}
      {!showAll && total > agents.length && (
        <button type="button" className="button button-secondary button-small" onClick={() => setShowAll(true)}>
          {t('agents.showAll', { count: total })}
        </button>
      )}
      {showAll && connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}
        >
          {loading ? t('loading') : t('agents.loadMore')}
        </button>
      )}
    </section>
  );
}
