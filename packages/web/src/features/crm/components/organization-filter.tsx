import { useQuery } from '@apollo/client/react';
import { CRM_ORGANIZATIONS_QUERY } from '../crm.graphql';

/** The list's organization filter: the first 100 organizations by name. */
export function OrganizationFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { data } = useQuery(CRM_ORGANIZATIONS_QUERY, { variables: { first: 100 } });
  const organizations = data?.organizations.edges.map((e) => e.node) ?? [];
  return (
    <div className="filter">
      <label htmlFor="crm-organization">Organization</label>
      <select id="crm-organization" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Any organization</option>
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
