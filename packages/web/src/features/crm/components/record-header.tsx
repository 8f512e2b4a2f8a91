import { useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from '../../../components/text-field';
import { toDisplayError } from '../../../lib/errors';
import { Pencil } from 'lucide-react';
import { Avatar } from '../../../components/avatar';

interface Props {
  user: { id: string; name: string; primaryEmail: string; isAutoResponder: boolean };
  canEdit: boolean;
  /** Saves the name; rejects with the API's error. */
  onSaveName: (name: string) => Promise<void>;
  /** The record's actions (RecordActions). */
  actions?: ReactNode;
}

/** The record's name (inline edit: a refused name stays in the box with the reason), badges and actions. */
export function RecordHeader({ user, canEdit, onSaveName, actions }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    setSaving(true);
    setError(undefined);
    try {
      if (draft.trim() !== user.name) await onSaveName(draft.trim());
      setDraft(null);
    } catch (e) {
      const shown = toDisplayError(e);
      setError(shown.fields['input.name'] ?? `could not be saved: ${shown.message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <header className="crm-record-header">
      <Avatar id={user.id} name={user.name} email={user.primaryEmail} size="lg" />
      <div className="crm-record-heading">
        <div className="crm-record-title">
          <h2 id="crm-record-name" className="crm-record-name">
            {user.name}
          </h2>
          {canEdit && draft === null && (
            <button
              type="button"
              className="button button-icon button-small"
              aria-label="Edit name"
              title="Edit name"
              onClick={() => {
                setError(undefined);
                setDraft(user.name);
              }}
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
      {draft !== null && (
        <form className="crm-inline-form" onSubmit={(event) => void save(event)} noValidate aria-label="Name">
          <TextField label="Name" value={draft} error={error} autoFocus autoComplete="off" onChange={setDraft} />
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save name'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
    </header>
  );
}
