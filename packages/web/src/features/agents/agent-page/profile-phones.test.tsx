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

const STORED = [{ label: 'MOBILE', number: '+447911123456', country: 'GB', isValid: true }] as const;

function renderProfile(mocks: ComponentProps<typeof MockedProvider>['mocks'] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <TestForm agent={agentDetails({ phones: STORED.map((p) => ({ ...p, __typename: 'AgentPhone' as const })) })}>
        <ProfileTab readOnly={false} />
      </TestForm>
    </MockedProvider>,
  );
}

describe('PhoneListEditor on the agent profile', () => {
  it('adds a row with a country picker, labels and removes rows, and shows the API error in its row', async () => {
    const user = userEvent.setup();
    renderProfile([
      {
        request: {
          query: UPDATE_AGENT_MUTATION,
          variables: {
            id: '5',
            input: {
              phones: [
                { label: 'MOBILE', country: 'GB', number: '07911 123456' },
                { label: 'SMS', country: 'DE', number: '030 1234' },
              ],
            },
          },
        },
        result: errorResult('Not saved', 'BAD_USER_INPUT', { 'input.phones.1.number': 'is not a valid phone number' }),
      },
    ]);
    const list = screen.getByRole('region', { name: 'Phones' });
    expect(screen.getByLabelText('Country code, phone 1')).toHaveDisplayValue('United Kingdom +44');
    expect(screen.getByLabelText('Phone number, phone 1')).toHaveValue('07911 123456');

    await user.click(within(list).getByRole('button', { name: '+ Add a phone' }));
    const number = screen.getByLabelText('Phone number, phone 2');
    expect(number).toHaveFocus();
    // The picker is a native select: keyboard and type-ahead by name.
    await user.selectOptions(screen.getByLabelText('Country code, phone 2'), 'DE');
    await user.selectOptions(screen.getByLabelText('Label, phone 2'), 'SMS');
    await user.type(number, '030 1234');
    expect(screen.getByRole('status')).toHaveTextContent('1 unsaved change');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const error = await screen.findByText('Phone number is not a valid phone number', { selector: '.field-error' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[1]).toContainElement(error);
    expect(screen.getByLabelText('Phone number, phone 2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Phone number, phone 1')).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Remove phone 2' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: '+ Add a phone' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('No unsaved changes');
  });

  it('stops adding at 10 phones', async () => {
    const user = userEvent.setup();
    renderProfile();
    const add = screen.getByRole('button', { name: '+ Add a phone' });
    for (let i = 0; i < 9; i++) await user.click(add);
    expect(screen.getAllByLabelText(/^Phone number, phone/)).toHaveLength(10);
    expect(add).toBeDisabled();
    expect(screen.getByText('At most 10 phones.')).toBeVisible();
  });
});
