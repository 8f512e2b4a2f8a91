import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { toDisplayError } from '../../../lib/errors';
import { CRM_ADD_NOTE } from '../crm.graphql';
import type { CrmUserFieldsFragment } from '../../../gql/graphql';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Notes newest first, and a box to add one (kept with the reason when the save fails). */
export function UserNotes({ user, canAdd }: { user: Pick<CrmUserFieldsFragment, 'id' | 'notes'>; canAdd: boolean }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addNote, adding] = useMutation(CRM_ADD_NOTE);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!text.trim()) {
      setError('Write the note first.');
      return;
    }
    try {
      await addNote({ variables: { userId: user.id, text } });
      setText('');
    } catch (e) {
      setError(toDisplayError(e).message);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-notes-heading">
      <h3 id="crm-notes-heading">Notes</h3>
      {canAdd && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="crm-note">New note</label>
            <textarea
              id="crm-note"
              rows={3}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'crm-note-error' : undefined}
              onChange={(event) => setText(event.target.value)}
            />
            {error && (
              <p id="crm-note-error" className="field-error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={adding.loading}>
            {adding.loading ? 'Adding…' : 'Add note'}
          </button>
        </form>
      )}
      {user.notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="crm-notes">
          {user.notes.map((note) => (
            <li key={note.id}>
              <p className="crm-note-text">{note.text}</p>
              <p className="crm-note-meta">
                {note.authorName}, <time dateTime={note.createdAt}>{when.format(new Date(note.createdAt))}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
