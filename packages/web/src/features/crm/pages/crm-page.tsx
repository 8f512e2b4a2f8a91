import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { ArrowLeft, Download, Plus, PanelLeftClose, PanelLeftOpen, Search, Settings2, UserRound } from 'lucide-react';
import { useViewer } from '../../auth/viewer-context';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useMediaQuery } from '../../../lib/use-media-query';
import { PageHeader } from '../../../components/page-header';
import { EmptyState } from '../../../components/empty-state';
import { canPeople } from '../permissions';
import { useUsersPages } from '../hooks/use-users-pages';
import { useScopedViewer } from '../components/user-scope';
import { UserList } from '../components/user-list';
import { CrmRail, type RailFilters } from './crm-rail';

/** Wide windows show the rail; phones the list first. */
const WIDE = '(min-width: 60rem)';
/** Wide enough for the rail beside an open record in two columns. */
const WIDER = '(min-width: 100rem)';

/** /crm: the filter rail, the list and the selected record (a child route) side by side; on a phone the list, then the record as its own view. */
export function CrmPage() {
  const { t } = useTranslation('crm');
  const viewer = useViewer();
  useDocumentTitle(t('page.title'));
  if (!canPeople(viewer, 'view')) return <NoAccess />;
  const canManage = (['manage_usergroups', 'manage_organizations', 'delete_organizations'] as const).some((a) => canPeople(viewer, a));
  return <CrmPanes canCreate={canPeople(viewer, 'create')} canManage={canManage} />;
}

function NoAccess() {
  const { t } = useTranslation('crm');
  return (
    <section className="page">
      <h1>{t('page.noAccessTitle')}</h1>
      <p>{t('page.noAccessText')}</p>
      <p>
        <Link to="/">{t('page.home')}</Link>
      </p>
    </section>
  );
}

function CrmPanes({ canCreate, canManage }: { canCreate: boolean; canManage: boolean }) {
  const { t } = useTranslation('crm');
  const scoped = useScopedViewer();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<RailFilters>({ organizationId: null, usergroupId: null });
  const agentOpen = useMatch('/crm/agents/*') !== null;
  const recordOpen = useMatch('/crm/users/*') !== null || agentOpen;
  // Open on wide windows (folded while a record needs the room), closed on phones, until the agent
  // chooses: a choice holds at the width it was made at.
  const wide = useMediaQuery(WIDE);
  const wider = useMediaQuery(WIDER);
  const [choice, setChoice] = useState<{ wide: boolean; open: boolean } | null>(null);
  const railOpen = choice && choice.wide === wide ? choice.open : wide && (wider || !recordOpen);
  const settled = useDebouncedValue(search.trim());
  const list = useUsersPages({
    search: settled || undefined,
    organizationId: filters.organizationId ?? undefined,
    usergroupId: filters.usergroupId ?? undefined,
  });
  const activeFilters = [filters.organizationId, filters.usergroupId].filter(Boolean).length;
  const filtered = activeFilters > 0 || settled !== '';

  return (
    <section className="crm" data-record-open={recordOpen} data-rail-open={railOpen} aria-labelledby="crm-title">
      <PageHeader
        titleId="crm-title"
        title={t('page.title')}
        intro={scoped ? t('scope.hint') : undefined}
        actions={
          <>
            {canManage && (
              <Link to="/crm/manage" className="button button-secondary">
                <Settings2 aria-hidden="true" />
                {t('page.manage')}
              </Link>
            )}
            <Link to="/crm/import" className="button button-secondary">
              <Download aria-hidden="true" />
              {t('page.importExport')}
            </Link>
            {canCreate && (
              <Link to="/crm/users/new" className="button button-primary">
                <Plus aria-hidden="true" />
                {t('page.newUser')}
              </Link>
            )}
          </>
        }
      />
      <div className="crm-panes">
        {railOpen && <CrmRail id="crm-rail" filters={filters} onChange={setFilters} />}
        <nav className="crm-list" aria-label={t('page.title')}>
          <div className="crm-list-tools">
            <button
              type="button"
              className="button button-icon crm-rail-toggle"
              aria-expanded={railOpen}
              aria-controls="crm-rail"
              aria-label={
                railOpen ? t('page.hideFilters') : activeFilters ? t('page.showFiltersOn', { count: activeFilters }) : t('page.showFilters')
              }
              title={railOpen ? t('page.hideFilters') : t('page.showFilters')}
              onClick={() => setChoice({ wide, open: !railOpen })}
            >
              {railOpen ? <PanelLeftClose aria-hidden="true" /> : <PanelLeftOpen aria-hidden="true" />}
              {!railOpen && activeFilters > 0 && <span className="crm-filter-count">{activeFilters}</span>}
            </button>
            <div className="crm-search">
              <Search aria-hidden="true" className="crm-search-icon" />
              <label htmlFor="crm-search" className="visually-hidden">
                {t('page.search')}
              </label>
              <input
                id="crm-search"
                type="search"
                value={search}
                placeholder={t('page.searchPlaceholder')}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
          </div>
          <UserList
            list={list}
            empty={
              filtered ? undefined : (
                <EmptyState
                  icon={UserRound}
                  text={t('page.emptyTitle')}
                  action={
                    <>
                      {canCreate && (
                        <Link to="/crm/users/new" className="button button-primary">
                          {t('page.createFirst')}
                        </Link>
                      )}
                      <Link to="/crm/import" className="button button-secondary">
                        {t('page.importUsers')}
                      </Link>
                    </>
                  }
                />
              )
            }
          />
        </nav>
        <div className="crm-content">
          {recordOpen && (
            <Link to="/crm" className="crm-back button button-subtle button-small">
              <ArrowLeft aria-hidden="true" />
              {t('page.backToList')}
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
  const { t } = useTranslation('crm');
  return <p className="crm-pick">{t('page.pick')}</p>;
}
