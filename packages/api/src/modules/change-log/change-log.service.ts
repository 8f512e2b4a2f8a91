import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

const show = (v: unknown): string | null => {
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
    const o = show(before[f]);
    const n = show(after[f]);
    if (o !== n) changes.push({ field: f, oldValue: before[f], newValue: after[f] });
  }
  return changes;
}

/** Writes entries with the caller's `em`, so they commit or roll back with the change itself. */
export async function recordChanges(
  em: EntityManager,
  actor: Actor,
  entityType: ChangeLogEntityType,
  entityId: number | string,
  changes: readonly FieldChange[],
): Promise<void> {
  if (!changes.length) return;
  const now = new Date();
  await em.insert(
    ChangeLogEntry,
    changes.map((c) => ({
      entityType,
      entityId: String(entityId),
      field: c.field,
      oldValue: show(c.oldValue),
      newValue: show(c.newValue),
      actorKind: actor.kind,
      actorId: actor.kind === 'API_TOKEN' ? (actor.tokenId ?? null) : (actor.agent?.id ?? null),
      actorName: actor.name,
      createdAt: now,
    })),
  );
}
