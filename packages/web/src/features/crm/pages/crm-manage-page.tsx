import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { NameForm } from '../../../components/name-form';
import { NamedList } from '../../../components/named-list';
import { QueryState } from '../../../components/query-state';
import { plural } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../auth/viewer-context';
import { CRM_USERGROUPS_QUERY } from '../crm.graphql';
import {
  CRM_CREATE_USERGROUP,
  CRM_DELETE_ORGANIZATION,
  CRM_DELETE_USERGROUP,
  CRM_MANAGE_ORGANIZATIONS_QUERY,
  CRM_RENAME_ORGANIZATION,
  CRM_RENAME_USERGROUP,
} from '../crm-manage.graphql';
import { canPeople } from '../permissions';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, focusFormOf } from '../../../components/empty-state';
import { Building, Tags } from 'lucide-react';
import { Link } from 'react-router';

const ORGS_SHOWN = 50;

/** After a deletion the users' memberships changed: lists and open records are read again. */
function forgetUsers(cache: ApolloCache, typename: string, id: string) {
  cache.evict({ id: cache.identify({ __typename: typename, id }) });
  cache.evict({ fieldName: 'users' });
  cache.evict({ fieldName: 'user' });
  cache.gc();
}

/** "12 users are removed from Acme." */
const organizationDeleteConsequence = ({ name, userCount }: { name: string; userCount: number }) =>
  userCount === 0
    ? `No user is in ${name}.`
    : `${plural(userCount, 'user')} ${userCount === 1 ? 'is' : 'are'} removed from ${name} (the users stay). This cannot be undone.`;

/** /crm/manage: rename and delete usergroups and organizations (each part behind its permission). */
export function CrmManagePage() {
  const viewer = useViewer();
  useDocumentTitle('Organizations and usergroups');
  const groups = canPeople(viewer, 'view') && canPeople(viewer, 'manage_usergroups');
  const renameOrgs = canPeople(viewer, 'view') && canPeople(viewer, 'manage_organizations');
  const deleteOrgs = canPeople(viewer, 'view') && canPeople(viewer, 'delete_organizations');
  return (
    <section className="page crm-manage" aria-labelledby="crm-manage-title">
      <PageHeader titleId="crm-manage-title" title="Organizations and usergroups" breadcrumb={[{ to: '/crm', label: 'Users' }]} />
      {!groups && !renameOrgs && !deleteOrgs && (
        <p className="empty-state">
          Managing them needs the “Manage usergroups”, “Manage organizations” or “Delete organizations” permission. Ask one of your
          administrators.
        </p>
      )}
      {groups && <UsergroupsPanel />}
      {(renameOrgs || deleteOrgs) && <OrganizationsPanel canRename={renameOrgs} canDelete={deleteOrgs} />}
    </section>
  );
}

function UsergroupsPanel() {
  const { data, loading, error, refetch } = useQuery(CRM_USERGROUPS_QUERY);
  const [create] = useMutation(CRM_CREATE_USERGROUP, { refetchQueries: ['CrmUsergroups'] });
  const [rename] = useMutation(CRM_RENAME_USERGROUP);
  const [remove] = useMutation(CRM_DELETE_USERGROUP);
  const items = data?.usergroups ?? [];
  return (
    <section className="panel" aria-labelledby="crm-manage-groups">
      <h2 id="crm-manage-groups">Usergroups</h2>
      <NameForm label="New usergroup" submitLabel="Create usergroup" onSave={(name) => create({ variables: { name } })} />
      <QueryState loading={loading} error={error} hasData={!!data} what="usergroups" onRetry={() => void refetch()} />
      {data && !items.length && (
        <EmptyState
          icon={Tags}
          text="No usergroups yet"
          action={
            <button type="button" className="button button-primary" onClick={() => focusFormOf('crm-manage-groups')}>
              Create a usergroup
            </button>
          }
        />
      )}
      {items.length > 0 && (
        <NamedList
          noun="usergroup"
          items={items}
          onRename={(g, name) => rename({ variables: { id: g.id, name } })}
          onDelete={(g) =>
            remove({ variables: { id: g.id }, update: (cache) => forgetUsers(cache, 'Usergroup', g.id), refetchQueries: ['CrmUsergroups'] })
          }
          deleteConsequence={(g) =>
            `The users in ${g.name} stay; they are taken out of it, and their change logs say so. This cannot be undone.`
          }
        />
      )}
    </section>
  );
}

function OrganizationsPanel({ canRename, canDelete }: { canRename: boolean; canDelete: boolean }) {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 200);
  const { data, loading, error, refetch } = useQuery(CRM_MANAGE_ORGANIZATIONS_QUERY, {
    variables: { search: settled || undefined, first: ORGS_SHOWN },
  });
  const [rename] = useMutation(CRM_RENAME_ORGANIZATION);
  const [remove] = useMutation(CRM_DELETE_ORGANIZATION);
  const items = data?.organizations.edges.map((e) => e.node) ?? [];
  const total = data?.organizations.totalCount ?? 0;
  return (
    <section className="panel" aria-labelledby="crm-manage-orgs">
      <h2 id="crm-manage-orgs">Organizations</h2>
      <div className="field">
        <label htmlFor="crm-manage-org-search">Find organizations</label>
        <input
          id="crm-manage-org-search"
          type="search"
          value={search}
          placeholder="Name starts with…"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <QueryState loading={loading} error={error} hasData={!!data} what="organizations" onRetry={() => void refetch()} />
      {data && !items.length && settled && <p className="empty-state">No organization starts with that.</p>}
      {data && !items.length && !settled && (
        <EmptyState
          icon={Building}
          text="No organizations yet"
          action={
            <Link to="/crm/import" className="button button-secondary">
              Import users with organizations
            </Link>
          }
        />
      )}
      {total > items.length && (
        <p className="muted" role="status">
          Showing the first {items.length} of {total}: type the start of a name to narrow the list.
        </p>
      )}
      {items.length > 0 && (
        <NamedList
          noun="organization"
          items={items}
          canRename={canRename}
          canDelete={canDelete}
          onRename={(o, name) => rename({ variables: { id: o.id, name } })}
          onDelete={(o) =>
            remove({
              variables: { id: o.id },
              update: (cache) => forgetUsers(cache, 'Organization', o.id),
              refetchQueries: ['CrmManageOrganizations'],
            })
          }
          deleteConsequence={organizationDeleteConsequence}
        />
      )}
    </section>
  );
}
