import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { InviteResult } from './invite-result';
import type { InviteRow } from './parse-email-list';

function renderResult(rows: InviteRow[], missingSeats = 0) {
  const router = createMemoryRouter([{ path: '/', element: <InviteResult rows={rows} missingSeats={missingSeats} /> }]);
  render(<RouterProvider router={router} />);
}

describe('InviteResult', () => {
  it('shows each address with its outcome and the failure message', () => {
    renderResult([
      { email: 'ann@x.com', invited: true },
      { email: 'nope', invited: false, code: 'INVALID_EMAIL', message: 'Email is not a valid email address' },
      { email: 'ann@x.com', invited: false, code: 'DUPLICATE_IN_LIST', message: 'Listed earlier' },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('1 address invited, 2 not invited.');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('Invited')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('nope');
    expect(within(rows[1]).getByText('Not a valid address')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Email is not a valid email address');
    expect(within(rows[2]).getByText('Listed twice')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('prompts to upgrade the license or delete an agent when seats are missing', () => {
    renderResult(
      [
        { email: 'a@x.com', invited: false, code: 'NO_SEAT', message: 'needs 2 seats and 1 is missing' },
        { email: 'b@x.com', invited: false, code: 'NO_SEAT', message: 'needs 2 seats and 1 is missing' },
      ],
      1,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The list needs 1 seat more than the license has left, so nobody was invited.');
    expect(alert).toHaveTextContent('Upgrade your license or delete an agent no longer in use');
    expect(within(alert).getByRole('link', { name: 'License' })).toHaveAttribute('href', '/license');
    expect(screen.getByRole('status')).toHaveTextContent('0 addresses invited, 2 not invited.');
    expect(screen.getAllByText('No seat left')).toHaveLength(2);
    expect(screen.queryByText(/needs 2 seats/), 'the alert explains it once').not.toBeInTheDocument();
  });

  it('says all went well when every address was invited', () => {
    renderResult([{ email: 'a@x.com', invited: true }]);
    expect(screen.getByRole('status')).toHaveTextContent('1 address invited. Each invitation email is on its way.');
  });
});
