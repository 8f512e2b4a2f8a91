import type { ReactNode } from 'react';

export interface DataColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  caption?: ReactNode;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column: each row's header cell (what the row is: a token's name, a browser). */
  rowHeader: DataColumn<T>;
  columns: readonly DataColumn<T>[];
  /** The last column, headed "Actions" for screen readers only. */
  actions?: (row: T) => ReactNode;
}

/** A table of records (sessions, API tokens): a row header, data cells and a row's actions, scrolling sideways when narrow. */
export function DataTable<T>({ caption, rows, rowKey, rowHeader, columns, actions }: DataTableProps<T>) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {[rowHeader, ...columns].map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowHeader.cell(row)}</th>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
              {actions && <td>{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
