import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, LocationProbe, renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { CRM_DELETE_USER } from '../crm-manage.graphql';
import { RecordActions } from './record-actions';
import { RecordHeader } from './record-header';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const user = { id: '5', name: 'Uma User', primaryEmail: 'uma@example.com', isAutoResponder: false };

describe('RecordHeader', () => {
  it('keeps a refused name in the box and says why; the badge shows an auto-responder', async () => {
    const onSaveName = vi.fn<(name: string) => Promise<void>>().mockRejectedValueOnce(
      new CombinedGraphQLErrors({
        errors: [
          { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.name': 'must be at most 200 characters' } } },
        ],
      }),
    );
    renderRoutes([{ path: '/', element: <RecordHeader user={{ ...user, isAutoResponder: true }} canEdit onSaveName={onSaveName} /> }], '/');
    expect(screen.getByText('Auto-responder')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }));
    const box = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Uma Renamed');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(onSaveName).toHaveBeenCalledWith('Uma Renamed');
    expect(await screen.findByText('Name must be at most 200 characters')).toBeInTheDocument();
    expect(box).toHaveValue('Uma Renamed');
    expect(box).toHaveAccessibleDescription('Name must be at most 200 characters');
  });

  it('offers no name editing without people.edit', () => {
    renderRoutes([{ path: '/', element: <RecordHeader user={user} canEdit={false} onSaveName={vi.fn()} /> }], '/');
    expect(screen.queryByRole('button', { name: 'Edit name' })).toBeNull();
    expect(screen.queryByText('Auto-responder')).toBeNull();
  });
});

describe('RecordActions', () => {
  const routes = (permissions: string[]) => [
    {
      path: '/crm/users/5',
      element: (
        <ViewerContext value={viewer({ effectivePermissions: permissions })}>
          <RecordActions user={user} />
        </ViewerContext>
      ),
    },
    { path: '/crm', element: <LocationProbe name="list" /> },
  ];

  it('has no Delete without people.delete', () => {
    renderRoutes(routes(['people.view', 'people.edit']), '/crm/users/5');
    expect(screen.queryByRole('button', { name: 'Delete user' })).toBeNull();
  });

  it('confirms naming the user, keeps the dialog open on a refusal, and goes back to the list once deleted', async () => {
    renderRoutes(routes(['people.view', 'people.delete']), '/crm/users/5', [
      { request: { query: CRM_DELETE_USER, variables: { id: '5' } }, result: errorResult('User not found', 'NOT_FOUND') },
      { request: { query: CRM_DELETE_USER, variables: { id: '5' } }, result: { data: { deleteUser: true } } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete user' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Uma User?' });
    expect(dialog).toHaveTextContent('This deletes Uma User');
    await userEvent.click(screen.getAllByRole('button', { name: 'Delete user' }).at(-1)!);
    expect(await screen.findByRole('alert')).toHaveTextContent('User not found');
    await userEvent.click(screen.getAllByRole('button', { name: 'Delete user' }).at(-1)!);
    expect(await screen.findByTestId('location')).toHaveTextContent('list /crm');
  });
});
