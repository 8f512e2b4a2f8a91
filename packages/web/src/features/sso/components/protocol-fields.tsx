import type { ComponentType } from 'react';
import type { SsoProtocol } from '../../../gql/graphql';
import { OidcFields, oidcInput, type ProtocolFieldsProps } from './oidc-fields';
import { SamlFields, samlInput } from './saml-fields';
import type { ProtocolInput, ProviderFormValues } from './provider-form-values';

/**
 * Each protocol's part of the provider form, and how its values become the input's protocol
 * object. SAML adds its entry here (saml-fields.tsx), beside OIDC's.
 */
export const PROTOCOL_FORMS: Partial<
  Record<
    SsoProtocol,
    { label: string; Fields: ComponentType<ProtocolFieldsProps>; toInput: (v: ProviderFormValues, editing: boolean) => ProtocolInput }
  >
> = {
  OIDC: { label: 'OpenID Connect (OIDC)', Fields: OidcFields, toInput: oidcInput },
  SAML: { label: 'SAML 2.0', Fields: SamlFields, toInput: samlInput },
};
