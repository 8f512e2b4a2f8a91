import { useId, type ComponentProps } from 'react';
import { FormField } from '../../../components/form-field';

interface SignatureFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: string;
  error?: string;
  /** The signature as saved: the API sanitises it on write, so it is safe to render. */
  saved: string | null;
}

const HINT = 'HTML such as <p>, <b>, <a href> and https images. Scripts, styles and tracking pixels are removed when you save.';

/** The HTML signature, with a preview of what the API kept once it sanitised it. */
export function SignatureField({ label, error, saved, ...textarea }: SignatureFieldProps) {
  const previewId = useId();
  return (
    <>
      <FormField label={label} error={error} hint={HINT}>
        {(control) => <textarea {...textarea} {...control} />}
      </FormField>
      <p className="field-hint" id={previewId}>
        Preview, as saved (after cleaning):
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
