import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type DefaultValues, type FieldValues, type UseFormSetError } from 'react-hook-form';
import { toDisplayError, type DisplayError } from '../lib/errors';
import { useReportUnsavedEdits } from './unsaved-edits';

export interface InPlaceFormOptions<T extends FieldValues> {
  /** The saved values as the form shows them: every Edit (and every Cancel) starts over from them. */
  saved: T;
  /** What the section edits, for the leave confirmation: "contact information". */
  what: string;
  /** Saves the edited values; rejects with the API's error. */
  save: (values: T) => Promise<void>;
  /** Puts the API's field errors of a save of `values` on their fields (the form alert shows the whole error). */
  fieldErrors: (error: DisplayError, setError: UseFormSetError<T>, values: T) => void;
}

/**
 * A record section edited in place (react-hook-form): Edit opens the form on the saved values and
 * focuses its first control; a refused save keeps what was typed and puts each reason by its field;
 * Cancel or Escape drops the edits and gives focus back to the Edit button; unsaved edits are
 * reported to the page's UnsavedEditsScope.
 */
export function useInPlaceForm<T extends FieldValues>({ saved, what, save, fieldErrors }: InPlaceFormOptions<T>) {
  const form = useForm<T>({ defaultValues: saved as DefaultValues<T> });
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<DisplayError | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusNext = useRef<'field' | 'button' | null>(null);
  useReportUnsavedEdits(what, editing && form.formState.isDirty);

  useEffect(() => {
    if (focusNext.current === 'field' && editing) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    if (focusNext.current === 'button' && !editing) editButton.current?.focus();
    focusNext.current = null;
  }, [editing]);

  const open = () => {
    form.reset(saved);
    setError(null);
    focusNext.current = 'field';
    setEditing(true);
  };
  const cancel = () => {
    setError(null);
    focusNext.current = 'button';
    setEditing(false);
  };
  const onSubmit = (event: FormEvent) =>
    form.handleSubmit(async (values) => {
      setError(null);
      try {
        await save(values);
        cancel();
      } catch (caught) {
        const shown = toDisplayError(caught);
        fieldErrors(shown, form.setError, values);
        setError(shown);
      }
    })(event);
  const onKeyDown = (event: KeyboardEvent) => {
    // A combobox closing its list on Escape has already handled it.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    cancel();
  };
  return { form, editing, error, open, cancel, editButton, formProps: { ref: formRef, onSubmit, onKeyDown, noValidate: true } };
}

interface InPlaceActionsProps {
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
}

/** Save and Cancel of a form edited in place. */
export function InPlaceActions({ saving, saveLabel, onCancel }: InPlaceActionsProps) {
  const { t } = useTranslation('common');
  return (
    <div className="crm-picker-actions">
      <button type="submit" className="button button-primary button-small" disabled={saving}>
        {saving ? t('saving') : saveLabel}
      </button>
      <button type="button" className="button button-secondary button-small" disabled={saving} onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
