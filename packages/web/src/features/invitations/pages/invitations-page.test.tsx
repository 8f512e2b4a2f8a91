import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { formatDateTime } from '../../../lib/format';
import { INVITATIONS_QUERY, RESEND_INVITATION_MUTATION, REVOKE_INVITATION_MUTATION } from '../invitations.graphql';
import { InvitationsPage } from './invitations-page';

const FIRST_SENT = '2026-01-01T09:00:00.000Z';
const RESENT = '2026-01-03T15:30:00.000Z';
const invitation = (over: object = {}) => ({
  __typename: 'Invitation' as const,
  id: '11',
  email: 'ivy@example.com',
  name: null,
  isAdmin: false,
  status: 'PENDING' as const,
  invitedByName: 'Ann Agent',
  createdAt: FIRST_SENT,
  lastSentAt: FIRST_SENT,
  expiresAt: '2026-01-08T09:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  ...over,
});
const list = (inv: object | null) => ({
  request: { query: INVITATIONS_QUERY, variables: { status: 'PENDING' } },
  result: { data: { invitations: inv ? [inv] : [] } },
});

function renderPage(...mocks: object[]) {
  renderRoutes([{ path: '/invitations', element: <InvitationsPage /> }], '/invitations', mocks as never);
}
const toasts = () => document.querySelector('.toast-list[data-variant="success"]')!;

describe('InvitationsPage', () => {
  it('resends: says so in a toast and shows the new Sent time', async () => {
    const resent = invitation({ lastSentAt: RESENT, expiresAt: '2026-01-10T15:30:00.000Z' });
    renderPage(
      list(invitation()),
      { request: { query: RESEND_INVITATION_MUTATION, variables: { id: '11' } }, result: { data: { resendInvitation: resent } } },
      list(resent),
    );
    const row = (await screen.findByText('ivy@example.com')).closest('tr')!;
    expect(row).toHaveTextContent(formatDateTime(FIRST_SENT));
    await userEvent.click(within(row).getByRole('button', { name: 'Resend invitation to ivy@example.com' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));
    expect(await within(toasts() as HTMLElement).findByText('Invitation resent to ivy@example.com.')).toBeInTheDocument();
    expect(screen.getByText('ivy@example.com').closest('tr')).toHaveTextContent(formatDateTime(RESENT));
    expect(screen.getByText('ivy@example.com').closest('tr')).not.toHaveTextContent(formatDateTime(FIRST_SENT));
  });

  it('revokes: says so in a toast', async () => {
    renderPage(
      list(invitation()),
      {
        request: { query: REVOKE_INVITATION_MUTATION, variables: { id: '11' } },
        result: { data: { revokeInvitation: invitation({ status: 'REVOKED', revokedAt: RESENT }) } },
      },
      list(null),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke invitation to ivy@example.com' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke invitation' }));
    expect(await within(toasts() as HTMLElement).findByText('Invitation to ivy@example.com revoked.')).toBeInTheDocument();
  });
});
