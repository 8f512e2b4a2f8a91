import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n';
import { renderRoutes } from '../../../test/apollo-router';
import { PERMISSION_GROUPS_QUERY } from '../permission-groups.graphql';
import { PermissionGroupsPage } from './permission-groups-page';

const permission = (key: string, label: string, category: string, destructive = false) => ({
  __typename: 'Permission' as const,
  key,
  label,
  category,
  destructive,
});
const catalog = [
  permission('tickets.reply', 'Reply to tickets', 'Tickets'),
  permission('tickets.delete_own', 'Delete and mark as spam own tickets', 'Tickets', true),
  permission('people.view', 'View users', 'People'),
  permission('kb.publish', 'Publish articles', 'Knowledge base'),
];
const group = (id: string, name: string, builtIn: boolean, permissions: string[]) => ({
  __typename: 'PermissionGroup' as const,
  id,
  name,
  builtIn,
  permissions,
  departments: [],
});
const data = {
  permissionCatalog: catalog,
  permissionGroups: [
    group(
      '1',
      'All Permissions',
      true,
      catalog.map((p) => p.key),
    ),
    group('7', 'Front line', false, ['tickets.reply']),
  ],
  departments: [{ __typename: 'Department' as const, id: '10', name: 'Billing' }],
};

describe('PermissionGroupsPage in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('shows the matrix, its categories, permissions, built-in group and department access in German', async () => {
    const user = userEvent.setup();
    renderRoutes([{ path: '/permission-groups', element: <PermissionGroupsPage /> }], '/permission-groups', [
      { request: { query: PERMISSION_GROUPS_QUERY }, result: { data } },
    ]);
    expect(await screen.findByRole('rowheader', { name: 'Auf Tickets antworten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Berechtigungsgruppen' })).toBeInTheDocument();
    expect(document.title).toBe('Berechtigungsgruppen · Roster');
    const categories = screen.getAllByRole('columnheader').filter((h) => h.getAttribute('scope') === 'colgroup');
    expect(categories.map((h) => h.textContent)).toEqual(['Tickets', 'Personen', 'Wissensdatenbank']);
    expect(within(screen.getByRole('rowheader', { name: /Eigene Tickets löschen/ })).getByText('Destruktiv')).toBeInTheDocument();
    // The permission matrix's header (the department access table repeats the group names).
    expect(screen.getAllByRole('columnheader', { name: /Alle Berechtigungen/ })[0]).toHaveTextContent('Integriert');
    expect(screen.getAllByRole('columnheader', { name: /Front line/ })[0]).toHaveTextContent('1 von 4');
    expect(screen.getByRole('checkbox', { name: 'Artikel veröffentlichen: Alle Berechtigungen' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Billing: Front line' })).toHaveDisplayValue('Keiner');
    expect(screen.getByRole('button', { name: 'Neue Gruppe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Front line umbenennen' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Benutzer anzeigen: Front line' }));
    expect(screen.getByText('Ungespeicherte Änderungen an Front line')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Änderungen speichern' })).toBeEnabled();
  });
});
