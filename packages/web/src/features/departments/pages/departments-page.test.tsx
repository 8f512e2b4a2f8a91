import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { CREATE_DEPARTMENT_MUTATION, DEPARTMENTS_QUERY } from '../departments.graphql';
import { departmentDeleteConsequence } from '../department-words';
import { DepartmentsPage } from './departments-page';

const dept = (id: string, name: string, agentCount = 0, permissionGroupCount = 0) => ({
  __typename: 'Department' as const,
  id,
  name,
  agentCount,
  permissionGroupCount,
});
const list = (...departments: object[]) => ({ request: { query: DEPARTMENTS_QUERY }, result: { data: { departments } } });

describe('DepartmentsPage', () => {
  it('creates a department: a toast, and the new row in the list', async () => {
    renderRoutes([{ path: '/departments', element: <DepartmentsPage /> }], '/departments', [
      list(dept('1', 'Billing', 3, 2)),
      {
        request: { query: CREATE_DEPARTMENT_MUTATION, variables: { name: 'Sales' } },
        result: { data: { createDepartment: dept('2', 'Sales') } },
      },
      list(dept('1', 'Billing', 3, 2), dept('2', 'Sales')),
    ] as never);
    await screen.findByRole('rowheader', { name: 'Billing' });
    await userEvent.type(screen.getByLabelText('Department name'), 'Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Create department' }));
    const toasts = document.querySelector('.toast-list[data-variant="success"]') as HTMLElement;
    expect(await within(toasts).findByText('Department Sales created.')).toBeInTheDocument();
    // The row is there when the toast says so (the list was refetched first).
    expect(screen.getByRole('rowheader', { name: 'Sales' })).toBeInTheDocument();
  });

  it('says what deleting a department affects', async () => {
    renderRoutes([{ path: '/departments', element: <DepartmentsPage /> }], '/departments', [list(dept('1', 'Billing', 3, 2))] as never);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Billing' }));
    expect(await screen.findByRole('alertdialog', { name: 'Delete department Billing?' })).toHaveTextContent(
      '3 agents and 2 permission groups lose access to Billing.',
    );
  });

  it('words every count', () => {
    expect(departmentDeleteConsequence(dept('1', 'Billing', 1, 0))).toBe('1 agent loses access to Billing.');
    expect(departmentDeleteConsequence(dept('1', 'Billing', 0, 1))).toBe('1 permission group loses access to Billing.');
    expect(departmentDeleteConsequence(dept('1', 'Billing', 0, 0))).toBe('No agent or permission group has access to Billing.');
  });
});
