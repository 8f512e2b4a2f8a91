import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import { Link, useNavigate } from 'react-router';
import { useInfiniteVirtualizer } from '../../../lib/use-infinite-virtualizer';
import type { AgentOrder, AgentOrderField, AgentsPageQuery } from '../../../gql/graphql';
import { SortHeader } from './sort-header';
import { LightBadge } from './light-badge';
import { Avatar } from '../../../components/avatar';
import { formatDateTime } from '../../../lib/format';

export type AgentRow = AgentsPageQuery['agents']['edges'][number]['node'];

interface AgentsGridProps {
  agents: AgentRow[];
  totalCount: number;
  hasNextPage: boolean;
  onNeedMore: () => void;
  /** The last request for more failed: the loading row offers to try again instead. */
  loadMoreFailed: boolean;
  /** Rows with checkboxes (administrators, for bulk actions); without it, no checkbox column. */
  selection?: { selected: ReadonlySet<string>; onChange: (next: Set<string>) => void };
  /** The order the rows come in; Name and Email headers change it. */
  order: AgentOrder;
  onSort: (field: AgentOrderField) => void;
  /** A "Last sign-in" column (administrators: the API answers it only to them and to the agent). */
  showLastSignIn?: boolean;
}

const ROW_HEIGHT = 49;
/** Ask for the next page when the last rendered row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 15;
/** Columns besides the checkbox column. */
const DATA_COLUMNS = 6;
const NOTHING_SELECTED: ReadonlySet<string> = new Set();

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ');

/**
 * The agents as a table that renders only the rows in view (plus a few), whatever the length of
 * the list: rows above and below are stand-in spacer rows. Scrolling near the end asks for more.
 */
export function AgentsGrid({
  agents,
  totalCount,
  hasNextPage,
  onNeedMore,
  loadMoreFailed,
  selection,
  order,
  onSort,
  showLastSignIn = false,
}: AgentsGridProps) {
  const { t } = useTranslation('agents');
  const { groupName } = usePermissionLabels();
  // The built-in groups' names in the SPA's language.
  const groupNames = (groups: { id: string; name: string }[]) => names(groups.map((g) => ({ name: groupName(g) })));
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const { virtualizer, items, paddingTop, paddingBottom } = useInfiniteVirtualizer({
    scrollRef,
    ids: agents.map((a) => a.id),
    more: hasNextPage,
    hasNextPage,
    loadMoreFailed,
    onNeedMore,
    estimateSize: ROW_HEIGHT,
    overscan: 10,
    prefetchRows: PREFETCH_ROWS,
  });
  const selected = selection?.selected ?? NOTHING_SELECTED;
  const allLoadedSelected = agents.length > 0 && agents.every((agent) => selected.has(agent.id));

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    selection?.onChange(next);
  };
  const toggleAll = () => {
    const next = new Set(selected);
    for (const agent of agents) {
      if (allLoadedSelected) next.delete(agent.id);
      else next.add(agent.id);
    }
    selection?.onChange(next);
  };

  return (
    <div className="agents-scroll" ref={scrollRef}>
      <table className="data-table agents-table" aria-rowcount={totalCount + 1}>
        <caption className="visually-hidden">{t('shared.agents')}</caption>
        <colgroup>
          {selection && <col className="col-select" />}
          <col className="col-name" />
          <col className="col-email" />
          <col className="col-teams" />
          <col className="col-groups" />
          <col className="col-status" />
          <col className="col-admin" />
          {showLastSignIn && <col className="col-sign-in" />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {selection && (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label={allLoadedSelected ? t('list.unselectLoaded') : t('list.selectLoaded')}
                  checked={allLoadedSelected}
                  onChange={toggleAll}
                />
              </th>
            )}
            <SortHeader field="NAME" label={t('shared.name')} order={order} onSort={onSort} />
            <SortHeader field="EMAIL" label={t('shared.email')} order={order} onSort={onSort} />
            <th scope="col">{t('shared.teams')}</th>
            <th scope="col">{t('list.groups')}</th>
            <th scope="col">{t('shared.status')}</th>
            <th scope="col">{t('list.admin')}</th>
            {showLastSignIn && <th scope="col">{t('list.lastSignIn')}</th>}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => {
            const agent = agents[item.index];
            if (!agent) {
              return (
                <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="loading-row">
                  <td colSpan={DATA_COLUMNS + (selection ? 1 : 0) + (showLastSignIn ? 1 : 0)}>
                    {loadMoreFailed ? (
                      <span role="alert">
                        {t('list.loadMoreFailed')}{' '}
                        <button type="button" className="button button-subtle button-small" onClick={onNeedMore}>
                          {t('shared.tryAgain')}
                        </button>
                      </span>
                    ) : (
                      <span role="status">{t('list.loadingMore')}</span>
                    )}
                  </td>
                </tr>
              );
            }
            const isSelected = selected.has(agent.id);
            return (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                className="agent-row"
                onClick={(event) => {
                  // The checkbox and the links handle their own clicks.
                  if ((event.target as HTMLElement).closest('a, input, button')) return;
                  navigate(`/agents/${agent.id}`);
                }}
              >
                {selection && (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={t('list.selectOne', { name: agent.name })}
                      checked={isSelected}
                      onChange={() => toggle(agent.id)}
                    />
                  </td>
                )}
                <th scope="row" className="cell-name cell-clip" title={agent.alias ? `${agent.name} (${agent.alias})` : agent.name}>
                  <span className="person">
                    <Avatar
                      id={agent.id}
                      name={agent.name}
                      email={agent.email}
                      size="sm"
                      status={agent.status === 'ACTIVE' ? 'enabled' : 'disabled'}
                      src={agent.avatarUrl}
                    />
                    <span className="person-text">
                      <Link to={`/agents/${agent.id}`}>{agent.name}</Link>
                      {agent.alias && <span className="cell-alias"> ({agent.alias})</span>}
                      <LightBadge type={agent.type} />
                      {/* Narrow windows show the email here instead of in its own column. */}
                      <span className="cell-sub">{agent.email}</span>
                    </span>
                  </span>
                </th>
                <td className="cell-clip" title={agent.email}>
                  {agent.email}
                </td>
                <td className="cell-clip" title={names(agent.teams)}>
                  {names(agent.teams) || <span className="cell-none">{t('shared.none')}</span>}
                </td>
                <td className="cell-clip" title={groupNames(agent.permissionGroups)}>
                  {groupNames(agent.permissionGroups) || <span className="cell-none">{t('shared.none')}</span>}
                </td>
                <td>
                  <span className={`badge badge-${agent.status.toLowerCase()}`}>{t(`status.${agent.status}`)}</span>
                </td>
                <td>{agent.isAdmin ? t('shared.yes') : t('shared.no')}</td>
                {showLastSignIn && (
                  <td className="cell-clip">
                    {agent.lastSignInAt ? (
                      formatDateTime(agent.lastSignInAt as string)
                    ) : (
                      <span className="cell-none">{t('list.never')}</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
