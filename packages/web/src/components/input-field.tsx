import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { fieldSentence } from '../lib/errors';

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A fragment that follows the label ("is required"); marks the input invalid. */
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input for react-hook-form: spread `register(name)` into it. */
export function InputField({ label, error, hint, ref, ...input }: InputFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input {...input} ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {fieldSentence(label, error)}
        </p>
      )}
    </div>
  );
}
