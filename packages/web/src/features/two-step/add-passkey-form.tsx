import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { startRegistration } from '@simplewebauthn/browser';
import { InputField } from '../../components/input-field';
import { FormAlert } from '../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { FINISH_PASSKEY_REGISTRATION_MUTATION, START_PASSKEY_REGISTRATION_MUTATION } from './two-step.graphql';

/** Adds a passkey: a name, then the browser's own dialog. `onAdded` gets recovery codes when it was the first factor. */
export function AddPasskeyForm({ onAdded }: { onAdded: (recoveryCodes: string[] | null) => void }) {
  const { t } = useTranslation(['twoStep', 'common']);
  const LABELS = { name: t('passkeys.nameLabel'), response: t('passkeys.title') };
  const [start] = useMutation(START_PASSKEY_REGISTRATION_MUTATION);
  const [finish] = useMutation(FINISH_PASSKEY_REGISTRATION_MUTATION, { refetchQueries: ['MyPasskeys', 'MyTwoStepSignIn'] });
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<{ name: string }>({ defaultValues: { name: '' } });

  const submit = handleSubmit(async ({ name }) => {
    setError(null);
    try {
      const { data } = await start();
      if (!data) throw new Error('The server sent no data for startPasskeyRegistration');
      const response = await startRegistration({ optionsJSON: JSON.parse(data.startPasskeyRegistration) });
      const { data: done } = await finish({ variables: { name: name.trim(), response: JSON.stringify(response) } });
      if (!done) throw new Error('The server sent no data for finishPasskeyRegistration');
      reset();
      onAdded(done.finishPasskeyRegistration.recoveryCodes ?? null);
    } catch (caught) {
      const shown =
        caught instanceof Error && caught.name === 'NotAllowedError'
          ? { code: undefined, message: t('passkeys.notCreated'), fields: {} }
          : toDisplayError(caught);
      applyServerFieldErrors(shown, ['name'], setFieldError, '');
      setError(shown);
    }
  });

  return (
    <form onSubmit={submit} className="form" noValidate>
      <FormAlert error={error} labels={LABELS} />
      <InputField
        label={LABELS.name}
        autoComplete="off"
        hint={t('passkeys.nameHint')}
        error={errors.name?.message}
        {...register('name', { validate: (v) => (v.trim() ? true : t('common:isRequired')) })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={isSubmitting}>
          {isSubmitting ? t('passkeys.waiting') : t('passkeys.add')}
        </button>
      </div>
    </form>
  );
}
