import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import { useQuery } from '@apollo/client/react';
import { SelectFilter } from '../../../components/select-filter';
import { AGENT_OPTIONS_QUERY } from '../agents.graphql';
import type { AgentFilterValues } from '../hooks/use-agent-filters';

interface AgentFiltersProps {
  values: AgentFilterValues;
  /** The search box's text, ahead of `values.search` while typing. */
  search: string;
  onSearch: (search: string) => void;
  onChange: <K extends keyof AgentFilterValues>(key: K, value: AgentFilterValues[K]) => void;
}

/** Search (name, alias or email prefix, applied as you type) and the list's filters. */
export function AgentFilters({ values, search, onSearch, onChange }: AgentFiltersProps) {
  const { t } = useTranslation('agents');
  const { groupName } = usePermissionLabels();
  const searchId = useId();

  const { data } = useQuery(AGENT_OPTIONS_QUERY);
  const teams = (data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }));
  const groups = (data?.permissionGroups ?? []).map((g) => ({ value: g.id, label: groupName(g) }));
  const units = (data?.businessUnits ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <div className="agent-filters" role="search">
      <div className="filter filter-search">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder={t('filters.searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <SelectFilter
        label={t('filters.team')}
        any={t('filters.allTeams')}
        value={values.teamId}
        options={teams}
        onChange={(v) => onChange('teamId', v ?? '')}
      />
      <SelectFilter
        label={t('filters.group')}
        any={t('filters.allGroups')}
        value={values.permissionGroupId}
        options={groups}
        onChange={(v) => onChange('permissionGroupId', v ?? '')}
      />
      <SelectFilter
        label={t('filters.unit')}
        any={t('filters.allUnits')}
        value={values.businessUnitId}
        options={units}
        onChange={(v) => onChange('businessUnitId', v ?? '')}
      />
      <SelectFilter
        label={t('shared.status')}
        any={t('filters.anyStatus')}
        value={values.status}
        options={[
          { value: 'ACTIVE', label: t('status.ACTIVE') },
          { value: 'DISABLED', label: t('status.DISABLED') },
        ]}
        onChange={(v) => onChange('status', (v ?? '') as AgentFilterValues['status'])}
      />
      <SelectFilter
        label={t('shared.role')}
        any={t('filters.allRoles')}
        value={values.admin}
        options={[
          { value: 'yes', label: t('filters.adminsOnly') },
          { value: 'no', label: t('filters.nonAdminsOnly') },
        ]}
        onChange={(v) => onChange('admin', (v ?? '') as AgentFilterValues['admin'])}
      />
      <SelectFilter
        label={t('filters.type')}
        any={t('filters.fullAndLight')}
        value={values.type}
        options={[
          { value: 'FULL', label: t('filters.fullAgents') },
          { value: 'LIGHT', label: t('filters.lightAgents') },
        ]}
        onChange={(v) => onChange('type', (v ?? '') as AgentFilterValues['type'])}
      />
    </div>
  );
}
