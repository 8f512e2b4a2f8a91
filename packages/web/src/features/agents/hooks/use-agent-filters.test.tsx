import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAgentFilters } from './use-agent-filters';

/** The search box and the team filter, wired as the agents page wires them, and the address. */
function Probe() {
  const { values, searchDraft, setSearch, setValue } = useAgentFilters();
  return (
    <>
      <input aria-label="Search" value={searchDraft} onChange={(e) => setSearch(e.target.value)} />
      <input aria-label="Team" value={values.teamId} onChange={(e) => setValue('teamId', e.target.value)} />
      {/* Two writes before React renders the first (a render delayed under load): both must stay. */}
      <button
        type="button"
        onClick={() => {
          setValue('teamId', '7');
          setValue('status', 'DISABLED');
        }}
      >
        Both
      </button>
      <p data-testid="search">{useLocation().search}</p>
    </>
  );
}

const address = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function Remountable() {
  const [mount, setMount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setMount((n) => n + 1)}>
        Remount
      </button>
      <Probe key={mount} />
    </>
  );
}

describe('useAgentFilters', () => {
  let router: ReturnType<typeof createMemoryRouter>;
  beforeEach(() => {
    vi.useFakeTimers();
    router = createMemoryRouter(
      [
        { path: '/agents', element: <Remountable /> },
        { path: '/home', element: <p>Home</p> },
      ],
      { initialEntries: ['/agents?sort=-email'] },
    );
    render(<RouterProvider router={router} />);
  });
  afterEach(() => vi.useRealTimers());

  it('writes the search once typing pauses', () => {
    type('Search', 'an');
    expect(screen.getByLabelText('Search')).toHaveValue('an');
    expect(address().get('q')).toBeNull();
    act(() => vi.advanceTimersByTime(300));
    expect(address().get('q')).toBe('an');
    expect(address().get('sort')).toBe('-email');
  });

  it('keeps a team picked while the search was waiting to be written', () => {
    type('Search', 'an');
    act(() => vi.advanceTimersByTime(100));
    type('Team', '4');
    expect(address().get('team')).toBe('4');
    act(() => vi.advanceTimersByTime(300));
    expect(Object.fromEntries(address())).toEqual({ sort: '-email', team: '4', q: 'an' });
  });

  it('keeps a write made before the previous one has rendered', async () => {
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Both' }));
    });
    expect(Object.fromEntries(address())).toEqual({ sort: '-email', team: '7', status: 'DISABLED' });
  });

  it('keeps a search typed just before the list remounts (a page still loading), and writes it', () => {
    type('Search', 'an');
    act(() => vi.advanceTimersByTime(100));
    fireEvent.click(screen.getByRole('button', { name: 'Remount' }));
    expect(screen.getByLabelText('Search')).toHaveValue('an');
    act(() => vi.advanceTimersByTime(300));
    expect(Object.fromEntries(address())).toEqual({ sort: '-email', q: 'an' });
  });

  it('does not bring an unwritten search back on a later visit', async () => {
    type('Search', 'an');
    await act(() => router.navigate('/home'));
    await act(() => router.navigate('/agents'));
    expect(screen.getByLabelText('Search')).toHaveValue('');
    act(() => vi.advanceTimersByTime(300));
    expect(address().get('q')).toBeNull();
  });
});
