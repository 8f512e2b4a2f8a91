import { useQuery } from '@apollo/client/react';
import { SearchCombobox } from '../../../components/search-combobox';
import { CRM_ORGANIZATIONS_QUERY, CRM_USERGROUPS_QUERY } from '../crm.graphql';

interface FilterProps {
  value: string | null;
  onChange: (id: string | null) => void;
}

function IdSelect({
  id,
  label,
  any,
  options,
  value,
  onChange,
}: FilterProps & { id: string; label: string; any: string; options: { id: string; name: string }[] }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's organization filter: a combobox searching all organizations by name prefix. */
export function OrganizationFilter({ value, onChange }: FilterProps) {
  return (
    <SearchCombobox
      id="crm-organization"
      label="Organization"
      any="Any organization"
      value={value}
      onChange={onChange}
      useOptions={useOrganizationOptions}
    />
  );
}

function useOrganizationOptions(search: string, skip: boolean) {
  const { data, previousData, loading } = useQuery(CRM_ORGANIZATIONS_QUERY, {
    variables: { search: search || undefined, first: 20 },
    skip,
  });
  return { options: (data ?? previousData)?.organizations.edges.map((e) => e.node) ?? [], loading };
}

/** The list's usergroup filter. */
export function UsergroupFilter(props: FilterProps) {
  const { data } = useQuery(CRM_USERGROUPS_QUERY);
  return <IdSelect {...props} id="crm-usergroup" label="Usergroup" any="Any usergroup" options={data?.usergroups ?? []} />;
}
