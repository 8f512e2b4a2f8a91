import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult } from '../../../test/apollo-router';
import { agentOptionsMock } from '../../../test/agent-options';
import { BULK_UPDATE_AGENTS_MUTATION } from './bulk-actions.graphql';
import { BulkToolbar } from './bulk-toolbar';

const updated = (id: string, status: 'ACTIVE' | 'DISABLED', teams: { id: string; name: string }[] = []) => ({
  __typename: 'Agent' as const,
  id,
  status,
  teams: teams.map((t) => ({ __typename: 'Team' as const, ...t })),
  permissionGroups: [],
});

const options = agentOptionsMock();

type Held = Parameters<typeof BulkToolbar>[0]['selectedAgents'];

function renderToolbar(mocks: unknown[], selectedAgents?: Held) {
  const onDone = vi.fn();
  const onClear = vi.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <BulkToolbar selectedIds={['4', '5']} selectedAgents={selectedAgents} onClear={onClear} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, onClear, toolbar: screen.getByRole('toolbar', { name: 'Bulk actions' }) };
}

describe('BulkToolbar', () => {
  it('disables the selected agents after a confirmation that says they keep their seats', async () => {
    const user = userEvent.setup();
    const disable = {
      request: { query: BULK_UPDATE_AGENTS_MUTATION, variables: { ids: ['4', '5'], input: { status: 'DISABLED' } } },
      result: { data: { bulkUpdateAgents: [updated('4', 'DISABLED'), updated('5', 'DISABLED')] } },
    };
    const { toolbar, onDone } = renderToolbar([disable]);
    expect(toolbar).toHaveTextContent('2 selected');
    await user.click(within(toolbar).getByRole('button', { name: 'Disable' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Disable 2 selected agents?' });
    expect(confirm).toHaveTextContent('disabled agents keep their seats');
    await user.click(within(confirm).getByRole('button', { name: 'Disable 2 agents' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('2 agents disabled.'));
  });

  it('keeps the confirmation open with the last-administrator error and what to do', async () => {
    const user = userEvent.setup();
    const refused = {
      request: { query: BULK_UPDATE_AGENTS_MUTATION, variables: { ids: ['4', '5'], input: { status: 'DISABLED' } } },
      result: errorResult('The helpdesk needs at least one active administrator', 'CONFLICT', {
        'input.isAdmin': 'is required on the last active administrator',
      }),
    };
    const { toolbar, onDone } = renderToolbar([refused]);
    await user.click(within(toolbar).getByRole('button', { name: 'Disable' }));
    const confirm = screen.getByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Disable 2 agents' }));
    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('The helpdesk needs at least one active administrator');
    expect(alert).toHaveTextContent('First give another agent administrator access');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('adds the selected agents to the chosen teams', async () => {
    const user = userEvent.setup();
    const add = {
      request: { query: BULK_UPDATE_AGENTS_MUTATION, variables: { ids: ['4', '5'], input: { addTeamIds: ['3'] } } },
      result: {
        data: {
          bulkUpdateAgents: [
            updated('4', 'ACTIVE', [{ id: '3', name: 'Billing' }]),
            updated('5', 'ACTIVE', [{ id: '3', name: 'Billing' }]),
          ],
        },
      },
    };
    const { toolbar, onDone } = renderToolbar([options, add]);
    await user.click(within(toolbar).getByRole('button', { name: 'Teams' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add to team…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add to teams: 2 selected agents' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to teams' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one of the teams.');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Billing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to teams' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('2 selected agents added to Billing.'));
  });

  it('offers to remove only the teams and groups the selected agents have', async () => {
    const user = userEvent.setup();
    const held = [
      { teams: [{ id: '3' }], permissionGroups: [] },
      { teams: [], permissionGroups: [] },
    ];
    const { toolbar } = renderToolbar([options, options], held);
    await user.click(within(toolbar).getByRole('button', { name: 'Teams' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove from team…' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove from teams: 2 selected agents' });
    expect(await within(dialog).findByRole('checkbox', { name: 'Billing' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: 'Support' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(toolbar).getByRole('button', { name: 'Permission groups' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove permission group…' }));
    const groups = screen.getByRole('dialog', { name: 'Remove permission groups: 2 selected agents' });
    expect(await within(groups).findByText('The selected agents are in no permission group.')).toBeInTheDocument();
  });
});
