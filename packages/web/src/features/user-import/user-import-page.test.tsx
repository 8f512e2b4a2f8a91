import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../../test/apollo-router';
import { ViewerContext } from '../auth/viewer-context';
import { UserImportPage } from './user-import-page';

function renderPage(effectivePermissions: string[]) {
  const element = (
    <ViewerContext value={viewer({ effectivePermissions })}>
      <UserImportPage />
    </ViewerContext>
  );
  renderRoutes([{ path: '/crm/import', element }], '/crm/import');
}

describe('UserImportPage', () => {
  it('offers the export and the import to an agent who may view and create users', () => {
    renderPage(['people.view', 'people.create']);
    expect(screen.getByRole('heading', { level: 1, name: 'Import and export users' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/exports/users.csv');
    expect(screen.getByLabelText('CSV file')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Existing users' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New user' })).toHaveAttribute('href', '/crm/users/new');
  });

  it('shows only the export without people.create', () => {
    renderPage(['people.view']);
    expect(screen.getByRole('link', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByLabelText('CSV file')).toBeNull();
    expect(screen.queryByRole('link', { name: 'New user' })).toBeNull();
  });

  it('says which permissions are missing when the agent has neither', () => {
    renderPage([]);
    expect(screen.getByRole('alert')).toHaveTextContent('needs the “View users” and “Create users” permissions');
    expect(screen.getByRole('alert')).not.toHaveTextContent('people.');
    expect(screen.queryByRole('link', { name: 'New user' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Export CSV' })).toBeNull();
  });
});
