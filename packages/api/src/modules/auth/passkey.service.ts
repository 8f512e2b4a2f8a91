import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { LessThan, MoreThan } from 'typeorm';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { newSecret, sha256 } from '../../common/tokens';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { lockAgent } from '../agent/agent.lock';
import { mustHaveSecondFactor } from '../setting';
import { Session } from './auth.entity';
import { Passkey, PasskeyChallenge, RecoveryCode } from './second-factor.entity';
import { endOtherSessions, logFactorChange, replaceRecoveryCodes, SecondFactorMethod, secondFactorMethods } from './second-factor.service';

// Passkeys (WebAuthn, @simplewebauthn/server) as a second factor: several per agent, named,
// removable. Each ceremony's challenge lives on the session row (any API process may answer the
// next request) and is taken once with a conditional UPDATE.

export const MAX_PASSKEYS = 10;

/** The relying party: PUBLIC_URL's host and origin (what the browser's page is served from). */
function relyingParty(publicUrl: string): { rpID: string; origin: string } {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

/**
 * What every response is checked against: this challenge, PUBLIC_URL's origin and host. Presence
 * is enough after the password; a password-less sign-in requires user verification (PIN, biometrics).
 */
function expected(sc: ServiceContext, challenge: string, requireUserVerification = false) {
  const { rpID, origin } = relyingParty(sc.config.publicUrl);
  return { expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification };
}

/** The WebAuthn user handle of an agent's passkeys (the same for all of them; no personal data). */
const userHandle = (agentId: number): Uint8Array<ArrayBuffer> => new TextEncoder().encode(`agent-${agentId}`);

async function storeChallenge(sc: ServiceContext, sessionToken: string, challenge: string): Promise<void> {
  await sc.em.update(Session, { tokenHash: sha256(sessionToken) }, { webauthnChallenge: challenge });
}

/** The session's pending challenge, cleared as it is read: a response is checked against it once. */
async function takeChallenge(sc: ServiceContext, sessionToken: string): Promise<string | null> {
  const session = await sc.em.findOneBy(Session, { tokenHash: sha256(sessionToken) });
  const challenge = session?.webauthnChallenge;
  if (!session || !challenge) return null;
  const taken = await sc.em
    .createQueryBuilder()
    .update(Session)
    .set({ webauthnChallenge: null })
    .where('id = :id AND webauthn_challenge = :challenge', { id: session.id, challenge })
    .execute();
  return taken.affected === 1 ? challenge : null;
}

function parseResponse<T>(json: string): T {
  try {
    const value = JSON.parse(json) as T & { id?: unknown };
    if (typeof value?.id === 'string' && value.id.length <= 1400) return value;
  } catch {
    // answered below
  }
  throw badInput({ response: 'is not a WebAuthn response from this browser' });
}

export const listPasskeys = (sc: ServiceContext) =>
  sc.em.find(Passkey, { where: { agentId: sc.actor.agent!.id }, order: { createdAt: 'ASC', id: 'ASC' }, take: MAX_PASSKEYS });

/** Options for navigator.credentials.create (JSON), remembering their challenge on this session. */
export async function startPasskeyRegistration(sc: ServiceContext, { sessionToken }: { sessionToken: string }): Promise<string> {
  const agent = sc.actor.agent!;
  const existing = await listPasskeys(sc);
  if (existing.length >= MAX_PASSKEYS) throw badInput({ name: `you already have ${MAX_PASSKEYS} passkeys: remove one first` });
  const { rpID } = relyingParty(sc.config.publicUrl);
  const options = await generateRegistrationOptions({
    rpName: 'Roster',
    rpID,
    userName: agent.email,
    userDisplayName: agent.name,
    userID: userHandle(agent.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports?.split(',') })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(sc, sessionToken, options.challenge);
  return JSON.stringify(options);
}

/**
 * Saves the passkey the browser created. The agent's first factor also gets recovery codes
 * (returned once); other sessions end, and an enrolment-only session becomes a full one.
 */
export async function finishPasskeyRegistration(
  sc: ServiceContext,
  args: { sessionToken: string; name: string; response: string },
): Promise<{ passkey: Passkey; recoveryCodes: string[] | null }> {
  const name = args.name.trim();
  if (!name || name.length > 100) throw badInput({ name: 'is required, at most 100 characters' });
  const response = parseResponse<RegistrationResponseJSON>(args.response);
  const challenge = await takeChallenge(sc, args.sessionToken);
  if (!challenge) throw badInput({ response: 'has no passkey request to answer: start again' });
  const verification = await verifyRegistrationResponse({ response, ...expected(sc, challenge) }).catch((e: Error) => {
    throw badInput({ response: `was refused: ${e.message}` });
  });
  if (!verification.verified) throw badInput({ response: 'was refused' });
  const { credential } = verification.registrationInfo;
  const agent = await lockAgent(sc.em, sc.actor.agent!.id);
  const hadFactor = (await secondFactorMethods(sc.em, agent.id)).length > 0;
  const credentialHash = sha256(credential.id);
  if (await sc.em.exists(Passkey, { where: { credentialHash } }))
    throw conflict('This passkey is already registered', { response: 'is registered already' });
  await sc.em.insert(Passkey, {
    agentId: agent.id,
    name,
    credentialHash,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    signCount: Math.min(credential.counter, 2 ** 31 - 1),
    transports: credential.transports?.join(',').slice(0, 200) ?? null,
    createdAt: sc.clock(),
    lastUsedAt: null,
  });
  const recoveryCodes = hadFactor ? null : await replaceRecoveryCodes(sc, agent.id);
  await endOtherSessions(sc, agent.id, args.sessionToken);
  await logFactorChange(sc, agent.id, hadFactor ? 'on' : 'off', `on (passkey "${name}" added)`, 'auth.factor_added');
  const passkey = await sc.em.findOneByOrFail(Passkey, { credentialHash });
  return { passkey, recoveryCodes };
}

/** Options for navigator.credentials.get at the second step (JSON), remembering their challenge. */
export async function startPasskeySecondStep(sc: ServiceContext, { sessionToken }: { sessionToken: string }): Promise<string> {
  const passkeys = await listPasskeys(sc);
  if (!passkeys.length) throw badInput({ response: 'you have no passkey: use a code' });
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(sc.config.publicUrl).rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports?.split(',') as never })),
    userVerification: 'preferred',
  });
  await storeChallenge(sc, sessionToken, options.challenge);
  return JSON.stringify(options);
}

