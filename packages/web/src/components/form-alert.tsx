import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldSentence, type DisplayError } from '../lib/errors';

const HINT_CODES = ['RATE_LIMITED'] as const;
const hasHint = (code: string | undefined): code is (typeof HINT_CODES)[number] =>
  (HINT_CODES as readonly (string | undefined)[]).includes(code);

interface FormAlertProps {
  error: DisplayError | null;
  /** Labels of the form's inputs by field name, to word field errors for people. */
  labels?: Record<string, string>;
  /** To move focus to the alert (it then takes focus from script, not from Tab). */
  ref?: Ref<HTMLDivElement>;
}

/**
 * The form-level error. When every field error belongs to an input of this form, it lists
 * them by label (each input shows its own too); otherwise it shows the server's message.
 */
export function FormAlert({ error, labels = {}, ref }: FormAlertProps) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const fieldEntries = Object.entries(error.fields);
  const allKnown = fieldEntries.length > 0 && fieldEntries.every(([field]) => field in labels);
  const hint = hasHint(error.code) ? t(`errorHints.${error.code}`) : undefined;
  return (
    <div role="alert" className="alert alert-error" ref={ref} tabIndex={ref ? -1 : undefined}>
      {allKnown ? (
        <>
          <p>{t('formAlert.correct')}</p>
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
