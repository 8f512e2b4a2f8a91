import { DataTable, type DataColumn } from '../../../components/data-table';
import type { AuditLogQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, targetTypeLabel } from '../audit-labels';

export type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

const OUTCOMES: Record<string, string> = { SUCCESS: 'Succeeded', FAILURE: 'Failed', REFUSED: 'Refused' };

/** What happened, in words: the changed fields, or a security event's facts. */
function What({ event }: { event: AuditRow }) {
  if (event.changes.length) {
    return (
      <ul className="audit-changes">
        {event.changes.map((c, i) => (
          <li key={i}>
            <strong>{c.field}</strong>: {c.oldValue ?? '—'} → {c.newValue ?? '—'}
          </li>
        ))}
      </ul>
    );
  }
  if (!event.details || event.details.includes('"changeLog":true')) return null;
  let facts: Record<string, unknown> = {};
  try {
    facts = JSON.parse(event.details) as Record<string, unknown>;
  } catch {
    return <>{event.details}</>;
  }
  return (
    <ul className="audit-changes">
      {Object.entries(facts)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => (
          <li key={k}>
            <strong>{k}</strong>: {typeof v === 'string' ? v : JSON.stringify(v)}
          </li>
        ))}
    </ul>
  );
}

const COLUMNS: DataColumn<AuditRow>[] = [
  { header: 'Time', cell: (e) => formatDateTime(e.occurredAt) },
  { header: 'Actor', cell: (e) => e.actorName },
  {
    header: 'Target',
    cell: (e) => (e.targetType ? `${targetTypeLabel(e.targetType)} ${e.targetLabel ?? (e.targetId ? `#${e.targetId}` : '')}` : '—'),
  },
  {
    header: 'Outcome',
    cell: (e) => <span className={e.outcome === 'SUCCESS' ? undefined : 'error-text'}>{OUTCOMES[e.outcome] ?? e.outcome}</span>,
  },
  { header: 'What', cell: (e) => <What event={e} /> },
  { header: 'IP', cell: (e) => e.ip ?? '—' },
];

/** The audit events, newest first: the action heads each row, after its time. */
export function AuditTable({ events, caption }: { events: readonly AuditRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      rows={events}
      rowKey={(e) => e.id}
      rowHeader={{ header: 'Action', cell: (e) => actionLabel(e.action) }}
      rowHeaderAt={1}
      columns={COLUMNS}
      className="audit-table"
      scrollLabel="Audit events"
    />
  );
}
