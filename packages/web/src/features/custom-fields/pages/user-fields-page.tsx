import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormDialog } from '../../../components/form-dialog';
import { QueryState } from '../../../components/query-state';
import { toDisplayError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  CREATE_USER_CUSTOM_FIELD,
  DELETE_USER_CUSTOM_FIELD,
  REORDER_USER_CUSTOM_FIELDS,
  UPDATE_USER_CUSTOM_FIELD,
  USER_CUSTOM_FIELDS_QUERY,
} from '../custom-fields.graphql';
import { FieldForm } from '../components/field-form';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { PageHeader } from '../../../components/page-header';

/** /user-fields: the custom properties of users that agents see and edit on the CRM record. */
export function UserFieldsPage() {
  const { t } = useTranslation(['customFields', 'common']);
  useDocumentTitle(t('title'));
  const { data, loading, error, refetch } = useQuery(USER_CUSTOM_FIELDS_QUERY);
  const [create] = useMutation(CREATE_USER_CUSTOM_FIELD, { refetchQueries: ['UserCustomFields'], awaitRefetchQueries: true });
  const [update] = useMutation(UPDATE_USER_CUSTOM_FIELD);
  // Values go with the field: open records read theirs again.
  const [remove] = useMutation(DELETE_USER_CUSTOM_FIELD, {
    refetchQueries: ['UserCustomFields'],
    update: (cache) => cache.evict({ fieldName: 'user' }),
  });
  const [reorder, reordering] = useMutation(REORDER_USER_CUSTOM_FIELDS, {
    refetchQueries: ['UserCustomFields'],
    awaitRefetchQueries: true,
  });
  const [createKey, setCreateKey] = useState(0);
  const [moveError, setMoveError] = useState<string | null>(null);
  const fields = data?.userCustomFields ?? [];

  async function move(index: number, by: -1 | 1) {
    const ids = fields.map((f) => f.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    setMoveError(null);
    try {
      await reorder({ variables: { ids } });
    } catch (e) {
      setMoveError(toDisplayError(e).message);
    }
  }

  return (
    <section className="page" aria-labelledby="user-fields-title">
      <PageHeader titleId="user-fields-title" title={t('title')} />
      <section className="panel" aria-labelledby="new-user-field-title">
        <h2 id="new-user-field-title">{t('newTitle')}</h2>
        <FieldForm
          key={createKey}
          submitLabel={t('create')}
          onSave={async ({ name, type, description, options }) => {
            await create({ variables: { input: { name, type, description, options } } });
            setCreateKey((k) => k + 1);
          }}
        />
      </section>
      <section className="panel" aria-labelledby="user-field-list-title">
        <h2 id="user-field-list-title">{t('listTitle')}</h2>
        <QueryState loading={loading} error={error} hasData={!!data} what={t('what')} onRetry={() => void refetch()} />
        {data && fields.length === 0 && <p className="empty-state">{t('empty')}</p>}
        {moveError && (
          <p role="alert" className="alert alert-error">
            {moveError}
          </p>
        )}
        {fields.length > 0 && (
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('count', { count: fields.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.type')}</th>
                  <th scope="col">{t('columns.options')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common:actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f, i) => (
                  <tr key={f.id}>
                    <th scope="row">
                      {f.name}
                      {f.description && <span className="field-hint user-field-description">{f.description}</span>}
                    </th>
                    <td>{t(`types.${f.type}`)}</td>
                    <td className="user-field-options">{f.options.join(', ') || <span className="muted">—</span>}</td>
                    <td>{f.enabled ? t('enabled') : t('disabled')}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-icon button-small"
                          aria-label={t('moveUp', { name: f.name })}
                          disabled={i === 0 || reordering.loading}
                          onClick={() => void move(i, -1)}
                        >
                          <ArrowUp aria-hidden="true" />
                        </button>
                        <button
                          type="button"
                          className="button button-icon button-small"
                          aria-label={t('moveDown', { name: f.name })}
                          disabled={i === fields.length - 1 || reordering.loading}
                          onClick={() => void move(i, 1)}
                        >
                          <ArrowDown aria-hidden="true" />
                        </button>
                        <FormDialog
                          title={t('editTitle', { name: f.name })}
                          trigger={
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={t('editItem', { name: f.name })}
                            >
                              {t('common:edit')}
                            </button>
                          }
                        >
                          {(close) => (
                            <FieldForm
                              field={f}
                              submitLabel={t('saveField')}
                              onSave={async ({ name, description, options, renamedOptions, enabled }) => {
                                await update({ variables: { id: f.id, input: { name, description, options, renamedOptions, enabled } } });
                                close();
                              }}
                            />
                          )}
                        </FormDialog>
                        <ConfirmDialog
                          trigger={
                            <button
                              type="button"
                              className="button button-secondary button-danger button-small"
                              aria-label={t('common:deleteItem', { name: f.name })}
                            >
                              {t('common:delete')}
                            </button>
                          }
                          title={t('deleteTitle', { name: f.name })}
                          confirmLabel={t('deleteField')}
                          danger
                          onConfirm={() => remove({ variables: { id: f.id } })}
                        >
                          <p>{t('deleteBody')}</p>
                        </ConfirmDialog>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
