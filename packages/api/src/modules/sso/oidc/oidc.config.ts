import { seal, unseal } from '../../../common/secret-box';
import type { SsoProtocolConfig } from '../sso.protocol-config';
import { isProviderUrl } from '../provider-url';
import type { OidcProviderConfig } from './oidc.inputs';

/** What `sso_provider.config` holds for an OIDC provider. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Sealed with SECRET_KEY (purpose OIDC_SECRET_PURPOSE, bound to the provider id); null: a public client (PKCE only). */
  clientSecret: string | null;
  /** acr values that mean the provider did multi-factor authentication. */
  mfaAcrValues: string[];
  /** Scopes asked for (space-separated); absent: openid email profile. */
  scopes?: string;
}

export const MAX_MFA_ACR_VALUES = 20;
const OIDC_SECRET_PURPOSE = 'sso-oidc-client-secret';
const aad = (providerId: number) => `sso_provider:${providerId}`;

/** The multi-factor policy URI of OpenID PAPE, which several providers send as acr. */
export const DEFAULT_MFA_ACR = ['http://schemas.openid.net/pape/policies/2007/06/multi-factor'];

export const parseOidcConfig = (json: string): OidcConfig => JSON.parse(json) as OidcConfig;

/** The stored client secret in plain text (for the token request only), or undefined for a public client. */
export function oidcClientSecret(secretKey: string, providerId: number, config: OidcConfig): string | undefined {
  return config.clientSecret ? unseal(secretKey, OIDC_SECRET_PURPOSE, config.clientSecret, aad(providerId)) : undefined;
}

/** https, or http on a loopback address (a provider on the same machine, as in the tests); no query or fragment. */
export function issuerAllowed(issuer: string): boolean {
  return isProviderUrl(issuer) && !/[?#]/.test(issuer);
}

export const isLoopbackHttp = (issuer: string) => new URL(issuer).protocol === 'http:';

export const oidcProtocol: SsoProtocolConfig = {
  configFromInput(sc, input, { providerId, previous, fc }) {
    const oidc = input.oidc;
    if (!fc.check(!!oidc, 'oidc', 'is required for an OIDC provider') || !oidc) return undefined;
    const issuer = oidc.issuer.trim().replace(/\/+$/, '');
    fc.check(
      issuer.length <= 500 && issuerAllowed(issuer),
      'oidc.issuer',
      'must be an https URL (http only on localhost), at most 500 characters',
    );
    const clientId = oidc.clientId.trim();
    fc.check(clientId.length >= 1 && clientId.length <= 255, 'oidc.clientId', 'must be 1 to 255 characters');
    fc.check(oidc.clientSecret == null || oidc.clientSecret.length <= 500, 'oidc.clientSecret', 'must be at most 500 characters');
    const acr = oidc.mfaAcrValues ?? DEFAULT_MFA_ACR;
    fc.check(
      acr.length <= MAX_MFA_ACR_VALUES && acr.every((v) => v.length >= 1 && v.length <= 300),
      'oidc.mfaAcrValues',
      'must be at most 20 values of 1 to 300 characters',
    );
    const scopes = (oidc.scopes ?? 'openid email profile').trim().split(/\s+/);
    fc.check(
      scopes.includes('openid') && scopes.length <= 20 && scopes.every((x) => /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/.test(x)),
      'oidc.scopes',
      'must include openid; at most 20 scopes separated by spaces',
    );
    if (!fc.ok) return undefined;
    const kept = previous ? parseOidcConfig(previous).clientSecret : null;
    const clientSecret =
      oidc.clientSecret == null
        ? kept
        : oidc.clientSecret === ''
          ? null
          : seal(sc.config.secretKey, OIDC_SECRET_PURPOSE, oidc.clientSecret, aad(providerId));
    const config: OidcConfig = { issuer, clientId, clientSecret, mfaAcrValues: acr, scopes: scopes.join(' ') };
    return JSON.stringify(config);
  },
  loggedValues(json) {
    const c = parseOidcConfig(json);
    // The sealed secret differs on every seal: log that one is set, not its value.
    return {
      issuer: c.issuer,
      clientId: c.clientId,
      clientSecret: c.clientSecret ? '(set)' : '(none)',
      mfaAcrValues: c.mfaAcrValues.join(' '),
    };
  },
};

export function oidcPublicConfig(json: string): OidcProviderConfig {
  const c = parseOidcConfig(json);
  return {
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecretSet: !!c.clientSecret,
    mfaAcrValues: c.mfaAcrValues,
    scopes: c.scopes ?? 'openid email profile',
  };
}
