import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';
import { NameForm } from './name-form';

export interface NamedItem {
  id: string;
  name: string;
}

/** The list's sentences about its kind of item, in the current language (see useNamedListWords). */
export type NamedListWords = (
  key: 'caption' | 'nameLabel' | 'renameTitle' | 'deleteTitle' | 'deleteLabel',
  options?: { count?: number; name?: string },
) => string;

/** Namespaces with NamedList messages, each under a key prefix of its own. */
type ListNamespace = 'teams' | 'departments' | 'businessUnits' | 'crm';

/**
 * The words of a NamedList from `<ns>:<keyPrefix>.*`: caption_one/_other ({{count}}), nameLabel,
 * renameTitle and deleteTitle ({{name}}), deleteLabel (every one of them is in en and de).
 */
export function useNamedListWords(ns: ListNamespace, keyPrefix: string): NamedListWords {
  // i18next types keys per namespace and prefix; the keys above are the same under each prefix.
  const { t } = useTranslation(ns, { keyPrefix: keyPrefix as never }) as unknown as { t: NamedListWords };
  return t;
}

interface NamedListProps<T extends NamedItem> {
  words: NamedListWords;
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
  words: w,
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
  const caption = w('caption', { count: items.length });
  const nameLabel = w('nameLabel');
  const deleteLabel = w('deleteLabel');
  const renameTitle = (name: string) => w('renameTitle', { name });
  const deleteTitle = (name: string) => w('deleteTitle', { name });
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
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
                      title={renameTitle(item.name)}
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
                          label={nameLabel}
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
                      title={deleteTitle(item.name)}
                      confirmLabel={deleteLabel}
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
