import { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';

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

/**
 * Placeholders per INSERT, under SQLite's 32,766 and MySQL's 65,535, so that a batch of a few
 * thousand entries is one statement: 3,555 rows of 9 parameters, 3,200 when they carry a reason.
 */
const INSERT_PARAMS = 32_000;

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

/** Like recordChanges for several entities of one type at once: multi-row INSERTs, not one per entity. */
export async function recordChangesMany(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entities: readonly EntityChanges[],
): Promise<void> {
  const now = new Date();
  const actorId = actor.kind === 'API_TOKEN' ? (actor.tokenId ?? null) : (actor.agent?.id ?? null);
  const rows = entities.flatMap(({ entityId, changes }) =>
    changes.map((c) => ({
      entityType,
      entityId: String(entityId),
      field: c.field,
      oldValue: showValue(c.oldValue),
      newValue: showValue(c.newValue),
      actorKind: actor.kind,
      actorId,
      actorName: actor.name,
      // Absent rather than null without a reason: the column's NULL is then no placeholder.
      ...(actor.reason ? { reason: actor.reason } : {}),
      createdAt: now,
    })),
  );
  const chunk = Math.floor(INSERT_PARAMS / (actor.reason ? 10 : 9));
  for (let i = 0; i < rows.length; i += chunk) {
    await em
      .createQueryBuilder()
      .insert()
      .into(ChangeLogEntry)
      .values(rows.slice(i, i + chunk))
      .updateEntity(false)
      .execute();
  }
}
