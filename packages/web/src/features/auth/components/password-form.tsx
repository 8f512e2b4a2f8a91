import { useState, type FormEvent, type ReactNode } from 'react';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { FormAlert } from '../../../components/form-alert';
import { NewPasswordFields } from './new-password-fields';
import { CHOOSE_PASSWORD_FIELDS, newPasswordError, type NewPasswordFieldSet } from '../new-password';

interface PasswordFormProps {
  /** Names and labels of the new password and its confirmation (default: Password, Confirm password). */
  fields?: NewPasswordFieldSet;
  /** Labels of the form's other inputs by field name, for the form-level error. */
  labels?: Record<string, string>;
  /** The current password, when changing one: the new one must differ from it. */
  currentPassword?: string;
  /** The inputs above the new password (a name, the current password), given the form's field errors. */
  children?: (errors: Record<string, string> | undefined) => ReactNode;
  submitLabel: string;
  busyLabel: string;
  /** The request is under way (or done and the page is moving on): the button is disabled. */
  busy: boolean;
  /** A full-width button (the sign-in cards) or one sized to its label. */
  block?: boolean;
  /** Sends the checked new password; an error it throws is shown on the form. */
  onSubmit: (password: string) => Promise<void>;
  /** Takes an error before the form shows it (true: handled, as a rejected link token). */
  onError?: (error: DisplayError) => boolean;
}

/**
 * The form of the pages that set a password (accept an invitation, set a password from a link,
 * change one): the form-level error, the page's own inputs, the new password and its
 * confirmation checked before anything is sent, and the submit button.
 */
export function PasswordForm({
  fields = CHOOSE_PASSWORD_FIELDS,
  labels,
  currentPassword,
  children,
  submitLabel,
  busyLabel,
  busy,
  block = true,
  onSubmit,
  onError,
}: PasswordFormProps) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<DisplayError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasswordError(fields, { password, confirmation, currentPassword });
    if (problem) return setError(problem);
    setError(null);
    try {
      await onSubmit(password);
    } catch (caught) {
      const display = toDisplayError(caught);
      if (!onError?.(display)) setError(display);
    }
  }

  const allLabels = { ...labels, [fields.password.name]: fields.password.label, [fields.confirmation.name]: fields.confirmation.label };
  return (
    <form onSubmit={handleSubmit} className="form">
      <FormAlert error={error} labels={allLabels} />
      {children?.(error?.fields)}
      <NewPasswordFields
        fields={fields}
        password={password}
        onPasswordChange={setPassword}
        confirmation={confirmation}
        onConfirmationChange={setConfirmation}
        errors={error?.fields}
      />
      <button type="submit" className={block ? 'button button-primary button-block' : 'button button-primary'} disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
