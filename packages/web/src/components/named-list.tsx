import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';
import { NameForm } from './name-form';
import { plural } from '../lib/format';

export interface NamedItem {
  id: string;
  name: string;
}

/** The list's sentences about its kind of item, in the current language (English ones made from `noun` without it). */
export interface NamedListWords {
  caption: string;
  nameLabel: string;
  renameTitle: (name: string) => string;
  deleteTitle: (name: string) => string;
  deleteLabel: string;
}

interface NamedListProps<T extends NamedItem> {
  /** "team", "department". */
  noun: string;
  words?: NamedListWords;
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
  words,
  items,
  onRename,
  onDelete,
  deleteConsequence,
  columns = [],
  actions,
  canRename = true,
  canDelete = true,
}: NamedListProps<T>) {
  const { t } = useTranslation('common');
  const capital = noun[0].toUpperCase() + noun.slice(1);
  const w: NamedListWords = words ?? {
    caption: plural(items.length, noun),
    nameLabel: `${capital} name`,
    renameTitle: (name) => `Rename ${noun} ${name}`,
    deleteTitle: (name) => `Delete ${noun} ${name}?`,
    deleteLabel: `Delete ${noun}`,
  };
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{w.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('actions')}</span>
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
                      title={w.renameTitle(item.name)}
                      trigger={
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('renameItem', { name: item.name })}
                        >
                          {t('rename')}
                        </button>
                      }
                    >
                      {(close) => (
                        <NameForm
                          label={w.nameLabel}
                          submitLabel={t('rename')}
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
                          aria-label={t('deleteItem', { name: item.name })}
                        >
                          {t('delete')}
                        </button>
                      }
                      title={w.deleteTitle(item.name)}
                      confirmLabel={w.deleteLabel}
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
