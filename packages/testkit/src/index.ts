export { startSmtpSink } from './smtp-sink';
export type { SinkAttachment, SinkMessage, SmtpSink } from './smtp-sink';
export { startOidcProvider } from './oidc-provider';
export type { OidcTestAccount, OidcTestClient, OidcTestProvider } from './oidc-provider';
export { authnRequestOf, b64, MFA_CONTEXT, newIdpKey, PASSWORD_CONTEXT, TestIdp } from './saml-idp';
export type { IdpKey, IdpSamlConfig, ResponseOptions } from './saml-idp';
export { startSamlIdp } from './saml-idp-server';
export type { SamlIdpServer } from './saml-idp-server';
