import { useState, type FormEvent } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { formFieldErrors } from '../../../lib/server-field-errors';
import type { UpdateUserInput } from '../../../gql/graphql';
import { ContactValue, type ContactKey } from './contact-links';

const FIELDS: { key: ContactKey; label: string; hint?: string; type?: string }[] = [
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'website', label: 'Website', hint: 'An http or https address.', type: 'url' },
  { key: 'im', label: 'IM', hint: 'Instant messaging handle or address.' },
  { key: 'twitter', label: 'Twitter', hint: 'The handle, with or without @.' },
  { key: 'linkedin', label: 'LinkedIn', hint: 'Profile URL: https://www.linkedin.com/in/…', type: 'url' },
  { key: 'facebook', label: 'Facebook', hint: 'Profile URL: https://www.facebook.com/…', type: 'url' },
  { key: 'address', label: 'Mailing address' },
];
const KEYS = FIELDS.map((f) => f.key);
const LABELS = Object.fromEntries(FIELDS.map((f) => [`input.${f.key}`, f.label]));

type Contact = Partial<Record<ContactKey, string | null>>;
type Draft = Record<ContactKey, string>;

interface Props {
  user: Contact;
  canEdit: boolean;
  /** Saves the changed fields (empty: null); rejects with the API's error. */
  onSave: (input: UpdateUserInput) => Promise<void>;
}

/** Contact information: links and copy buttons; Edit opens a form whose refused fields say why and keep what was typed. */
export function ContactInfo({ user, canEdit, onSave }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<DisplayError | null>(null);
  const [saving, setSaving] = useState(false);
  const filled = FIELDS.filter((f) => user[f.key]);

  function open() {
    setError(null);
    setDraft(Object.fromEntries(KEYS.map((k) => [k, user[k] ?? ''])) as Draft);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const input: UpdateUserInput = {};
    for (const k of KEYS) {
      const value = draft[k].trim() ? draft[k] : null;
      // Only what changed: another agent's edit of other fields is not overwritten.
      if (value !== (user[k] ?? null)) input[k] = value;
    }
    setSaving(true);
    setError(null);
    try {
      if (Object.keys(input).length) await onSave(input);
      setDraft(null);
    } catch (e) {
      setError(toDisplayError(e));
    } finally {
      setSaving(false);
    }
  }

  const fieldErrors = error ? formFieldErrors(error, KEYS).fields : {};
  return (
    <section className="crm-section" aria-labelledby="crm-contact-heading">
      <h3 id="crm-contact-heading">Contact information</h3>
      {draft === null ? (
        <>
          {filled.length ? (
            <dl className="crm-contact">
              {filled.map((f) => (
                <div key={f.key} className="crm-contact-row">
                  <dt>{f.label}</dt>
                  <dd>
                    <ContactValue field={f.key} value={user[f.key]!} />
                    <CopyButton text={user[f.key]!} what={`${f.label.toLowerCase()} ${user[f.key]}`} small />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">No contact information yet.</p>
          )}
          {canEdit && (
            <button type="button" className="button button-secondary button-small" onClick={open}>
              Edit contact information
            </button>
          )}
        </>
      ) : (
        <form onSubmit={(event) => void save(event)} noValidate aria-label="Contact information">
          <FormAlert error={error} labels={LABELS} />
          <div className="field-grid">
            {FIELDS.map((f) =>
              f.key === 'address' ? (
                <FormField key={f.key} label={f.label} error={fieldErrors[f.key]}>
                  {(control) => (
                    <textarea
                      {...control}
                      rows={3}
                      value={draft[f.key]}
                      onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
                    />
                  )}
                </FormField>
              ) : (
                <TextField
                  key={f.key}
                  label={f.label}
                  hint={f.hint}
                  type={f.type ?? 'text'}
                  value={draft[f.key]}
                  error={fieldErrors[f.key]}
                  onChange={(value) => setDraft({ ...draft, [f.key]: value })}
                />
              ),
            )}
          </div>
          <div className="crm-picker-actions">
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {saving ? 'Saving…' : 'Save contact information'}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
