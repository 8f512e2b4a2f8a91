import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchChecklistEditor, type ChecklistItem } from './search-checklist-editor';

const ORGS: ChecklistItem[] = [
  { id: '1', name: 'Acme' },
  { id: '2', name: 'Globex' },
  { id: '3', name: 'Initech' },
];

/** Candidates filtered by a name prefix, as the API's search would. */
const useCandidates = (search: string) => ({
  items: ORGS.filter((o) => o.name.toLowerCase().startsWith(search.toLowerCase())),
  loading: false,
  loaded: true,
});

function renderEditor(onSave = vi.fn(() => Promise.resolve()), onSaved = vi.fn()) {
  render(
    <SearchChecklistEditor
      idPrefix="t1"
      noun="organization"
      searchPlaceholder="Name"
      initial={[ORGS[1]]}
      useCandidates={useCandidates}
      onSave={onSave}
      saveLabel="Save organizations"
      onSaved={onSaved}
    />,
  );
  return { onSave, onSaved };
}

describe('SearchChecklistEditor', () => {
  it('keeps chosen items listed whatever the search, and saves the ticked ids', async () => {
    const { onSave, onSaved } = renderEditor();
    expect(screen.getByRole('group', { name: '1 organization selected' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Find organizations'), 'ac');
    // Globex is chosen: still listed though "ac" does not match it.
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement!.textContent!.trim())).toEqual(['Globex', 'Acme']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Acme' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save organizations' }));
    expect(onSave).toHaveBeenCalledWith(['2', '1']);
    expect(onSaved).toHaveBeenCalled();
  });

  it('says why a save failed and stays open', async () => {
    const { onSaved } = renderEditor(vi.fn(() => Promise.reject(new Error('offline'))));
    await userEvent.click(screen.getByRole('button', { name: 'Save organizations' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/i);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says when nothing matches', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Globex' }));
    await userEvent.type(screen.getByLabelText('Find organizations'), 'zz');
    expect(screen.getByText('No organization matches “zz”.')).toBeInTheDocument();
  });
});
