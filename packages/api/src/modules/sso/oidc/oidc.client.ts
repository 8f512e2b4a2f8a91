import * as client from 'openid-client';
import { normalizeEmail } from '@roster/shared';
import { BoundedCache } from '../../../common/bounded-cache';
import type { SsoProvider } from '../sso-provider.entity';
import { SsoError, type SsoFailureReason, type SsoIdentity } from '../sso.identity';
import { isLoopbackHttp, oidcClientSecret, parseOidcConfig } from './oidc.config';

// openid-client 6 does the protocol: discovery and the provider's JWKS (fetched and cached inside
// its Configuration), the token request with the PKCE verifier, and the ID token checks
// (signature, issuer, audience, expiry within CLOCK_TOLERANCE_SECONDS, state, nonce).

/** How far the provider's clock may be off when checking iat/exp/nbf (seconds). */
export const CLOCK_TOLERANCE_SECONDS = 60;
/** Discovery is fetched again after this long (a provider rotating its keys is picked up: openid-client refetches a JWKS on an unknown kid). */
const DISCOVERY_TTL_MS = 10 * 60_000;
const HTTP_TIMEOUT_SECONDS = 10;
const MAX_GROUPS = 200;

const discovered = new BoundedCache<string, { at: number; config: Promise<client.Configuration> }>(50, 50 * 1024);

/** The provider's openid-client Configuration (discovery from its issuer), cached per provider version. */
export function oidcConfiguration(provider: SsoProvider, secretKey: string, now = Date.now()): Promise<client.Configuration> {
  const key = `${provider.id}:${provider.updatedAt.getTime()}`;
  const hit = discovered.get(key);
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const c = parseOidcConfig(provider.config);
  const secret = oidcClientSecret(secretKey, provider.id, c);
  const config = client
    .discovery(
      new URL(c.issuer),
      c.clientId,
      { client_id: c.clientId, [client.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
      secret ? client.ClientSecretBasic(secret) : client.None(),
      // http issuers are allowed only on loopback addresses (issuerAllowed, when the admin saved it).
      { timeout: HTTP_TIMEOUT_SECONDS, ...(isLoopbackHttp(c.issuer) ? { execute: [client.allowInsecureRequests] } : {}) },
    )
    .catch((e: unknown) => {
      discovered.delete(key);
      throw e;
    });
  discovered.set(key, { at: now, config }, 1024);
  return config;
}

/** What an openid-client / oauth4webapi / jose error means for the audit log and the sign-in page. */
export function oidcFailureReason(error: unknown): SsoFailureReason {
  if (error instanceof SsoError) return error.reason;
  const e = error as { code?: string; cause?: { claim?: string } };
  if (e?.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    const claim = e.cause?.claim;
    return claim === 'iss' ? 'WRONG_ISSUER' : claim === 'aud' || claim === 'azp' ? 'WRONG_AUDIENCE' : 'INVALID_STATE';
  }
  if (e?.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return 'EXPIRED';
  if (e?.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || e?.code === 'OAUTH_JWS_SIGNATURE_VERIFICATION_FAILED')
    return 'INVALID_SIGNATURE';
  return 'PROVIDER_ERROR';
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The person the provider's claims describe, read through the provider's claim names. */
export function identityFromClaims(provider: SsoProvider, claims: Record<string, unknown>): SsoIdentity {
  const subject = str(claims.sub);
  if (!subject || subject.length > 255) throw new SsoError('PROVIDER_ERROR', 'The provider sent no usable subject (sub)');
  const rawEmail = str(claims[provider.emailClaim]);
  const rawGroups = provider.groupsClaim ? claims[provider.groupsClaim] : undefined;
  const groups = (Array.isArray(rawGroups) ? rawGroups : typeof rawGroups === 'string' ? [rawGroups] : [])
    .filter((g): g is string => typeof g === 'string')
    .slice(0, MAX_GROUPS);
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  const acr = str(claims.acr);
  const { mfaAcrValues } = parseOidcConfig(provider.config);
  return {
    protocol: 'OIDC',
    subject,
    email: rawEmail ? normalizeEmail(rawEmail) : null,
    emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    name: str(claims[provider.nameClaim]),
    groups,
    mfa: amr.includes('mfa') || (acr !== null && mfaAcrValues.includes(acr)),
  };
}
