import type { UseFormReturn } from 'react-hook-form';
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
  const required = (v: string) => (v.trim() ? true : 'is required');
  return (
    <fieldset className="form-section">
      <legend>OpenID Connect</legend>
      <InputField
        label="Issuer URL"
        type="url"
        hint="Roster reads <issuer>/.well-known/openid-configuration. https only (http on localhost)."
        error={errors.oidc?.issuer?.message}
        {...register('oidc.issuer', { validate: required })}
      />
      <InputField
        label="Client ID"
        autoComplete="off"
        error={errors.oidc?.clientId?.message}
        {...register('oidc.clientId', { validate: required })}
      />
      <InputField
        label="Client secret"
        type="password"
        autoComplete="new-password"
        hint={provider?.oidc?.clientSecretSet ? 'A secret is stored: leave empty to keep it.' : 'Empty: a public client (PKCE only).'}
        error={errors.oidc?.clientSecret?.message}
        {...register('oidc.clientSecret')}
      />
      <InputField
        label="Scopes"
        hint="Separated by spaces; must include openid."
        error={errors.oidc?.scopes?.message}
        {...register('oidc.scopes')}
      />
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
