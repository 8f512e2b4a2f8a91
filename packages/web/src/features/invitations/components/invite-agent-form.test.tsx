import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, renderRoutes } from '../../../test/apollo-router';
import { agentOptionsMock } from '../../../test/agent-options';
import { INVITE_AGENT_MUTATION } from '../invitations.graphql';
import { InviteAgentForm } from './invite-agent-form';

const invitation = (email: string, isAdmin: boolean) => ({
  __typename: 'Invitation',
  id: '11',
  email,
  name: null,
  isAdmin,
  status: 'PENDING',
  invitedByName: 'Ann Agent',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastSentAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-08T00:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
});

function renderForm(answer: (input: Record<string, unknown>) => object | null) {
  const sent = vi.fn<(input: Record<string, unknown>) => void>();
  const mock = {
    request: {
      query: INVITE_AGENT_MUTATION,
      variables: (vars: { input: Record<string, unknown> }) => {
        sent(vars.input);
        return true;
      },
    },
    result: (vars: { input: Record<string, unknown> }) => answer(vars.input) ?? {},
  };
  renderRoutes([{ path: '/admin', element: <InviteAgentForm /> }], '/admin', [agentOptionsMock(), mock as never]);
  return { sent };
}

describe('InviteAgentForm', () => {
  it('sends the role, permission groups and teams chosen with the email', async () => {
    const { sent } = renderForm((input) => ({ data: { inviteAgent: invitation(input.email as string, true) } }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ivy@example.com');
    // By default an agent with All Permissions, in no team: the quick invite.
    expect(screen.getByRole('radio', { name: 'Agent' })).toBeChecked();
    expect(await screen.findByRole('checkbox', { name: /^All Permissions/ })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Administrator' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^All Permissions/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^All Non-Destructive Permissions/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Billing' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByTestId('toast')).toHaveTextContent('Invitation sent to ivy@example.com');
    expect(sent).toHaveBeenCalledWith({
      email: 'ivy@example.com',
      agentType: 'FULL',
      isAdmin: true,
      permissionGroupIds: ['2'],
      teamIds: ['3'],
    });
  });

  it("shows the API's error about a team next to the Teams list", async () => {
    renderForm(() => errorResult('input.teamIds: unknown ids 3', 'BAD_USER_INPUT', { 'input.teamIds': 'has unknown ids 3' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ivy@example.com');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Billing' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await vi.waitFor(() => expect(screen.getByRole('group', { name: 'Teams' })).toHaveAccessibleDescription(/Teams has unknown ids 3/));
    expect(screen.getByRole('alert')).toHaveTextContent('Teams has unknown ids 3');
  });
});
