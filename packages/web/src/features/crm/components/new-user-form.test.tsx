import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult, LocationProbe, renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { CRM_CREATE_USER } from '../crm.graphql';
import { NewUserForm } from './new-user-form';

const createUser = (result: object) => ({
  request: { query: CRM_CREATE_USER, variables: { input: { name: 'Nia New', emails: ['nia@taken.example'] } } },
  result,
});

function renderForm(mocks: object[]) {
  renderRoutes(
    [
      {
        path: '/crm/users/new',
        element: (
          <ViewerContext value={viewer({ isAdmin: true })}>
            <NewUserForm />
          </ViewerContext>
        ),
      },
      { path: '/crm/users/:id', element: <LocationProbe name="record" /> },
    ],
    '/crm/users/new',
    mocks as never[],
  );
}

describe('NewUserForm', () => {
  it('names the empty required fields without asking the API', async () => {
    renderForm([]);
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name is required');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Email is required');
  });

  it('puts a refused address by its field and keeps what was typed; then opens the new record', async () => {
    renderForm([
      createUser(errorResult('Invalid input', 'BAD_USER_INPUT', { 'input.emails.0': 'already belongs to user 9 (Bob)' })),
      createUser({ data: { createUser: { __typename: 'User', id: '12' } } }),
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), ' Nia New ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'nia@taken.example');
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Email already belongs to user 9 (Bob)');
    expect(email).toHaveAccessibleDescription('Email already belongs to user 9 (Bob)');
    expect(email).toHaveValue('nia@taken.example');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(' Nia New ');
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('record /crm/users/12');
  });
});
