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

/** The audit events, newest first. */
export function AuditTable({ events, caption }: { events: readonly AuditRow[]; caption: string }) {
  return (
    <div className="table-wrap panel" tabIndex={0} role="group" aria-label="Audit events">
      <table className="data-table audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">Actor</th>
            <th scope="col">Target</th>
            <th scope="col">Outcome</th>
            <th scope="col">What</th>
            <th scope="col">IP</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.occurredAt)}</td>
              <th scope="row">{actionLabel(e.action)}</th>
              <td>{e.actorName}</td>
              <td>
                {e.targetType ? (
                  <>
                    {targetTypeLabel(e.targetType)} {e.targetLabel ?? (e.targetId ? `#${e.targetId}` : '')}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <span className={e.outcome === 'SUCCESS' ? undefined : 'error-text'}>{OUTCOMES[e.outcome] ?? e.outcome}</span>
              </td>
              <td>
                <What event={e} />
              </td>
              <td>{e.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
