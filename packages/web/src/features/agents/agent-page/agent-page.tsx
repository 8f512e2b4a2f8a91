import { useToast } from '../../../components/toast';
import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../auth/viewer-context';
import { toDisplayError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { ActionMenu } from '../../../components/action-menu';
import { AgentNotFound } from '../components/agent-not-found';
import { AGENT_PAGE_QUERY } from './agent-page.graphql';
import { AgentActions } from './agent-actions';
import { AGENT_TABS, AgentTabs, type AgentTab } from './agent-tabs';
import { CopySettingsDialog } from './copy-settings/copy-settings-dialog';
import { SaveBar } from './save-bar';
import { AgentFormContext, useAgentForm } from './use-agent-form';
import type { AgentDetails, PageCatalogs } from './agent-page-types';
import { Settings } from 'lucide-react';
import { PageHeader } from '../../../components/page-header';
import { LightBadge } from '../components/light-badge';
import { Avatar } from '../../../components/avatar';

const isTab = (value: string | null): value is AgentTab => AGENT_TABS.some((t) => t.value === value);

/** /agents/:id: one agent's settings in tabs, with the admin's actions and Copy settings. */
export function AgentPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AGENT_PAGE_QUERY, { variables: { id } });
  const agent = data?.agent;
  const { t } = useTranslation('agents');
  useDocumentTitle(agent ? agent.name : t('page.agent'));

  if (loading && !data) return <p role="status">{t('page.loading')}</p>;
  if (error && !data) {
    return (
      <div role="alert" className="alert alert-error">
        <p>{toDisplayError(error).message}</p>
        <button type="button" className="button button-secondary" onClick={() => void refetch()}>
          {t('shared.tryAgain')}
        </button>
      </div>
    );
  }
  if (!data || !agent) return <AgentNotFound />;

  const { agent: _agent, ...catalogs } = data;
  return <AgentSettings agent={agent} catalogs={catalogs} />;
}

/**
 * The loaded agent: header and actions, then one form over every tab with one save bar; leaving
 * with unsaved edits asks first.
 */
function AgentSettings({ agent, catalogs }: { agent: AgentDetails; catalogs: PageCatalogs }) {
  const { t } = useTranslation('agents');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: AgentTab = isTab(tabParam) ? tabParam : 'profile';
  const [copyOpen, setCopyOpen] = useState(false);
  const toast = useToast();
  const form = useAgentForm(agent);
  const guard = useUnsavedChangesGuard(form.changes.total > 0, t('page.unsaved', { count: form.changes.total }));
  const readOnly = !viewer.isAdmin;
  const isViewer = agent.id === viewer.id;
  const openTab = (next: AgentTab) => setParams(next === 'profile' ? {} : { tab: next }, { replace: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Errors on tabs out of view: open the first tab that holds one.
    const errorTabs = await form.save();
    if (errorTabs.length && !(errorTabs as AgentTab[]).includes(tab)) openTab(errorTabs[0]);
  }

  return (
    <section className="page agent-page">
      <PageHeader
        breadcrumb={[{ to: '/agents', label: t('shared.agents') }]}
        leading={
          <Avatar
            id={agent.id}
            name={agent.name}
            email={agent.email}
            size="lg"
            status={agent.status === 'ACTIVE' ? 'enabled' : 'disabled'}
            src={agent.avatarUrl}
          />
        }
        title={
          <>
            {agent.name}
            {agent.isAdmin && <span className="badge badge-role">{t('page.adminBadge')}</span>}
            <LightBadge type={agent.type} />
            <span className={`badge badge-${agent.status.toLowerCase()}`}>{t(`status.${agent.status}`)}</span>
          </>
        }
        intro={
          <>
            {agent.email}
            {agent.alias && t('page.shownAs', { alias: agent.alias })}
            {agent.mustChangePassword && t('page.mustChangePassword')}
          </>
        }
        actions={
          !readOnly && (
            <div className="agent-header-tools">
              <AgentActions agent={agent} isViewer={isViewer} onDeleted={guard.leaveWithoutAsking} />
              <ActionMenu
                align="end"
                trigger={
                  <button type="button" className="button button-secondary button-icon" aria-label={t('page.settingsMenu')}>
                    <Settings aria-hidden="true" />
                  </button>
                }
                items={[{ label: t('page.copyFrom'), onSelect: () => setCopyOpen(true) }]}
              />
            </div>
          )
        }
      />
      {readOnly && <p className="alert alert-info">{t('page.readOnly')}</p>}
      <AgentFormContext value={form}>
        <form
          className="agent-form"
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-label={t('page.formLabel', { name: agent.name })}
        >
          <AgentTabs
            agent={agent}
            catalogs={catalogs}
            readOnly={readOnly}
            isViewer={isViewer}
            tab={tab}
            onTabChange={openTab}
            markOf={form.markOf}
          />
          {!readOnly && <SaveBar form={form} catalogs={catalogs} />}
        </form>
      </AgentFormContext>
      {guard.dialog}
      <CopySettingsDialog
        targetAgentIds={[agent.id]}
        targetLabel={agent.name}
        open={copyOpen}
        onOpenChange={setCopyOpen}
        onCopied={toast.success}
      />
    </section>
  );
}
