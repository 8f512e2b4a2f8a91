import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SAML, SamlStatusError, ValidateInResponseTo } from '@node-saml/node-saml';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../common/errors';
import { sha256 } from '../../../common/tokens';
import { SsoError, SsoFailureReason, SsoIdentity } from '../sso.identity';
import { attributesOf, BearerConfirmation, MFA_CONTEXT_CLASSES, readAssertion, readEnvelope, VerifiedAssertion } from './saml.assertion';
import { SAML_CLOCK_SKEW_MS, SAML_LIMITS, SAML_MAX_ASSERTION_AGE_MS, SAML_REQUEST_TTL_MS, SamlConfig } from './saml.config';
import { SamlAssertion, SamlRequest } from './saml.entity';

// Roster as a SAML 2.0 service provider (SP-initiated Web SSO): an AuthnRequest over the
// HTTP-Redirect binding, the answer over HTTP-POST. node-saml checks the XML signature of the
// assertion (required), its validity window and audience; this file adds what it leaves to the
// caller: issuer, Destination and Recipient (our ACS URL), the answered request (hashed, one-time,
// bound to the RelayState) and replay (assertion ids remembered until they expire).

/** What a SAML sign-in needs of an sso_provider row. */
export interface SamlProvider {
  id: string | number;
  config: SamlConfig;
}

/** The service's database and clock (a ServiceContext fits). */
export interface SamlDeps {
  em: EntityManager;
  config: { publicUrl: string };
  clock: () => Date;
}

/** Our names towards one IdP: the entity id (also the metadata URL) and the assertion consumer service. */
export function serviceProvider(publicUrl: string, providerId: string | number): { entityId: string; acsUrl: string } {
  const base = `${publicUrl.replace(/\/$/, '')}/sso/saml/${encodeURIComponent(String(providerId))}`;
  return { entityId: `${base}/metadata`, acsUrl: `${base}/acs` };
}

function samlClient(publicUrl: string, provider: SamlProvider, generateUniqueId?: () => string): SAML {
  const sp = serviceProvider(publicUrl, provider.id);
  return new SAML({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    audience: sp.entityId,
    entryPoint: provider.config.ssoUrl,
    idpCert: provider.config.idpCertificates,
    identifierFormat: provider.config.nameIdFormat ?? null,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
    maxAssertionAgeMs: SAML_MAX_ASSERTION_AGE_MS,
    // The request check is ours (a database row any API process can take once), not node-saml's memory cache.
    validateInResponseTo: ValidateInResponseTo.never,
    disableRequestedAuthnContext: true,
    ...(generateUniqueId ? { generateUniqueId } : {}),
  });
}

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A path inside the SPA to return to; anything else (another origin, `//host`) returns to the start page. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > SAML_LIMITS.url) return '/';
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}

async function prune(deps: SamlDeps): Promise<void> {
  const now = deps.clock();
  await deps.em.createQueryBuilder().delete().from(SamlRequest).where('expires_at < :now', { now }).execute();
  await deps.em.createQueryBuilder().delete().from(SamlAssertion).where('expires_at < :now', { now }).execute();
}

/**
 * The IdP's sign-in URL (HTTP-Redirect binding) for a new AuthnRequest, remembered for 10 minutes,
 * and its RelayState, which the caller also gives this browser in a cookie (the answer must come
 * back to the browser that asked: finishSamlSignIn).
 */
export async function startSamlSignIn(
  deps: SamlDeps,
  provider: SamlProvider,
  returnTo: unknown,
): Promise<{ url: string; relayState: string }> {
  await prune(deps);
  let requestId = '';
  const saml = samlClient(deps.config.publicUrl, provider, () => (requestId = `_${randomBytes(20).toString('hex')}`));
  const relayState = randomBytes(24).toString('base64url');
  const url = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
  await deps.em.insert(SamlRequest, {
    requestHash: sha256(requestId),
    relayHash: sha256(relayState),
    providerId: String(provider.id),
    returnTo: safeReturnTo(returnTo),
    expiresAt: new Date(deps.clock().getTime() + SAML_REQUEST_TTL_MS),
  });
  return { url, relayState };
}

/** Our SP metadata for admins to give their IdP: entity id, ACS (HTTP-POST), signed assertions wanted. */
export function samlServiceProviderMetadata(publicUrl: string, provider: SamlProvider): string {
  return samlClient(publicUrl, provider).generateServiceProviderMetadata(null, null);
}

/** node-saml's refusals as the contract's reasons (its messages are plain Errors). */
function reasonOf(e: Error): SsoFailureReason {
  if (e instanceof SamlStatusError) return 'PROVIDER_ERROR';
  if (/signature/i.test(e.message)) return 'INVALID_SIGNATURE';
  if (/not yet valid|expired/i.test(e.message)) return 'EXPIRED';
  if (/audience/i.test(e.message)) return 'WRONG_AUDIENCE';
  return 'PROVIDER_ERROR';
}

