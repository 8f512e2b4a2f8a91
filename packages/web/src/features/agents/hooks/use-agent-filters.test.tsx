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
      <p data-testid="search">{useLocation().search}</p>
    </>
  );
}

const address = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('useAgentFilters', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/agents', element: <Probe /> }], { initialEntries: ['/agents?sort=-email'] })}
      />,
    );
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
});
