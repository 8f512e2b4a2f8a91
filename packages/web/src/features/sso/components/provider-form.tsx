import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { FormAlert } from '../../../components/form-alert';
import { AgentTypeField } from '../../agents/components/agent-type-field';
import { FormField } from '../../../components/form-field';
import { InputField } from '../../../components/input-field';
import { MultiSelect } from '../../../components/multi-select';
import { useToast } from '../../../components/toast';
import type { SsoProviderFieldsFragment, TrustProviderMfa } from '../../../gql/graphql';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { CREATE_SSO_PROVIDER_MUTATION, UPDATE_SSO_PROVIDER_MUTATION } from '../sso.graphql';
import { PROTOCOL_FORMS } from './protocol-fields';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import { SAML_FIELDS } from './saml-fields';
import { emptyProvider, parseMappings, providerValues, type ProviderFormValues } from './provider-form-values';

const MFA_CHOICES = ['NEVER', 'WHEN_PROVIDER_DID_MFA', 'ALWAYS'] as const satisfies readonly `${TrustProviderMfa}`[];

interface ProviderFormProps {
  provider: SsoProviderFieldsFragment | null;
  protocol: NonNullable<SsoProviderFieldsFragment['protocol']>;
  teams: { id: string; name: string }[];
  groups: { id: string; name: string }[];
  onDone: () => void;
}

