import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useForm } from 'react-hook-form';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';

export interface NoteItem {
  id: string;
  text: string;
  authorName: string;
  createdAt: string;
}

const when = (iso: string) => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Where the notes shown end: more after `endCursor` when `hasNextPage` (the API answers the newest 50 with the record). */
export interface NotesPage {
  notes: readonly NoteItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Where a list of notes ends (the API's pageInfo; its endCursor may be left out when there are none). */
type PageInfo = Pick<NotesPage, 'hasNextPage'> & { endCursor?: string | null };

interface Props {
  notes: readonly NoteItem[];
  /** The page the record's notes end with; with `loadOlder`, a "Load older notes" button reads on from it. */
  page?: PageInfo;
  loadOlder?: (after: string) => Promise<NotesPage>;
  canAdd: boolean;
  /** Saves a note; rejects with the API's error. */
  onAdd: (text: string) => Promise<unknown>;
}

/**
 * The notes to show: the record's own, then those read after them. `read` is what was shown after
 * the last page came in (the record's notes then, and the older ones), `next` where that ends.
 */
interface Read {
  shown: readonly NoteItem[];
  next: PageInfo;
  /** How many the last page brought (for the status line) and the id of its first note. */
  lastCount: number;
  lastFirstId: string | null;
}

/**
 * The record's notes followed by the older ones already read, when the record's notes still lead
 * into them: new notes on top of the ones shown when they were read (adding a note pushes the
 * oldest of the record's 50 into the part already read). Anything else (notes that moved in
 * between, a merge) starts over from the record's page. Null: nothing read on top of the record.
 */
export function continueNotes(notes: readonly NoteItem[], read: Read | null): readonly NoteItem[] | null {
  if (!read || !read.shown.length) return null;
  const start = notes.findIndex((n) => n.id === read.shown[0].id);
  if (start === -1) return null;
  const overlap = notes.length - start;
  if (overlap > read.shown.length) return null;
  for (let i = 0; i < overlap; i++) if (notes[start + i].id !== read.shown[i].id) return null;
  const seen = new Set(read.shown.map((n) => n.id));
  if (notes.slice(0, start).some((n) => seen.has(n.id))) return null;
  return [...notes, ...read.shown.slice(overlap)];
}

/** Older notes read page by page after the record's own, kept when a note is added on top. */
function useOlderNotes(notes: readonly NoteItem[], page: PageInfo | undefined, loadOlder: Props['loadOlder']) {
  const { t } = useTranslation('crm');
  const [read, setRead] = useState<Read | null>(null);
  const [loading, setLoading] = useState(false);
  const busy = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const continued = continueNotes(notes, read);
  const shown = continued ?? notes;
  const next = continued && read ? read.next : page;
  async function more() {
    if (busy.current || !loadOlder || !next?.endCursor) return;
    busy.current = true;
    setLoading(true);
    setError(null);
    try {
      const got = await loadOlder(next.endCursor);
      const ids = new Set(shown.map((n) => n.id));
      const fresh = got.notes.filter((n) => !ids.has(n.id));
      setRead({ shown: [...shown, ...fresh], next: got, lastCount: fresh.length, lastFirstId: fresh[0]?.id ?? null });
    } catch (e) {
      setError(toDisplayError(e).message);
    } finally {
      busy.current = false;
      setLoading(false);
    }
  }
  const hasMore = !!loadOlder && !!next?.hasNextPage;
  let status = '';
  if (loading) status = t('notes.loadingOlder');
  else if (continued && read) {
    status = t('notes.loaded', { count: read.lastCount });
    if (!hasMore) status += ` ${t('notes.allLoaded')}`;
  }
  return { shown, hasMore, loading, error, more, status, lastFirstId: continued ? (read?.lastFirstId ?? null) : null };
}

/** Notes newest first, older ones on demand, and a box to add one (kept with the reason when the save fails): a user's or an agent's. */
export function NotesSection({ notes, page, loadOlder, canAdd, onAdd }: Props) {
  const { t } = useTranslation('crm');
  const older = useOlderNotes(notes, page, loadOlder);
  const list = useRef<HTMLOListElement>(null);
  // The last page took the button away: the focus goes to the first note it brought, not to the page.
  const focusFirstOf = older.hasMore ? null : older.lastFirstId;
  useEffect(() => {
    // Only when the focus went with the button (not when it is elsewhere already).
    if (!focusFirstOf || !list.current || document.activeElement !== document.body) return;
    const items = Array.from(list.current.children) as HTMLElement[];
    items.find((li) => li.dataset.noteId === focusFirstOf)?.focus();
  }, [focusFirstOf]);

  return (
    <section className="crm-section" aria-labelledby="crm-notes-heading">
      <h3 id="crm-notes-heading">{t('notes.heading')}</h3>
      {canAdd && <AddNoteForm onAdd={onAdd} />}
      {notes.length === 0 ? (
        <p className="muted">{t('notes.none')}</p>
      ) : (
        <ol ref={list} className="crm-notes" aria-labelledby="crm-notes-heading">
          {older.shown.map((note) => (
            <li key={note.id} data-note-id={note.id} tabIndex={note.id === focusFirstOf ? -1 : undefined}>
              <p className="crm-note-text">{note.text}</p>
              <p className="crm-note-meta">
                {note.authorName}, <time dateTime={note.createdAt}>{when(note.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {older.hasMore && (
        // aria-disabled, not disabled, while loading: a disabled button would lose the keyboard focus.
        <button
          type="button"
          className="button button-secondary button-small crm-notes-more"
          aria-disabled={older.loading || undefined}
          onClick={() => void older.more()}
        >
          {older.loading ? t('loading') : t('notes.loadOlder')}
        </button>
      )}
      {loadOlder && (
        <p role="status" className="visually-hidden">
          {older.status}
        </p>
      )}
      {older.error && (
        <p className="field-error" role="alert">
          {older.error}
        </p>
      )}
    </section>
  );
}

/** The box to add a note: a refused note stays in it with the reason. */
function AddNoteForm({ onAdd }: Pick<Props, 'onAdd'>) {
  const { t } = useTranslation('crm');
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: { text: '' } });
  const [error, setFormError] = useState<DisplayError | null>(null);
  const onSubmit = handleSubmit(async ({ text }) => {
    setFormError(null);
    try {
      await onAdd(text);
      reset();
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['text'], setError, '');
      setFormError(shown);
    }
  });
  return (
    <form className="crm-note-form" onSubmit={onSubmit} noValidate>
      <FormAlert error={error} labels={{ text: t('notes.new') }} />
      <FormField label={t('notes.new')} error={errors.text?.message}>
        {(control) => <textarea {...control} rows={3} {...register('text', { validate: (v) => (v.trim() ? true : t('notes.empty')) })} />}
      </FormField>
      <button type="submit" className="button button-secondary button-small" disabled={isSubmitting}>
        {isSubmitting ? t('emails.adding') : t('notes.add')}
      </button>
    </form>
  );
}
