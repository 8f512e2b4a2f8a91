import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
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

function renderForm(answer: (input: Record<string, unknown>) => object | null, language?: string) {
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
  // An answer for each of two invitations (the mock is used up by one).
  const element = language ? (
    <ViewerContext value={viewer({ language })}>
      <InviteAgentForm />
    </ViewerContext>
  ) : (
    <InviteAgentForm />
  );
  renderRoutes([{ path: '/admin', element }], '/admin', [agentOptionsMock(), mock as never, { ...mock } as never]);
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
      language: 'en',
    });
  });

  it("starts in the inviting agent's language and sends the invitee's language chosen", async () => {
    const { sent } = renderForm((input) => ({ data: { inviteAgent: invitation(input.email as string, false) } }), 'de-AT');
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(language).toHaveAccessibleDescription(/The invitation email is written in this language/);
    expect(language).toHaveValue('de-AT');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'pia@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await screen.findByTestId('toast');
    expect(sent).toHaveBeenLastCalledWith(expect.objectContaining({ email: 'pia@example.com', language: 'de-AT' }));

    await userEvent.clear(language);
    await userEvent.type(language, 'germ');
    await userEvent.keyboard('{Enter}');
    expect(language).toHaveValue('German (de)');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ute@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await vi.waitFor(() => expect(sent).toHaveBeenLastCalledWith(expect.objectContaining({ email: 'ute@example.com', language: 'de' })));
  });

  it("shows the API's error about the language next to the Language field", async () => {
    renderForm(() =>
      errorResult('input.language: is not a language tag such as en or pt-BR', 'BAD_USER_INPUT', {
        'input.language': 'is not a language tag such as en or pt-BR',
      }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ivy@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Language' })).toHaveAccessibleDescription(/is not a language tag such as en or pt-BR/),
    );
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
