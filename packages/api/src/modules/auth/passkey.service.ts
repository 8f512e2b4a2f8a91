import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import { lockAgent } from '../agent/agent.lock';
import { mustHaveSecondFactor } from '../setting';
import { Session } from './auth.entity';
import { Passkey, RecoveryCode } from './second-factor.entity';
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

/** What every response is checked against: this challenge, PUBLIC_URL's origin and host; presence is enough (the password came first). */
function expected(sc: ServiceContext, challenge: string) {
  const { rpID, origin } = relyingParty(sc.config.publicUrl);
  return { expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false };
}

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
    userID: new TextEncoder().encode(`agent-${agent.id}`),
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
  const result = await verifyAuthenticationResponse({
    response,
    ...expected(sc, challenge),
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
