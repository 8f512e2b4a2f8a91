import { useToast } from '../../../components/toast';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link } from 'react-router';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { i18n, setLanguage } from '../../../i18n';
import { UPDATE_PREFERENCES_MUTATION } from '../preferences.graphql';
import type { PreferenceFieldsFragment } from '../../../gql/graphql';
import { InputField } from '../../../components/input-field';
import { FormAlert } from '../../../components/form-alert';
import { LanguageField } from '../../../components/language-field';
import { TimezoneField } from '../../../components/timezone-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { changesLoginEmail } from '../../../lib/login-email';
import { fieldLabels, PROFILE_FIELDS, rightsOf, toFormValues, toInput, type PreferenceValues } from '../preferences-form-values';
import { NotificationSwitches } from './notification-switches';
import { PhoneListEditor } from '../../../components/phone-list/phone-list-editor';
import { phoneRowErrors } from '../../../components/phone-list/phone-rows';
import { SignatureField } from './signature-field';

type Catalog = Parameters<typeof toFormValues>[1];

export function PreferencesForm({ agent, catalog }: { agent: PreferenceFieldsFragment; catalog: Catalog }) {
  const { t } = useTranslation(['preferences', 'common']);
  const labels = fieldLabels(t);
  const formLabels: Record<string, string> = {
    ...Object.fromEntries(PROFILE_FIELDS.map((f) => [`input.${f}`, labels[f]])),
    'input.phones': t('fields.phones'),
  };
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
      if (data) {
        reset(toFormValues(data.updateAgent, catalog));
        // A new language of one's own applies at once (the cached viewer has it too): the toast speaks it already.
        await setLanguage(data.updateAgent.language);
      }
      toast.success(i18n.t('preferences:saved'));
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, PROFILE_FIELDS, setFieldError);
      setError(shown);
    }
  });

  const required = { validate: (v: string) => (v.trim() ? true : t('common:isRequired')) };
  const disabled = !rights.profile;
  const field = (name: (typeof PROFILE_FIELDS)[number]) => ({ label: labels[name], error: errors[name]?.message, disabled });

  return (
    <form onSubmit={onSubmit} className="form panel-stack" noValidate>
      <FormAlert error={error} labels={formLabels} />
      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profile')}</h2>
        {disabled && <p className="alert alert-info">{t('noProfileRight')}</p>}
        <div className="field-grid">
          <InputField {...field('name')} autoComplete="name" {...register('name', required)} />
          <InputField {...field('alias')} hint={t('fields.aliasHint')} {...register('alias')} />
          <InputField {...field('email')} type="email" autoComplete="email" hint={t('fields.emailHint')} {...register('email', required)} />
          {emailChanged && (
            <InputField
              {...field('currentPassword')}
              type="password"
              autoComplete="current-password"
              required
              hint={t('common:currentPasswordHint')}
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
              title={t('fields.phones')}
              hint={t('fields.phonesHint')}
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
          <Link to="/change-password">{t('changePassword')}</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t('notifications.title')}</h2>
        {!rights.ticketNotifications && <p className="alert alert-info">{t('notifications.managed')}</p>}
        <NotificationSwitches
          name="ticketNotifications"
          caption={t('notifications.ticket')}
          rows={defaults.ticketNotifications}
          register={register}
          disabled={!rights.ticketNotifications}
        />
        <NotificationSwitches
          name="otherNotifications"
          caption={t('notifications.other')}
          rows={defaults.otherNotifications}
          register={register}
        />
      </section>
      <div>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common:saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
