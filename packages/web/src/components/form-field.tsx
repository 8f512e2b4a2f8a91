import { useId, type ReactNode } from 'react';
import { fieldSentence } from '../lib/errors';

/** What a FormField hands its control so that the label, hint and error are wired to it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: string;
  /** A fragment that follows the label ("is required"); marks the control invalid. */
  error?: string;
  hint?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, a control of any kind (render prop), its hint and its error. */
export function FormField({ label, error, hint, children }: FormFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
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
