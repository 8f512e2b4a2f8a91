import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { NewUserPage } from './new-user-page';

const renderAs = (permissions: string[]) =>
  renderRoutes(
    [
      {
        path: '/crm/users/new',
        element: (
          <ViewerContext value={viewer({ effectivePermissions: permissions })}>
            <NewUserPage />
          </ViewerContext>
        ),
      },
    ],
    '/crm/users/new',
  );

describe('NewUserPage', () => {
  it('tells an agent without people.create plainly, before any form, with a way back', () => {
    renderAs(['people.view']);
    expect(screen.getByRole('heading', { name: 'You cannot create users' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to users' })).toHaveAttribute('href', '/crm');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create user' })).toBeNull();
    expect(document.body).not.toHaveTextContent('people.create');
  });

  it('shows the form to an agent who may create users', () => {
    renderAs(['people.view', 'people.create']);
    expect(screen.getByRole('heading', { name: 'New user' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create user' })).toBeInTheDocument();
  });
});
