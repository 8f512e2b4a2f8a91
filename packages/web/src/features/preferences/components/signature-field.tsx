import { useId, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';

interface SignatureFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: string;
  error?: string;
  /** The signature as saved: the API sanitises it on write, so it is safe to render. */
  saved: string | null;
}

/** The HTML signature, with a preview of what the API kept once it sanitised it. */
export function SignatureField({ label, error, saved, ...textarea }: SignatureFieldProps) {
  const { t } = useTranslation('preferences');
  const previewId = useId();
  return (
    <>
      <FormField label={label} error={error} hint={t('signature.hint')}>
        {(control) => <textarea {...textarea} {...control} />}
      </FormField>
      <p className="field-hint" id={previewId}>
        {t('signature.preview')}
      </p>
      <div
        className="signature-preview"
        role="region"
        aria-labelledby={previewId}
        data-testid="signature-preview"
        // Sanitised by the API on write (sanitize-html allowlist): see packages/api agent.validation.
        dangerouslySetInnerHTML={{ __html: saved ?? '' }}
      />
    </>
  );
}
