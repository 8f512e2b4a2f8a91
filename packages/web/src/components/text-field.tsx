import type { InputHTMLAttributes } from 'react';
import { FormField } from './form-field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A fragment that follows the label ("is required"); marks the input invalid. */
  error?: string;
  hint?: string;
}

/** A controlled text input with its label, hint and error. */
export function TextField({ label, value, onChange, error, hint, ...input }: TextFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint}>
      {(control) => <input {...input} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </FormField>
  );
}
