import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../copy-button';
import { FormAlert } from '../form-alert';
import { FormField } from '../form-field';
import { InputField } from '../input-field';
import { SectionHeading } from '../section-heading';
import { InPlaceActions, useInPlaceForm } from '../in-place-form';
import { PhoneNumberInput, PhonePreview } from '../phone-list/phone-number-input';
import { applyServerFieldErrors } from '../../lib/form-errors';
import {
  changedContact,
  CONTACT_INPUT_TYPES,
  CONTACT_KEYS,
  contactDraft,
  hasContactHint,
  type ContactDraft,
  type ContactKey,
  type ContactValues,
} from './contact-fields';
import { ContactValue } from './contact-links';

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
 * whose refused fields say why and keep what was typed. The phone is `[country +44] [number]`
 * (the phone list's control), sent in E.164 when it reads as a number.
 */
export function ContactEditor({ contact, canEdit, onSave, hints, mapUrl }: ContactEditorProps) {
  const { t } = useTranslation('crm');
  const saved = contactDraft(contact);
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<ContactDraft>({
    saved,
    what: t('contact.what'),
    save: async (draft) => {
      const changed = changedContact(contact, draft);
      if (Object.keys(changed).length) await onSave(changed);
    },
    fieldErrors: (shown, setError) => applyServerFieldErrors(shown, CONTACT_KEYS, setError),
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const filled = CONTACT_KEYS.filter((k) => contact[k]);
  const label = (k: ContactKey) => t(`contact.labels.${k}`);
  const hintOf = (k: ContactKey) => hints?.[k] ?? (hasContactHint(k) ? t(`contact.hints.${k}`) : undefined);
  // The phone's two controls are controlled (the picker's pieces), registered so a new save revalidates them.
  const { field: phoneCountry } = useController({ name: 'phoneCountry', control });
  const { field: phoneNumber } = useController({ name: 'phone', control });
  const phone = { country: phoneCountry.value, number: phoneNumber.value };
  const formLabels = Object.fromEntries(CONTACT_KEYS.map((k) => [`input.${k}`, label(k)]));

  return (
    <section className="crm-section" aria-labelledby="crm-contact-heading">
      <SectionHeading
        id="crm-contact-heading"
        title={t('contact.title')}
        editLabel={t('contact.edit')}
        onEdit={canEdit && !editing ? open : undefined}
        editRef={editButton}
      />
      {!editing ? (
        <>
          {filled.length ? (
            <dl className="crm-contact">
              {filled.map((k) => (
                <div key={k} className="crm-contact-row">
                  <dt>{label(k)}</dt>
                  <dd>
                    <ContactValue field={k} value={contact[k]!} mapUrl={mapUrl} />
                    <CopyButton
                      text={contact[k]!}
                      label={t('contact.copy')}
                      what={t(`contact.copyWhat.${k}`, { value: contact[k]! })}
                      small
                    />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">{t('contact.empty')}</p>
          )}
        </>
      ) : (
        <form {...formProps} className="crm-contact-form" aria-label={t('contact.title')}>
          <FormAlert error={error} labels={formLabels} />
          <div className="field-grid">
            {CONTACT_KEYS.map((k) =>
              k === 'phone' ? (
                <FormField key={k} label={label(k)} hint={hintOf(k)} error={errors.phone?.message}>
                  {(control) => (
                    <div className="phone-input">
                      <PhoneNumberInput
                        id={control.id}
                        value={phone}
                        onChange={(patch) => {
                          if (patch.country !== undefined) phoneCountry.onChange(patch.country);
                          if (patch.number !== undefined) phoneNumber.onChange(patch.number);
                        }}
                        countryLabel={t('contact.phoneCountry')}
                        invalid={{ number: !!errors.phone }}
                        describedBy={control['aria-describedby']}
                      />
                      <PhonePreview value={phone} />
                    </div>
                  )}
                </FormField>
              ) : k === 'address' ? (
                <FormField key={k} label={label(k)} hint={hintOf(k)} error={errors[k]?.message}>
                  {(control) => <textarea {...control} rows={3} {...register(k)} />}
                </FormField>
              ) : (
                <InputField
                  key={k}
                  label={label(k)}
                  hint={hintOf(k)}
                  type={CONTACT_INPUT_TYPES[k]}
                  autoComplete="off"
                  error={errors[k]?.message}
                  {...register(k)}
                />
              ),
            )}
          </div>
          <InPlaceActions saving={isSubmitting} saveLabel={t('contact.save')} onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
