import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InputField } from '../../../components/input-field';
import type { SsoProviderFieldsFragment } from '../../../gql/graphql';
import type { ProtocolInput, ProviderFormValues } from './provider-form-values';

export interface ProtocolFieldsProps {
  form: UseFormReturn<ProviderFormValues>;
  /** The provider being edited; null for a new one. */
  provider: SsoProviderFieldsFragment | null;
}

/** The OIDC part of the provider form: issuer (discovery), client id and secret, scopes. */
export function OidcFields({ form, provider }: ProtocolFieldsProps) {
  const {
    register,
    formState: { errors },
  } = form;
  const { t } = useTranslation('sso');
  const required = (v: string) => (v.trim() ? true : t('form.required'));
  // Registered outside the JSX: the literal-text lint reads field names in a spread as text.
  const fields = {
    issuer: register('oidc.issuer', { validate: required }),
    clientId: register('oidc.clientId', { validate: required }),
    clientSecret: register('oidc.clientSecret'),
    scopes: register('oidc.scopes'),
  };
  return (
    <fieldset className="form-section">
      <legend>{t('oidc.legend')}</legend>
      <InputField label={t('oidc.issuer')} type="url" hint={t('oidc.issuerHint')} error={errors.oidc?.issuer?.message} {...fields.issuer} />
      <InputField label={t('oidc.clientId')} autoComplete="off" error={errors.oidc?.clientId?.message} {...fields.clientId} />
      <InputField
        label={t('oidc.clientSecret')}
        type="password"
        autoComplete="new-password"
        hint={provider?.oidc?.clientSecretSet ? t('oidc.secretStored') : t('oidc.publicClient')}
        error={errors.oidc?.clientSecret?.message}
        {...fields.clientSecret}
      />
      <InputField label={t('oidc.scopes')} hint={t('oidc.scopesHint')} error={errors.oidc?.scopes?.message} {...fields.scopes} />
    </fieldset>
  );
}

export function oidcInput(values: ProviderFormValues, editing: boolean): ProtocolInput {
  const { issuer, clientId, clientSecret, scopes } = values.oidc;
  // Editing with the secret left empty keeps the stored one (null); a new provider without one is a public client ('').
  return {
    oidc: {
      issuer: issuer.trim(),
      clientId: clientId.trim(),
      clientSecret: clientSecret || (editing ? null : ''),
      scopes: scopes.trim() || null,
    },
  };
}
