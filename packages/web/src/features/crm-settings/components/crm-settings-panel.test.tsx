import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { CRM_SETTINGS_QUERY, UPDATE_CRM_SETTINGS_MUTATION } from '../crm-settings.graphql';
import { CrmSettingsPanel } from './crm-settings-panel';

const settings = (on: boolean) => ({
  __typename: 'CrmSettings' as const,
  teamScopedUserVisibility: on,
  updatedAt: on ? '2026-01-02T10:00:00.000Z' : null,
  updatedByName: on ? 'Ann Admin' : null,
});

function renderPanel() {
  const sent = vi.fn();
  renderRoutes([{ path: '/admin', element: <CrmSettingsPanel /> }], '/admin', [
    { request: { query: CRM_SETTINGS_QUERY }, result: { data: { crmSettings: settings(false) } } },
    {
      request: { query: UPDATE_CRM_SETTINGS_MUTATION, variables: { input: { teamScopedUserVisibility: true } } },
      result: () => {
        sent();
        return { data: { updateCrmSettings: settings(true) } };
      },
    },
  ] as never);
  return { sent };
}
const SWITCH = { name: "Agents see only users of their teams' organizations" };

describe('CrmSettingsPanel', () => {
  it('asks before turning team-scoped visibility on, saying whom it hides users from; Cancel changes nothing', async () => {
    const { sent } = renderPanel();
    const toggle = await screen.findByRole('switch', SWITCH);
    await userEvent.click(toggle);
    const dialog = await screen.findByRole('alertdialog', { name: 'Turn on team-scoped visibility?' });
    expect(dialog).toHaveTextContent('Every agent who is not an administrator sees only the users of their teams');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveFocus();
    expect(sent).not.toHaveBeenCalled();
  });

  it('turns it on once confirmed', async () => {
    const { sent } = renderPanel();
    await userEvent.click(await screen.findByRole('switch', SWITCH));
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
