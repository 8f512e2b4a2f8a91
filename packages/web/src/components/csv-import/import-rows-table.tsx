import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { ImportJob, ImportKind } from './import-kind';
import { rawEmailCell, spreadsheetRow } from './import-words';

const ACTIONS = ['CREATE', 'UPDATE', 'UNCHANGED', 'SKIP', 'ERROR'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (action: string): action is Action => (ACTIONS as readonly string[]).includes(action);
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
  const { t } = useTranslation('common');
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
      <div className="table-wrap" tabIndex={0} role="group" aria-label={t('csvImport.rowsTable')}>
        <table className="data-table import-preview-table" aria-busy={loading || undefined}>
          <caption>
            {t('csvImport.rowsTable')}
            {paged &&
              first !== undefined &&
              ` ${t('csvImport.rowsRange', {
                first: formatNumber(spreadsheetRow(first)),
                last: formatNumber(spreadsheetRow(last!)),
                total: formatNumber(total),
              })}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImport.spreadsheetRow')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('csvImport.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td>{formatNumber(spreadsheetRow(row.row))}</td>
                <td className="cell-email">{row.email || <EmailCell raw={rawEmailCell(job.errors, row.row)} />}</td>
                <td>
                  <span className={ACTION_BADGES[row.action] ?? 'badge'}>
                    {isAction(row.action) ? t(`csvImport.actions.${row.action}`) : row.action}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paged && (
        <nav className="pager" aria-label={t('csvImport.pager')}>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('csvImport.previousRows')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={loading || !connection?.pageInfo.hasNextPage}
            onClick={() => connection?.pageInfo.endCursor && setCursors([...cursors, connection.pageInfo.endCursor])}
          >
            {t('csvImport.nextRows')}
          </button>
          <span aria-live="polite" className="muted">
            {error ? t('csvImport.rowsFailed') : loading ? t('csvImport.loadingRows') : ''}
          </span>
        </nav>
      )}
    </>
  );
}

/** An Email cell the API kept no address for: what the file had (not an address), else "(empty)". */
function EmailCell({ raw }: { raw: string | undefined }) {
  const { t } = useTranslation('common');
  return raw ? <span title={t('csvImport.notEmail')}>{raw}</span> : <span className="cell-none">{t('csvImport.empty')}</span>;
}
