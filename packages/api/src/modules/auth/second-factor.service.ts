import { IsNull, Not } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, conflict, forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import type { Agent } from '../agent/agent.entity';
import { lockAgent } from '../agent/agent.lock';
import { secondFactorResetEmail } from '../mail/second-factor-reset.template';
import { mustHaveSecondFactor } from '../setting';
import { Session, type SessionStage } from './auth.entity';
import { Passkey, RecoveryCode, SecondFactor, SecondFactorKind } from './second-factor.entity';
import * as totp from './totp';
import { inList } from '../../common/relations';

// Two-step sign-in: an agent's TOTP factor (enrol, confirm, disable), recovery codes, checking a
// code at the second step, and an administrator's reset. A factor change ends the agent's other
// sessions. Codes are accepted once: a TOTP time step at most once per agent (a conditional
// UPDATE on the factor row, so two processes cannot both accept it), a recovery code once.

/** How a second step can be completed; passkeys will be another method. */
export enum SecondFactorMethod {
  TOTP = 'TOTP',
  PASSKEY = 'PASSKEY',
  RECOVERY_CODE = 'RECOVERY_CODE',
}

const confirmedTotp = (em: EntityManager, agentId: number) =>
  em.findOneBy(SecondFactor, { agentId, kind: SecondFactorKind.TOTP, confirmedAt: Not(IsNull()) });

/** The methods that can complete this agent's second step; empty when the agent has no factor. */
export async function secondFactorMethods(em: EntityManager, agentId: number): Promise<SecondFactorMethod[]> {
  const methods: SecondFactorMethod[] = [];
  if (await confirmedTotp(em, agentId)) methods.push(SecondFactorMethod.TOTP);
  if (await em.exists(Passkey, { where: { agentId } })) methods.push(SecondFactorMethod.PASSKEY);
  if (!methods.length) return methods;
  if (await em.exists(RecoveryCode, { where: { agentId, usedAt: IsNull() } })) methods.push(SecondFactorMethod.RECOVERY_CODE);
  return methods;
}

/** What a session that passed the password may do next (the second step with these methods, enrolment, or everything: null). */
export async function signInStage(em: EntityManager, agent: Agent): Promise<{ stage: SessionStage | null; methods: SecondFactorMethod[] }> {
  const methods = await secondFactorMethods(em, agent.id);
  if (methods.length) return { stage: 'SECOND_FACTOR', methods };
  return { stage: (await mustHaveSecondFactor(em, agent)) ? 'ENROLMENT' : null, methods };
}

export interface TwoStepStatus {
  enabled: boolean;
  methods: SecondFactorMethod[];
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  required: boolean;
}

export async function twoStepStatus(sc: ServiceContext): Promise<TwoStepStatus> {
  const agent = sc.actor.agent!;
  const factor = await confirmedTotp(sc.em, agent.id);
  const methods = await secondFactorMethods(sc.em, agent.id);
  const recoveryCodesLeft = methods.length ? await sc.em.count(RecoveryCode, { where: { agentId: agent.id, usedAt: IsNull() } }) : 0;
  return {
    enabled: methods.length > 0,
    methods,
    enabledAt: factor?.confirmedAt ?? null,
    recoveryCodesLeft,
    required: await mustHaveSecondFactor(sc.em, agent),
  };
}

/** Begins TOTP enrolment for the acting agent: a new secret (shown once), replacing an unconfirmed one. */
export async function startTotpEnrolment(sc: ServiceContext): Promise<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }> {
  const agent = await lockAgent(sc.em, sc.actor.agent!.id);
  if (await confirmedTotp(sc.em, agent.id)) throw conflict('Two-step sign-in is already on: turn it off first to use another app');
  await sc.em.delete(SecondFactor, { agentId: agent.id, kind: SecondFactorKind.TOTP, confirmedAt: IsNull() });
  const secret = totp.newTotpSecret();
  await sc.em.insert(SecondFactor, {
    agentId: agent.id,
    kind: SecondFactorKind.TOTP,
    secretSealed: totp.sealTotpSecret(sc.config.secretKey, secret, agent.id),
    createdAt: sc.clock(),
    confirmedAt: null,
    lastUsedStep: null,
  });
  const otpauthUri = totp.totpUri(secret, agent.email);
  return { secret, otpauthUri, qrCodeDataUrl: await totp.qrCodeDataUrl(otpauthUri) };
}

