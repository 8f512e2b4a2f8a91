import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { InputField } from './input-field';
import { FormAlert } from './form-alert';
import { toDisplayError, type DisplayError } from '../lib/errors';
import { applyServerFieldErrors } from '../lib/form-errors';

interface NameFormProps {
  label: string;
  submitLabel: string;
  defaultName?: string;
  /** Resolves when saved; a thrown API error lands next to the field. */
  onSave: (name: string) => Promise<unknown>;
  autoFocus?: boolean;
  /** Where the API puts the name: '' for `createTeam(name)`, 'input.' for `input.name`. */
  serverPrefix?: string;
}

/** One name field (create or rename a team, a department, a token). */
export function NameForm({ label, submitLabel, defaultName = '', onSave, autoFocus, serverPrefix = '' }: NameFormProps) {
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: { name: defaultName } });

  const onSubmit = handleSubmit(async ({ name }) => {
    setError(null);
    try {
      await onSave(name.trim());
      reset({ name: defaultName });
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['name'], setFieldError, serverPrefix);
      setError(shown);
    }
  });

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <FormAlert error={error} labels={{ [`${serverPrefix}name`]: label }} />
      <div className="inline-form-row">
        <InputField
          label={label}
          autoComplete="off"
          autoFocus={autoFocus}
          error={errors.name?.message}
          {...register('name', { validate: (v) => (v.trim() ? true : 'is required') })}
        />
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
