import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { agentOptionsMock } from '../../../test/agent-options';
import { CREATE_AGENT_MUTATION } from '../agents.graphql';
import { NewAgentForm, type CreatedAgent } from './new-agent-form';

const options = agentOptionsMock();

/** Answers createAgent for an input that passes `check`. */
const createAnswer = (result: object, check: (input: Record<string, unknown>) => boolean = () => true) => ({
  request: { query: CREATE_AGENT_MUTATION, variables: (vars: { input: Record<string, unknown> }) => check(vars.input) },
  result,
});

function renderForm(mocks: object[], isAdmin = true) {
  const onCreated = vi.fn<(agent: CreatedAgent) => void>();
  const element = (
    <ViewerContext value={viewer({ isAdmin })}>
      <NewAgentForm onCreated={onCreated} />
    </ViewerContext>
  );
  renderRoutes([{ path: '/agents/new', element }], '/agents/new', [options, ...(mocks as never[])]);
  return { onCreated };
}

async function fillRequired(email = 'nora@example.com') {
  await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Nora New');
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Create agent' }));

describe('NewAgentForm', () => {
  it('checks the required fields before sending anything', async () => {
    renderForm([]);
    await submit();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Email is required/);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Name is required/);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });

  it('puts each of the API field errors next to its field and lists them in the alert', async () => {
    renderForm([
      createAnswer(
        errorResult('Some fields are not valid.', 'BAD_USER_INPUT', {
          'input.email': 'is already used by another agent',
          'input.teamIds.0': 'names a team that does not exist',
        }),
      ),
    ]);
    await fillRequired('taken@example.com');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Billing' }));
    await submit();

    const email = screen.getByRole('textbox', { name: 'Email' });
    await vi.waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/Email is already used by another agent/);
    expect(email).toHaveFocus();
    const teams = screen.getByRole('group', { name: 'Teams' });
    expect(teams).toHaveAccessibleDescription(/Teams names a team that does not exist/);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Please correct the following:')).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Email is already used by another agent', 'Teams names a team that does not exist']);
  });

  it("shows the server's message by the Create button and moves focus to it when an error names no field of the form", async () => {
    renderForm([createAnswer(errorResult('All 10 seats are in use.', 'LICENSE_LIMIT_REACHED'))]);
    await fillRequired();
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('All 10 seats are in use.');
    await vi.waitFor(() => expect(alert).toHaveFocus());
    // Right before the buttons, where the admin clicked: not at the top of a long form.
    expect(alert.nextElementSibling).toContainElement(screen.getByRole('button', { name: 'Create agent' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('aria-invalid');
  });

  it('sends the chosen groups, teams and switches and hands over the temporary password', async () => {
    const { onCreated } = renderForm([
      createAnswer(
        {
          data: {
            createAgent: {
              __typename: 'CreateAgentPayload',
              temporaryPassword: 'Temp-Pass-123',
              agent: { __typename: 'Agent', id: '42', name: 'Nora New', email: 'nora@example.com' },
            },
          },
        },
        (input) =>
          input.email === 'nora@example.com' &&
          JSON.stringify(input.permissionGroupIds) === '["1","2"]' &&
          JSON.stringify(input.teamIds) === '["4"]' &&
          input.isAdmin === true &&
          input.sendWelcomeEmail === false &&
          input.alias === undefined,
      ),
    ]);
    await fillRequired();
    await userEvent.click(await screen.findByRole('checkbox', { name: /All Non-Destructive/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Support' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Administrator access' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Send welcome email' }));
    await submit();
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated).toHaveBeenCalledWith({
      id: '42',
      name: 'Nora New',
      email: 'nora@example.com',
      temporaryPassword: 'Temp-Pass-123',
      welcomeEmailSent: false,
    });
  });

  it('sends the phones added as rows, with their country codes, and puts a phone error in its row', async () => {
    const phonesSent = (input: Record<string, unknown>) =>
      JSON.stringify(input.phones) ===
      JSON.stringify([
        { label: 'MOBILE', country: 'GB', number: '07400 123456' },
        { label: 'WORK', country: 'DE', number: '12' },
      ]);
    renderForm([
      createAnswer(
        errorResult('Some fields are not valid.', 'BAD_USER_INPUT', { 'input.phones.1.number': 'is not a valid phone number' }),
        phonesSent,
      ),
    ]);
    await fillRequired();
    const phones = screen.getByRole('region', { name: 'Phones' });
    expect(phones).toHaveTextContent('None.');
    await userEvent.click(within(phones).getByRole('button', { name: '+ Add a phone' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country code, phone 1' }), 'GB');
    await userEvent.type(screen.getByRole('textbox', { name: 'Phone number, phone 1' }), '07400 123456');
    await userEvent.click(within(phones).getByRole('button', { name: '+ Add a phone' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country code, phone 2' }), 'DE');
    await userEvent.type(screen.getByRole('textbox', { name: 'Phone number, phone 2' }), '12');
    expect(screen.getByRole('combobox', { name: 'Label, phone 2' })).toHaveValue('WORK');
    await submit();

    const second = screen.getByRole('textbox', { name: 'Phone number, phone 2' });
    await vi.waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(second).toHaveAccessibleDescription('Phone number is not a valid phone number');
    expect(screen.getByRole('textbox', { name: 'Phone number, phone 1' })).not.toHaveAttribute('aria-invalid');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Phones: number of the second phone is not a valid phone number');
    await vi.waitFor(() => expect(alert).toHaveFocus());
    // Editing the phones drops their stale errors (an alert of phone errors only goes with them).
    await userEvent.type(second, '3');
    expect(second).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers administrator access to administrators only', () => {
    renderForm([], false);
    expect(screen.queryByRole('switch', { name: 'Administrator access' })).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Reports administrator access' })).toBeInTheDocument();
  });
});
