import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { hasScope, requireActor } from '../../common/auth';
import type { Context } from '../../common/context';
import { forbidden } from '../../common/errors';
import { clampFirst, Connection, decodeCursor, toConnection } from '../../common/pagination';
import { ChangeLogEntityType, ChangeLogEntry } from './change-log.entity';

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

/** Rows per INSERT: 9 parameters each stays well under SQLite's and MySQL's limits. */
const INSERT_CHUNK = 500;

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
      oldValue: show(c.oldValue),
      newValue: show(c.newValue),
      actorKind: actor.kind,
      actorId,
      actorName: actor.name,
      createdAt: now,
    })),
  );
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await em.insert(ChangeLogEntry, rows.slice(i, i + INSERT_CHUNK));
}

export interface ChangeLogArgs {
  entityType: ChangeLogEntityType;
  entityId: string;
  first?: number | null;
  after?: string | null;
}

/** One entity's change log, newest first, as a connection (keyset on id). */
export async function listChangeLog(ctx: Context, args: ChangeLogArgs, em: EntityManager): Promise<Connection<ChangeLogEntry>> {
  const { entityType, entityId } = args;
  // Agents see their own history; the history of others and of admin objects is for admins.
  // A token reads user history with users:read and everything else with agents:read.
  const scope = entityType === ChangeLogEntityType.USER ? 'users:read' : 'agents:read';
  if (!hasScope(requireActor(ctx), scope)) throw forbidden(`This API token lacks the ${scope} scope`);
  const own = entityType === ChangeLogEntityType.AGENT && String(ctx.actor?.agent?.id) === entityId;
  if (!own && !ctx.actor?.agent?.isAdmin && entityType !== ChangeLogEntityType.USER) throw forbidden('Only administrators can read this change log');
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, 1);
  const qb = em.getRepository(ChangeLogEntry).createQueryBuilder('c')
    .where('c.entity_type = :entityType AND c.entity_id = :entityId', { entityType, entityId });
  const totalCount = await qb.clone().getCount();
  if (cursor) qb.andWhere('c.id < :cursorId', { cursorId: cursor[0] });
  const rows = await qb.orderBy('c.id', 'DESC').take(limit + 1).getMany();
  return toConnection(rows, limit, totalCount, (c) => [c.id]);
}
