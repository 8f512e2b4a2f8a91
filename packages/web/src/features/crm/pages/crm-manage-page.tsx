import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { NameForm } from '../../../components/name-form';
import { NamedList, useNamedListWords } from '../../../components/named-list';
import { QueryState } from '../../../components/query-state';
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
const organizationDeleteConsequence = (t: TFunction<'crm'>, { name, userCount }: { name: string; userCount: number }) =>
  userCount === 0 ? t('manage.orgDeleteNone', { name }) : t('manage.orgDeleteUsers', { count: userCount, name });

/** /crm/manage: rename and delete usergroups and organizations (each part behind its permission). */
export function CrmManagePage() {
  const { t } = useTranslation('crm');
  const viewer = useViewer();
  useDocumentTitle(t('page.manage'));
  const groups = canPeople(viewer, 'view') && canPeople(viewer, 'manage_usergroups');
  const renameOrgs = canPeople(viewer, 'view') && canPeople(viewer, 'manage_organizations');
  const deleteOrgs = canPeople(viewer, 'view') && canPeople(viewer, 'delete_organizations');
  return (
    <section className="page crm-manage" aria-labelledby="crm-manage-title">
      <PageHeader titleId="crm-manage-title" title={t('page.manage')} breadcrumb={[{ to: '/crm', label: t('page.title') }]} />
      {!groups && !renameOrgs && !deleteOrgs && <p className="empty-state">{t('manage.noAccess')}</p>}
      {groups && <UsergroupsPanel />}
      {(renameOrgs || deleteOrgs) && <OrganizationsPanel canRename={renameOrgs} canDelete={deleteOrgs} />}
    </section>
  );
}

function UsergroupsPanel() {
  const { t } = useTranslation('crm');
  const listT = useNamedListWords('crm', 'usergroups.list');
  const { data, loading, error, refetch } = useQuery(CRM_USERGROUPS_QUERY);
  const [create] = useMutation(CRM_CREATE_USERGROUP, { refetchQueries: ['CrmUsergroups'] });
  const [rename] = useMutation(CRM_RENAME_USERGROUP);
  const [remove] = useMutation(CRM_DELETE_USERGROUP);
  const items = data?.usergroups ?? [];
  return (
    <section className="panel" aria-labelledby="crm-manage-groups">
      <h2 id="crm-manage-groups">{t('usergroups.heading')}</h2>
      <NameForm label={t('usergroups.new')} submitLabel={t('usergroups.create')} onSave={(name) => create({ variables: { name } })} />
      <QueryState loading={loading} error={error} hasData={!!data} what={t('usergroups.what')} onRetry={() => void refetch()} />
      {data && !items.length && (
        <EmptyState
          icon={Tags}
          text={t('usergroups.emptyTitle')}
          action={
            <button type="button" className="button button-primary" onClick={() => focusFormOf('crm-manage-groups')}>
              {t('usergroups.createFirst')}
            </button>
          }
        />
      )}
      {items.length > 0 && (
        <NamedList
          words={listT}
          items={items}
          onRename={(g, name) => rename({ variables: { id: g.id, name } })}
          onDelete={(g) =>
            remove({ variables: { id: g.id }, update: (cache) => forgetUsers(cache, 'Usergroup', g.id), refetchQueries: ['CrmUsergroups'] })
          }
          deleteConsequence={(g) => t('manage.groupDelete', { name: g.name })}
        />
      )}
    </section>
  );
}

function OrganizationsPanel({ canRename, canDelete }: { canRename: boolean; canDelete: boolean }) {
  const { t } = useTranslation('crm');
  const listT = useNamedListWords('crm', 'manage.organizationList');
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
      <h2 id="crm-manage-orgs">{t('manage.organizations')}</h2>
      <div className="field">
        <label htmlFor="crm-manage-org-search">{t('manage.findOrganizations')}</label>
        <input
          id="crm-manage-org-search"
          type="search"
          value={search}
          placeholder={t('manage.startsWith')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <QueryState loading={loading} error={error} hasData={!!data} what={t('manage.organizationsWhat')} onRetry={() => void refetch()} />
      {data && !items.length && settled && <p className="empty-state">{t('manage.noMatch')}</p>}
      {data && !items.length && !settled && (
        <EmptyState
          icon={Building}
          text={t('manage.noOrganizations')}
          action={
            <Link to="/crm/import" className="button button-secondary">
              {t('manage.importWithOrganizations')}
            </Link>
          }
        />
      )}
      {total > items.length && (
        <p className="muted" role="status">
          {t('manage.showingFirst', { shown: items.length, total })}
        </p>
      )}
      {items.length > 0 && (
        <NamedList
          words={listT}
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
          deleteConsequence={(o) => organizationDeleteConsequence(t, o)}
        />
      )}
    </section>
  );
}
