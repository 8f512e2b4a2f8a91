import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult, renderRoutes } from '../../../test/apollo-router';
import { UPDATE_PREFERENCES_MUTATION } from '../preferences.graphql';
import { preferencesAgent } from '../preferences.test-fixtures';
import { PreferencesForm } from './preferences-form';

// Only her own profile: no notification switches to fill in.
const agent = preferencesAgent({ effectivePermissions: ['profile.edit_own'], otherNotifications: [] });

type Input = Record<string, unknown>;

describe('PreferencesForm: changing the login email', () => {
  it('asks for the current password only when the email changes, and shows the API’s answer by that field', async () => {
    const user = userEvent.setup();
    const sent: Input[] = [];
    const mocks = [
      {
        request: { query: UPDATE_PREFERENCES_MUTATION, variables: (vars: { input: Input }) => (sent.push(vars.input), true) },
        result: errorResult('Invalid input', 'BAD_USER_INPUT', { 'input.currentPassword': 'is not your current password' }),
      },
    ];
    renderRoutes([{ path: '/preferences', element: <PreferencesForm agent={agent} catalog={[]} /> }], '/preferences', mocks as never[]);
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    const email = screen.getByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'ANN@example.com');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'ann.new@example.com');
    const password = screen.getByLabelText('Current password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toBeRequired();

    // Required before anything is sent.
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Current password is required')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(password, 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findAllByText('Current password is not your current password')).not.toHaveLength(0);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([expect.objectContaining({ email: 'ann.new@example.com', currentPassword: 'wrong-password' })]);

    // Back to the stored address: no password field, none sent.
    await user.clear(email);
    await user.type(email, 'ann@example.com');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
  });
});
