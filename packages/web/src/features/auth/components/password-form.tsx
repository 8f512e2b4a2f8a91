import { useState, type ReactNode } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { FormAlert } from '../../../components/form-alert';
import { NewPasswordFields } from './new-password-fields';
import { choosePasswordFields, newPasswordError, type NewPasswordFieldSet } from '../new-password';

/** The form's values by input name: the new password, its confirmation and the page's own inputs. */
export type PasswordFormValues = Record<string, string>;

interface PasswordFormProps {
  /** Names and labels of the new password and its confirmation (default: Password, Confirm password). */
  fields?: NewPasswordFieldSet;
  /** Labels of the form's other inputs by field name, for the form-level error. */
  labels?: Record<string, string>;
  /** When changing a password: the name of the page's input that holds the current one (the new one must differ). */
  currentPasswordField?: string;
  /** The inputs above the new password (a name, the current password): registered with `register`, shown with the form's field errors. */
  children?: (form: { register: UseFormRegister<PasswordFormValues>; errors: Record<string, string> | undefined }) => ReactNode;
  submitLabel: string;
  busyLabel: string;
  /** The request is under way (or done and the page is moving on): the button is disabled. */
  busy: boolean;
  /** A full-width button (the sign-in cards) or one sized to its label. */
  block?: boolean;
  /** Sends the checked values (the new password under `fields.password.name`); an error it throws is shown on the form. */
  onSubmit: (values: PasswordFormValues) => Promise<void>;
  /** Takes an error before the form shows it (true: handled, as a rejected link token). */
  onError?: (error: DisplayError) => boolean;
}

/**
 * The form of the pages that set a password (accept an invitation, set a password from a link,
 * change one), on react-hook-form: the form-level error, the page's own inputs, the new password
 * and its confirmation checked before anything is sent, and the submit button.
 */
export function PasswordForm({
  fields = choosePasswordFields(),
  labels,
  currentPasswordField,
  children,
  submitLabel,
  busyLabel,
  busy,
  block = true,
  onSubmit,
  onError,
}: PasswordFormProps) {
  const { register, handleSubmit } = useForm<PasswordFormValues>();
  const [error, setError] = useState<DisplayError | null>(null);

  const submit = handleSubmit(async (values) => {
    const problem = newPasswordError(fields, {
      password: values[fields.password.name] ?? '',
      confirmation: values[fields.confirmation.name] ?? '',
      currentPassword: currentPasswordField ? (values[currentPasswordField] ?? '') : undefined,
    });
    if (problem) return setError(problem);
    setError(null);
    try {
      await onSubmit(values);
    } catch (caught) {
      const display = toDisplayError(caught);
      if (!onError?.(display)) setError(display);
    }
  });

  const allLabels = { ...labels, [fields.password.name]: fields.password.label, [fields.confirmation.name]: fields.confirmation.label };
  return (
    <form onSubmit={submit} className="form">
      <FormAlert error={error} labels={allLabels} />
      {children?.({ register, errors: error?.fields })}
      <NewPasswordFields fields={fields} register={register} errors={error?.fields} />
      <button type="submit" className={block ? 'button button-primary button-block' : 'button button-primary'} disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
