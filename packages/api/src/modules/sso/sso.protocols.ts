import type { SsoProtocol } from './sso.identity';
import type { SsoProtocolConfig } from './sso.protocol-config';
import { oidcProtocol } from './oidc/oidc.config';
import { samlProtocol } from './saml/saml.protocol';

export const SSO_PROTOCOLS: Partial<Record<SsoProtocol, SsoProtocolConfig>> = {
  OIDC: oidcProtocol,
  SAML: samlProtocol,
};
