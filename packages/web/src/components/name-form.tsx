import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { InputField } from './input-field';
import { FormAlert } from './form-alert';
import { toDisplayError, type DisplayError } from '../lib/errors';
import { applyServerFieldErrors } from '../lib/form-errors';
import { DialogActions, useInDialog } from './form-dialog';

interface NameFormProps {
  label: string;
  submitLabel: string;
  defaultName?: string;
  /** Resolves when saved; a thrown API error lands next to the field. */
  onSave: (name: string) => Promise<unknown>;
  autoFocus?: boolean;
  /** Where the API puts the name: '' for `createTeam(name)`, 'input.' for `input.name`. */
  serverPrefix?: string;
  /** The field and its button on one line, also inside a dialog (a small create form beside the dialog's own). */
  inline?: boolean;
}

/** One name field (create or rename a team, a department, a token). */
export function NameForm({ label, submitLabel, defaultName = '', onSave, autoFocus, serverPrefix = '', inline }: NameFormProps) {
  const { t } = useTranslation('common');
  const [error, setError] = useState<DisplayError | null>(null);
  const inDialog = useInDialog() && !inline;
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

  const field = (
    <InputField
      label={label}
      autoComplete="off"
      autoFocus={autoFocus}
      error={errors.name?.message}
      {...register('name', { validate: (v) => (v.trim() ? true : t('isRequired')) })}
    />
  );
  const submit = (
    <button type="submit" className="button button-primary" disabled={isSubmitting}>
      {isSubmitting ? t('saving') : submitLabel}
    </button>
  );
  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <FormAlert error={error} labels={{ [`${serverPrefix}name`]: label }} />
      {inDialog ? (
        <>
          {field}
          <DialogActions>{submit}</DialogActions>
        </>
      ) : (
        <div className="inline-form-row">
          {field}
          {submit}
        </div>
      )}
    </form>
  );
}
