import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocationProbe, renderRoutes } from '../../../test/apollo-router';
import { CRM_USER_QUERY } from '../crm.graphql';
import { UserRecordPopup } from './user-record-popup';

const bobMock = {
  request: { query: CRM_USER_QUERY, variables: { id: '9' } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id: '9',
        name: 'Bob Byrne',
        primaryEmail: 'bob@example.com',
        summary: 'Renews in March.',
        updatedAt: '2026-12-01T10:00:00Z',
        emails: [{ __typename: 'UserEmail', address: 'bob@example.com', isPrimary: true }],
        organization: { __typename: 'Organization', id: '2', name: 'Acme' },
        notes: [{ __typename: 'Note', id: '1', text: 'Called back.', authorName: 'Ann Agent', createdAt: '2026-12-01T10:00:00Z' }],
      },
    },
  },
};

function renderPopup() {
  renderRoutes(
    [
      { path: '/', element: <UserRecordPopup userId="9" label="Bob Byrne" /> },
      { path: '/crm/users/:id', element: <LocationProbe name="record" /> },
    ],
    '/',
    [bobMock] as never[],
  );
}

describe('UserRecordPopup', () => {
  it('shows the record read-only; Escape closes it and focus returns to the name', async () => {
    renderPopup();
    const trigger = screen.getByRole('button', { name: 'Bob Byrne' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Bob Byrne' });
    expect(await within(dialog).findByText('Acme')).toBeInTheDocument();
    expect(within(dialog).getByText('Renews in March.')).toBeInTheDocument();
    expect(within(dialog).getByText('Called back.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('expands into the content pane', async () => {
    renderPopup();
    await userEvent.click(screen.getByRole('button', { name: 'Bob Byrne' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Open in the CRM pane' }));
    expect(screen.getByTestId('location')).toHaveTextContent('record /crm/users/9');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
