import { fieldSentence, type DisplayError } from '../lib/errors';

const HINTS: Partial<Record<string, string>> = {
  RATE_LIMITED: 'Wait a moment before trying again.',
};

interface FormAlertProps {
  error: DisplayError | null;
  /** Labels of the form's inputs by field name, to word field errors for people. */
  labels?: Record<string, string>;
}

/**
 * The form-level error. When every field error belongs to an input of this form, it lists
 * them by label (each input shows its own too); otherwise it shows the server's message.
 */
export function FormAlert({ error, labels = {} }: FormAlertProps) {
  if (!error) return null;
  const fieldEntries = Object.entries(error.fields);
  const allKnown = fieldEntries.length > 0 && fieldEntries.every(([field]) => field in labels);
  const hint = error.code ? HINTS[error.code] : undefined;
  return (
    <div role="alert" className="alert alert-error">
      {allKnown ? (
        <>
          <p>Please correct the following:</p>
          <ul>
            {fieldEntries.map(([field, fragment]) => (
              <li key={field}>{fieldSentence(labels[field], fragment)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{error.message}</p>
      )}
      {hint && <p className="alert-hint">{hint}</p>}
    </div>
  );
}
