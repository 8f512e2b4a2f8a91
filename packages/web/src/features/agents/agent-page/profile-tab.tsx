import { use, useId, useMemo } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { fieldSentence } from '../../../lib/errors';
import { changesLoginEmail, CURRENT_PASSWORD_HINT, CURRENT_PASSWORD_LABEL } from '../../../lib/login-email';
import { ViewerContext } from '../../auth/viewer-context';
import { useUpdateAgent } from './use-update-agent';
import { SaveBar } from './save-bar';
import type { AgentDetails, TabProps } from './agent-page-types';

const FIELDS = {
  name: 'Name',
  alias: 'Alias (shown to end users)',
  email: 'Email (sign-in)',
  phone: 'Phone (for SMS)',
  landlinePhone: 'Land line',
  mobilePhone: 'Mobile phone',
  timezone: 'Timezone',
  language: 'Language',
  businessUnit: 'Business unit',
} as const;
type ProfileField = keyof typeof FIELDS;
/** currentPassword: asked of a viewer changing their own login email. */
type ProfileValues = Record<ProfileField | 'currentPassword', string>;

/** Server field errors arrive keyed by input path (`input.email`); the form's labels by the same. */
const LABELS = Object.fromEntries(
  [...Object.entries(FIELDS), ['currentPassword', CURRENT_PASSWORD_LABEL]].map(([field, label]) => [`input.${field}`, label]),
);
const REQUIRED = new Set<ProfileField>(['name', 'email', 'timezone', 'language']);

function toValues(agent: AgentDetails): ProfileValues {
  const values = { currentPassword: '' } as ProfileValues;
  for (const field of Object.keys(FIELDS) as ProfileField[]) values[field] = agent[field] ?? '';
  return values;
}

interface FieldProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  type?: string;
  list?: string;
  autoComplete?: string;
  required?: boolean;
}

function Field({ label, registration, error, hint, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} {...registration} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldSentence(label, error)}
        </p>
      )}
    </div>
  );
}

/** Name, alias, email, phones, timezone, language and business unit; server errors sit by their fields. */
export function ProfileTab({ agent, readOnly }: TabProps) {
  const update = useUpdateAgent(agent.id);
  const timezones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const listId = useId();
  // `values`: the form follows the cache when the agent changes elsewhere (Copy settings, another tab).
  const form = useForm<ProfileValues>({ values: toValues(agent) });
  const { errors, dirtyFields } = form.formState;
  // The viewer's own login email changes only with their current password (the API asks for it).
  const typedEmail = useWatch({ control: form.control, name: 'email' });
  const askPassword = use(ViewerContext)?.id === agent.id && changesLoginEmail(typedEmail, agent.email);

  const onSubmit = form.handleSubmit(async (values) => {
    const input: Partial<Record<ProfileField | 'currentPassword', string | null>> = {};
    for (const field of Object.keys(dirtyFields) as ProfileField[]) {
      if (!(field in FIELDS)) continue;
      const value = values[field].trim();
      input[field] = value === '' && !REQUIRED.has(field) ? null : value;
    }
    if (askPassword) input.currentPassword = values.currentPassword;
    if (await update.save(input)) form.reset({ ...values, currentPassword: '' });
  });

  function discard() {
    update.clearStatus();
    form.reset(toValues(agent));
  }

  const errorOf = (field: keyof ProfileValues) => errors[field]?.message ?? update.error?.fields[`input.${field}`];
  const register = (field: keyof ProfileValues) =>
    form.register(field, {
      required: REQUIRED.has(field as ProfileField) || field === 'currentPassword' ? 'is required' : false,
      shouldUnregister: field === 'currentPassword',
      onChange: () => update.clearStatus(),
    });

  return (
    <form className="tab-body profile-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset disabled={readOnly} className="form-grid">
        <legend className="visually-hidden">Profile</legend>
        <Field label={FIELDS.name} registration={register('name')} error={errorOf('name')} autoComplete="off" />
        <Field
          label={FIELDS.alias}
          registration={register('alias')}
          error={errorOf('alias')}
          hint="End users see this instead of the name."
          autoComplete="off"
        />
        <Field label={FIELDS.email} type="email" registration={register('email')} error={errorOf('email')} autoComplete="off" />
        {askPassword && (
          <Field
            label={CURRENT_PASSWORD_LABEL}
            type="password"
            registration={register('currentPassword')}
            error={errorOf('currentPassword')}
            hint={CURRENT_PASSWORD_HINT}
            autoComplete="current-password"
            required
          />
        )}
        <Field label={FIELDS.phone} type="tel" registration={register('phone')} error={errorOf('phone')} />
        <Field label={FIELDS.landlinePhone} type="tel" registration={register('landlinePhone')} error={errorOf('landlinePhone')} />
        <Field label={FIELDS.mobilePhone} type="tel" registration={register('mobilePhone')} error={errorOf('mobilePhone')} />
        <Field
          label={FIELDS.timezone}
          registration={register('timezone')}
          error={errorOf('timezone')}
          list={listId}
          hint="Type to search, e.g. Europe/Paris."
        />
        <datalist id={listId}>
          {timezones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Field
          label={FIELDS.language}
          registration={register('language')}
          error={errorOf('language')}
          hint="A language tag: en, de, pt-BR."
        />
        <Field label={FIELDS.businessUnit} registration={register('businessUnit')} error={errorOf('businessUnit')} />
      </fieldset>
      {!readOnly && <SaveBar update={update} dirty={form.formState.isDirty} onReset={discard} labels={LABELS} submit />}
    </form>
  );
}
