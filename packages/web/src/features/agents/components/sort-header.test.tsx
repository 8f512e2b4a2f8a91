import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SortHeader } from './sort-header';
import { formatSort, parseSort } from '../hooks/use-agent-sort';

function renderHeaders(order: Parameters<typeof SortHeader>[0]['order'], onSort = vi.fn()) {
  render(
    <table>
      <thead>
        <tr>
          <SortHeader field="NAME" label="Name" order={order} onSort={onSort} />
          <SortHeader field="EMAIL" label="Email" order={order} onSort={onSort} />
        </tr>
      </thead>
    </table>,
  );
  return onSort;
}

describe('sortable headers', () => {
  it('marks the sorted column with aria-sort and sorts by a column when its button is pressed', async () => {
    const user = userEvent.setup();
    const onSort = renderHeaders({ field: 'EMAIL', direction: 'DESC' });
    expect(screen.getByRole('columnheader', { name: 'Email' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSort).toHaveBeenCalledWith('NAME');
    screen.getByRole('button', { name: 'Email' }).focus();
    await user.keyboard('{Enter}');
    expect(onSort).toHaveBeenLastCalledWith('EMAIL');
  });

  it('reads and writes the order in the address: none is name A-Z, a minus is descending', () => {
    expect(parseSort(null)).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(parseSort('-email')).toEqual({ field: 'EMAIL', direction: 'DESC' });
    expect(parseSort('bogus')).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(formatSort({ field: 'NAME', direction: 'ASC' })).toBeNull();
    expect(formatSort({ field: 'NAME', direction: 'DESC' })).toBe('-name');
    expect(formatSort({ field: 'EMAIL', direction: 'ASC' })).toBe('email');
  });
});
