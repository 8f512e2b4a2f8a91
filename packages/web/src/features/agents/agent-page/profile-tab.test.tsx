import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { ProfileTab } from './profile-tab';
import { agentDetails } from './test-data';
import { TestForm } from './test-form';

describe('ProfileTab', () => {
  it('shows a server field error next to its field, and Discard brings the saved value back', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { email: 'taken@example.com' } } },
        result: errorResult('taken@example.com is already used by another agent', 'CONFLICT', {
          'input.email': 'is already used by another agent',
        }),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <TestForm agent={agentDetails()}>
          <ProfileTab readOnly={false} />
        </TestForm>
      </MockedProvider>,
    );
    const email = screen.getByLabelText('Email (sign-in)');
    await user.clear(email);
    await user.type(email, 'taken@example.com');
    expect(screen.getByRole('status')).toHaveTextContent('1 unsaved change');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // By the field, and in the save bar with the tab that holds it.
    expect(await screen.findByText('Email (sign-in) is already used by another agent', { selector: '.field-error' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Email (sign-in) is already used by another agent (Profile)');
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(email).toHaveValue('pat@example.com');
    expect(screen.queryByText(/already used/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('picks the time zone and language from their searchable lists and saves the IANA name and the tag', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { timezone: 'Asia/Tokyo', language: 'de' } } },
        result: errorResult('stop here', 'BAD_USER_INPUT'),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <TestForm agent={agentDetails()}>
          <ProfileTab readOnly={false} />
        </TestForm>
      </MockedProvider>,
    );
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'tokyo{Enter}');
    expect(zone).toHaveValue('Asia/Tokyo (UTC+09:00)');
    const language = screen.getByRole('combobox', { name: 'Language' });
    await user.clear(language);
    await user.type(language, 'german{Enter}');
    expect(language).toHaveValue('German (de)');
    expect(screen.getByRole('status')).toHaveTextContent('2 unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('stop here');
  });

  it('refuses to send an emptied required field, and says so by the field', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <TestForm agent={agentDetails()}>
          <ProfileTab readOnly={false} />
        </TestForm>
      </MockedProvider>,
    );
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Name is required', { selector: '.field-error' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Name is required (Profile)');
    await user.type(screen.getByLabelText('Name'), 'P');
    expect(screen.queryByText('Name is required', { selector: '.field-error' })).not.toBeInTheDocument();
  });
  it('asks the viewer changing their own email for their current password, and shows the API’s answer by it', async () => {
    const user = userEvent.setup();
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
          <TestForm agent={agentDetails()}>
            <ProfileTab readOnly={false} />
          </TestForm>
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
    // The password is not a change of its own.
    expect(screen.getByRole('status')).toHaveTextContent('1 unsaved change');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Current password is required', { selector: '.field-error' })).toBeVisible();

    await user.type(password, 'wrong-password');
    expect(screen.getByRole('status')).toHaveTextContent('1 unsaved change');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Current password is not your current password', { selector: '.field-error' })).toBeVisible();
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await user.clear(email);
    await user.type(email, 'pat@example.com');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
  });

  it('asks no password of an admin changing another agent’s email', async () => {
    const user = userEvent.setup();
    render(
      <ViewerContext value={viewer({ id: '1' })}>
        <MockedProvider mocks={[]}>
          <TestForm agent={agentDetails()}>
            <ProfileTab readOnly={false} />
          </TestForm>
        </MockedProvider>
      </ViewerContext>,
    );
    const email = screen.getByLabelText('Email (sign-in)');
    await user.clear(email);
    await user.type(email, 'pat.new@example.com');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
  });
});
