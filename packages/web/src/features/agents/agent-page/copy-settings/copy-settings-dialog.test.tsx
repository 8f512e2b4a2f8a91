import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult } from '../../../../test/apollo-router';
import { agentDetails } from '../test-data';
import { AGENT_PICKER_QUERY, COPY_AGENT_SETTINGS_MUTATION } from './copy-settings.graphql';
import { CopySettingsDialog } from './copy-settings-dialog';

const node = (id: string, name: string) => ({
  __typename: 'Agent' as const,
  id,
  name,
  email: `${name.toLowerCase()}@example.com`,
  status: 'ACTIVE' as const,
});
const page = (...nodes: ReturnType<typeof node>[]) => ({
  data: { agents: { __typename: 'AgentConnection' as const, edges: nodes.map((n) => ({ __typename: 'AgentEdge' as const, node: n })) } },
});

const pickerMocks = [
  {
    request: { query: AGENT_PICKER_QUERY, variables: { search: null } },
    result: page(node('3', 'Sam'), node('5', 'Pat'), node('9', 'Kim')),
  },
  { request: { query: AGENT_PICKER_QUERY, variables: { search: 'ki' } }, result: page(node('9', 'Kim')) },
];

function renderDialog(mocks: unknown[], onCopied = vi.fn(), onOpenChange = vi.fn()) {
  render(
    <MockedProvider mocks={[...pickerMocks, ...(mocks as never[])]}>
      <CopySettingsDialog targetAgentIds={['5']} targetLabel="Pat" open onOpenChange={onOpenChange} onCopied={onCopied} />
    </MockedProvider>,
  );
  return { onCopied, onOpenChange, dialog: screen.getByRole('dialog', { name: 'Copy settings to Pat' }) };
}

describe('CopySettingsDialog', () => {
  it('searches for the source (never a target), copies the ticked sections onto the targets', async () => {
    const user = userEvent.setup();
    const copy = {
      request: {
        query: COPY_AGENT_SETTINGS_MUTATION,
        variables: { sourceAgentId: '9', targetAgentIds: ['5'], sections: ['TEAMS', 'PERMISSION_GROUPS'] },
      },
      result: { data: { copyAgentSettings: [agentDetails()] } },
    };
    const { dialog, onCopied, onOpenChange } = renderDialog([copy]);

    expect(await within(dialog).findByRole('radio', { name: /Sam/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: /Pat/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search agents' }), 'ki');
    await waitFor(() => expect(within(dialog).queryByText('sam@example.com')).not.toBeInTheDocument());
    await user.click(await within(dialog).findByRole('radio', { name: /Kim/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Teams' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Permission groups' }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy settings' }));

    await waitFor(() => expect(onCopied).toHaveBeenCalledWith('Permission groups, Teams copied from Kim to Pat.'));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('ticks every section at once and says what is missing before sending', async () => {
    const user = userEvent.setup();
    const { dialog, onCopied } = renderDialog([]);
    await user.click(within(dialog).getByRole('button', { name: 'Copy settings' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the agent to copy from.');

    await user.click(await within(dialog).findByRole('radio', { name: /Sam/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy settings' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Tick at least one section.');

    await user.click(within(dialog).getByRole('checkbox', { name: 'All sections' }));
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes).toHaveLength(12);
    for (const box of boxes) expect(box).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Time zone' }));
    expect(within(dialog).getByRole('checkbox', { name: 'All sections' })).not.toBeChecked();
    expect(onCopied).not.toHaveBeenCalled();
  });

  it('shows the server error and stays open', async () => {
    const user = userEvent.setup();
    const failing = {
      request: {
        query: COPY_AGENT_SETTINGS_MUTATION,
        variables: { sourceAgentId: '3', targetAgentIds: ['5'], sections: ['ADMIN_ACCESS'] },
      },
      result: errorResult('The helpdesk needs at least one active administrator', 'CONFLICT', {
        'input.isAdmin': 'is required on the last active administrator',
      }),
    };
    const { dialog, onOpenChange } = renderDialog([failing]);
    await user.click(await within(dialog).findByRole('radio', { name: /Sam/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Administrator access' }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy settings' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The helpdesk needs at least one active administrator');
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});
