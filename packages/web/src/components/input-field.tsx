import type { InputHTMLAttributes, Ref } from 'react';
import { FormField } from './form-field';

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A fragment that follows the label ("is required"); marks the input invalid. */
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input for react-hook-form: spread `register(name)` into it. */
export function InputField({ label, error, hint, ref, ...input }: InputFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint}>
      {(control) => <input {...input} {...control} ref={ref} />}
    </FormField>
  );
}
