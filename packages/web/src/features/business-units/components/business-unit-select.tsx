import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import { BUSINESS_UNITS_QUERY } from '../business-units.graphql';

interface BusinessUnitSelectProps {
  label?: string;
  /** The unit's id, '' for none. */
  value: string;
  onChange: (id: string) => void;
  error?: string;
  hint?: string;
  disabled?: boolean;
}

/** The agent forms' business unit: one of the administrators' list (Business units), or none. */
export function BusinessUnitSelect({ label, value, onChange, error, hint, disabled }: BusinessUnitSelectProps) {
  const { t } = useTranslation('businessUnits');
  const { data } = useQuery(BUSINESS_UNITS_QUERY);
  const units = data?.businessUnits ?? [];
  return (
    <FormField label={label ?? t('select.label')} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('select.none')}</option>
          {/* The saved unit before the list has loaded, so the select does not show None meanwhile. */}
          {value && !units.some((u) => u.id === value) && <option value={value}>…</option>}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
