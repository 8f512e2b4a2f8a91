import { useCallback, useMemo } from 'react';
import { ComboboxInput } from './search-combobox';
import { FormField } from './form-field';

export interface OptionFieldProps {
  label: string;
  /** The stored value ('' when none). */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Offers a first entry with this text that clears the value; without it a value is required. */
  notSet?: string;
  disabled?: boolean;
}

/** Lower case, with "_" and "/" as spaces: "new york" finds America/New_York. */
const normalize = (text: string) => text.toLowerCase().replace(/[_/]+/g, ' ');

/**
 * A labelled searchable choice among options held in memory (time zones, languages): typing
 * matches any part of the shown name, the value stays the option's id. A saved value the list
 * does not know is still offered, under its own id, so that opening the field does not lose it.
 */
export function OptionField({ options, ...props }: OptionFieldProps & { options: { value: string; label: string }[] }) {
  const { label, value, onChange, error, hint, notSet, disabled } = props;
  const all = useMemo(() => {
    const list = options.map((o) => ({ id: o.value, name: o.label, key: normalize(o.label) }));
    return value && !options.some((o) => o.value === value) ? [{ id: value, name: value, key: normalize(value) }, ...list] : list;
  }, [options, value]);
  const useOptions = useCallback(
    (search: string, skip: boolean) => {
      const wanted = normalize(search);
      return { options: skip ? [] : all.filter((o) => o.key.includes(wanted)), loading: false };
    },
    [all],
  );
  return (
    <FormField label={label} error={error} hint={hint}>
      {(control) => (
        <ComboboxInput
          label={label}
          any={notSet}
          value={value || null}
          valueName={all.find((o) => o.id === value)?.name}
          onChange={(id) => onChange(id ?? '')}
          useOptions={useOptions}
          delayMs={0}
          control={control}
          disabled={disabled}
        />
      )}
    </FormField>
  );
}
