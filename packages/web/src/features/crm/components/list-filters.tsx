import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SearchCombobox } from '../../../components/search-combobox';
import { SelectFilter } from '../../../components/select-filter';
import { CRM_ORGANIZATIONS_QUERY, CRM_USERGROUPS_QUERY } from '../crm.graphql';

interface FilterProps {
  value: string | null;
  onChange: (id: string | null) => void;
}

/** The list's organization filter: a combobox searching all organizations by name prefix. */
export function OrganizationFilter({ value, onChange }: FilterProps) {
  const { t } = useTranslation('crm');
  return (
    <SearchCombobox
      id="crm-organization"
      label={t('filters.organization')}
      any={t('filters.anyOrganization')}
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
  const { t } = useTranslation('crm');
  const { data } = useQuery(CRM_USERGROUPS_QUERY);
  const options = (data?.usergroups ?? []).map((g) => ({ value: g.id, label: g.name }));
  return <SelectFilter {...props} id="crm-usergroup" label={t('filters.usergroup')} any={t('filters.anyUsergroup')} options={options} />;
}
