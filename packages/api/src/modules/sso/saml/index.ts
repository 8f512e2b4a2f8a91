export * from './saml.config';
export { SamlAssertion, SamlRequest } from './saml.entity';
export { fetchIdpMetadata, idpFromMetadata, parseIdpMetadata } from './saml.metadata';
export { finishSamlSignIn, safeReturnTo, samlServiceProviderMetadata, serviceProvider, startSamlSignIn } from './saml.service';
export type { SamlDeps, SamlProvider } from './saml.service';
export { SamlConfigInput, SamlIdpMetadata, SamlProviderConfig } from './saml.inputs';
export { samlProtocol, samlProviderOf, samlPublicConfig } from './saml.protocol';
export { SamlProviderResolver } from './saml.resolver';