/** Whether the browser's assertion proves one of the agent's passkeys (the challenge is used up either way). */
export async function takePasskeyAssertion(
  sc: ServiceContext,
  args: { agentId: number; sessionToken: string; response: string },
): Promise<boolean> {
  const response = parseResponse<AuthenticationResponseJSON>(args.response);
  const challenge = await takeChallenge(sc, args.sessionToken);
  if (!challenge) return false;
  const passkey = await sc.em.findOneBy(Passkey, { agentId: args.agentId, credentialHash: sha256(response.id) });
  if (!passkey) return false;
  return verifyAssertion(sc, passkey, response, challenge, false);
}

/**
 * Checks the assertion against the stored passkey (signature, challenge, origin, and a signature
 * counter that must grow when the authenticator keeps one: a cloned key is refused); on success
 * the new counter and the time of use are saved.
 */
async function verifyAssertion(
  sc: ServiceContext,
  passkey: Passkey,
  response: AuthenticationResponseJSON,
  challenge: string,
  requireUserVerification: boolean,
): Promise<boolean> {
  const result = await verifyAuthenticationResponse({
    response,
    ...expected(sc, challenge, requireUserVerification),
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
      counter: passkey.signCount,
    },
  }).catch(() => null);
  if (!result?.verified) return false;
  await sc.em.update(Passkey, passkey.id, {
    signCount: Math.min(result.authenticationInfo.newCounter, 2 ** 31 - 1),
    lastUsedAt: sc.clock(),
  });
  return true;
}

// Password-less sign-in: there is no session yet, so the challenge waits in a passkey_challenge
// row keyed by the hash of a random request id the client sends back; it lives a few minutes and
// is deleted as it is taken (once). Starts are limited per IP by the caller, so the table stays small.

