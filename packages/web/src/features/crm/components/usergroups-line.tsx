import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil } from 'lucide-react';
import { useReportUnsavedEdits } from '../../../components/unsaved-edits';
import { useMutation, useQuery } from '@apollo/client/react';
import { DialogActions, FormDialog } from '../../../components/form-dialog';
import { NameForm } from '../../../components/name-form';
import { toDisplayError } from '../../../lib/errors';
import { CRM_USERGROUPS_QUERY } from '../crm.graphql';
import { CRM_CREATE_USERGROUP } from '../crm-manage.graphql';

interface Props {
  user: { name: string; usergroups: readonly { id: string; name: string }[] };
  canEdit: boolean;
  canCreate: boolean;
  /** Saves the memberships; rejects with the API's error. */
  onSave: (usergroupIds: string[]) => Promise<void>;
}

/** The user's usergroups on one line; Edit opens a dialog of checkboxes (and, with people.manage_usergroups, a new group). */
export function UsergroupsLine({ user, canEdit, canCreate, onSave }: Props) {
  const { t } = useTranslation('crm');
  return (
    <section className="crm-section" aria-labelledby="crm-usergroups-heading">
      <div className="section-heading">
        <h3 id="crm-usergroups-heading">{t('usergroups.heading')}</h3>
        {canEdit && (
          <FormDialog
            title={t('usergroups.dialogTitle', { name: user.name })}
            description={t('usergroups.dialogDescription')}
            trigger={
              <button
                type="button"
                className="button button-icon button-small"
                aria-label={t('usergroups.edit')}
                title={t('usergroups.edit')}
              >
                <Pencil aria-hidden="true" />
              </button>
            }
          >
            {(close) => (
              <UsergroupsForm
                current={user.usergroups.map((g) => g.id)}
                canCreate={canCreate}
                onSave={async (ids) => {
                  await onSave(ids);
                  close();
                }}
              />
            )}
          </FormDialog>
        )}
      </div>
      <p data-testid="crm-usergroups">
        {user.usergroups.length ? user.usergroups.map((g) => g.name).join(', ') : <span className="muted">{t('usergroups.none')}</span>}
      </p>
    </section>
  );
}

function UsergroupsForm({
  current,
  canCreate,
  onSave,
}: {
  current: string[];
  canCreate: boolean;
  onSave: (ids: string[]) => Promise<void>;
}) {
  const { t } = useTranslation('crm');
  const { data, loading, error: loadError } = useQuery(CRM_USERGROUPS_QUERY);
  const [createUsergroup] = useMutation(CRM_CREATE_USERGROUP, { update: (cache) => cache.evict({ fieldName: 'usergroups' }) });
  const [selected, setSelected] = useState(() => new Set(current));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const groups = data?.usergroups ?? [];
  useReportUnsavedEdits(t('usergroups.what'), selected.size !== current.length || current.some((id) => !selected.has(id)));

  function toggle(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave([...selected]);
    } catch (e) {
      setError(toDisplayError(e).message);
      setSaving(false);
    }
  }

  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label={t('usergroups.heading')}>
        {error && (
          <p role="alert" className="alert alert-error">
            {error}
          </p>
        )}
        {loadError && <p className="alert alert-error">{t('usergroups.loadFailed', { message: loadError.message })}</p>}
        <fieldset className="checkbox-list scroll-list">
          <legend>{t('usergroups.heading')}</legend>
          {loading && <p role="status">{t('usergroups.loading')}</p>}
          {!loading && !groups.length && <p className="muted">{t('usergroups.noneYet')}</p>}
          {groups.map((g) => (
            <label key={g.id}>
              <input type="checkbox" checked={selected.has(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
              {g.name}
            </label>
          ))}
        </fieldset>
        <DialogActions>
          <button type="submit" className="button button-primary" disabled={saving || loading}>
            {saving ? t('saving') : t('usergroups.save')}
          </button>
        </DialogActions>
      </form>
      {canCreate && (
        <NameForm
          label={t('usergroups.new')}
          inline
          submitLabel={t('usergroups.create')}
          onSave={async (name) => {
            const result = await createUsergroup({ variables: { name } });
            // A new group is for this user: ticked, saved with the others.
            if (result.data) toggle(result.data.createUsergroup.id, true);
          }}
        />
      )}
    </>
  );
}
