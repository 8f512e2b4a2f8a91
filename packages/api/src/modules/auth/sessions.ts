import { IsNull, Not } from 'typeorm';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { forbidden, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { sha256 } from '../../common/tokens';
import type { Agent } from '../agent/agent.entity';
import { lockAgent } from '../agent/agent.lock';
import { Session } from './auth.entity';
import { MAX_SESSIONS_PER_AGENT } from './auth.service';
import { agentTarget, recordAuditEvent } from '../audit/audit.record';

// My sessions: where the signed-in agent is signed in, and ending them; an administrator signs an
// agent out everywhere. Sessions are only ever the acting agent's own here, except that last one.

/** The acting agent's live sessions, most recently used first (at most MAX_SESSIONS_PER_AGENT exist); a pending second step is no sign-in yet. */
export function listOwnSessions(sc: ServiceContext): Promise<Session[]> {
  const agentId = sc.actor.agent!.id;
  return sc.em.find(Session, {
    where: [
      { agentId, stage: IsNull() },
      { agentId, stage: 'ENROLMENT' },
    ],
    order: { lastSeenAt: 'DESC', id: 'DESC' },
    take: MAX_SESSIONS_PER_AGENT,
  });
}

/** Ends one of the acting agent's sessions (another agent's id reads as not found). */
export async function revokeOwnSession(sc: ServiceContext, { id }: { id: string }): Promise<boolean> {
  const found = await sc.em.findOneBy(Session, { id: parseId(id), agentId: sc.actor.agent!.id });
  if (!found) throw notFound('Session');
  await sc.em.delete(Session, found.id);
  await recordAuditEvent(sc, { action: 'auth.session_revoked', target: agentTarget(sc.actor.agent!), details: { sessionId: found.id } });
  return true;
}

/** Ends every session of the acting agent but the current one; how many ended. */
export async function revokeOtherSessions(sc: ServiceContext, { keepToken }: { keepToken: string | null }): Promise<number> {
  const agentId = sc.actor.agent!.id;
  const result = await sc.em.delete(Session, keepToken ? { agentId, tokenHash: Not(sha256(keepToken)) } : { agentId });
  await recordAuditEvent(sc, {
    action: 'auth.other_sessions_revoked',
    target: agentTarget(sc.actor.agent!),
    details: { ended: result.affected ?? 0 },
  });
  return result.affected ?? 0;
}

/** An administrator signs another agent out of every session (logged); their API tokens stay. */
export async function signOutEverywhere(sc: ServiceContext, { agentId }: { agentId: string }): Promise<Agent> {
  const agent = await lockAgent(sc.em, agentId, 'agentId');
  if (sc.actor.agent?.id === agent.id) throw forbidden('Use "Sign out other sessions" under My sessions for your own');
  const result = await sc.em.delete(Session, { agentId: agent.id });
  if (result.affected) {
    await recordChanges(
      sc.em,
      sc.actor,
      ChangeLogEntityType.AGENT,
      agent.id,
      [{ field: 'sessions', oldValue: `${result.affected} signed in`, newValue: '(signed out everywhere)' }],
      'auth.signed_out_everywhere',
    );
  }
  return agent;
}
