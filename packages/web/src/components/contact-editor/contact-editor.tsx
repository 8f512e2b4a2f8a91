import { CopyButton } from '../copy-button';
import { FormAlert } from '../form-alert';
import { FormField } from '../form-field';
import { InputField } from '../input-field';
import { SectionHeading } from '../section-heading';
import { InPlaceActions, useInPlaceForm } from '../in-place-form';
import { applyServerFieldErrors } from '../../lib/form-errors';
import {
  changedContact,
  CONTACT_HINTS,
  CONTACT_INPUT_TYPES,
  CONTACT_KEYS,
  CONTACT_LABELS,
  contactDraft,
  type ContactDraft,
  type ContactKey,
  type ContactValues,
} from './contact-fields';
import { ContactValue } from './contact-links';

const FORM_LABELS = Object.fromEntries(CONTACT_KEYS.map((k) => [`input.${k}`, CONTACT_LABELS[k]]));

export interface ContactEditorProps {
  contact: ContactValues;
  canEdit: boolean;
  /** Saves the fields that changed (blank: null) through the record's own mutation; rejects with the API's error. */
  onSave: (changed: ContactValues) => Promise<void>;
  /** Hints that differ by record (an agent's CRM phone is not their Preferences phone). */
  hints?: Partial<Record<ContactKey, string>>;
  /** The map link pattern of addresses (crmSettings.addressMapUrl); the default OpenStreetMap search when absent. */
  mapUrl?: string | null;
}

/**
 * Contact information of a user or an agent: links and copy buttons to read; Edit opens a form
 * whose refused fields say why and keep what was typed.
 */
export function ContactEditor({ contact, canEdit, onSave, hints, mapUrl }: ContactEditorProps) {
  const saved = contactDraft(contact);
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<ContactDraft>({
    saved,
    what: 'contact information',
    save: async (draft) => {
      const changed = changedContact(contact, draft);
      if (Object.keys(changed).length) await onSave(changed);
    },
    fieldErrors: (shown, setError) => applyServerFieldErrors(shown, CONTACT_KEYS, setError),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const filled = CONTACT_KEYS.filter((k) => contact[k]);
  const hintOf = (k: ContactKey) => hints?.[k] ?? CONTACT_HINTS[k];

  return (
    <section className="crm-section" aria-labelledby="crm-contact-heading">
      <SectionHeading
        id="crm-contact-heading"
        title="Contact information"
        onEdit={canEdit && !editing ? open : undefined}
        editRef={editButton}
      />
      {!editing ? (
        <>
          {filled.length ? (
            <dl className="crm-contact">
              {filled.map((k) => (
                <div key={k} className="crm-contact-row">
                  <dt>{CONTACT_LABELS[k]}</dt>
                  <dd>
                    <ContactValue field={k} value={contact[k]!} mapUrl={mapUrl} />
                    <CopyButton text={contact[k]!} what={`${CONTACT_LABELS[k].toLowerCase()} ${contact[k]}`} small />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">No contact information yet.</p>
          )}
        </>
      ) : (
        <form {...formProps} className="crm-contact-form" aria-label="Contact information">
          <FormAlert error={error} labels={FORM_LABELS} />
          <div className="field-grid">
            {CONTACT_KEYS.map((k) =>
              k === 'address' ? (
                <FormField key={k} label={CONTACT_LABELS[k]} hint={hintOf(k)} error={errors[k]?.message}>
                  {(control) => <textarea {...control} rows={3} {...register(k)} />}
                </FormField>
              ) : (
                <InputField
                  key={k}
                  label={CONTACT_LABELS[k]}
                  hint={hintOf(k)}
                  type={CONTACT_INPUT_TYPES[k]}
                  autoComplete="off"
                  error={errors[k]?.message}
                  {...register(k)}
                />
              ),
            )}
          </div>
          <InPlaceActions saving={isSubmitting} saveLabel="Save contact information" onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
