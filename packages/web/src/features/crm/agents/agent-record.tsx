import { Avatar } from '../../../components/avatar';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { ContactEditor } from '../../../components/contact-editor/contact-editor';
import { UnsavedEditsScope } from '../../../components/unsaved-edits';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAddressMapUrl } from '../../crm-settings/use-address-map-url';
import { useViewer } from '../../auth/viewer-context';
import { agentCrmFieldLabel } from '../change-log-labels';
import { NotesSection } from '../components/notes-section';
import { notesPage } from '../components/notes-page';
import { PagedChangeLog } from '../../../components/paged-change-log';
import { SummaryEditor } from '../components/summary-editor';
import { RecordLayout } from '../components/record-layout';
import { canPeople } from '../permissions';
import type { UpdateAgentCrmProfileInput } from '../../../gql/graphql';
import {
  CRM_ADD_AGENT_NOTE,
  CRM_AGENT_CHANGE_LOG_QUERY,
  CRM_AGENT_NOTES_PAGE,
  CRM_AGENT_QUERY,
  CRM_UPDATE_AGENT_PROFILE,
} from './agent-crm.graphql';

/** /crm/agents/:id: an agent's CRM record in the content pane. */
export function AgentRecordRoute() {
  const { id = '' } = useParams();
  // A new key per agent resets the editors' drafts when another record opens.
  return (
    <UnsavedEditsScope key={id}>
      <AgentRecord id={id} />
    </UnsavedEditsScope>
  );
}

function AgentRecord({ id }: { id: string }) {
  const { t } = useTranslation('crm');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(CRM_AGENT_QUERY, { variables: { id } });
  const [update] = useMutation(CRM_UPDATE_AGENT_PROFILE);
  const [addNote] = useMutation(CRM_ADD_AGENT_NOTE);
  const client = useApolloClient();
  const agent = data?.agent;
  const mapUrl = useAddressMapUrl();
  useDocumentTitle(agent ? t('agents.titleOf', { name: agent.name }) : t('agents.title'));

  if (!agent) {
    if (data && data.agent === null) return <p className="empty-state">{t('agents.missing')}</p>;
    return <QueryState loading={loading} error={error} hasData={false} what={t('agents.what')} onRetry={() => void refetch()} />;
  }
  const canEdit = canPeople(viewer, 'edit');
  const save = async (input: UpdateAgentCrmProfileInput) => {
    await update({ variables: { agentId: agent.id, input } });
  };

  return (
    <RecordLayout
      header={
        <header className="crm-record-header">
          <Avatar id={agent.id} name={agent.name} email={agent.email} size="lg" src={agent.avatarUrl} />
          <div className="crm-record-heading">
            <h2 id="crm-record-name" className="crm-record-name">
              {agent.name} <span className="crm-record-kind">{t('agents.kind')}</span>
            </h2>
            <p className="crm-record-email">{agent.email}</p>
            {agent.extraEmails.length > 0 && (
              <p className="crm-record-extra-emails">{t('agents.extraEmails', { emails: agent.extraEmails.join(', ') })}</p>
            )}
            <p className="crm-record-teams">
              {agent.teams.length ? t('agents.teams', { teams: agent.teams.map((team) => team.name).join(', ') }) : t('agents.noTeam')}
            </p>
          </div>
        </header>
      }
      sideLabel={t('contact.title')}
      side={
        <ContactEditor
          contact={agent.crmContact}
          canEdit={canEdit}
          onSave={save}
          hints={{ phone: t('contact.agentPhoneHint') }}
          mapUrl={mapUrl}
        />
      }
      tabsLabel={t('agents.record')}
      tabs={[
        {
          value: 'record',
          label: t('record.tabs.record'),
          content: (
            <>
              <SummaryEditor summary={agent.crmSummary} canEdit={canEdit} onSave={(summary) => save({ summary })} />
              <NotesSection
                notes={agent.crmNotes}
                page={agent.crmNoteConnection.pageInfo}
                loadOlder={async (after) => {
                  const { data } = await client.query({
                    query: CRM_AGENT_NOTES_PAGE,
                    variables: { agentId: agent.id, after },
                    fetchPolicy: 'no-cache',
                  });
                  return notesPage(data?.agent?.crmNoteConnection);
                }}
                canAdd={canPeople(viewer, 'add_notes')}
                onAdd={(text) => addNote({ variables: { agentId: agent.id, text } })}
              />
            </>
          ),
        },
        {
          value: 'change-log',
          label: t('record.tabs.changeLog'),
          content: <PagedChangeLog query={CRM_AGENT_CHANGE_LOG_QUERY} variables={{ agentId: agent.id }} label={agentCrmFieldLabel} />,
        },
      ]}
    />
  );
}
