import { useState, type FormEvent } from 'react';
import { toDisplayError } from '../../../lib/errors';

export interface NoteItem {
  id: string;
  text: string;
  authorName: string;
  createdAt: string;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where the notes shown end: more after `endCursor` when `hasNextPage` (the API answers the newest 50 with the record). */
export interface NotesPage {
  notes: readonly NoteItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Props {
  notes: readonly NoteItem[];
  /** The page the record's notes end with; with `loadOlder`, a "Load older notes" button reads on from it. */
  page?: Omit<NotesPage, 'notes'>;
  loadOlder?: (after: string) => Promise<NotesPage>;
  canAdd: boolean;
  /** Saves a note; rejects with the API's error. */
  onAdd: (text: string) => Promise<unknown>;
}

/** Older notes read page by page after the record's own; starts over when the record's page moves (a note was added). */
function useOlderNotes(page: Props['page'], loadOlder: Props['loadOlder']) {
  const [older, setOlder] = useState<{ from: string | null; notes: readonly NoteItem[]; next: Omit<NotesPage, 'notes'> | undefined }>({
    from: null,
    notes: [],
    next: undefined,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const from = page?.endCursor ?? null;
  const next = older.from === from && older.next ? older.next : page;
  async function more() {
    if (!loadOlder || !next?.endCursor) return;
    setLoading(true);
    setError(null);
    try {
      const got = await loadOlder(next.endCursor);
      setOlder((o) => ({ from, notes: [...(o.from === from ? o.notes : []), ...got.notes], next: got }));
    } catch (e) {
      setError(toDisplayError(e).message);
    } finally {
      setLoading(false);
    }
  }
  const shown = older.from === from ? older.notes : [];
  return { older: shown, hasMore: !!loadOlder && !!next?.hasNextPage, loading, error, more };
}

/** Notes newest first, older ones on demand, and a box to add one (kept with the reason when the save fails): a user's or an agent's. */
export function NotesSection({ notes, page, loadOlder, canAdd, onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const older = useOlderNotes(page, loadOlder);

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
          {[...notes, ...older.older].map((note) => (
            <li key={note.id}>
              <p className="crm-note-text">{note.text}</p>
              <p className="crm-note-meta">
                {note.authorName}, <time dateTime={note.createdAt}>{when.format(new Date(note.createdAt))}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {older.hasMore && (
        <button type="button" className="button button-secondary button-small" disabled={older.loading} onClick={() => void older.more()}>
          {older.loading ? 'Loading…' : 'Load older notes'}
        </button>
      )}
      {older.error && <p className="field-error">{older.error}</p>}
    </section>
  );
}
