import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { useViewer } from '../../auth/viewer-context';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { toDisplayError } from '../../../lib/errors';
import { AgentFilters } from '../components/agent-filters';
import { AgentsGrid } from '../components/agents-grid';
import { NewAgentMenu } from '../components/new-agent-menu';
import { ExportAgentsLink } from '../components/export-agents-link';
import { toAgentFilter, useAgentFilters } from '../hooks/use-agent-filters';
import { useAgentsPages } from '../hooks/use-agents-pages';
import { useAgentSort } from '../hooks/use-agent-sort';
import { BulkToolbar } from '../bulk-actions/bulk-toolbar';
import { keptSelection } from '../bulk-actions/kept-selection';
import { countOf } from '../count-label';
import { PageHeader } from '../../../components/page-header';
import { EmptyState } from '../../../components/empty-state';
import { Headset, SearchX } from 'lucide-react';

export function AgentsPage() {
  const { t } = useTranslation('agents');
  useDocumentTitle(t('shared.agents'));
  const viewer = useViewer();
  const client = useApolloClient();
  const { values, setValue, searchDraft, setSearch, clear, active } = useAgentFilters();
  const filter = useMemo(() => toAgentFilter(values), [values]);
  const { order, sortBy } = useAgentSort();
  const pages = useAgentsPages(filter, order);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  // The last bulk action's sentence; `seq` tells two equal sentences apart.
  const [notice, setNotice] = useState<{ text: string; seq: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The dialog's trigger (or the whole toolbar) may have gone: focus moves to the message, after
  // Radix has tried to return it to the trigger.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => noticeRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const selectedAgents = useMemo(() => {
    const loaded = pages.agents.filter((a) => selected.has(a.id));
    return loaded.length === selected.size ? loaded : undefined;
  }, [pages.agents, selected]);

  return (
    <section className="page">
      <PageHeader
        title={t('shared.agents')}
        intro={
          <span aria-live="polite">
            {pages.loading ? t('shared.loading') : active ? t('matches', { count: pages.totalCount }) : countOf(t, pages.totalCount)}
          </span>
        }
        actions={
          viewer.isAdmin && (
            <>
              <ExportAgentsLink filter={filter} />
              <NewAgentMenu />
            </>
          )
        }
      />

      <AgentFilters values={values} search={searchDraft} onSearch={setSearch} onChange={setValue} />

      {/* Bulk actions are for administrators: others get no selection at all. */}
      {viewer.isAdmin &&
        (selected.size === 0 ? (
          <div className="selection-bar" />
        ) : (
          <BulkToolbar
            selectedIds={[...selected]}
            selectedAgents={selectedAgents}
            onClear={() => setSelected(new Set())}
            onDone={(message) => {
              // The selection stays for the next action, less the agents the action took out of the list.
              setSelected(keptSelection(client.cache, selected, filter));
              setNotice({ text: message, seq: (notice?.seq ?? 0) + 1 });
            }}
          />
        ))}
      {/* Always in the page, so that screen readers announce what appears in it. */}
      <div role="status" className="notice-region">
        {notice && (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-success" key={notice.seq}>
            {notice.text}
          </p>
        )}
      </div>

      {pages.loading ? (
        <p role="status" className="panel">
          {t('list.loadingAgents')}
        </p>
      ) : pages.error && pages.agents.length === 0 ? (
        <div role="alert" className="alert alert-error">
          <p>{toDisplayError(pages.error).message}</p>
          <button type="button" className="button button-secondary" onClick={pages.retry}>
            {t('shared.tryAgain')}
          </button>
        </div>
      ) : pages.agents.length === 0 ? (
        <div className="panel">
          {active ? (
            <EmptyState
              icon={SearchX}
              text={t('list.noMatch')}
              action={
                <button type="button" className="button button-secondary" onClick={clear}>
                  {t('list.clearFilters')}
                </button>
              }
            />
          ) : (
            <EmptyState
              icon={Headset}
              text={t('list.empty')}
              action={
                viewer.isAdmin && (
                  <>
                    <Link to="/agents/bulk" className="button button-primary">
                      {t('list.inviteAgents')}
                    </Link>
                    <Link to="/agents/new" className="button button-secondary">
                      {t('list.addFirst')}
                    </Link>
                  </>
                )
              }
            />
          )}
        </div>
      ) : (
        <AgentsGrid
          agents={pages.agents}
          totalCount={pages.totalCount}
          hasNextPage={pages.hasNextPage}
          onNeedMore={pages.loadMore}
          loadMoreFailed={pages.loadMoreFailed}
          selection={viewer.isAdmin ? { selected, onChange: setSelected } : undefined}
          order={order}
          onSort={sortBy}
          showLastSignIn={viewer.isAdmin}
        />
      )}
    </section>
  );
}
