import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { agentOptionsMock } from '../../../test/agent-options';
import { BULK_INVITE_AGENTS_MUTATION } from './bulk-invite.graphql';
import { InviteByEmail } from './invite-by-email';

describe('InviteByEmail', () => {
  it('invites the list with the role, permission groups and teams chosen', async () => {
    const sent = vi.fn<(vars: Record<string, unknown>) => void>();
    const answer = {
      request: {
        query: BULK_INVITE_AGENTS_MUTATION,
        variables: (vars: Record<string, unknown>) => {
          sent(vars);
          return true;
        },
      },
      result: {
        data: {
          bulkInviteAgents: {
            __typename: 'BulkInviteResult',
            invited: ['ann@example.com', 'bo@example.com'].map((email, i) => ({
              __typename: 'Invitation',
              id: String(20 + i),
              email,
              expiresAt: '2026-01-08T00:00:00.000Z',
            })),
            failed: [],
            missingSeats: 0,
          },
        },
      },
    };
    renderRoutes([{ path: '/agents/bulk', element: <InviteByEmail /> }], '/agents/bulk', [agentOptionsMock(), answer]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Email addresses' }), 'ann@example.com, bo@example.com');
    await userEvent.click(screen.getByRole('radio', { name: 'Administrator' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Support' }));
    await userEvent.click(screen.getByRole('button', { name: 'Invite 2 addresses' }));

    expect(await screen.findByRole('status')).toHaveTextContent('2 addresses invited.');
    expect(sent).toHaveBeenCalledWith({
      agentType: 'FULL',
      emails: ['ann@example.com', 'bo@example.com'],
      isAdmin: true,
      permissionGroupIds: ['1'],
      teamIds: ['4'],
      language: 'en',
    });
  });
});
