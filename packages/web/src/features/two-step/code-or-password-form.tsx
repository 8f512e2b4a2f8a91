import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField } from '../../components/input-field';
import { FormAlert } from '../../components/form-alert';
import { DialogActions } from '../../components/form-dialog';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { applyServerFieldErrors } from '../../lib/form-errors';

interface Values {
  code: string;
  password: string;
}

interface Props {
  /** Offer the authenticator app's code (an agent with passkeys only confirms with the password). */
  withCode: boolean;
  submitLabel: string;
  busyLabel: string;
  danger?: boolean;
  /** Sends a code or the password; a thrown error is shown (on the field when the API names it). */
  onSubmit: (proof: { code: string } | { password: string }) => Promise<unknown>;
}

/** Approving a sensitive two-step change: a current code or the password, whichever the agent has at hand. */
export function CodeOrPasswordForm({ withCode, submitLabel, busyLabel, danger, onSubmit }: Props) {
  const { t } = useTranslation(['twoStep', 'common']);
  const labels = { code: t('code.appLabel'), password: withCode ? t('code.orPassword') : t('code.password') };
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { code: '', password: '' } });

  const submit = handleSubmit(async ({ code, password }) => {
    setError(null);
    try {
      await onSubmit(code.trim() ? { code: code.trim() } : { password });
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['code', 'password'], setFieldError, '');
      setError(shown);
    }
  });

  return (
    <form onSubmit={submit} className="form" noValidate>
      <FormAlert error={error} labels={labels} />
      {withCode && (
        <InputField
          label={labels.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          error={errors.code?.message}
          {...register('code', {
            validate: (v, all) => (v.trim() || all.password ? true : t('code.requiredOrPassword')),
          })}
        />
      )}
      <InputField
        label={labels.password}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password', { validate: (v) => (withCode || v ? true : t('common:isRequired')) })}
      />
      <DialogActions>
        <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={isSubmitting}>
          {isSubmitting ? busyLabel : submitLabel}
        </button>
      </DialogActions>
    </form>
  );
}
