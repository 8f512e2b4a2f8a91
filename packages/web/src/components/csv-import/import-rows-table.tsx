import { useState } from 'react';
import type { ImportJob, ImportKind } from './import-kind';
import { rawEmailCell, spreadsheetRow } from './import-words';

const ACTION_LABELS: Record<string, string> = {
  CREATE: 'Create',
  UPDATE: 'Update',
  UNCHANGED: 'Unchanged',
  SKIP: 'Skip',
  ERROR: 'Error',
};
const ACTION_BADGES: Record<string, string> = {
  CREATE: 'badge badge-active',
  UPDATE: 'badge badge-active',
  UNCHANGED: 'badge',
  SKIP: 'badge',
  ERROR: 'badge badge-failed',
};

/**
 * What each row of a dry run would do, a page at a time: the job brings the first page; Next and
 * Previous fetch the others by cursor (kept as a stack, so Previous needs no backward paging).
 */
export function ImportRowsTable({ kind, job }: { kind: ImportKind; job: ImportJob }) {
  const firstPage = job.rows;
  // The `after` cursor of each page beyond the first that the agent has opened.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const { connection: fetched, loaded, error } = kind.useRows(job.id, after);
  const connection = after ? fetched : firstPage;
  const loading = !!after && !loaded;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = firstPage.totalCount;
  const paged = total > firstPage.edges.length;
  const first = rows[0]?.row;
  const last = rows[rows.length - 1]?.row;

  return (
    <>
      {/* Focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach it. */}
      <div className="table-wrap" tabIndex={0} role="group" aria-label="What each row would do">
        <table className="data-table import-preview-table" aria-busy={loading || undefined}>
          <caption>
            What each row would do
            {paged &&
              first !== undefined &&
              ` (spreadsheet rows ${spreadsheetRow(first).toLocaleString()}–${spreadsheetRow(last!).toLocaleString()} of ${total.toLocaleString()} data rows)`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Spreadsheet row</th>
              <th scope="col">Email</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td>{spreadsheetRow(row.row).toLocaleString()}</td>
                <td className="cell-email">{row.email || <EmailCell raw={rawEmailCell(job.errors, row.row)} />}</td>
                <td>
                  <span className={ACTION_BADGES[row.action] ?? 'badge'}>{ACTION_LABELS[row.action] ?? row.action}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paged && (
        <nav className="pager" aria-label="Preview rows">
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Previous rows
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={loading || !connection?.pageInfo.hasNextPage}
            onClick={() => connection?.pageInfo.endCursor && setCursors([...cursors, connection.pageInfo.endCursor])}
          >
            Next rows
          </button>
          <span aria-live="polite" className="muted">
            {error ? 'Could not load these rows; try again.' : loading ? 'Loading rows…' : ''}
          </span>
        </nav>
      )}
    </>
  );
}

/** An Email cell the API kept no address for: what the file had (not an address), else "(empty)". */
function EmailCell({ raw }: { raw: string | undefined }) {
  return raw ? <span title="Not an email address">{raw}</span> : <span className="cell-none">(empty)</span>;
}