/** Adds or edits a provider: the protocol-free fields here, the protocol's own in its fields component. */
export function ProviderForm({ provider, protocol, teams, groups, onDone }: ProviderFormProps) {
  const { t } = useTranslation('sso');
  const { groupName } = usePermissionLabels();
  const LABELS = {
    displayName: t('form.displayName'),
    emailClaim: t('form.emailClaim'),
    nameClaim: t('form.nameClaim'),
    groupsClaim: t('form.groupsClaim'),
    groupTeamMappings: t('form.groupTeamMappings'),
    defaultTeamIds: t('form.defaultTeamIds'),
    defaultPermissionGroupIds: t('form.defaultPermissionGroupIds'),
    trustProviderMfa: t('form.trustProviderMfa'),
  };
  const toast = useToast();
  const [error, setError] = useState<DisplayError | null>(null);
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const form = useForm<ProviderFormValues>({ defaultValues: provider ? providerValues(provider, teamName) : emptyProvider(protocol) });
  const { register, handleSubmit, control, setError: setFieldError, formState } = form;
  const [create] = useMutation(CREATE_SSO_PROVIDER_MUTATION, { refetchQueries: ['SsoPage'] });
  const [update] = useMutation(UPDATE_SSO_PROVIDER_MUTATION);
  const spec = PROTOCOL_FORMS[protocol];

  const onSubmit = handleSubmit(async (v) => {
    setError(null);
    const mappings = parseMappings(v.mappings, teams, t);
    if (typeof mappings === 'string') return setFieldError('mappings', { message: mappings });
    const input = {
      protocol,
      displayName: v.displayName.trim(),
      enabled: v.enabled,
      emailClaim: v.emailClaim.trim(),
      nameClaim: v.nameClaim.trim(),
      groupsClaim: v.groupsClaim.trim() || null,
      trustProviderMfa: v.trustProviderMfa,
      defaultTeamIds: v.defaultTeamIds,
      // Light agents hold no permission groups (the API refuses them).
      defaultPermissionGroupIds: v.defaultAgentType === 'LIGHT' ? [] : v.defaultPermissionGroupIds,
      defaultAgentType: v.defaultAgentType,
      groupTeamMappings: mappings,
      ...spec?.toInput(v, !!provider),
    };
    try {
      if (provider) await update({ variables: { id: provider.id, input } });
      else await create({ variables: { input } });
      toast.success(provider ? t('form.saved', { name: input.displayName }) : t('form.added', { name: input.displayName }));
      onDone();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(
        shown,
        ['displayName', 'emailClaim', 'nameClaim', 'groupsClaim', 'defaultTeamIds', 'defaultPermissionGroupIds'],
        setFieldError,
      );
      for (const f of ['issuer', 'clientId', 'clientSecret', 'scopes'] as const) {
        const message = shown.fields[`input.oidc.${f}`];
        if (message) setFieldError(`oidc.${f}`, { type: 'server', message });
      }
      for (const f of SAML_FIELDS) {
        const message =
          shown.fields[`input.saml.${f}`] ?? (f === 'idpCertificates' ? shown.fields['input.saml.idpCertificates.0'] : undefined);
        if (message) setFieldError(`saml.${f}`, { type: 'server', message });
      }
      if (shown.fields['input.groupTeamMappings'])
        setFieldError('mappings', { type: 'server', message: shown.fields['input.groupTeamMappings'] });
      setError(shown);
    }
  });

  const { errors } = formState;
  // Registered outside the JSX: the literal-text lint reads field names in a spread as text.
  const fields = {
    displayName: register('displayName', { validate: (x) => (x.trim() ? true : t('form.required')) }),
    enabled: register('enabled'),
    emailClaim: register('emailClaim'),
    nameClaim: register('nameClaim'),
    groupsClaim: register('groupsClaim'),
    mappings: register('mappings'),
    trustProviderMfa: register('trustProviderMfa'),
  };
  const lightDefault = useWatch({ control, name: 'defaultAgentType' }) === 'LIGHT';
  return (
    <form
      onSubmit={onSubmit}
      className="form"
      noValidate
      aria-label={provider ? t('form.editProvider', { name: provider.displayName }) : t('form.newProvider')}
    >
      <FormAlert error={error} labels={LABELS} />
      <InputField label={LABELS.displayName} hint={t('form.displayNameHint')} error={errors.displayName?.message} {...fields.displayName} />
      <label className="checkbox">
        <input type="checkbox" {...fields.enabled} /> {t('form.enabled')}
      </label>
      {spec ? <spec.Fields form={form} provider={provider} /> : <p className="muted">{t('form.notAvailable', { protocol })}</p>}
      <fieldset className="form-section">
        <legend>{t('form.claims')}</legend>
        <InputField label={LABELS.emailClaim} error={errors.emailClaim?.message} {...fields.emailClaim} />
        <InputField label={LABELS.nameClaim} error={errors.nameClaim?.message} {...fields.nameClaim} />
        <InputField
          label={LABELS.groupsClaim}
          hint={t('form.groupsClaimHint')}
          error={errors.groupsClaim?.message}
          {...fields.groupsClaim}
        />
        <FormField label={LABELS.groupTeamMappings} hint={t('form.groupTeamMappingsHint')} error={errors.mappings?.message}>
          {(control) => <textarea rows={3} {...control} {...fields.mappings} />}
        </FormField>
        <Controller
          control={control}
          name="defaultTeamIds"
          render={({ field }) => (
            <MultiSelect
              label={LABELS.defaultTeamIds}
              options={teams.map((t) => ({ value: t.id, label: t.name }))}
              value={field.value}
              onChange={field.onChange}
              error={errors.defaultTeamIds?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="defaultAgentType"
          render={({ field }) => <AgentTypeField value={field.value} onChange={field.onChange} />}
        />
        {/* Light agents hold the light permissions only: no permission groups to give them. */}
        {!lightDefault && (
          <Controller
            control={control}
            name="defaultPermissionGroupIds"
            render={({ field }) => (
              <MultiSelect
                label={LABELS.defaultPermissionGroupIds}
                options={groups.map((g) => ({ value: g.id, label: groupName(g) }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.defaultPermissionGroupIds?.message}
              />
            )}
          />
        )}
      </fieldset>
      <fieldset className="checkbox-list">
        <legend>{LABELS.trustProviderMfa}</legend>
        {MFA_CHOICES.map((choice) => (
          <label key={choice}>
            <input type="radio" value={choice} {...fields.trustProviderMfa} /> <span>{t(`form.mfa.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('form.saving') : provider ? t('form.save') : t('form.add')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
