import { EntityManager } from 'typeorm';
import type { Actor } from './actor';
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
): Promise<void> {
  return recordChangesMany(em, actor, entityType, [{ entityId, changes }]);
}

/** Like recordChanges for several entities of one type at once: multi-row INSERTs (insertRows), not one per entity. */
export async function recordChangesMany(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entities: readonly EntityChanges[],
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
}
