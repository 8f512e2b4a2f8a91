import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AuditEvent } from './audit-event.entity';
import { insertRows } from './insert-rows';

// The one writer of audit events. Services call it with their transaction's EntityManager so
// that an event commits or rolls back with the change it records; security events that happen
// outside any transaction (a failed sign-in) are written in a statement of their own.

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'REFUSED';
export type AuditActorKind = 'AGENT' | 'API_TOKEN' | 'SYSTEM' | 'IMPORT_JOB';

export interface AuditEventInput {
  action: string;
  target?: { type: string; id: string | number | null; label?: string | null } | null;
  outcome?: AuditOutcome;
  /** Facts as a small JSON object; cut to MAX_AUDIT_DETAILS characters. Never a password or a secret. */
  details?: Record<string, unknown> | null;
  /** Default: now. Events written from change-log entries share their time (the link to them). */
  occurredAt?: Date;
}

export const MAX_AUDIT_DETAILS = 2000;
const USER_AGENT_MAX = 120;

const COLUMNS = [
  'occurredAt',
  'action',
  'actorKind',
  'actorId',
  'actorAgentId',
  'actorName',
  'ip',
  'userAgent',
  'targetType',
  'targetId',
  'targetLabel',
  'outcome',
  'details',
] as const;

const cut = (s: string | null | undefined, max: number): string | null => (s == null ? null : Array.from(s).slice(0, max).join(''));

function detailsJson(details: Record<string, unknown> | null | undefined): string | null {
  if (!details) return null;
  const json = JSON.stringify(details);
  if (json.length <= MAX_AUDIT_DETAILS) return json;
  // Cut the text until the wrapped (escaped again) JSON fits.
  let start = json.slice(0, MAX_AUDIT_DETAILS - 40);
  let out = JSON.stringify({ truncated: true, start });
  while (out.length > MAX_AUDIT_DETAILS) {
    start = start.slice(0, Math.max(0, start.length - (out.length - MAX_AUDIT_DETAILS) - 1));
    out = JSON.stringify({ truncated: true, start });
  }
  return out;
}

function actorColumns(actor: Actor): Pick<AuditEvent, 'actorKind' | 'actorId' | 'actorAgentId' | 'actorName' | 'ip' | 'userAgent'> {
  const agentId = actor.agent?.id ?? null;
  const [kind, id]: [AuditActorKind, number | null] =
    actor.importJobId !== undefined
      ? ['IMPORT_JOB', actor.importJobId]
      : actor.kind === 'API_TOKEN'
        ? ['API_TOKEN', actor.tokenId ?? null]
        : [actor.kind, agentId];
  return {
    actorKind: kind,
    actorId: id,
    actorAgentId: agentId,
    actorName: cut(actor.importJobId !== undefined ? `${actor.reason ?? 'import'} (${actor.name})` : actor.name, 200)!,
    // IPv4 clients of a dual-stack server arrive as ::ffff:a.b.c.d.
    ip: cut(actor.ip?.replace(/^::ffff:(?=\d+\.)/, ''), 64),
    userAgent: cut(actor.userAgent, USER_AGENT_MAX),
  };
}

/** Writes audit events as `actor` with `em` (a transaction's, or a plain manager for a statement of its own). */
export async function insertAuditEvents(em: EntityManager, actor: Actor, events: Iterable<AuditEventInput>): Promise<void> {
  const who = actorColumns(actor);
  const now = new Date();
  function* rows(): Generator<Partial<AuditEvent>> {
    for (const e of events) {
      yield {
        occurredAt: e.occurredAt ?? now,
        action: e.action,
        ...who,
        targetType: e.target?.type ?? null,
        targetId: e.target?.id == null ? null : String(e.target.id).slice(0, 64),
        targetLabel: cut(e.target?.label, 200),
        outcome: e.outcome ?? 'SUCCESS',
        details: detailsJson(e.details),
      };
    }
  }
  await insertRows(em, AuditEvent, COLUMNS, rows());
}
