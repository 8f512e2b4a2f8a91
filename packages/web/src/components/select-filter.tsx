import { useId } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

interface SelectFilterProps {
  /** The select's id (a generated one when not given). */
  id?: string;
  label: string;
  /** The first option's words, meaning "no filter" (value null). */
  any: string;
  options: readonly FilterOption[];
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A list page's filter: a labelled select whose first option clears it. */
export function SelectFilter({ id, label, any, options, value, onChange }: SelectFilterProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className="filter">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