const ms = (instant: string | null): number | null => {
  const t = instant ? Date.parse(instant) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** The bearer confirmation addressed to our ACS and valid now; WRONG_RECIPIENT / EXPIRED otherwise. */
function confirmationFor(assertion: VerifiedAssertion, acsUrl: string, now: number): BearerConfirmation & { notOnOrAfter: string } {
  const ours = assertion.confirmations.filter((c) => c.recipient === acsUrl);
  if (!ours.length) throw new SsoError('WRONG_RECIPIENT', `The SAML assertion is not addressed to ${acsUrl} (Recipient)`);
  const valid = ours.find((c) => {
    const end = ms(c.notOnOrAfter);
    const start = ms(c.notBefore);
    return end !== null && now - SAML_CLOCK_SKEW_MS < end && (start === null || now + SAML_CLOCK_SKEW_MS >= start);
  });
  if (!valid) throw new SsoError('EXPIRED', 'The SAML assertion has expired (SubjectConfirmationData NotOnOrAfter)');
  return valid as BearerConfirmation & { notOnOrAfter: string };
}

/** Remembers the assertion until it can no longer be accepted; a second use is REPLAYED. */
async function refuseReplay(deps: SamlDeps, assertion: VerifiedAssertion, confirmation: { notOnOrAfter: string }): Promise<void> {
  const ends = [ms(confirmation.notOnOrAfter), ms(assertion.conditionsNotOnOrAfter)].filter((t): t is number => t !== null);
  const issued = ms(assertion.issueInstant);
  if (issued !== null) ends.push(issued + SAML_MAX_ASSERTION_AGE_MS);
  const expiresAt = new Date(Math.min(...ends) + SAML_CLOCK_SKEW_MS);
  try {
    await deps.em.insert(SamlAssertion, { assertionHash: sha256(`${assertion.issuer}\n${assertion.id}`), expiresAt });
  } catch (e) {
    if (isUniqueViolation(e)) throw new SsoError('REPLAYED', 'This SAML assertion was already used');
    throw e;
  }
}

/** Takes (deletes) the request the response answers, which must be this provider's, unexpired and sent with this RelayState. */
async function takeRequest(deps: SamlDeps, providerId: string, inResponseTo: string | null, relayState: string): Promise<SamlRequest> {
  const unknown = () =>
    new SsoError('INVALID_STATE', 'The SAML response answers no sign-in started here, or it took longer than 10 minutes: start again');
  if (!inResponseTo) throw unknown();
  const row = await deps.em.findOneBy(SamlRequest, { requestHash: sha256(inResponseTo) });
  if (!row) throw unknown();
  const taken = await deps.em.delete(SamlRequest, { id: row.id });
  const fresh = row.expiresAt.getTime() > deps.clock().getTime();
  if (taken.affected !== 1 || !fresh || row.providerId !== providerId || row.relayHash !== sha256(relayState)) throw unknown();
  return row;
}

/**
 * The identity in an HTTP-POST SAMLResponse (the ACS form body), and where the SPA returns;
 * SsoError with the reason when anything is off. `browserRelayState` is the RelayState this
 * browser was given at the start (its cookie): a response posted by another browser (login CSRF:
 * someone's own answer pushed into a victim's browser) or an unsolicited one (IdP-initiated, no
 * cookie) is refused before anything else. Writes (the request taken, the assertion remembered)
 * are kept even when the sign-in fails later: give `deps.em` outside the sign-in's transaction.
 */
export async function finishSamlSignIn(
  deps: SamlDeps,
  provider: SamlProvider,
  body: { SAMLResponse?: unknown; RelayState?: unknown },
  browserRelayState: string | null,
): Promise<{ identity: SsoIdentity; returnTo: string }> {
  const relayState = typeof body.RelayState === 'string' && body.RelayState.length <= 200 ? body.RelayState : '';
  if (!relayState || !browserRelayState || !sameSecret(relayState, browserRelayState))
    throw new SsoError(
      'INVALID_STATE',
      'This SAML response answers no sign-in started in this browser (unsolicited or from another browser)',
    );
  const encoded = body.SAMLResponse;
  if (typeof encoded !== 'string' || !encoded || encoded.length > SAML_LIMITS.responseChars)
    throw new SsoError('PROVIDER_ERROR', `SAMLResponse is missing or larger than ${SAML_LIMITS.responseChars / 1024} KB`);
  const { acsUrl } = serviceProvider(deps.config.publicUrl, provider.id);
  const envelope = await readEnvelope(Buffer.from(encoded, 'base64').toString('utf8'));
  if (envelope.destination !== null && envelope.destination !== acsUrl)
    throw new SsoError('WRONG_RECIPIENT', `The SAML response is not addressed to ${acsUrl} (Destination)`);

  const profile = await samlClient(deps.config.publicUrl, provider)
    .validatePostResponseAsync({ SAMLResponse: encoded })
    .then((r) => r.profile)
    .catch((e: Error) => {
      throw new SsoError(reasonOf(e), `The SAML response was refused: ${e.message.slice(0, 200)}`);
    });
  if (!profile?.getAssertionXml) throw new SsoError('PROVIDER_ERROR', 'The SAML response holds no assertion');
  const assertion = await readAssertion(profile.getAssertionXml());
  if (assertion.issuer !== provider.config.idpEntityId)
    throw new SsoError(
      'WRONG_ISSUER',
      `The SAML assertion was issued by ${String(assertion.issuer).slice(0, 200)}, not ${provider.config.idpEntityId}`,
    );
  const confirmation = confirmationFor(assertion, acsUrl, deps.clock().getTime());
  await prune(deps);
  await refuseReplay(deps, assertion, confirmation);
  if (envelope.inResponseTo !== null && envelope.inResponseTo !== confirmation.inResponseTo)
    throw new SsoError('INVALID_STATE', 'The SAML response and its assertion answer different requests');
  const request = await takeRequest(deps, String(provider.id), confirmation.inResponseTo, relayState);

  const nameId = assertion.nameId;
  if (!nameId) throw new SsoError('PROVIDER_ERROR', 'The SAML assertion has no NameID');
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  return {
    identity: {
      protocol: 'SAML',
      subject: nameId.slice(0, 255),
      ...attributesOf(attributes, nameId, provider.config),
      emailVerified: true,
      mfa: assertion.authnContextClassRefs.some((c) => MFA_CONTEXT_CLASSES.has(c)),
    },
    returnTo: request.returnTo,
  };
}
