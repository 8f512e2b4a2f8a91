import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/data-table';
import type { AuditLogQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, auditFieldLabel, targetTypeLabel, type AuditT } from '../audit-labels';

export type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

const OUTCOMES = ['SUCCESS', 'FAILURE', 'REFUSED'] as const;
const outcomeLabel = (t: AuditT, outcome: string) =>
  OUTCOMES.includes(outcome as (typeof OUTCOMES)[number]) ? t(`outcome.${outcome as (typeof OUTCOMES)[number]}`) : outcome;

/** What happened, in words: the changed fields, or a security event's facts. */
function What({ event }: { event: AuditRow }) {
  const { t } = useTranslation('common');
  // Switches are logged as true/false: Yes/No in the reader's language.
  const value = (v: string | null | undefined) => (v === 'true' ? t('yes') : v === 'false' ? t('no') : (v ?? '—'));
  if (event.changes.length) {
    return (
      <ul className="audit-changes">
        {event.changes.map((c, i) => (
          <li key={i}>
            <strong>{auditFieldLabel(event.targetType, c.field)}</strong>: {value(c.oldValue)} → {value(c.newValue)}
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

const columns = (t: AuditT): DataColumn<AuditRow>[] => [
  { header: t('table.time'), cell: (e) => formatDateTime(e.occurredAt) },
  { header: t('table.actor'), cell: (e) => e.actorName },
  {
    header: t('table.target'),
    cell: (e) => (e.targetType ? `${targetTypeLabel(e.targetType, t)} ${e.targetLabel ?? (e.targetId ? `#${e.targetId}` : '')}` : '—'),
  },
  {
    header: t('table.outcome'),
    cell: (e) => <span className={e.outcome === 'SUCCESS' ? undefined : 'error-text'}>{outcomeLabel(t, e.outcome)}</span>,
  },
  { header: t('table.what'), cell: (e) => <What event={e} /> },
  { header: t('table.ip'), cell: (e) => e.ip ?? '—' },
];

/** The audit events, newest first: the action heads each row, after its time. */
export function AuditTable({ events, caption }: { events: readonly AuditRow[]; caption: string }) {
  const { t } = useTranslation('audit');
  const translatedColumns = useMemo(() => columns(t), [t]);
  return (
    <DataTable
      caption={caption}
      rows={events}
      rowKey={(e) => e.id}
      rowHeader={{ header: t('table.action'), cell: (e) => actionLabel(e.action, t) }}
      rowHeaderAt={1}
      columns={translatedColumns}
      className="audit-table"
      scrollLabel={t('table.scrollLabel')}
    />
  );
}
