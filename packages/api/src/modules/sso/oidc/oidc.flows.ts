import * as client from 'openid-client';
import { LessThan, MoreThan } from 'typeorm';
import { systemActor } from '../../../common/actor';
import { keyedHash } from '../../../common/secret-box';
import type { Context } from '../../../common/request';
import { sha256 } from '../../../common/tokens';
import { attemptKey, takeAttempt } from '../../auth/rate-limit';
import { SsoLoginState, SsoProvider } from '../sso-provider.entity';
import { completeSsoSignIn, recordSsoFailure, type SsoSignInResult } from '../sso.flows';
import { SsoError } from '../sso.identity';
import { parseOidcConfig } from './oidc.config';
import { identityFromClaims, oidcConfiguration, oidcFailureReason } from './oidc.client';
import { OIDC_CALLBACK_PATH } from './oidc.paths';

// The two legs of an OIDC sign-in at the edge. The state travels in the URL and in a cookie of
// this browser (so an answer started in another browser is refused); the server keeps only its
// hash and the nonce's hash, 10 minutes, taken once. The PKCE verifier and the nonce are keyed
// hashes of the state (SECRET_KEY): nothing that completes a sign-in is stored in the database.

export const STATE_TTL_MINUTES = 10;
const OIDC = systemActor('Single sign-on (OIDC)');
const SCOPES = 'openid email profile';

const nonceFor = (secretKey: string, state: string) => keyedHash(secretKey, 'sso-oidc-nonce', state);
const verifierFor = (secretKey: string, state: string) => keyedHash(secretKey, 'sso-oidc-pkce', state);

/** The provider's authorization URL for a new sign-in, and the state the browser must bring back. */
export async function startOidcSignIn(ctx: Context, providerId: number): Promise<{ url: string; state: string }> {
  const attempt = { providerId, protocol: 'OIDC' as const };
  try {
    const provider = await ctx.read(async (sc) => {
      // Each start leaves a row: starts count per IP like sign-ins.
      await takeAttempt(sc, [{ key: attemptKey('sso-start-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }], 'single sign-on');
      return sc.em.findOneBy(SsoProvider, { id: providerId, enabled: true, protocol: 'OIDC' });
    }, OIDC);
    if (!provider) throw new SsoError('NOT_CONFIGURED', 'This single sign-on provider is not enabled');
    const config = await oidcConfiguration(provider, ctx.config.secretKey).catch((e: unknown) => {
      throw new SsoError('PROVIDER_ERROR', `The provider's discovery document could not be read: ${(e as Error).message}`);
    });
    const state = client.randomState();
    const nonce = nonceFor(ctx.config.secretKey, state);
    await ctx.tx(async (sc) => {
      // Bounded: abandoned sign-ins go at the next start.
      await sc.em.delete(SsoLoginState, { expiresAt: LessThan(sc.clock()) });
      await sc.em.insert(SsoLoginState, {
        stateHash: sha256(state),
        nonceHash: sha256(nonce),
        providerId: provider.id,
        expiresAt: new Date(sc.clock().getTime() + STATE_TTL_MINUTES * 60_000),
      });
    }, OIDC);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: `${ctx.config.publicUrl}${OIDC_CALLBACK_PATH}`,
      scope: parseOidcConfig(provider.config).scopes ?? SCOPES,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifierFor(ctx.config.secretKey, state)),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  } catch (error) {
    await recordSsoFailure(ctx, attempt, error);
    throw error instanceof SsoError ? error : new SsoError('PROVIDER_ERROR', 'Single sign-on could not start');
  }
}

/** Takes the started sign-in of `state` once; INVALID_STATE when unknown, used or expired. */
async function takeState(ctx: Context, state: string): Promise<SsoLoginState> {
  return ctx.tx(async (sc) => {
    const row = await sc.em.findOneBy(SsoLoginState, { stateHash: sha256(state), expiresAt: MoreThan(sc.clock()) });
    const taken = row ? await sc.em.delete(SsoLoginState, { id: row.id }) : null;
    if (!row || taken?.affected !== 1) throw new SsoError('INVALID_STATE', 'This sign-in link is unknown, used or expired: start again');
    return row;
  }, OIDC);
}

/**
 * The provider sent the browser back (`callbackUrl`: the full URL it called). Checks the state
 * against the browser's cookie and the stored hash, exchanges the code with the PKCE verifier,
 * checks the ID token (openid-client), then completeSsoSignIn. Throws SsoError (recorded).
 */
export async function finishOidcSignIn(ctx: Context, callbackUrl: URL, cookieState: string | null): Promise<SsoSignInResult> {
  const state = callbackUrl.searchParams.get('state');
  let attempt = { providerId: 0, protocol: 'OIDC' as const };
  let identity;
  try {
    if (!state || state.length > 200 || !cookieState || state !== cookieState)
      throw new SsoError('INVALID_STATE', 'This sign-in was not started in this browser: start again');
    const row = await takeState(ctx, state);
    attempt = { ...attempt, providerId: row.providerId };
    const nonce = nonceFor(ctx.config.secretKey, state);
    if (sha256(nonce) !== row.nonceHash) throw new SsoError('INVALID_STATE', 'The sign-in state does not match');
    const provider = await ctx.read((sc) => sc.em.findOneBy(SsoProvider, { id: row.providerId, enabled: true, protocol: 'OIDC' }), OIDC);
    if (!provider) throw new SsoError('NOT_CONFIGURED', 'This single sign-on provider is not enabled');
    const error = callbackUrl.searchParams.get('error');
    if (error) throw new SsoError('PROVIDER_ERROR', `The provider answered ${error.slice(0, 100)}`);
    const config = await oidcConfiguration(provider, ctx.config.secretKey);
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: verifierFor(ctx.config.secretKey, state),
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    // Providers that keep the ID token small (conformIdTokenClaims) give the profile at userinfo.
    const userinfo = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : {};
    identity = identityFromClaims(provider, { ...userinfo, ...claims });
  } catch (error) {
    const reason = oidcFailureReason(error);
    await recordSsoFailure(ctx, attempt, error instanceof SsoError ? error : new SsoError(reason, (error as Error)?.message ?? 'failed'));
    throw error instanceof SsoError ? error : new SsoError(reason, "The provider's answer was refused");
  }
  return completeSsoSignIn(ctx, attempt.providerId, identity);
}
