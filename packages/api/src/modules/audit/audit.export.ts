import { guardCsvFormula } from '../../common/csv-formula';
import { FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { AuditFilter, auditEventPages, AuditEventWithChanges, checkAuditFilter } from './audit.query';

// GET /exports/audit.csv (src/http/exports.ts): the events the audit page's filters match, newest first.

export const AUDIT_CSV_HEADER = [
  'Time',
  'Action',
  'Outcome',
  'Actor kind',
  'Actor ID',
  'Actor',
  'IP',
  'Browser',
  'Target type',
  'Target ID',
  'Target',
  'Details',
] as const;

/** Characters of one Details cell at most (a change of a long signature is cut). */
const DETAILS_MAX = 4000;

const changesText = (e: AuditEventWithChanges): string =>
  e.changes.map((c) => `${c.field}: ${c.oldValue ?? '∅'} → ${c.newValue ?? '∅'}`).join('; ');

const row = (e: AuditEventWithChanges): string[] =>
  [
    e.occurredAt.toISOString(),
    e.action,
    e.outcome,
    e.actorKind,
    e.actorId == null ? '' : String(e.actorId),
    e.actorName,
    e.ip ?? '',
    e.userAgent ?? '',
    e.targetType ?? '',
    e.targetId ?? '',
    e.targetLabel ?? '',
    (e.changes.length ? changesText(e) : (e.details ?? '')).slice(0, DETAILS_MAX),
  ].map(guardCsvFormula);

/** `?actor=&targetType=&targetId=&action=&from=&to=` (ISO times): the auditLog filter; bad ones are field errors under `filter.`. */
export function auditFilterFromQuery(query: Record<string, unknown>): AuditFilter {
  const fc = new FieldCheck('filter');
  const param = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    return fc.check(typeof value === 'string', name, 'must be given once') ? (value as string) : undefined;
  };
  const time = (name: string): Date | undefined => {
    const v = param(name);
    if (v === undefined) return undefined;
    const d = new Date(v);
    return fc.check(v.length <= 40 && !Number.isNaN(d.getTime()), name, 'must be a date and time (ISO 8601)') ? d : undefined;
  };
  const filter = {
    actor: param('actor'),
    targetType: param('targetType'),
    targetId: param('targetId'),
    action: param('action'),
    from: time('from'),
    to: time('to'),
  };
  fc.throwIfAny();
  return checkAuditFilter(filter);
}

/** The export's rows, a keyset page at a time, formula-safe (check the filter first: auditFilterFromQuery). */
export async function* auditCsvPages(sc: ServiceContext, filter: AuditFilter): AsyncGenerator<string[][]> {
  for await (const events of auditEventPages(sc, filter)) yield events.map(row);
}
