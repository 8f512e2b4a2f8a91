import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormDialog } from '../../../components/form-dialog';
import { QueryState } from '../../../components/query-state';
import { toDisplayError } from '../../../lib/errors';
import { plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  CREATE_USER_CUSTOM_FIELD,
  DELETE_USER_CUSTOM_FIELD,
  REORDER_USER_CUSTOM_FIELDS,
  UPDATE_USER_CUSTOM_FIELD,
  USER_CUSTOM_FIELDS_QUERY,
} from '../custom-fields.graphql';
import { FieldForm, TYPE_LABELS } from '../components/field-form';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { PageHeader } from '../../../components/page-header';

/** /user-fields: the custom properties of users that agents see and edit on the CRM record. */
export function UserFieldsPage() {
  useDocumentTitle('User fields');
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
      <PageHeader titleId="user-fields-title" title="User fields" />
      <section className="panel" aria-labelledby="new-user-field-title">
        <h2 id="new-user-field-title">New user field</h2>
        <FieldForm
          key={createKey}
          submitLabel="Create field"
          onSave={async ({ name, type, description, options }) => {
            await create({ variables: { input: { name, type, description, options } } });
            setCreateKey((k) => k + 1);
          }}
        />
      </section>
      <section className="panel" aria-labelledby="user-field-list-title">
        <h2 id="user-field-list-title">All user fields</h2>
        <QueryState loading={loading} error={error} hasData={!!data} what="user fields" onRetry={() => void refetch()} />
        {data && fields.length === 0 && <p className="empty-state">No user fields yet. Create the first one above.</p>}
        {moveError && (
          <p role="alert" className="alert alert-error">
            {moveError}
          </p>
        )}
        {fields.length > 0 && (
          <div className="table-wrap">
            <table className="data-table">
              <caption>{plural(fields.length, 'user field')}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Options</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
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
                    <td>{TYPE_LABELS[f.type]}</td>
                    <td className="user-field-options">{f.options.join(', ') || <span className="muted">—</span>}</td>
                    <td>{f.enabled ? 'Enabled' : 'Disabled'}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-icon button-small"
                          aria-label={`Move ${f.name} up`}
                          disabled={i === 0 || reordering.loading}
                          onClick={() => void move(i, -1)}
                        >
                          <ArrowUp aria-hidden="true" />
                        </button>
                        <button
                          type="button"
                          className="button button-icon button-small"
                          aria-label={`Move ${f.name} down`}
                          disabled={i === fields.length - 1 || reordering.loading}
                          onClick={() => void move(i, 1)}
                        >
                          <ArrowDown aria-hidden="true" />
                        </button>
                        <FormDialog
                          title={`Edit user field ${f.name}`}
                          trigger={
                            <button type="button" className="button button-secondary button-small" aria-label={`Edit ${f.name}`}>
                              Edit
                            </button>
                          }
                        >
                          {(close) => (
                            <FieldForm
                              field={f}
                              submitLabel="Save field"
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
                              aria-label={`Delete ${f.name}`}
                            >
                              Delete
                            </button>
                          }
                          title={`Delete user field ${f.name}?`}
                          confirmLabel="Delete field"
                          danger
                          onConfirm={() => remove({ variables: { id: f.id } })}
                        >
                          <p>
                            Every user&apos;s value of this field is removed. Each user&apos;s change log keeps the old value. This cannot
                            be undone.
                          </p>
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
