// The public surface of single sign-on: the edges (src/http, src/graphql), db and tests import from here.
export { AgentSsoLink, SsoLoginState, SsoProvider, TrustProviderMfa } from './sso-provider.entity';
export { SsoProviderResolver, SsoSettingsResolver } from './sso.resolver';
export { completeSsoSignIn, recordSsoFailure, SSO_SIGN_IN, type SsoAttempt, type SsoSignInResult } from './sso.flows';
export { SsoError, type SsoFailureReason, type SsoIdentity, type SsoProtocol } from './sso.identity';
export { SSO_PROTOCOLS } from './sso.protocols';
export type { SsoProtocolConfig } from './sso.protocol-config';
export { finishOidcSignIn, startOidcSignIn, STATE_TTL_MINUTES } from './oidc/oidc.flows';
export { OIDC_CALLBACK_PATH } from './oidc/oidc.paths';
export { SSO_LIMITS } from './sso.limits';
export {
  finishSamlSignIn,
  SAML_REQUEST_TTL_MS,
  type SamlDeps,
  SamlProviderResolver,
  samlProviderOf,
  samlServiceProviderMetadata,
  startSamlSignIn,
} from './saml';
