import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil } from 'lucide-react';
import { Avatar } from '../../../components/avatar';
import { FormAlert } from '../../../components/form-alert';
import { InputField } from '../../../components/input-field';
import { InPlaceActions, useInPlaceForm } from '../../../components/in-place-form';
import { applyServerFieldErrors } from '../../../lib/form-errors';

interface Props {
  user: { id: string; name: string; primaryEmail: string; isAutoResponder: boolean };
  canEdit: boolean;
  /** Saves the name; rejects with the API's error. */
  onSaveName: (name: string) => Promise<void>;
  /** The record's actions (RecordActions). */
  actions?: ReactNode;
}

/** The record's name (edited in place: a refused name stays in the box with the reason), badges and actions. */
export function RecordHeader({ user, canEdit, onSaveName, actions }: Props) {
  const { t } = useTranslation('crm');
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<{ name: string }>({
    saved: { name: user.name },
    what: t('header.what'),
    save: async ({ name }) => {
      if (name.trim() !== user.name) await onSaveName(name.trim());
    },
    fieldErrors: (shown, setError) => applyServerFieldErrors(shown, ['name'], setError),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <header className="crm-record-header">
      <Avatar id={user.id} name={user.name} email={user.primaryEmail} size="lg" />
      <div className="crm-record-heading">
        <div className="crm-record-title">
          <h2 id="crm-record-name" className="crm-record-name">
            {user.name}
          </h2>
          {canEdit && !editing && (
            <button
              ref={editButton}
              type="button"
              className="button button-icon button-small"
              aria-label={t('header.edit')}
              title={t('header.edit')}
              onClick={open}
            >
              <Pencil aria-hidden="true" />
            </button>
          )}
          {user.isAutoResponder && (
            <span className="badge badge-auto-responder" title={t('autoResponder.hint')}>
              {t('autoResponder.badge')}
            </span>
          )}
        </div>
        <p className="crm-record-email">{user.primaryEmail}</p>
      </div>
      <div className="crm-record-toolbar">{actions}</div>
      {editing && (
        <form {...formProps} className="crm-inline-form" aria-label={t('header.name')}>
          {/* A refused name says why by its box; any other failure is said here. */}
          <FormAlert error={errors.name ? null : error} />
          <InputField
            label={t('header.name')}
            autoComplete="off"
            error={errors.name?.message}
            {...register('name', { validate: (v) => (v.trim() ? true : t('required')) })}
          />
          <InPlaceActions saving={isSubmitting} saveLabel={t('header.save')} onCancel={cancel} />
        </form>
      )}
    </header>
  );
}
