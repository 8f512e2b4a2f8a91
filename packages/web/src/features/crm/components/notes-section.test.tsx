import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { continueNotes, NotesSection, type NoteItem, type NotesPage } from './notes-section';

const note = (n: number): NoteItem => ({ id: String(n), text: `Note ${n}`, authorName: 'Ada', createdAt: '2025-01-01T10:00:00Z' });
/** Notes `from` down to `to`, newest first. */
const notesDown = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => note(from - i));
const pageOf = (notes: NoteItem[], hasNextPage: boolean): NotesPage => ({ notes, hasNextPage, endCursor: notes.at(-1)?.id ?? null });
const texts = () =>
  within(screen.getByRole('list', { name: 'Notes' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.crm-note-text')!.textContent);
const expectNotes = (notes: NoteItem[]) => expect(texts()).toEqual(notes.map((n) => n.text));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('NotesSection', () => {
  it('reads older notes by keyboard, keeps the focus on the button while loading and says so; the last page moves the focus to its first note', async () => {
    const first = deferred<NotesPage>();
    const loadOlder = vi
      .fn<(after: string) => Promise<NotesPage>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce(pageOf(notesDown(3, 1), false));
    const record = pageOf(notesDown(9, 7), true);
    render(<NotesSection notes={record.notes} page={record} loadOlder={loadOlder} canAdd={false} onAdd={vi.fn()} />);

    const button = screen.getByRole('button', { name: 'Load older notes' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Loading…');
    expect(screen.getByRole('status')).toHaveTextContent('Loading older notes…');
    await userEvent.keyboard('{Enter}'); // ignored while loading
    expect(loadOlder).toHaveBeenCalledTimes(1);
    expect(loadOlder).toHaveBeenLastCalledWith('7');

    await act(async () => first.resolve(pageOf(notesDown(6, 4), true)));
    expectNotes(notesDown(9, 4));
    expect(screen.getByRole('status')).toHaveTextContent('3 older notes loaded.');
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-disabled');

    await userEvent.keyboard('{Enter}');
    expect(loadOlder).toHaveBeenLastCalledWith('4');
    expect(await screen.findByText('3 older notes loaded. These are all the notes.')).toBeInTheDocument();
    expectNotes(notesDown(9, 1));
    expect(screen.queryByRole('button', { name: /Load older notes|Loading/ })).not.toBeInTheDocument();
    expect(screen.getByText('Note 3').closest('li')).toHaveFocus();
  });

  it('keeps the older notes already read when a note is added on top, and reads on from where they end', async () => {
    const loadOlder = vi
      .fn<(after: string) => Promise<NotesPage>>()
      .mockResolvedValueOnce(pageOf(notesDown(6, 4), true))
      .mockResolvedValueOnce(pageOf(notesDown(3, 1), false));
    const record = pageOf(notesDown(9, 7), true);
    const { rerender } = render(<NotesSection notes={record.notes} page={record} loadOlder={loadOlder} canAdd onAdd={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load older notes' }));
    await screen.findByText('Note 4');

    // The record's page after adding note 10: the newest three, so note 7 now comes from the part read.
    const added = pageOf(notesDown(10, 8), true);
    rerender(<NotesSection notes={added.notes} page={added} loadOlder={loadOlder} canAdd onAdd={vi.fn()} />);
    expectNotes(notesDown(10, 4));
    await userEvent.click(screen.getByRole('button', { name: 'Load older notes' }));
    expect(loadOlder).toHaveBeenLastCalledWith('4');
    await screen.findByText('Note 1');
    expectNotes(notesDown(10, 1));
  });

  it('starts over from the record’s page when its notes no longer lead into the ones read', () => {
    const read = { shown: notesDown(9, 4), next: { hasNextPage: true, endCursor: '4' }, lastCount: 3, lastFirstId: '6' };
    expect(continueNotes(notesDown(9, 7), read)?.map((n) => n.id)).toEqual(['9', '8', '7', '6', '5', '4']);
    expect(continueNotes(notesDown(11, 9), read)?.map((n) => n.id)).toEqual(['11', '10', '9', '8', '7', '6', '5', '4']);
    // A note in between (a merge brought it): start over.
    expect(continueNotes([note(10), note(9), note(85), note(8)], read)).toBeNull();
    // Nothing shown any more of what was read (many added): start over.
    expect(continueNotes(notesDown(20, 18), read)).toBeNull();
    expect(continueNotes(notesDown(9, 7), null)).toBeNull();
  });

  it('refuses an empty note at the box, keeps a note the API refuses with the reason, and empties the box once added', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { text: 'must be at most 10000 characters' } } }],
    });
    const onAdd = vi.fn<(text: string) => Promise<unknown>>().mockRejectedValueOnce(refusal).mockResolvedValueOnce({});
    render(<NotesSection notes={[]} page={pageOf([], false)} canAdd onAdd={onAdd} />);
    const box = screen.getByRole('textbox', { name: 'New note' });
    await userEvent.type(box, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(box).toHaveAccessibleDescription('New note is empty');
    expect(onAdd).not.toHaveBeenCalled();

    await userEvent.type(box, 'Too long, says the API');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('New note must be at most 10000 characters');
    expect(box).toHaveValue('   Too long, says the API');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onAdd).toHaveBeenLastCalledWith('   Too long, says the API');
    await vi.waitFor(() => expect(box).toHaveValue(''));
  });
});
