import { useToast } from '../../../components/toast';
import { useState } from 'react';
import { Link } from 'react-router';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { UPDATE_PREFERENCES_MUTATION } from '../preferences.graphql';
import type { PreferenceFieldsFragment } from '../../../gql/graphql';
import { InputField } from '../../../components/input-field';
import { FormAlert } from '../../../components/form-alert';
import { LanguageField } from '../../../components/language-field';
import { TimezoneField } from '../../../components/timezone-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { changesLoginEmail, CURRENT_PASSWORD_HINT } from '../../../lib/login-email';
import { LABELS, PROFILE_FIELDS, rightsOf, toFormValues, toInput, type PreferenceValues } from '../preferences-form-values';
import { NotificationSwitches } from './notification-switches';
import { PhoneListEditor } from '../../../components/phone-list/phone-list-editor';
import { phoneRowErrors } from '../../../components/phone-list/phone-rows';
import { SignatureField } from './signature-field';

type Catalog = Parameters<typeof toFormValues>[1];

const PHONES_LABEL = 'Phones';
const FORM_LABELS: Record<string, string> = {
  ...Object.fromEntries(PROFILE_FIELDS.map((f) => [`input.${f}`, LABELS[f]])),
  'input.phones': PHONES_LABEL,
};

export function PreferencesForm({ agent, catalog }: { agent: PreferenceFieldsFragment; catalog: Catalog }) {
  const rights = rightsOf(agent);
  const [update] = useMutation(UPDATE_PREFERENCES_MUTATION);
  const [error, setError] = useState<DisplayError | null>(null);
  const toast = useToast();
  // The events and labels never change while the page is open; only the switches do.
  const [defaults] = useState(() => toFormValues(agent, catalog));
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PreferenceValues>({ defaultValues: defaults });
  const typedEmail = useWatch({ control, name: 'email' });
  const emailChanged = rights.profile && changesLoginEmail(typedEmail, agent.email);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const { data } = await update({ variables: { id: agent.id, input: toInput(values, rights, agent.email) } });
      if (data) reset(toFormValues(data.updateAgent, catalog));
      toast.success('Your preferences have been saved.');
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, PROFILE_FIELDS, setFieldError);
      setError(shown);
    }
  });

  const required = { validate: (v: string) => (v.trim() ? true : 'is required') };
  const disabled = !rights.profile;
  const field = (name: (typeof PROFILE_FIELDS)[number]) => ({ label: LABELS[name], error: errors[name]?.message, disabled });

  return (
    <form onSubmit={onSubmit} className="form panel-stack" noValidate>
      <FormAlert error={error} labels={FORM_LABELS} />
      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        {disabled && <p className="alert alert-info">Your permissions do not include editing your own profile. Ask an administrator.</p>}
        <div className="field-grid">
          <InputField {...field('name')} autoComplete="name" {...register('name', required)} />
          <InputField {...field('alias')} hint="Shown to end users instead of your name." {...register('alias')} />
          <InputField {...field('email')} type="email" autoComplete="email" hint="You sign in with it." {...register('email', required)} />
          {emailChanged && (
            <InputField
              {...field('currentPassword')}
              type="password"
              autoComplete="current-password"
              required
              hint={CURRENT_PASSWORD_HINT}
              {...register('currentPassword', { ...required, shouldUnregister: true })}
            />
          )}
          <Controller
            control={control}
            name="timezone"
            render={({ field: f }) => (
              <TimezoneField value={f.value} onChange={f.onChange} error={errors.timezone?.message} disabled={disabled} />
            )}
          />
          <Controller
            control={control}
            name="language"
            render={({ field: f }) => (
              <LanguageField value={f.value} onChange={f.onChange} error={errors.language?.message} disabled={disabled} />
            )}
          />
        </div>
        <Controller
          control={control}
          name="phones"
          render={({ field: f }) => (
            <PhoneListEditor
              title={PHONES_LABEL}
              hint="Pick the country, then type the number as dialled there (or start it with +). SMS is your number for text messages."
              rows={f.value}
              onChange={f.onChange}
              errors={phoneRowErrors(error?.fields ?? {}, 'input.phones')}
              listError={error?.fields?.['input.phones']}
              readOnly={disabled}
            />
          )}
        />
        <SignatureField {...field('signature')} saved={agent.signature ?? null} {...register('signature')} />
        <p>
          <Link to="/change-password">Change your password</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="notifications-title">
        <h2 id="notifications-title">Notifications</h2>
        {!rights.ticketNotifications && (
          <p className="alert alert-info">An administrator manages your ticket notifications. You can still change the others.</p>
        )}
        <NotificationSwitches
          name="ticketNotifications"
          caption="Ticket notifications"
          rows={defaults.ticketNotifications}
          register={register}
          disabled={!rights.ticketNotifications}
        />
        <NotificationSwitches
          name="otherNotifications"
          caption="Other notifications"
          rows={defaults.otherNotifications}
          register={register}
        />
      </section>
      <div>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save preferences'}
        </button>
      </div>
    </form>
  );
}
