import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

const rows = [
  { id: '1', name: 'Billing sync', used: 'Never' },
  { id: '2', name: 'Reports', used: 'Today' },
];

describe('DataTable', () => {
  it('heads each row with its name, and names the actions column for screen readers only', () => {
    render(
      <DataTable
        caption="2 tokens"
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader={{ header: 'Name', cell: (r) => r.name }}
        columns={[{ header: 'Last used', cell: (r) => r.used }]}
        actions={(r) => <button type="button">Revoke {r.name}</button>}
      />,
    );
    const table = screen.getByRole('table', { name: '2 tokens' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Last used', 'Actions']);
    expect(within(table).getByRole('rowheader', { name: 'Reports' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Billing sync/ });
    expect(within(row).getByRole('cell', { name: 'Never' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Revoke Billing sync' })).toBeInTheDocument();
  });

  it('puts the row header where asked, and makes a labelled scrolling frame keyboard users can focus', () => {
    render(
      <DataTable
        caption="Events"
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader={{ header: 'Name', cell: (r) => r.name }}
        rowHeaderAt={1}
        columns={[
          { header: 'Last used', cell: (r) => r.used },
          { header: 'Id', cell: (r) => r.id },
        ]}
        scrollLabel="Wide events"
      />,
    );
    const frame = screen.getByRole('group', { name: 'Wide events' });
    expect(frame).toHaveAttribute('tabindex', '0');
    const row = within(frame).getByRole('row', { name: /Reports/ });
    expect(Array.from(row.children, (c) => `${c.tagName}:${c.textContent}`)).toEqual(['TD:Today', 'TH:Reports', 'TD:2']);
  });
});
