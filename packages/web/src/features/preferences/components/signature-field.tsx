import { useId, type ComponentProps } from 'react';
import { fieldSentence } from '../../../lib/errors';

interface SignatureFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: string;
  error?: string;
  /** The signature as saved: the API sanitises it on write, so it is safe to render. */
  saved: string | null;
}

/** The HTML signature, with a preview of what the API kept once it sanitised it. */
export function SignatureField({ label, error, saved, ...textarea }: SignatureFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        {...textarea}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-hint`} className="field-hint">
        HTML such as &lt;p&gt;, &lt;b&gt;, &lt;a href&gt; and https images. Scripts, styles and tracking pixels are removed when you save.
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldSentence(label, error)}
        </p>
      )}
      <p className="field-hint" id={`${id}-preview-label`}>
        Preview, as saved (after cleaning):
      </p>
      <div
        className="signature-preview"
        role="region"
        aria-labelledby={`${id}-preview-label`}
        data-testid="signature-preview"
        // Sanitised by the API on write (sanitize-html allowlist): see packages/api agent.validation.
        dangerouslySetInnerHTML={{ __html: saved ?? '' }}
      />
    </div>
  );
}
