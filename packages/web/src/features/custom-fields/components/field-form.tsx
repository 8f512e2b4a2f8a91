import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { InputField } from '../../../components/input-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import type { UserCustomFieldFieldsFragment, UserCustomFieldType } from '../../../gql/graphql';
import { newOptionRow, OptionsEditor, optionRows, type OptionRow } from './options-editor';
import { DialogActions } from '../../../components/form-dialog';

export const FIELD_TYPES: readonly UserCustomFieldType[] = ['TEXT', 'NUMBER', 'DATE', 'DROPDOWN', 'CHECKBOX'];

export interface FieldFormValues {
  name: string;
  type: UserCustomFieldType;
  description: string | null;
  /** DROPDOWN only. */
  options?: string[];
  renamedOptions?: { from: string; to: string }[];
  enabled: boolean;
}

interface Props {
  /** Absent: a new field (the type can be chosen only then). */
  field?: UserCustomFieldFieldsFragment;
  submitLabel: string;
  /** Rejects with the API's error; resolves once saved. */
  onSave: (values: FieldFormValues) => Promise<unknown>;
}

interface Draft {
  name: string;
  type: UserCustomFieldType;
  description: string;
  rows: OptionRow[];
  enabled: boolean;
}

/** Create or edit a user field: name, type, description, dropdown options, enabled (react-hook-form). What was typed stays after an error. */
export function FieldForm({ field, submitLabel, onSave }: Props) {
  const [error, setError] = useState<DisplayError | null>(null);
  const { t } = useTranslation(['customFields', 'common']);
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Draft>({
    defaultValues: {
      name: field?.name ?? '',
      type: field?.type ?? 'TEXT',
      description: field?.description ?? '',
      rows: field ? optionRows(field.options) : [newOptionRow(), newOptionRow()],
      enabled: field?.enabled ?? true,
    },
  });
  const [type, rows] = useWatch({ control, name: ['type', 'rows'] });
  const optionErrors: Record<number, string> = {};
  for (const [path, message] of Object.entries(error?.fields ?? {})) {
    const m = /^input\.(?:options\.(\d+)|renamedOptions\.\d+\.\w+)$/.exec(path);
    if (m?.[1]) optionErrors[Number(m[1])] = message;
  }

  const onSubmit = handleSubmit(async ({ name, type, description, rows, enabled }) => {
    setError(null);
    const dropdown = type === 'DROPDOWN';
    // Blank new rows are left out; a blank renamed row is sent so the API names it.
    const kept = rows.filter((r) => r.from !== null || r.value.trim());
    try {
      await onSave({
        name: name.trim(),
        type,
        description: description.trim() || null,
        options: dropdown ? kept.map((r) => r.value.trim()) : undefined,
        renamedOptions: dropdown
          ? kept
              .filter((r) => r.from !== null && r.value.trim() && r.value.trim() !== r.from)
              .map((r) => ({ from: r.from!, to: r.value.trim() }))
          : undefined,
        enabled,
      });
    } catch (e) {
      const shown = toDisplayError(e);
      applyServerFieldErrors(shown, ['name', 'type', 'description'], setFieldError);
      setError(shown);
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert
        error={error}
        labels={{
          'input.name': t('form.name'),
          'input.type': t('form.type'),
          'input.description': t('form.description'),
          'input.options': t('form.options'),
          ...Object.fromEntries(rows.map((_, i) => [`input.options.${i}`, t('options.option', { n: i + 1 })])),
        }}
      />
      <InputField
        label={t('form.name')}
        autoComplete="off"
        maxLength={80}
        error={errors.name?.message}
        {...register('name', { validate: (v) => (v.trim() ? true : t('common:isRequired')) })}
      />
      <FormField label={t('form.type')} error={errors.type?.message} hint={field ? t('form.typeFixed') : undefined}>
        {(control) => (
          // A saved field's type is shown, not edited (a disabled control would be left out of the values).
          <select {...control} {...(field ? { value: field.type, disabled: true, onChange: () => undefined } : register('type'))}>
            {FIELD_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <InputField
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={errors.description?.message}
        {...register('description')}
      />
      {type === 'DROPDOWN' && (
        <Controller
          control={control}
          name="rows"
          render={({ field: rowsField }) => (
            <OptionsEditor
              rows={rowsField.value}
              onChange={rowsField.onChange}
              errors={optionErrors}
              listError={error?.fields['input.options']}
            />
          )}
        />
      )}
      {field && (
        <label className="checkbox-inline">
          <input type="checkbox" {...register('enabled')} /> {t('form.enabled')}
        </label>
      )}
      <DialogActions>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common:saving') : submitLabel}
        </button>
      </DialogActions>
    </form>
  );
}
