export { startSmtpSink } from './smtp-sink';
export type { SinkAttachment, SinkMessage, SmtpSink } from './smtp-sink';
export { startOidcProvider } from './oidc-provider';
export type { OidcTestAccount, OidcTestClient, OidcTestProvider } from './oidc-provider';