export const PASSKEY_SIGN_IN_TTL_MINUTES = 5;

/** Options for navigator.credentials.get with no allowCredentials (the browser offers its discoverable passkeys). */
export async function startPasskeySignIn(sc: ServiceContext): Promise<{ requestId: string; options: string }> {
  const now = sc.clock();
  await sc.em.delete(PasskeyChallenge, { expiresAt: LessThan(now) });
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(sc.config.publicUrl).rpID,
    allowCredentials: [],
    userVerification: 'required',
  });
  const requestId = newSecret('rpk');
  await sc.em.insert(PasskeyChallenge, {
    requestHash: sha256(requestId),
    challenge: options.challenge,
    expiresAt: new Date(now.getTime() + PASSKEY_SIGN_IN_TTL_MINUTES * 60_000),
  });
  return { requestId, options: JSON.stringify(options) };
}

/** The request's challenge if it is live, deleted as it is read (a conditional DELETE: one taker). */
async function takeSignInChallenge(sc: ServiceContext, requestId: string): Promise<string | null> {
  if (requestId.length > 100) return null;
  const row = await sc.em.findOneBy(PasskeyChallenge, { requestHash: sha256(requestId), expiresAt: MoreThan(sc.clock()) });
  if (!row) return null;
  const taken = await sc.em.delete(PasskeyChallenge, { id: row.id });
  return taken.affected === 1 ? row.challenge : null;
}

/**
 * The agent a password-less assertion signs in: the challenge of `requestId` (used up either
 * way), a registered passkey whose user handle is its agent's, user verification, the signature
 * and counter, an active account. Refusals are UNAUTHENTICATED; `agentId` names the passkey's
 * agent when one was found (for the audit log).
 */
export async function checkPasskeySignIn(
  sc: ServiceContext,
  args: { requestId: string; response: string },
  found: { agentId?: number },
): Promise<Agent> {
  const response = parseResponse<AuthenticationResponseJSON>(args.response);
  const challenge = await takeSignInChallenge(sc, args.requestId);
  if (!challenge) throw unauthenticated('This passkey request has expired or was used: try again');
  const passkey = await sc.em.findOneBy(Passkey, { credentialHash: sha256(response.id) });
  if (!passkey) throw unauthenticated('This passkey is not registered with Roster: sign in with your password');
  found.agentId = passkey.agentId;
  const handle = response.response?.userHandle;
  if (handle !== Buffer.from(userHandle(passkey.agentId)).toString('base64url')) throw unauthenticated('This passkey was not accepted');
  if (!(await verifyAssertion(sc, passkey, response, challenge, true))) throw unauthenticated('This passkey was not accepted');
  const agent = await sc.em.findOneByOrFail(Agent, { id: passkey.agentId });
  if (agent.status !== AgentStatus.ACTIVE) throw unauthenticated('This account is disabled');
  return agent;
}

/** Removes one of the acting agent's passkeys; other sessions end. The last factor goes with its recovery codes, unless it is required. */
export async function removePasskey(sc: ServiceContext, args: { id: string; keepSessionToken: string | null }): Promise<boolean> {
  const agent = await lockAgent(sc.em, sc.actor.agent!.id);
  const passkey = await sc.em.findOneBy(Passkey, { id: parseId(args.id), agentId: agent.id });
  if (!passkey) throw notFound('Passkey');
  const methods = await secondFactorMethods(sc.em, agent.id);
  const others = methods.filter((m) => m === SecondFactorMethod.TOTP).length + ((await listPasskeys(sc)).length - 1);
  if (!others && (await mustHaveSecondFactor(sc.em, agent))) {
    throw forbidden('Two-step sign-in is required for your account: add another passkey or an authenticator app first');
  }
  await sc.em.delete(Passkey, passkey.id);
  if (!others) await sc.em.delete(RecoveryCode, { agentId: agent.id });
  await endOtherSessions(sc, agent.id, args.keepSessionToken);
  await logFactorChange(sc, agent.id, 'on', others ? `on (passkey "${passkey.name}" removed)` : 'off', 'auth.factor_removed');
  return true;
}
