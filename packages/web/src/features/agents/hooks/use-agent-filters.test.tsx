import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAgentFilters } from './use-agent-filters';

let filters: ReturnType<typeof useAgentFilters>;

function Probe() {
  filters = useAgentFilters();
  return <p data-testid="search">{useLocation().search}</p>;
}

const address = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');

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
    act(() => filters.setSearch('an'));
    expect(filters.searchDraft).toBe('an');
    expect(address().get('q')).toBeNull();
    act(() => vi.advanceTimersByTime(300));
    expect(address().get('q')).toBe('an');
    expect(address().get('sort')).toBe('-email');
  });

  it('keeps a team picked while the search was waiting to be written', () => {
    act(() => filters.setSearch('an'));
    act(() => vi.advanceTimersByTime(100));
    act(() => filters.setValue('teamId', '4'));
    expect(address().get('team')).toBe('4');
    act(() => vi.advanceTimersByTime(300));
    expect(Object.fromEntries(address())).toEqual({ sort: '-email', team: '4', q: 'an' });
  });
});
