import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult } from '../../../test/apollo-router';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { ProfileTab } from './profile-tab';
import { agentDetails, catalogs } from './test-data';

describe('ProfileTab', () => {
  it('shows a server field error next to its field, and Discard brings the saved value back', async () => {
    const user = userEvent.setup();
    const agent = agentDetails();
    const mocks = [
      {
        request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { email: 'taken@example.com' } } },
        result: errorResult('Invalid input', 'BAD_USER_INPUT', { 'input.email': 'is already used by another agent' }),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ProfileTab agent={agent} catalogs={catalogs} readOnly={false} />
      </MockedProvider>,
    );
    const email = screen.getByLabelText('Email (sign-in)');
    await user.clear(email);
    await user.type(email, 'taken@example.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findAllByText('Email (sign-in) is already used by another agent')).toHaveLength(2);
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(email).toHaveValue('pat@example.com');
    expect(screen.queryByText(/already used/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });
});
