import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField } from '../../components/input-field';
import { FormAlert } from '../../components/form-alert';
import { DialogActions } from '../../components/form-dialog';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { applyServerFieldErrors } from '../../lib/form-errors';

interface CodeFormProps {
  /** What is asked for: the app's six digits, or a recovery code (letters and digits). */
  kind?: 'totp' | 'recovery';
  submitLabel: string;
  busyLabel?: string;
  /** Sends the code; a thrown error is shown (on the field when the API names it). */
  onSubmit: (code: string) => Promise<unknown>;
  autoFocus?: boolean;
  /** Under the field (a link to switch to a recovery code). */
  children?: ReactNode;
}

/** One code field and its button: the second step, confirming an authenticator app, or approving a change with a code. */
export function CodeForm({ kind = 'totp', submitLabel, busyLabel, onSubmit, autoFocus, children }: CodeFormProps) {
  const { t } = useTranslation(['twoStep', 'common']);
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    resetField,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const label = kind === 'totp' ? t('code.appLabel') : t('code.recoveryLabel');

  const submit = handleSubmit(async ({ code }) => {
    setError(null);
    try {
      await onSubmit(code.trim());
    } catch (caught) {
      const shown = toDisplayError(caught);
      resetField('code');
      applyServerFieldErrors(shown, ['code'], setFieldError, '');
      setError(shown);
    }
  });

  return (
    <form onSubmit={submit} className="form" noValidate>
      <FormAlert error={error} labels={{ code: label }} />
      <InputField
        label={label}
        autoComplete="one-time-code"
        inputMode={kind === 'totp' ? 'numeric' : 'text'}
        spellCheck={false}
        autoCapitalize="off"
        autoFocus={autoFocus}
        hint={kind === 'totp' ? t('code.appHint') : t('code.recoveryHint')}
        error={errors.code?.message}
        {...register('code', { validate: (v) => (v.trim() ? true : t('common:isRequired')) })}
      />
      {children}
      <DialogActions>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? (busyLabel ?? t('checking')) : submitLabel}
        </button>
      </DialogActions>
    </form>
  );
}
