import { normalizeEmail } from '@roster/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AuditEventInput, insertAuditEvents } from '../../common/audit';
import { ChangeLogEntityType } from '../../common/change-log';

export type { AuditEventInput } from '../../common/audit';

/**
 * The one entry point for security events (sign-in, resets, sessions, tokens, second factors):
 * written with `sc.em`, so inside a service's transaction it commits or rolls back with the change.
 * Administrative changes need no call: their change-log writes record their events.
 */
export function recordAuditEvent(sc: { em: EntityManager; actor: Actor }, event: AuditEventInput): Promise<void> {
  return insertAuditEvents(sc.em, sc.actor, [event]);
}

/** An agent as an event's target. */
export const agentTarget = (agent: { id: number; email?: string; name?: string }) => ({
  type: ChangeLogEntityType.AGENT,
  id: agent.id,
  label: agent.email ?? agent.name ?? null,
});

/** What is kept of an address someone typed: its normalized form, never text that is not an address (a password typed in the wrong box). */
export const attemptedEmail = (email: string): string => normalizeEmail(email) ?? '(not an email address)';
