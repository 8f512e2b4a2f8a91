import { FormAlert } from '../../../components/form-alert';
import { useTranslation } from 'react-i18next';
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

/** The summary, edited in place from its pencil: a failed save keeps what was typed and says why. */
export function SummaryEditor({ summary, onSave, canEdit }: Props) {
  const { t } = useTranslation('crm');
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<{ summary: string }>({
    saved: { summary: summary ?? '' },
    what: t('summary.what'),
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
        title={t('summary.heading')}
        editLabel={t('summary.edit')}
        onEdit={canEdit && !editing ? open : undefined}
        editRef={editButton}
      />
      {!editing ? (
        summary ? (
          <p className="crm-summary">{summary}</p>
        ) : (
          <p className="muted">{t('summary.none')}</p>
        )
      ) : (
        <form {...formProps} aria-label={t('summary.heading')}>
          <FormAlert error={error} labels={{ 'input.summary': t('summary.heading') }} />
          <FormField label={t('summary.heading')} error={errors.summary?.message}>
            {(control) => <textarea {...control} rows={4} {...register('summary')} />}
          </FormField>
          <InPlaceActions saving={isSubmitting} saveLabel={t('summary.save')} onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
