import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';
import { NameForm } from './name-form';
import { plural } from '../lib/format';

export interface NamedItem {
  id: string;
  name: string;
}

interface NamedListProps<T extends NamedItem> {
  /** "team", "department". */
  noun: string;
  items: readonly T[];
  onRename: (item: T, name: string) => Promise<unknown>;
  onDelete: (item: T) => Promise<unknown>;
  /** What deleting does, for the confirmation. */
  deleteConsequence: (item: T) => string;
  /** Extra columns after the name. */
  columns?: { header: string; cell: (item: T) => ReactNode }[];
  /** Extra buttons before Rename. */
  actions?: (item: T) => ReactNode;
  /** Hide Rename or Delete (the agent's permissions allow only one). */
  canRename?: boolean;
  canDelete?: boolean;
}

/** The table of a named entity (teams, departments) with rename and delete, each in a dialog. */
export function NamedList<T extends NamedItem>({
  noun,
  items,
  onRename,
  onDelete,
  deleteConsequence,
  columns = [],
  actions,
  canRename = true,
  canDelete = true,
}: NamedListProps<T>) {
  const capital = noun[0].toUpperCase() + noun.slice(1);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{plural(items.length, noun)}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(item)}</td>
              ))}
              <td>
                <div className="row-actions">
                  {actions?.(item)}
                  {canRename && (
                    <FormDialog
                      title={`Rename ${noun} ${item.name}`}
                      trigger={
                        <button type="button" className="button button-secondary button-small" aria-label={`Rename ${item.name}`}>
                          Rename
                        </button>
                      }
                    >
                      {(close) => (
                        <NameForm
                          label={`${capital} name`}
                          submitLabel="Rename"
                          defaultName={item.name}
                          autoFocus
                          onSave={async (name) => {
                            await onRename(item, name);
                            close();
                          }}
                        />
                      )}
                    </FormDialog>
                  )}
                  {canDelete && (
                    <ConfirmDialog
                      trigger={
                        <button
                          type="button"
                          className="button button-secondary button-danger button-small"
                          aria-label={`Delete ${item.name}`}
                        >
                          Delete
                        </button>
                      }
                      title={`Delete ${noun} ${item.name}?`}
                      confirmLabel={`Delete ${noun}`}
                      danger
                      onConfirm={() => onDelete(item)}
                    >
                      <p>{deleteConsequence(item)}</p>
                    </ConfirmDialog>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
