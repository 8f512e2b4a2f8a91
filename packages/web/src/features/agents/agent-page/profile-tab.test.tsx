import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
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
    // Someone else's email: no password asked.
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(email).toHaveValue('pat@example.com');
    expect(screen.queryByText(/already used/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('asks the viewer changing their own email for their current password, and shows the API’s answer by it', async () => {
    const user = userEvent.setup();
    const agent = agentDetails();
    const mocks = [
      {
        request: {
          query: UPDATE_AGENT_MUTATION,
          variables: { id: '5', input: { email: 'pat.new@example.com', currentPassword: 'wrong-password' } },
        },
        result: errorResult('Invalid input', 'BAD_USER_INPUT', { 'input.currentPassword': 'is not your current password' }),
      },
    ];
    render(
      <ViewerContext value={viewer({ id: '5', email: 'pat@example.com' })}>
        <MockedProvider mocks={mocks}>
          <ProfileTab agent={agent} catalogs={catalogs} readOnly={false} />
        </MockedProvider>
      </ViewerContext>,
    );
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    const email = screen.getByLabelText('Email (sign-in)');
    await user.clear(email);
    await user.type(email, 'pat.new@example.com');
    const password = screen.getByLabelText('Current password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findAllByText('Current password is required')).not.toHaveLength(0);

    await user.type(password, 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findAllByText('Current password is not your current password')).not.toHaveLength(0);
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await user.clear(email);
    await user.type(email, 'pat@example.com');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
  });
});
