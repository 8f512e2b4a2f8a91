import { MockedProvider } from '@apollo/client/testing/react';
import type { ComponentProps } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult } from '../../../test/apollo-router';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { ProfileTab } from './profile-tab';
import { agentDetails } from './test-data';
import { TestForm } from './test-form';

const TAKEN = 'is already used by another agent';

function renderProfile(mocks: ComponentProps<typeof MockedProvider>['mocks'] = [], extraEmails = ['pat.one@example.com']) {
  return render(
    <MockedProvider mocks={mocks}>
      <TestForm agent={agentDetails({ extraEmails })}>
        <ProfileTab readOnly={false} />
      </TestForm>
    </MockedProvider>,
  );
}

describe('ProfileTab extra email addresses', () => {
  it('lists them, adds and removes each as one change, and shows a taken address’s error by its row', async () => {
    const user = userEvent.setup();
    renderProfile([
      {
        request: {
          query: UPDATE_AGENT_MUTATION,
          variables: { id: '5', input: { extraEmails: ['pat.two@example.com', 'ann@example.com'] } },
        },
        result: errorResult(`ann@example.com ${TAKEN}`, 'CONFLICT', { 'input.extraEmails.1': TAKEN }),
      },
    ]);
    const list = screen.getByRole('list', { name: 'Extra email addresses' });
    expect(within(list).getByText('pat.one@example.com')).toBeVisible();

    const add = screen.getByLabelText('Add an extra email address');
    await user.type(add, ' pat.two@example.com {Enter}');
    expect(add).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('1 unsaved change');
    await user.type(add, 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await user.click(screen.getByRole('button', { name: 'Remove pat.one@example.com' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 unsaved changes');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('pat.two@example.com'), expect.stringContaining('ann@example.com')]);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const error = await screen.findByText(`ann@example.com ${TAKEN}`, { selector: '.field-error' });
    const [, annRow] = within(list).getAllByRole('listitem');
    expect(annRow).toContainElement(error);
    expect(within(list).getAllByRole('listitem')[0]).not.toHaveTextContent(TAKEN);
    expect(screen.getByRole('alert')).toHaveTextContent(`Extra email addresses: ann@example.com ${TAKEN} (Profile)`);
  });

  it('refuses an address already in the list, or the login, without sending anything', async () => {
    const user = userEvent.setup();
    renderProfile();
    const add = screen.getByLabelText('Add an extra email address');
    await user.type(add, 'PAT.one@example.com{Enter}');
    expect(screen.getByText('Add an extra email address is already listed', { selector: '.field-error' })).toBeVisible();
    await user.clear(add);
    await user.type(add, 'pat@example.com{Enter}');
    expect(screen.getByText('Add an extra email address is the login email', { selector: '.field-error' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('No unsaved changes');
  });
});
