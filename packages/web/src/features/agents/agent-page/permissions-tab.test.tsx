import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult } from '../../../test/apollo-router';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { PermissionsTab } from './permissions-tab';
import { effectivePermissions, grantingGroups } from './permissions';
import { agentDetails, catalogs } from './test-data';
import { TestForm } from './test-form';

const row = (label: RegExp) => screen.getByRole('row', { name: label });

function renderTab(over: Parameters<typeof agentDetails>[0], mocks = [] as never[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TestForm agent={agentDetails(over)}>
        <PermissionsTab catalogs={catalogs} readOnly={false} isViewer={false} />
      </TestForm>
    </MockedProvider>,
  );
}

describe('permission helpers', () => {
  it('adds up groups and direct permissions', () => {
    const groups = catalogs.permissionGroups.filter((g) => g.id !== '1');
    expect([...effectivePermissions(['chat.use'], groups)].sort()).toEqual(['chat.use', 'people.view', 'tickets.reply']);
    expect(grantingGroups(groups).get('tickets.reply')).toEqual(['Front line', 'CRM']);
  });
});

describe('PermissionsTab', () => {
  it('shows the catalogue by category, destructive ones marked, and the effective result from groups and direct', () => {
    renderTab({ permissionGroups: [{ id: '7' }, { id: '8' }], permissions: ['chat.use'] });

    expect(screen.getByRole('table', { name: 'Tickets' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'People' })).toBeInTheDocument();
    expect(within(row(/Delete tickets/)).getByText('Destructive')).toBeInTheDocument();
    expect(within(row(/Reply to tickets/)).queryByText('Destructive')).not.toBeInTheDocument();

    // Granted by two groups, not directly.
    expect(row(/Reply to tickets/)).toHaveTextContent('Front line, CRM');
    expect(within(row(/Reply to tickets/)).getByRole('checkbox')).not.toBeChecked();
    expect(row(/Reply to tickets/)).toHaveTextContent(/Granted$/);
    // Granted directly, by no group.
    expect(within(row(/Use chat/)).getByRole('checkbox')).toBeChecked();
    expect(row(/Use chat/)).toHaveTextContent('None');
    expect(row(/Use chat/)).toHaveTextContent(/Granted$/);
    // Neither.
    expect(row(/Delete tickets/)).toHaveTextContent('Not granted');
    expect(screen.getByTestId('effective-summary')).toHaveTextContent('3 of 4 permissions granted');
    expect(screen.getByText(/groups: Front line, CRM/)).toBeInTheDocument();
  });

  it('recomputes the effective result as direct permissions are ticked, and saves them', async () => {
    const user = userEvent.setup();
    const saved = agentDetails({ permissionGroups: [{ id: '7' }], permissions: ['tickets.delete'] });
    const mocks = [
      {
        request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { permissions: ['tickets.delete'] } } },
        result: { data: { updateAgent: saved } },
      },
    ];
    renderTab({ permissionGroups: [{ id: '7' }] }, mocks as never[]);
    expect(screen.getByTestId('effective-summary')).toHaveTextContent('1 of 4');

    await user.click(within(row(/Delete tickets/)).getByRole('checkbox'));
    expect(row(/Delete tickets/)).toHaveTextContent(/Granted$/);
    expect(screen.getByTestId('effective-summary')).toHaveTextContent('2 of 4');

    // Unticking a permission a group grants leaves it granted: there is no deny.
    await user.click(within(row(/Reply to tickets/)).getByRole('checkbox'));
    await user.click(within(row(/Reply to tickets/)).getByRole('checkbox'));
    expect(row(/Reply to tickets/)).toHaveTextContent(/Granted$/);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByTestId('toast')).toHaveTextContent('saved.');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('gives and removes admin access; the last-administrator refusal sits by the switch', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { isAdmin: false } } },
        result: errorResult('The helpdesk needs at least one active administrator who can sign in', 'CONFLICT', {
          'input.isAdmin': 'is required on the last active administrator',
        }),
      },
    ];
    renderTab({ isAdmin: true }, mocks as never[]);
    const admin = screen.getByRole('switch', { name: 'Administrator access' });
    expect(admin).toBeChecked();
    await user.click(admin);
    expect(screen.queryByText(/This agent is an administrator/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const error = await screen.findByText(/^Administrator access is required on the last active administrator/, {
      selector: '.field-error',
    });
    expect(error).toHaveTextContent('First give another agent administrator access');
    expect(admin).toHaveAccessibleDescription(/is required on the last active administrator/);
    expect(screen.getByRole('alert')).toHaveTextContent('The helpdesk needs at least one active administrator');
  });

  it('is read-only for non-admins', () => {
    render(
      <MockedProvider>
        <TestForm agent={agentDetails()}>
          <PermissionsTab catalogs={catalogs} readOnly isViewer={false} />
        </TestForm>
      </MockedProvider>,
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(screen.queryByRole('switch', { name: 'Administrator access' })).not.toBeInTheDocument();
  });
});
