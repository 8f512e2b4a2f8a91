import { useState } from 'react';
import { Link, Outlet, useMatch } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { canPeople } from '../permissions';
import { useUsersPages } from '../hooks/use-users-pages';
import { OrganizationFilter, UsergroupFilter } from '../components/list-filters';
import { AgentsSection } from '../agents/agents-section';
import { ScopeHint } from '../components/user-scope';
import { UserList } from '../components/user-list';

/** /crm: filter pane, list pane and the selected record (a child route) side by side; stacked on narrow windows. */
export function CrmPage() {
  const viewer = useViewer();
  useDocumentTitle('Users');
  if (!canPeople(viewer, 'view')) return <NoAccess />;
  const canManage = (['manage_usergroups', 'manage_organizations', 'delete_organizations'] as const).some((a) => canPeople(viewer, a));
  return <CrmPanes canCreate={canPeople(viewer, 'create')} canManage={canManage} />;
}

function NoAccess() {
  return (
    <section className="page">
      <h1>You do not have access to users</h1>
      <p>
        Viewing user records needs the “View users” permission (people.view). Ask one of your administrators to add it to your permissions
        or to put you in a permission group that has it.
      </p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}

function CrmPanes({ canCreate, canManage }: { canCreate: boolean; canManage: boolean }) {
  const [search, setSearch] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [usergroupId, setUsergroupId] = useState<string | null>(null);
  const settled = useDebouncedValue(search.trim());
  const list = useUsersPages({
    search: settled || undefined,
    organizationId: organizationId ?? undefined,
    usergroupId: usergroupId ?? undefined,
  });
  const agentOpen = useMatch('/crm/agents/*') !== null;
  const recordOpen = useMatch('/crm/users/*') !== null || agentOpen;

  return (
    <section className="crm" data-record-open={recordOpen}>
      <div className="crm-header">
        <h1>Users</h1>
        <ScopeHint />
        <div className="crm-header-actions">
          {canManage && (
            <Link to="/crm/manage" className="button button-secondary crm-header-manage">
              Organizations and usergroups
            </Link>
          )}
          <Link to="/crm/import" className="button button-secondary">
            Import / export
          </Link>
          {canCreate && (
            <Link to="/crm/users/new" className="button button-primary">
              New user
            </Link>
          )}
        </div>
      </div>
      <div className="crm-panes">
        <div role="search" className="crm-filters" aria-label="Filter users">
          <div className="filter">
            <label htmlFor="crm-search">Search</label>
            <input
              id="crm-search"
              type="search"
              value={search}
              placeholder="Name or email"
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <OrganizationFilter value={organizationId} onChange={setOrganizationId} />
          <UsergroupFilter value={usergroupId} onChange={setUsergroupId} />
          <AgentsSection />
        </div>
        <nav className="crm-list" aria-label="Users">
          <UserList list={list} />
        </nav>
        <div className="crm-content">
          {recordOpen && (
            <Link to="/crm" className="crm-back">
              ← Back to the list
            </Link>
          )}
          <Outlet />
        </div>
      </div>
    </section>
  );
}

/** /crm with no record selected. */
export function CrmEmpty() {
  return <p className="empty-state">Choose a user in the list to see their record.</p>;
}
