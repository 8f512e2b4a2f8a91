import { useId } from 'react';
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
  const searchId = useId();

  const { data } = useQuery(AGENT_OPTIONS_QUERY);
  const teams = (data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }));
  const groups = (data?.permissionGroups ?? []).map((g) => ({ value: g.id, label: g.name }));
  const units = (data?.businessUnits ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <div className="agent-filters" role="search">
      <div className="filter filter-search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Name, alias or email"
          autoComplete="off"
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <SelectFilter label="Team" any="All teams" value={values.teamId} options={teams} onChange={(v) => onChange('teamId', v ?? '')} />
      <SelectFilter
        label="Permission group"
        any="All groups"
        value={values.permissionGroupId}
        options={groups}
        onChange={(v) => onChange('permissionGroupId', v ?? '')}
      />
      <SelectFilter
        label="Business unit"
        any="All business units"
        value={values.businessUnitId}
        options={units}
        onChange={(v) => onChange('businessUnitId', v ?? '')}
      />
      <SelectFilter
        label="Status"
        any="Any status"
        value={values.status}
        options={[
          { value: 'ACTIVE', label: 'Active' },
          { value: 'DISABLED', label: 'Disabled' },
        ]}
        onChange={(v) => onChange('status', (v ?? '') as AgentFilterValues['status'])}
      />
      <SelectFilter
        label="Role"
        any="All roles"
        value={values.admin}
        options={[
          { value: 'yes', label: 'Admins only' },
          { value: 'no', label: 'Non-admins only' },
        ]}
        onChange={(v) => onChange('admin', (v ?? '') as AgentFilterValues['admin'])}
      />
      <SelectFilter
        label="Type"
        any="Full and light"
        value={values.type}
        options={[
          { value: 'FULL', label: 'Full agents' },
          { value: 'LIGHT', label: 'Light agents' },
        ]}
        onChange={(v) => onChange('type', (v ?? '') as AgentFilterValues['type'])}
      />
    </div>
  );
}
