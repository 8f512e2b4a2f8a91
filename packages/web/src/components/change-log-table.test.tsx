import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChangeLogTable, type ChangeLogRow } from './change-log-table';

const row = (
  id: string,
  field: string,
  oldValue: string | null,
  newValue: string | null,
  over: Partial<ChangeLogRow> = {},
): ChangeLogRow => ({
  id,
  field,
  oldValue,
  newValue,
  createdAt: '2026-01-02T10:00:00.000Z',
  actorName: 'Ada Admin',
  ...over,
});

const renderTable = (rows: ChangeLogRow[]) =>
  render(<ChangeLogTable rows={rows} totalCount={rows.length} hasOlder={false} loading={false} onLoadOlder={vi.fn()} label={(f) => f} />);

describe('ChangeLogTable', () => {
  it('shows values as the record shows them, empty as a dash read as "empty"', () => {
    renderTable([row('1', 'mustChangePassword', null, 'true'), row('2', 'language', 'en', 'de')]);
    expect(screen.getByRole('row', { name: /mustChangePassword/ })).toHaveAccessibleName(/mustChangePassword empty changed to ?Yes/);
    expect(screen.getByRole('row', { name: /mustChangePassword/ })).toHaveTextContent('—empty → changed to Yes');
    expect(screen.getByRole('row', { name: /language/ })).toHaveTextContent('English (en) → changed to German (de)');
  });

  it("marks the entries a merge moved here with the merged user's name", () => {
    renderTable([row('1', 'summary', null, 'Alicia called', { movedFrom: { name: 'Alicia Smith' } }), row('2', 'phone', null, '+1 555')]);
    expect(screen.getByRole('row', { name: /summary/ })).toHaveTextContent('From merged user Alicia Smith');
    expect(screen.getByRole('row', { name: /phone/ })).not.toHaveTextContent('From merged user');
  });
});
