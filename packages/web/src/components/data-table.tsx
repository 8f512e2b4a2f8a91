import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  caption?: ReactNode;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Each row's header cell (what the row is: a token's name, a browser, an audit event's action). */
  rowHeader: DataColumn<T>;
  /** Where the row header sits among the columns (default first). */
  rowHeaderAt?: number;
  columns: readonly DataColumn<T>[];
  /** The last column, headed "Actions" for screen readers only. */
  actions?: (row: T) => ReactNode;
  /** Extra classes on the table (column widths of one page). */
  className?: string;
  /** A wide table's name: its scrolling frame becomes a labelled group keyboard users can focus and scroll. */
  scrollLabel?: string;
}

/** A table of records (sessions, API tokens, audit events): a row header, data cells and a row's actions, scrolling sideways when narrow. */
export function DataTable<T>({
  caption,
  rows,
  rowKey,
  rowHeader,
  rowHeaderAt = 0,
  columns,
  actions,
  className,
  scrollLabel,
}: DataTableProps<T>) {
  const { t } = useTranslation('common');
  const all = [...columns.slice(0, rowHeaderAt), rowHeader, ...columns.slice(rowHeaderAt)];
  const frame = scrollLabel ? { tabIndex: 0, role: 'group', 'aria-label': scrollLabel } : {};
  return (
    <div className={scrollLabel ? 'table-wrap panel' : 'table-wrap'} {...frame}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {all.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {all.map((column) =>
                column === rowHeader ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
              {actions && <td>{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
