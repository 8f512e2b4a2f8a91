import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../../test/apollo-router';
import { setLanguage } from '../../i18n';
import { ViewerContext } from '../auth/viewer-context';
import { UserImportPage } from './user-import-page';

// The user import and export page in German; the CSV's column names stay English (CONTRACT).
describe('UserImportPage in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('titles, export and the import intro with its template link are German', () => {
    const element = (
      <ViewerContext value={viewer({ effectivePermissions: ['people.view', 'people.create'] })}>
        <UserImportPage />
      </ViewerContext>
    );
    renderRoutes([{ path: '/crm/import', element }], '/crm/import');
    expect(screen.getByRole('heading', { level: 1, name: 'Benutzer importieren und exportieren' })).toBeInTheDocument();
    expect(document.title).toContain('Benutzer importieren und exportieren');
    expect(screen.getByRole('link', { name: 'CSV exportieren' })).toHaveAttribute('href', '/exports/users.csv');
    expect(screen.getByRole('link', { name: 'Neuer Benutzer' })).toHaveAttribute('href', '/crm/users/new');
    expect(screen.getByRole('link', { name: 'CSV-Vorlage herunterladen' })).toHaveAttribute('href', '/imports/users/template.csv');
    expect(screen.getByText(/Ein Benutzer pro Zeile mit Name und Email/)).toHaveTextContent('Auto Responder (Yes oder No)');
  });
});
