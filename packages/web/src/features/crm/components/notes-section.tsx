import { useState, type FormEvent } from 'react';
import { toDisplayError } from '../../../lib/errors';

export interface NoteItem {
  id: string;
  text: string;
  authorName: string;
  createdAt: string;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  notes: readonly NoteItem[];
  canAdd: boolean;
  /** Saves a note; rejects with the API's error. */
  onAdd: (text: string) => Promise<unknown>;
}

/** Notes newest first, and a box to add one (kept with the reason when the save fails): a user's or an agent's. */
export function NotesSection({ notes, canAdd, onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!text.trim()) {
      setError('Write the note first.');
      return;
    }
    setAdding(true);
    try {
      await onAdd(text);
      setText('');
    } catch (e) {
      setError(toDisplayError(e).message);
    } finally {
      setAdding(false);
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
          <button type="submit" className="button button-secondary button-small" disabled={adding}>
            {adding ? 'Adding…' : 'Add note'}
          </button>
        </form>
      )}
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="crm-notes">
          {notes.map((note) => (
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
