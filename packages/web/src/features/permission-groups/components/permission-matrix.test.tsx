import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PermissionMatrix, type MatrixGroup, type MatrixPermission } from './permission-matrix';
import { PermissionGroupsPage } from '../pages/permission-groups-page';
import { PERMISSION_GROUPS_QUERY, UPDATE_PERMISSION_GROUP_MUTATION } from '../permission-groups.graphql';
import { renderRoutes } from '../../../test/apollo-router';

const catalog: MatrixPermission[] = [
  { __typename: 'Permission', key: 'tickets.reply', label: 'Reply to tickets', category: 'Tickets', destructive: false },
  { __typename: 'Permission', key: 'tickets.delete', label: 'Delete tickets', category: 'Tickets', destructive: true },
  { __typename: 'Permission', key: 'people.view', label: 'View users', category: 'People', destructive: false },
];
const groups: MatrixGroup[] = [
  {
    __typename: 'PermissionGroup',
    id: '1',
    name: 'All Permissions',
    builtIn: true,
    permissions: catalog.map((p) => p.key),
    departments: [],
  },
  { __typename: 'PermissionGroup', id: '7', name: 'Front line', builtIn: false, permissions: ['tickets.reply'], departments: [] },
];
const departments = [
  { __typename: 'Department' as const, id: '10', name: 'Billing' },
  { __typename: 'Department' as const, id: '11', name: 'Sales' },
];
const pageData = { data: { permissionCatalog: catalog, permissionGroups: groups, departments } };
const box = (name: string) => screen.getByRole('checkbox', { name });

describe('PermissionMatrix', () => {
  it('lays out permissions by category against groups, destructive ones marked, built-ins read-only', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<PermissionMatrix catalog={catalog} groups={groups} granted={(g) => new Set(g.permissions)} onToggle={onToggle} />);

    expect(screen.getByRole('columnheader', { name: /Front line/ })).toHaveTextContent('1 of 3');
    expect(screen.getByRole('columnheader', { name: /All Permissions/ })).toHaveTextContent('Built in');
    const categories = screen.getAllByRole('columnheader').filter((h) => h.getAttribute('scope') === 'colgroup');
    expect(categories.map((h) => h.textContent)).toEqual(['Tickets', 'People']);
    expect(within(screen.getByRole('rowheader', { name: /Delete tickets/ })).getByText('Destructive')).toBeInTheDocument();
    expect(within(screen.getByRole('rowheader', { name: /Reply to tickets/ })).queryByText('Destructive')).not.toBeInTheDocument();

    expect(box('Reply to tickets: Front line')).toBeChecked();
    expect(box('View users: Front line')).not.toBeChecked();
    expect(box('View users: All Permissions')).toBeChecked();
    expect(box('View users: All Permissions')).toBeDisabled();

    await user.click(box('View users: Front line'));
    expect(onToggle).toHaveBeenCalledWith(groups[1], 'people.view', true);
    // Keyboard: Space toggles the focused box.
    box('Reply to tickets: Front line').focus();
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenLastCalledWith(groups[1], 'tickets.reply', false);
    await user.click(box('Delete tickets: All Permissions'));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});

describe('PermissionGroupsPage', () => {
  it('saves the ticked permissions of the changed group only, in catalogue order', async () => {
    const user = userEvent.setup();
    const saved = { ...groups[1], permissions: ['tickets.reply', 'people.view'] };
    const mocks = [
      { request: { query: PERMISSION_GROUPS_QUERY }, result: pageData },
      {
        request: {
          query: UPDATE_PERMISSION_GROUP_MUTATION,
          variables: { id: '7', input: { permissions: ['tickets.reply', 'people.view'] } },
        },
        result: { data: { updatePermissionGroup: saved } },
      },
    ];
    renderRoutes([{ path: '/permission-groups', element: <PermissionGroupsPage /> }], '/permission-groups', mocks);
    const save = await screen.findByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();
    await user.click(box('View users: Front line'));
    expect(screen.getByText('Unsaved changes to Front line')).toBeInTheDocument();
    await user.click(save);
    expect(await screen.findByText('Saved the changes to 1 group.')).toBeInTheDocument();
    expect(box('View users: Front line')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    // Built-in groups offer a copy, never rename or delete.
    expect(screen.getByRole('button', { name: 'Copy All Permissions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete All Permissions' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Front line' })).toBeInTheDocument();
  });

  it('sets a group’s department access with the permissions, counted and saved in one update per group', async () => {
    const user = userEvent.setup();
    const saved = {
      ...groups[1],
      permissions: ['tickets.reply', 'people.view'],
      departments: [
        { __typename: 'DepartmentAccess' as const, access: 'FULL' as const, department: { __typename: 'Department' as const, id: '10' } },
      ],
    };
    const mocks = [
      { request: { query: PERMISSION_GROUPS_QUERY }, result: pageData },
      {
        request: {
          query: UPDATE_PERMISSION_GROUP_MUTATION,
          variables: {
            id: '7',
            input: { permissions: ['tickets.reply', 'people.view'], departments: [{ departmentId: '10', access: 'FULL' }] },
          },
        },
        result: { data: { updatePermissionGroup: saved } },
      },
    ];
    renderRoutes([{ path: '/permission-groups', element: <PermissionGroupsPage /> }], '/permission-groups', mocks);
    const billing = await screen.findByRole('combobox', { name: 'Billing: Front line' });
    expect(billing).toHaveValue('NONE');
    expect(screen.getByRole('combobox', { name: 'Billing: All Permissions' })).toBeDisabled();
    await user.selectOptions(billing, 'Assign');
    await user.selectOptions(billing, 'Full');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sales: Front line' }), 'Assign');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sales: Front line' }), 'None');
    expect(screen.getByText('Unsaved changes to Front line')).toBeInTheDocument();
    await user.click(box('View users: Front line'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved the changes to 1 group.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Billing: Front line' })).toHaveValue('FULL');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });
});
