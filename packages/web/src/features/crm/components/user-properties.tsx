import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { InPlaceActions, useInPlaceForm } from '../../../components/in-place-form';
import { FormField } from '../../../components/form-field';
import { SectionHeading } from '../../../components/section-heading';
import { LanguageField } from '../../../components/language-field';
import { TimezoneField } from '../../../components/timezone-field';
import { languageOptions } from '../../../lib/locale-options';
import type { UpdateUserInput } from '../../../gql/graphql';
import {
  cfKey,
  changedInput,
  draftValue,
  displayValue,
  draftErrors,
  initialDraft,
  localClock,
  type CustomFieldDef,
  type Draft,
  type PropertiesValues,
} from './properties-draft';

interface Props {
  user: PropertiesValues & { localTime?: string | null };
  /** Definitions in order; disabled ones are left out here. */
  fields: readonly CustomFieldDef[];
  canEdit: boolean;
  /** Rejects with the API's error. */
  onSave: (input: UpdateUserInput) => Promise<void>;
}

const withCurrent = (options: { value: string; label: string }[], current: string | undefined) =>
  current && !options.some((o) => o.value === current) ? [{ value: current, label: current }, ...options] : options;

/**
 * Properties: timezone with the user's local time, language and the custom fields that have a
 * value; Edit shows every field (react-hook-form, in place). A failed save keeps the draft and puts each
 * reason by its field.
 */
export function UserProperties({ user, fields: allFields, canEdit, onSave }: Props) {
  const { t } = useTranslation('crm');
  const { t: tc } = useTranslation('common');
  const fields = allFields.filter((f) => f.enabled);
  const [alert, setAlert] = useState<string | null>(null);
  const languages = languageOptions();
  const saved = initialDraft(user, fields);
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<Draft>({
    saved,
    what: t('properties.what'),
    save: async (draft) => {
      const { input } = changedInput(saved, draft, fields);
      if (Object.keys(input).length) await onSave(input);
    },
    fieldErrors: (shown, setError, draft) => {
      const { byKey, unmatched } = draftErrors(shown.fields, changedInput(saved, draft, fields).keys);
      for (const [key, message] of Object.entries(byKey)) setError(key, { type: 'server', message });
      setAlert(Object.keys(byKey).length && !unmatched.length ? t('properties.notSaved') : shown.message);
    },
  });
  const {
    control,
    formState: { errors, isSubmitting },
  } = form;

  if (!editing) {
    const byId = new Map(user.customFields.map((v) => [v.field.id, v.value]));
    const filled = fields.filter((f) => byId.has(f.id));
    const language = languages.find((l) => l.value === user.language)?.label ?? user.language;
    const timeZoneLabel = tc('fields.timeZone');
    const languageLabel = tc('fields.language');
    return (
      <section className="crm-section" aria-labelledby="crm-properties-heading">
        <SectionHeading
          id="crm-properties-heading"
          title={t('properties.heading')}
          editLabel={t('properties.edit')}
          onEdit={canEdit ? open : undefined}
          editRef={editButton}
        />
        <dl className="crm-properties">
          <div>
            <dt>{timeZoneLabel}</dt>
            <dd>
              {user.timezone ?? <span className="muted">{t('properties.notSet')}</span>}
              {user.localTime && (
                <span className="crm-local-time"> · {t('properties.localTime', { time: localClock(user.localTime) })}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{languageLabel}</dt>
            <dd>{language ?? <span className="muted">{t('properties.notSet')}</span>}</dd>
          </div>
          {filled.map((f) => (
            <div key={f.id}>
              <dt>{f.name}</dt>
              <dd>{displayValue(f, byId.get(f.id)!)}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  const errorOf = (key: string) => errors[key]?.message;
  return (
    <section className="crm-section" aria-labelledby="crm-properties-heading">
      <SectionHeading id="crm-properties-heading" title={t('properties.heading')} />
      <form {...formProps} className="crm-properties-form">
        {error && alert && (
          <p className="alert alert-error" role="alert">
            {alert}
          </p>
        )}
        <Controller
          control={control}
          name="timezone"
          render={({ field }) => (
            <TimezoneField value={field.value} onChange={field.onChange} error={errorOf('timezone')} notSet={t('properties.notSet')} />
          )}
        />
        <Controller
          control={control}
          name="language"
          render={({ field }) => (
            <LanguageField value={field.value} onChange={field.onChange} error={errorOf('language')} notSet={t('properties.notSet')} />
          )}
        />
        {fields.map((f) => (
          <Controller
            key={f.id}
            control={control}
            name={cfKey(f.id)}
            render={({ field }) => (
              <CustomFieldControl
                def={f}
                value={draftValue({ [field.name]: field.value }, f)}
                error={errorOf(field.name)}
                onChange={field.onChange}
              />
            )}
          />
        ))}
        <InPlaceActions saving={isSubmitting} saveLabel={t('properties.save')} onCancel={cancel} />
      </form>
    </section>
  );
}

interface ControlProps {
  def: CustomFieldDef;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The control of one custom field's type, labelled with its name, its description as the hint. */
function CustomFieldControl({ def, value, error, onChange }: ControlProps) {
  const { t } = useTranslation('crm');
  const hint = def.description ?? undefined;
  if (def.type === 'CHECKBOX') {
    const id = `crm-cf-${def.id}`;
    return (
      <div className="field">
        <label className="checkbox-inline" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={value === 'true'}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
            onChange={(e) => onChange(e.target.checked ? 'true' : 'false')}
          />
          {def.name}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {def.name} {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <FormField label={def.name} error={error} hint={hint}>
      {(control) =>
        def.type === 'DROPDOWN' ? (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t('properties.notSet')}</option>
            {withCurrent(
              def.options.map((o) => ({ value: o, label: o })),
              value,
            ).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            // A number is typed as text: a number input would hand back '' for "1,5" and lose what was typed.
            type={def.type === 'DATE' ? 'date' : 'text'}
            inputMode={def.type === 'NUMBER' ? 'decimal' : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FormField>
  );
}
