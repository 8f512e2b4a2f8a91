import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import type { UserCustomFieldFieldsFragment, UserCustomFieldType } from '../../../gql/graphql';
import { newOptionRow, OptionsEditor, optionRows, type OptionRow } from './options-editor';
import { DialogActions } from '../../../components/form-dialog';

export const TYPE_LABELS: Record<UserCustomFieldType, string> = {
  TEXT: 'Text',
  NUMBER: 'Number',
  DATE: 'Date',
  DROPDOWN: 'Dropdown',
  CHECKBOX: 'Checkbox',
};

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

const LABELS = { 'input.name': 'Name', 'input.type': 'Type', 'input.description': 'Description', 'input.options': 'Options' };

/** Create or edit a user field: name, type, description, dropdown options, enabled. What was typed stays after an error. */
export function FieldForm({ field, submitLabel, onSave }: Props) {
  const [name, setName] = useState(field?.name ?? '');
  const [type, setType] = useState<UserCustomFieldType>(field?.type ?? 'TEXT');
  const [description, setDescription] = useState(field?.description ?? '');
  const [rows, setRows] = useState<OptionRow[]>(() => (field ? optionRows(field.options) : [newOptionRow(), newOptionRow()]));
  const [enabled, setEnabled] = useState(field?.enabled ?? true);
  const [error, setError] = useState<DisplayError | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldError = (path: string) => error?.fields[path];
  const optionErrors: Record<number, string> = {};
  for (const [path, message] of Object.entries(error?.fields ?? {})) {
    const m = /^input\.(?:options\.(\d+)|renamedOptions\.\d+\.\w+)$/.exec(path);
    if (m?.[1]) optionErrors[Number(m[1])] = message;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    const dropdown = type === 'DROPDOWN';
    // Blank new rows are left out; a blank renamed row is sent so the API names it.
    const kept = rows.filter((r) => r.from !== null || r.value.trim());
    try {
      await onSave({
        name,
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
      setError(toDisplayError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert
        error={error}
        labels={{ ...LABELS, ...Object.fromEntries(rows.map((_, i) => [`input.options.${i}`, `Option ${i + 1}`])) }}
      />
      <TextField label="Name" value={name} onChange={setName} autoComplete="off" maxLength={80} error={fieldError('input.name')} />
      <FormField label="Type" error={fieldError('input.type')} hint={field ? 'The type of a field cannot change.' : undefined}>
        {(control) => (
          <select {...control} value={type} disabled={!!field} onChange={(e) => setType(e.target.value as UserCustomFieldType)}>
            {Object.entries(TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextField
        label="Description"
        value={description}
        onChange={setDescription}
        hint="Optional: shown to agents under the field."
        error={fieldError('input.description')}
      />
      {type === 'DROPDOWN' && (
        <OptionsEditor rows={rows} onChange={setRows} errors={optionErrors} listError={fieldError('input.options')} />
      )}
      {field && (
        <label className="checkbox-inline">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enabled (disabled fields keep their
          values but agents do not see them)
        </label>
      )}
      <DialogActions>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </DialogActions>
    </form>
  );
}
