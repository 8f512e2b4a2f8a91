import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { InPlaceActions, useInPlaceForm } from '../../../components/in-place-form';
import { SectionHeading } from '../../../components/section-heading';
import { applyServerFieldErrors } from '../../../lib/form-errors';

interface Props {
  summary: string | null | undefined;
  /** Saves the text (empty: null); rejects with the API's error. */
  onSave: (summary: string | null) => Promise<void>;
  canEdit: boolean;
}

const LABELS = { 'input.summary': 'Summary' };

/** The summary, edited in place from its pencil: a failed save keeps what was typed and says why. */
export function SummaryEditor({ summary, onSave, canEdit }: Props) {
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<{ summary: string }>({
    saved: { summary: summary ?? '' },
    what: 'the summary',
    save: async ({ summary: text }) => {
      if (text !== (summary ?? '')) await onSave(text.trim() ? text : null);
    },
    fieldErrors: (shown, setError) => applyServerFieldErrors(shown, ['summary'], setError),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <section className="crm-section" aria-labelledby="crm-summary-heading">
      <SectionHeading
        id="crm-summary-heading"
        title="Summary"
        editLabel="Edit summary"
        onEdit={canEdit && !editing ? open : undefined}
        editRef={editButton}
      />
      {!editing ? (
        summary ? (
          <p className="crm-summary">{summary}</p>
        ) : (
          <p className="muted">No summary yet.</p>
        )
      ) : (
        <form {...formProps} aria-label="Summary">
          <FormAlert error={error} labels={LABELS} />
          <FormField label="Summary" error={errors.summary?.message}>
            {(control) => <textarea {...control} rows={4} {...register('summary')} />}
          </FormField>
          <InPlaceActions saving={isSubmitting} saveLabel="Save summary" onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
