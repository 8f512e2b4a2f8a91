import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { formFieldErrors } from '../../../lib/server-field-errors';
import type { AgentCrmContact } from '../../../gql/graphql';

const FIELDS = ['phone', 'website', 'im', 'twitter', 'linkedin', 'facebook', 'address'] as const;
type ContactField = (typeof FIELDS)[number];
export type ContactValues = Record<ContactField, string | null>;

const LABELS: Record<ContactField, string> = {
  phone: 'Phone',
  website: 'Website',
  im: 'Instant messaging',
  twitter: 'Twitter',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  address: 'Address',
};
const HINTS: Partial<Record<ContactField, string>> = {
  phone: 'The CRM phone; the phone in the agent’s Preferences (used for SMS) stays as it is.',
  twitter: 'A handle, with or without @.',
  linkedin: 'https://www.linkedin.com/in/…',
  facebook: 'https://www.facebook.com/…',
};

/** An http(s) link opened in a new tab; anything else as text. */
function External({ href, children }: { href: string; children: string }) {
  return /^https?:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

function shown(field: ContactField, value: string) {
  if (field === 'phone') return <a href={`tel:${value.replace(/[^+\d]/g, '')}`}>{value}</a>;
  if (field === 'twitter') return <External href={`https://x.com/${encodeURIComponent(value)}`}>{`@${value}`}</External>;
  if (field === 'website' || field === 'linkedin' || field === 'facebook') return <External href={value}>{value}</External>;
  return value;
}

interface Props {
  contact: Omit<AgentCrmContact, '__typename'>;
  canEdit: boolean;
  /** Saves the fields (blank: null); rejects with the API's error. */
  onSave: (values: ContactValues) => Promise<void>;
}

/** CRM contact information: a list to read, a form to edit that keeps what was typed when a save fails. */
export function AgentContact({ contact, canEdit, onSave }: Props) {
  const [draft, setDraft] = useState<Record<ContactField, string> | null>(null);
  const [error, setError] = useState<DisplayError | null>(null);
  const [saving, setSaving] = useState(false);
  const filled = FIELDS.filter((f) => contact[f]);
  const fieldErrors = error ? formFieldErrors(error, FIELDS).fields : {};
  const labels = Object.fromEntries(FIELDS.map((f) => [`input.${f}`, LABELS[f]]));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(Object.fromEntries(FIELDS.map((f) => [f, draft[f].trim() ? draft[f] : null])) as ContactValues);
      setDraft(null);
    } catch (e) {
      setError(toDisplayError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-contact-heading">
      <h3 id="crm-contact-heading">Contact information</h3>
      {draft === null ? (
        <>
          {filled.length ? (
            <dl className="crm-contact">
              {filled.map((f) => (
                <div key={f}>
                  <dt>{LABELS[f]}</dt>
                  <dd>{shown(f, contact[f]!)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">No contact information yet.</p>
          )}
          {canEdit && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setDraft(Object.fromEntries(FIELDS.map((f) => [f, contact[f] ?? ''])) as Record<ContactField, string>)}
            >
              Edit contact information
            </button>
          )}
        </>
      ) : (
        <form className="crm-contact-form" onSubmit={(event) => void save(event)} noValidate aria-label="Contact information">
          <FormAlert error={error} labels={labels} />
          {FIELDS.filter((f) => f !== 'address').map((f) => (
            <TextField
              key={f}
              label={LABELS[f]}
              value={draft[f]}
              hint={HINTS[f]}
              error={fieldErrors[f]}
              type={f === 'phone' ? 'tel' : f === 'im' || f === 'twitter' ? 'text' : 'url'}
              autoComplete="off"
              onChange={(value) => setDraft({ ...draft, [f]: value })}
            />
          ))}
          <FormField label={LABELS.address} error={fieldErrors.address}>
            {(control) => (
              <textarea {...control} rows={3} value={draft.address} onChange={(e) => setDraft({ ...draft, address: e.target.value })} />
            )}
          </FormField>
          <div className="crm-picker-actions">
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {saving ? 'Saving…' : 'Save contact information'}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setDraft(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
