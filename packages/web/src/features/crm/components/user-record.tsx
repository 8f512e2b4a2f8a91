import { useMutation, useQuery } from '@apollo/client/react';
import { Tabs } from 'radix-ui';
import { useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../auth/viewer-context';
import { CRM_UPDATE_USER, CRM_USER_QUERY } from '../crm.graphql';
import { canPeople } from '../permissions';
import type { UpdateUserInput } from '../../../gql/graphql';
import { UserEmails } from './user-emails';
import { OrganizationPicker } from './organization-picker';
import { SummaryEditor } from './summary-editor';
import { RecordProperties } from './record-properties';
import { UserNotes } from './user-notes';
import { UserChangeLog } from './user-change-log';

/** /crm/users/:id: the record in the content pane. */
export function UserRecordRoute() {
  const { id = '' } = useParams();
  // A new key per user resets the editors' drafts when another record opens.
  return <UserRecord key={id} id={id} />;
}

function UserRecord({ id }: { id: string }) {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(CRM_USER_QUERY, { variables: { id } });
  const [updateUser] = useMutation(CRM_UPDATE_USER, {
    // The list shows organizations: a change refetches it when next read.
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });
  const user = data?.user;
  useDocumentTitle(user ? `${user.name} · Users` : 'Users');

  if (!user) {
    if (data && data.user === null) return <p className="empty-state">This user does not exist (or was merged into another user).</p>;
    return <QueryState loading={loading} error={error} hasData={false} what="the user" onRetry={() => void refetch()} />;
  }
  const canEdit = canPeople(viewer, 'edit');
  const save = async (input: UpdateUserInput) => {
    await updateUser({ variables: { id: user.id, input } });
  };

  return (
    <article className="crm-record" aria-labelledby="crm-record-name">
      <h2 id="crm-record-name" className="crm-record-name">
        {user.name}
      </h2>
      <p className="crm-record-email">{user.primaryEmail}</p>
      <Tabs.Root defaultValue="record" className="tabs">
        <Tabs.List className="tabs-list" aria-label="User record">
          <Tabs.Trigger value="record" className="tabs-trigger">
            Record
          </Tabs.Trigger>
          <Tabs.Trigger value="change-log" className="tabs-trigger">
            Change log
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="record" className="tabs-content">
          <UserEmails user={user} canEdit={canEdit} />
          <OrganizationPicker
            current={user.organization ?? null}
            canEdit={canEdit}
            canCreate={canPeople(viewer, 'manage_organizations')}
            onChoose={(organizationId) => save({ organizationId })}
          />
          <SummaryEditor summary={user.summary} canEdit={canEdit} onSave={(summary) => save({ summary })} />
          <RecordProperties user={user} canEdit={canEdit} onSave={save} />
          <UserNotes user={user} canAdd={canPeople(viewer, 'add_notes')} />
        </Tabs.Content>
        <Tabs.Content value="change-log" className="tabs-content">
          <UserChangeLog userId={user.id} />
        </Tabs.Content>
      </Tabs.Root>
    </article>
  );
}