/**
 * Accepts `code` for the factor once: the step it belongs to must be later than the last one
 * accepted, and the UPDATE that records it must win (another process may have taken it).
 */
async function takeTotpCode(sc: ServiceContext, factor: SecondFactor, code: string): Promise<boolean> {
  const digits = totp.asTotpCode(code);
  if (!digits) return false;
  const secret = totp.unsealTotpSecret(sc.config.secretKey, factor.secretSealed, factor.agentId);
  const step = await totp.matchTotp({ secret, code: digits, now: sc.clock(), afterStep: factor.lastUsedStep });
  if (step === null) return false;
  const result = await sc.em
    .createQueryBuilder()
    .update(SecondFactor)
    .set({ lastUsedStep: step })
    .where('id = :id AND (last_used_step IS NULL OR last_used_step < :step)', { id: factor.id, step })
    .execute();
  return result.affected === 1;
}

async function takeRecoveryCode(sc: ServiceContext, agentId: number, code: string): Promise<boolean> {
  const normalized = totp.normalizeRecoveryCode(code);
  if (!normalized) return false;
  const result = await sc.em.update(
    RecoveryCode,
    { agentId, codeHash: totp.recoveryCodeHash(sc.config.secretKey, normalized), usedAt: IsNull() },
    { usedAt: sc.clock() },
  );
  return result.affected === 1;
}

/** Which method `code` completed for the agent (a current TOTP code, else a recovery code, with or without TOTP), or null; either is used up. */
export async function takeSecondFactorCode(
  sc: ServiceContext,
  { agentId, code, allowRecoveryCode = true }: { agentId: number; code: string; allowRecoveryCode?: boolean },
): Promise<SecondFactorMethod | null> {
  // An agent whose factors are passkeys only has recovery codes too (no TOTP to try first).
  const factor = await confirmedTotp(sc.em, agentId);
  if (factor && (await takeTotpCode(sc, factor, code))) return SecondFactorMethod.TOTP;
  if (allowRecoveryCode && (await takeRecoveryCode(sc, agentId, code))) return SecondFactorMethod.RECOVERY_CODE;
  return null;
}

/** New recovery codes for the agent (the old ones stop working); the plain codes are returned once. */
export async function replaceRecoveryCodes(sc: ServiceContext, agentId: number): Promise<string[]> {
  const codes = totp.newRecoveryCodes();
  const now = sc.clock();
  await sc.em.delete(RecoveryCode, { agentId });
  await sc.em.insert(
    RecoveryCode,
    codes.map((c) => ({
      agentId,
      codeHash: totp.recoveryCodeHash(sc.config.secretKey, totp.normalizeRecoveryCode(c)!),
      createdAt: now,
      usedAt: null,
    })),
  );
  return codes;
}

/** Ends the agent's sessions but `keepToken`'s (that one becomes a full session: the factor was just proven). */
export async function endOtherSessions(sc: ServiceContext, agentId: number, keepToken: string | null): Promise<void> {
  const keep = keepToken ? sha256(keepToken) : '';
  await sc.em.createQueryBuilder().delete().from(Session).where('agent_id = :agentId AND token_hash <> :keep', { agentId, keep }).execute();
  if (keepToken) await sc.em.update(Session, { tokenHash: keep, agentId }, { stage: null });
}

/** Audit actions of factor changes (the change-log entry carries what changed). */
export type FactorAction = 'auth.factor_added' | 'auth.factor_removed' | 'auth.factor_reset' | 'auth.recovery_codes_regenerated';

export const logFactorChange = (sc: ServiceContext, agentId: number, from: string, to: string, action: FactorAction) =>
  recordChanges(sc.em, sc.actor, ChangeLogEntityType.AGENT, agentId, [{ field: 'twoStepSignIn', oldValue: from, newValue: to }], action);

/**
 * Confirms the enrolment begun by startTotpEnrolment with a first code from the app: two-step
 * sign-in is on, 10 recovery codes are returned (shown once), every other session ends, and an
 * enrolment-only session becomes a full one.
 */
