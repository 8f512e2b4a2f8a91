// In only for the change-log times below (Dates); ids and keys go through inList.
// eslint-disable-next-line no-restricted-syntax
import { In, SelectQueryBuilder } from 'typeorm';
import { AuditEvent } from '../../common/audit-event.entity';
import { auditChangeKey, ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import { checkId } from '../../common/ids';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, orderedAfter, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { inList } from '../../common/relations';

/** The audit log's filter (GraphQL AuditLogFilter, the export's query string): every part optional. */
export interface AuditFilter {
  /** An agent id: what they did, themselves, through their API tokens or their imports. */
  actor?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** An action (`agent.updated`), or a family ending in a dot (`auth.`). */
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** [occurredAt, id], newest first. */
export const AUDIT_CURSOR = cursorShape('auditLog', [cursorPart.timestamp, cursorPart.id]);
/** totalCount counts at most this many events (the log is large; the count is a hint). */
export const AUDIT_COUNT_LIMIT = 10_000;
/** Changes shown per event (an agent update holds a few dozen fields at most). */
export const MAX_CHANGES_PER_EVENT = 100;

/** Characters of a changed value the audit log shows (the record's change log has it whole). */
export const AUDIT_VALUE_CHARS = 500;

/** One changed field of an administrative event, its values cut to AUDIT_VALUE_CHARS. */
export interface AuditChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** An event with its change-log rows (administrative changes), read back with the page. */
export type AuditEventWithChanges = AuditEvent & { changes: AuditChange[] };

const cutValue = (v: string | null): string | null => (v && v.length > AUDIT_VALUE_CHARS ? `${v.slice(0, AUDIT_VALUE_CHARS - 1)}…` : v);

/** Field errors under `filter.`, every one at once. */
export function checkAuditFilter(filter: AuditFilter | null | undefined): AuditFilter {
  const f = filter ?? {};
  const fc = new FieldCheck('filter');
  if (f.actor != null) checkId(fc, f.actor, 'actor');
  fc.check(f.targetType == null || /^[A-Z_]{1,32}$/.test(f.targetType), 'targetType', 'must be a target type such as AGENT or TEAM');
  fc.check(f.targetId == null || (f.targetId.length > 0 && f.targetId.length <= 64), 'targetId', 'must be 1 to 64 characters');
  fc.check(
    f.action == null || /^[a-z_.]{1,64}$/.test(f.action),
    'action',
    'must be an action such as agent.updated, or a family such as auth.',
  );
  fc.check(!f.from || !f.to || f.from <= f.to, 'to', 'must not be before from');
  fc.throwIfAny();
  return f;
}

function filtered(sc: ServiceContext, f: AuditFilter): SelectQueryBuilder<AuditEvent> {
  const qb = sc.em.getRepository(AuditEvent).createQueryBuilder('e');
  if (f.actor != null) qb.andWhere('e.actorAgentId = :actor', { actor: Number(f.actor) });
  if (f.targetType != null) qb.andWhere('e.targetType = :targetType', { targetType: f.targetType });
  if (f.targetId != null) qb.andWhere('e.targetId = :targetId', { targetId: f.targetId });
  if (f.action != null) {
    // A family (`api_token.`): a prefix, its `_` escaped (LIKE's one-character wildcard); `!` escapes on both databases.
    if (f.action.endsWith('.')) qb.andWhere("e.action LIKE :action ESCAPE '!'", { action: `${f.action.replace(/_/g, '!_')}%` });
    else qb.andWhere('e.action = :action', { action: f.action });
  }
  if (f.from) qb.andWhere('e.occurredAt >= :from', { from: f.from });
  if (f.to) qb.andWhere('e.occurredAt <= :to', { to: f.to });
  return qb;
}

/** One newest-first keyset page of events matching `filter`, after `after`. */
async function auditPage(sc: ServiceContext, f: AuditFilter, n: number, after: readonly [string, number] | null): Promise<AuditEvent[]> {
  const qb = filtered(sc, f);
  orderedAfter(qb, 'e.occurredAt', 'e.id', after ? [new Date(after[0]), after[1]] : null, 'DESC');
  return qb.take(n).getMany();
}

/** The change-log rows of the page's administrative events, in one statement; each event gets its own. */
export async function withChanges(sc: ServiceContext, events: AuditEvent[]): Promise<AuditEventWithChanges[]> {
  const linked = events.filter((e) => e.details?.includes('"changeLog":true') && e.targetType && e.targetId);
  const byKey = new Map<string, AuditChange[]>();
  if (linked.length) {
    const rows = await sc.em.find(ChangeLogEntry, {
      where: {
        entityType: inList([...new Set(linked.map((e) => e.targetType as ChangeLogEntityType))]),
        entityId: inList([...new Set(linked.map((e) => e.targetId!))]),
        // TypeORM's In (bound on both databases): its driver writes each Date as SQLite stores it, inList's spread would not.
        createdAt: In([...new Set(linked.map((e) => e.occurredAt.getTime()))].map((t) => new Date(t))),
      },
      order: { id: 'ASC' },
      take: linked.length * MAX_CHANGES_PER_EVENT,
    });
    for (const r of rows) {
      const key = auditChangeKey(r.entityType, r.entityId, r.createdAt);
      const list = byKey.get(key) ?? [];
      if (list.length < MAX_CHANGES_PER_EVENT)
        list.push({ field: r.field, oldValue: cutValue(r.oldValue), newValue: cutValue(r.newValue) });
      byKey.set(key, list);
    }
  }
  return events.map((e) =>
    Object.assign(e, { changes: (e.targetType && e.targetId && byKey.get(auditChangeKey(e.targetType, e.targetId, e.occurredAt))) || [] }),
  );
}

/** The auditLog query: `first` (at most 100) events newest first; totalCount counts at most AUDIT_COUNT_LIMIT. */
export async function auditLog(
  sc: ServiceContext,
  args: { filter?: AuditFilter | null; first?: number | null; after?: string | null; withTotal?: boolean },
): Promise<Connection<AuditEventWithChanges> & { totalCountIsExact: boolean }> {
  const f = checkAuditFilter(args.filter);
  const n = clampFirst(args.first);
  const cursor = decodeCursor(args.after, AUDIT_CURSOR);
  // A bounded count: the rows past AUDIT_COUNT_LIMIT are never read.
  const [countSql, countParams] = filtered(sc, f)
    .select('e.id')
    .limit(AUDIT_COUNT_LIMIT + 1)
    .getQueryAndParameters();
  const [rows, counted] = await Promise.all([
    auditPage(sc, f, n + 1, cursor),
    args.withTotal === false ? [{ n: 0 }] : sc.em.query(`SELECT COUNT(*) AS n FROM (${countSql}) c`, countParams),
  ]);
  const total = Number((counted as { n: number | string }[])[0].n);
  const page = await withChanges(sc, rows);
  return {
    ...toConnection(page, n, Math.min(total, AUDIT_COUNT_LIMIT), AUDIT_CURSOR, (e) => [e.occurredAt.toISOString(), e.id]),
    totalCountIsExact: total <= AUDIT_COUNT_LIMIT,
  };
}

/** Every event matching `filter`, newest first, `size` at a time (the CSV export). */
export async function* auditEventPages(sc: ServiceContext, filter: AuditFilter, size = 500): AsyncGenerator<AuditEventWithChanges[]> {
  let after: [string, number] | null = null;
  for (;;) {
    const rows = await auditPage(sc, filter, size, after);
    if (!rows.length) return;
    yield await withChanges(sc, rows);
    if (rows.length < size) return;
    const last = rows[rows.length - 1];
    after = [last.occurredAt.toISOString(), last.id];
  }
}
