import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { InputField } from '../../components/input-field';
import { FormAlert } from '../../components/form-alert';
import { DialogActions } from '../../components/form-dialog';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { applyServerFieldErrors } from '../../lib/form-errors';
import { DISABLE_TWO_STEP_MUTATION } from './two-step.graphql';

interface Values {
  code: string;
  password: string;
}
const LABELS = { code: 'Code from your authenticator app', password: 'Or your password' };

/** Turning two-step sign-in off: a current code (or a recovery code) or the password, whichever the agent has at hand. */
export function DisableTwoStepForm({ onDone }: { onDone: () => void }) {
  const [disable] = useMutation(DISABLE_TWO_STEP_MUTATION, { refetchQueries: ['MyTwoStepSignIn'] });
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
      await disable({ variables: code.trim() ? { code: code.trim() } : { password } });
      onDone();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['code', 'password'], setFieldError, '');
      setError(shown);
    }
  });

  return (
    <form onSubmit={submit} className="form" noValidate>
      <FormAlert error={error} labels={LABELS} />
      <InputField
        label={LABELS.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        error={errors.code?.message}
        {...register('code', {
          validate: (v, all) => (v.trim() || all.password ? true : 'is required, or enter your password'),
        })}
      />
      <InputField
        label={LABELS.password}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <DialogActions>
        <button type="submit" className="button button-danger" disabled={isSubmitting}>
          {isSubmitting ? 'Turning off…' : 'Turn off two-step sign-in'}
        </button>
      </DialogActions>
    </form>
  );
}
