import { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { insertAuditEvents } from './audit';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';
import { insertRows } from './insert-rows';

export { ChangeLogEntityType, ChangeLogEntry };

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** The changes to one entity, for `recordChangesMany`. */
export interface EntityChanges {
  entityId: number | string;
  changes: readonly FieldChange[];
}

const CHANGE_LOG_COLUMNS = [
  'entityType',
  'entityId',
  'field',
  'oldValue',
  'newValue',
  'actorKind',
  'actorId',
  'actorName',
  'reason',
  'createdAt',
] as const;

export const showValue = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
};

/** Field-by-field differences between two snapshots, in the order of `fields`. */
export function diffFields<T extends object>(before: Partial<T>, after: Partial<T>, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of fields) {
    if (!(f in after)) continue;
    if (showValue(before[f]) !== showValue(after[f])) changes.push({ field: f, oldValue: before[f], newValue: after[f] });
  }
  return changes;
}

/** Writes entries with the caller's `em`, so they commit or roll back with the change itself. */
export function recordChanges(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entityId: number | string,
  changes: readonly FieldChange[],
  auditAction?: string,
): Promise<void> {
  return recordChangesMany(em, actor, entityType, [{ entityId, changes }], auditAction);
}

/** Like recordChanges for several entities of one type at once: multi-row INSERTs (insertRows), not one per entity. */
export async function recordChangesMany(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entities: readonly EntityChanges[],
  auditAction?: string,
): Promise<void> {
  const now = new Date();
  const actorId = actor.kind === 'API_TOKEN' ? (actor.tokenId ?? null) : (actor.agent?.id ?? null);
  const reason = actor.reason ?? null;
  // A generator: insertRows holds one statement's entries at a time, not the whole batch's.
  function* rows(): Generator<Partial<ChangeLogEntry>> {
    for (const { entityId, changes } of entities) {
      const id = String(entityId);
      for (const c of changes) {
        yield {
          entityType,
          entityId: id,
          field: c.field,
          oldValue: showValue(c.oldValue),
          newValue: showValue(c.newValue),
          actorKind: actor.kind,
          actorId,
          actorName: actor.name,
          reason,
          createdAt: now,
        };
      }
    }
  }
  await insertRows(em, ChangeLogEntry, CHANGE_LOG_COLUMNS, rows());
  await auditChanges(em, actor, entityType, entities, now, auditAction);
}

// --- The audit log's administrative events -----------------------------------------------------
// Every change-log write of an administrative entity (all but CRM end users) is also one audit
// event per entity, in the same transaction. The event holds no payload: its changes are the
// change-log rows with the same entity type, entity id and time (`auditChangeKey`), read back
// by the audit log (modules/audit) when it shows or exports the event.

const NOT_AUDITED: ReadonlySet<ChangeLogEntityType> = new Set([ChangeLogEntityType.USER]);
/** Fields whose presence names the event (`team.created`); any other change is `<type>.updated`. */
const VERBS: Record<string, string> = { created: 'created', invited: 'created', deleted: 'deleted', revoked: 'revoked', resent: 'resent' };
/** A status change to one of these names the event too (`invitation.revoked`, `invitation.accepted`). */
const STATUS_VERBS = ['REVOKED', 'ACCEPTED'];
const LABEL_FIELDS = ['created', 'invited', 'deleted', 'revoked', 'name', 'email'];

/** What links an audit event to its change-log rows: entity type, entity id and the time to the millisecond. */
export const auditChangeKey = (type: string, id: string, at: Date): string => `${type}|${id}|${at.getTime()}`;

/**
 * Keys already written in a transaction: a second write of the same entity in the same millisecond
 * shares the first event. Only transactions' managers (a query runner of their own) are tracked:
 * the data source's long-lived manager would keep its set for ever.
 */
const writtenKeys = new WeakMap<EntityManager, Set<string>>();

function auditActionOf(entityType: ChangeLogEntityType, changes: readonly FieldChange[]): string {
  const named = changes.find((c) => c.field in VERBS);
  const status = changes.find((c) => c.field === 'status' && STATUS_VERBS.some((s) => showValue(c.newValue)?.startsWith(s)));
  const verb = named ? VERBS[named.field] : status ? showValue(status.newValue)!.split(' ')[0].toLowerCase() : 'updated';
  return `${entityType.toLowerCase()}.${verb}`;
}

function labelOf(changes: readonly FieldChange[]): string | null {
  for (const f of LABEL_FIELDS) {
    const c = changes.find((x) => x.field === f);
    const v = c && (showValue(c.newValue) ?? showValue(c.oldValue));
    if (v) return v;
  }
  return null;
}

async function auditChanges(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entities: readonly EntityChanges[],
  occurredAt: Date,
  action: string | undefined,
): Promise<void> {
  if (NOT_AUDITED.has(entityType)) return;
  let seen = writtenKeys.get(em);
  if (!seen) {
    seen = new Set();
    if (em.queryRunner) writtenKeys.set(em, seen);
  }
  const events = [];
  for (const { entityId, changes } of entities) {
    const key = auditChangeKey(entityType, String(entityId), occurredAt);
    if (!changes.length || seen.has(key)) continue;
    seen.add(key);
    events.push({
      action: action ?? auditActionOf(entityType, changes),
      target: { type: entityType, id: entityId, label: labelOf(changes) },
      occurredAt,
      details: { changeLog: true },
    });
  }
  if (events.length) await insertAuditEvents(em, actor, events);
}