export async function confirmTotpEnrolment(
  sc: ServiceContext,
  { code, keepSessionToken }: { code: string; keepSessionToken: string | null },
): Promise<string[]> {
  const agent = await lockAgent(sc.em, sc.actor.agent!.id);
  const pending = await sc.em.findOneBy(SecondFactor, { agentId: agent.id, kind: SecondFactorKind.TOTP, confirmedAt: IsNull() });
  if (!pending) {
    throw badInput({ code: (await confirmedTotp(sc.em, agent.id)) ? 'two-step sign-in is already on' : 'start the set-up first' });
  }
  if (!(await takeTotpCode(sc, pending, code))) throw badInput({ code: 'is not the current code of your authenticator app' });
  await sc.em.update(SecondFactor, pending.id, { confirmedAt: sc.clock() });
  const codes = await replaceRecoveryCodes(sc, agent.id);
  await endOtherSessions(sc, agent.id, keepSessionToken);
  await logFactorChange(sc, agent.id, 'off', 'on (authenticator app)', 'auth.factor_added');
  return codes;
}

/** New recovery codes after a current code or the password (checked by the caller): the old ones stop working. */
export async function regenerateRecoveryCodes(sc: ServiceContext): Promise<string[]> {
  const agentId = sc.actor.agent!.id;
  await lockAgent(sc.em, agentId);
  if (!(await secondFactorMethods(sc.em, agentId)).length) throw badInput({ code: 'two-step sign-in is off' });
  const codes = await replaceRecoveryCodes(sc, agentId);
  await logFactorChange(sc, agentId, 'recovery codes', 'recovery codes (regenerated)', 'auth.recovery_codes_regenerated');
  return codes;
}

/** Turns the acting agent's two-step sign-in off (after the caller checked a code or the password); other sessions end. */
export async function disableTwoStep(sc: ServiceContext, { keepSessionToken }: { keepSessionToken: string | null }): Promise<void> {
  const agent = await lockAgent(sc.em, sc.actor.agent!.id);
  if (!(await secondFactorMethods(sc.em, agent.id)).length) throw badInput({ code: 'two-step sign-in is already off' });
  if (await mustHaveSecondFactor(sc.em, agent)) {
    throw forbidden('Two-step sign-in is required for your account by an administrator: it cannot be turned off');
  }
  await removeFactors(sc, agent.id);
  await endOtherSessions(sc, agent.id, keepSessionToken);
  await logFactorChange(sc, agent.id, 'on', 'off', 'auth.factor_removed');
}

async function removeFactors(sc: ServiceContext, agentId: number): Promise<void> {
  await sc.em.delete(SecondFactor, { agentId });
  await sc.em.delete(Passkey, { agentId });
  await sc.em.delete(RecoveryCode, { agentId });
}

/**
 * An administrator's recovery for an agent who lost every factor: removes them and the recovery
 * codes, ends every session of the agent, and emails the agent. Not for one's own account.
 */
export async function resetSecondFactor(sc: ServiceContext, { agentId }: { agentId: string }): Promise<Agent> {
  const agent = await lockAgent(sc.em, agentId, 'agentId');
  if (sc.actor.agent?.id === agent.id) throw forbidden('Manage your own two-step sign-in under Preferences');
  if (!(await secondFactorMethods(sc.em, agent.id)).length) throw badInput({ agentId: 'has no two-step sign-in to reset' });
  await removeFactors(sc, agent.id);
  await sc.em.delete(Session, { agentId: agent.id });
  await logFactorChange(sc, agent.id, 'on', 'off (reset by an administrator)', 'auth.factor_reset');
  const msg = secondFactorResetEmail({
    agentName: agent.name,
    resetBy: sc.actor.name,
    signInUrl: `${sc.config.publicUrl}/sign-in`,
    language: agent.language,
  });
  await sc.mail.enqueue(sc.em, { to: agent.email, ...msg });
  return agent;
}

/** For the agent list and page: which of these agents have a confirmed second factor. */
export async function agentsWithSecondFactor(em: EntityManager, agentIds: readonly number[]): Promise<Set<number>> {
  const rows = await em.find(SecondFactor, {
    select: { agentId: true },
    where: { agentId: inList([...agentIds]), confirmedAt: Not(IsNull()) },
  });
  const passkeys = await em.find(Passkey, { select: { agentId: true }, where: { agentId: inList([...agentIds]) } });
  return new Set([...rows, ...passkeys].map((r) => r.agentId));
}
