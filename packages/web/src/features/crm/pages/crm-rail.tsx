import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationFilter, UsergroupFilter } from '../components/list-filters';
import { AgentsSection } from '../agents/agents-section';

export interface RailFilters {
  organizationId: string | null;
  usergroupId: string | null;
}

interface Props {
  id: string;
  filters: RailFilters;
  onChange: (next: RailFilters) => void;
  /** Shown after the filters: the page's own links (organizations and usergroups, import). */
  links?: ReactNode;
}

/** The CRM pane's left rail: the list's filters, then Agents as their own section. */
export function CrmRail({ id, filters, onChange, links }: Props) {
  const { t } = useTranslation('crm');
  const active = [filters.organizationId, filters.usergroupId].filter(Boolean).length;
  return (
    <aside id={id} className="crm-rail" aria-label={t('rail.label')}>
      <section role="search" className="crm-rail-section" aria-labelledby="crm-filters-heading">
        <div className="crm-rail-heading">
          <h2 id="crm-filters-heading">{t('rail.filters')}</h2>
          {active > 0 && (
            <button
              type="button"
              className="button button-subtle button-small"
              onClick={() => onChange({ organizationId: null, usergroupId: null })}
            >
              {t('rail.clear')}
            </button>
          )}
        </div>
        <OrganizationFilter value={filters.organizationId} onChange={(organizationId) => onChange({ ...filters, organizationId })} />
        <UsergroupFilter value={filters.usergroupId} onChange={(usergroupId) => onChange({ ...filters, usergroupId })} />
      </section>
      <AgentsSection />
      {links && <div className="crm-rail-links">{links}</div>}
    </aside>
  );
}
