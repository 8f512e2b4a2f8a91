import { useState } from 'react';
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
import { SAML_FIELDS } from './saml-fields';
import { emptyProvider, parseMappings, providerValues, type ProviderFormValues } from './provider-form-values';

const LABELS = {
  displayName: 'Button name',
  emailClaim: 'Email claim',
  nameClaim: 'Name claim',
  groupsClaim: 'Groups claim',
  groupTeamMappings: 'Groups to teams',
  defaultTeamIds: 'Teams of new agents',
  defaultPermissionGroupIds: 'Permission groups of new agents',
  trustProviderMfa: "Skip Roster's two-step sign-in",
};

const MFA_CHOICES: { value: TrustProviderMfa; label: string }[] = [
  { value: 'NEVER' as TrustProviderMfa, label: 'Never: Roster asks for its own second step as after a password' },
  { value: 'WHEN_PROVIDER_DID_MFA' as TrustProviderMfa, label: 'When the provider says it did multi-factor authentication' },
  { value: 'ALWAYS' as TrustProviderMfa, label: "Always: the provider's sign-in counts as both steps" },
];

interface ProviderFormProps {
  provider: SsoProviderFieldsFragment | null;
  protocol: NonNullable<SsoProviderFieldsFragment['protocol']>;
  teams: { id: string; name: string }[];
  groups: { id: string; name: string }[];
  onDone: () => void;
}

/** Adds or edits a provider: the protocol-free fields here, the protocol's own in its fields component. */
export function ProviderForm({ provider, protocol, teams, groups, onDone }: ProviderFormProps) {
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
    const mappings = parseMappings(v.mappings, teams);
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
      toast.success(provider ? `Saved “${input.displayName}”.` : `Added “${input.displayName}”.`);
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
  const lightDefault = useWatch({ control, name: 'defaultAgentType' }) === 'LIGHT';
  return (
    <form onSubmit={onSubmit} className="form" noValidate aria-label={provider ? `Edit ${provider.displayName}` : 'New provider'}>
      <FormAlert error={error} labels={LABELS} />
      <InputField
        label={LABELS.displayName}
        hint="The sign-in page shows “Sign in with <name>”."
        error={errors.displayName?.message}
        {...register('displayName', { validate: (x) => (x.trim() ? true : 'is required') })}
      />
      <label className="checkbox">
        <input type="checkbox" {...register('enabled')} /> Enabled (shown on the sign-in page)
      </label>
      {spec ? <spec.Fields form={form} provider={provider} /> : <p className="muted">{protocol} settings are not available yet.</p>}
      <fieldset className="form-section">
        <legend>Claims and new agents</legend>
        <InputField label={LABELS.emailClaim} error={errors.emailClaim?.message} {...register('emailClaim')} />
        <InputField label={LABELS.nameClaim} error={errors.nameClaim?.message} {...register('nameClaim')} />
        <InputField label={LABELS.groupsClaim} hint="Empty: no groups." error={errors.groupsClaim?.message} {...register('groupsClaim')} />
        <FormField
          label={LABELS.groupTeamMappings}
          hint="One a line, e.g. support-tier-1 = Support Tier 1: a new agent in that group joins the team."
          error={errors.mappings?.message}
        >
          {(control) => <textarea rows={3} {...control} {...register('mappings')} />}
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
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
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
        {MFA_CHOICES.map((c) => (
          <label key={c.value}>
            <input type="radio" value={c.value} {...register('trustProviderMfa')} /> <span>{c.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : provider ? 'Save provider' : 'Add provider'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
