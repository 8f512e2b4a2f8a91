import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ContactEditor } from '../../../components/contact-editor/contact-editor';
import { UnsavedEditsScope } from '../../../components/unsaved-edits';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../auth/viewer-context';
import { CRM_UPDATE_USER, CRM_USER_QUERY } from '../crm.graphql';
import { useAddressMapUrl } from '../../crm-settings/use-address-map-url';
import { canPeople } from '../permissions';
import type { UpdateUserInput } from '../../../gql/graphql';
import { UserEmails } from './user-emails';
import { OrganizationPicker } from './organization-picker';
import { SummaryEditor } from './summary-editor';
import { RecordProperties } from './record-properties';
import { UserNotes } from './user-notes';
import { UserChangeLog } from './user-change-log';
import { RecordHeader } from './record-header';
import { RecordActions } from './record-actions';
import { UsergroupsLine } from './usergroups-line';
import { AutoResponder } from './auto-responder';
import { MergeAction, useMergeLauncher } from './merge-action';
import { MergeBanner } from './merge-banner';
import { UserActivity } from './user-activity';
import { UserDuplicates } from './user-duplicates';
import { UserFiles } from './user-files';
import { RecordLayout } from './record-layout';

/** /crm/users/:id: the record in the content pane. */
export function UserRecordRoute() {
  const { id = '' } = useParams();
  // A new key per user resets the editors' drafts when another record opens.
  return (
    <UnsavedEditsScope key={id}>
      <UserRecord id={id} />
    </UnsavedEditsScope>
  );
}

function UserRecord({ id }: { id: string }) {
  const viewer = useViewer();
  const { t } = useTranslation('crm');
  const { data, loading, error, refetch } = useQuery(CRM_USER_QUERY, { variables: { id } });
  const [updateUser] = useMutation(CRM_UPDATE_USER, {
    // The list shows organizations: a change refetches it when next read.
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });
  const user = data?.user;
  const merge = useMergeLauncher();
  const mapUrl = useAddressMapUrl();
  useDocumentTitle(user ? t('record.documentTitle', { name: user.name }) : t('page.title'));

  if (!user) {
    if (data && data.user === null) return <p className="empty-state">{t('record.missing')}</p>;
    return <QueryState loading={loading} error={error} hasData={false} what={t('popup.what')} onRetry={() => void refetch()} />;
  }
  const canEdit = canPeople(viewer, 'edit');
  const canMerge = canPeople(viewer, 'merge');
  const save = async (input: UpdateUserInput) => {
    await updateUser({ variables: { id: user.id, input } });
  };

  return (
    <RecordLayout
      header={
        <RecordHeader
          user={user}
          canEdit={canEdit}
          onSaveName={(name) => save({ name })}
          actions={
            <>
              {canMerge && <MergeAction target={user} launcher={merge} />}
              <RecordActions user={user} />
            </>
          }
        />
      }
      banner={<MergeBanner userId={user.id} canUndo={canMerge} />}
      sideLabel={t('record.sideLabel')}
      side={
        <>
          <OrganizationPicker
            current={user.organization ?? null}
            canEdit={canEdit}
            canCreate={canPeople(viewer, 'manage_organizations')}
            onChoose={(organizationId) => save({ organizationId })}
          />
          <UsergroupsLine
            user={user}
            canEdit={canEdit}
            canCreate={canPeople(viewer, 'manage_usergroups')}
            onSave={(usergroupIds) => save({ usergroupIds })}
          />
          <ContactEditor contact={user} canEdit={canEdit} onSave={save} mapUrl={mapUrl} />
          <RecordProperties user={user} canEdit={canEdit} onSave={save} />
          <AutoResponder value={user.isAutoResponder} canEdit={canEdit} onSave={(isAutoResponder) => save({ isAutoResponder })} />
        </>
      }
      tabsLabel={t('record.tabsLabel')}
      tabs={[
        {
          value: 'record',
          label: t('record.tabs.record'),
          content: (
            <>
              <UserEmails user={user} canEdit={canEdit} onMerge={canMerge ? merge.open : undefined} />
              <SummaryEditor summary={user.summary} canEdit={canEdit} onSave={(summary) => save({ summary })} />
              <UserNotes user={user} canAdd={canPeople(viewer, 'add_notes')} />
              <UserFiles userId={user.id} canEdit={canEdit} />
              <UserDuplicates userId={user.id} onMerge={canMerge ? merge.open : undefined} />
            </>
          ),
        },
        { value: 'activity', label: t('record.tabs.activity'), content: <UserActivity userId={user.id} /> },
        { value: 'change-log', label: t('record.tabs.changeLog'), content: <UserChangeLog userId={user.id} /> },
      ]}
    />
  );
}
