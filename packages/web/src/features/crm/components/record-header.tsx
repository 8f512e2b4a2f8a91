import type { ReactNode } from 'react';
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
  const { form, editing, error, open, cancel, editButton, formProps } = useInPlaceForm<{ name: string }>({
    saved: { name: user.name },
    what: 'the name',
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
              aria-label="Edit name"
              title="Edit name"
              onClick={open}
            >
              <Pencil aria-hidden="true" />
            </button>
          )}
          {user.isAutoResponder && (
            <span className="badge badge-auto-responder" title="No automatic replies are sent to this user">
              Auto-responder
            </span>
          )}
        </div>
        <p className="crm-record-email">{user.primaryEmail}</p>
      </div>
      <div className="crm-record-toolbar">{actions}</div>
      {editing && (
        <form {...formProps} className="crm-inline-form" aria-label="Name">
          {/* A refused name says why by its box; any other failure is said here. */}
          <FormAlert error={errors.name ? null : error} />
          <InputField
            label="Name"
            autoComplete="off"
            error={errors.name?.message}
            {...register('name', { validate: (v) => (v.trim() ? true : 'is required') })}
          />
          <InPlaceActions saving={isSubmitting} saveLabel="Save name" onCancel={cancel} />
        </form>
      )}
    </header>
  );
}
