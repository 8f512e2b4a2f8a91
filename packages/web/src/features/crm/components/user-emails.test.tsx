import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { CRM_ADD_EMAIL, CRM_SET_PRIMARY_EMAIL } from '../crm.graphql';
import { CrmPage } from '../pages/crm-page';
import { UserEmails } from './user-emails';

const email = (address: string, isPrimary: boolean) => ({ __typename: 'UserEmail' as const, address, isPrimary });

function userData(emails: ReturnType<typeof email>[]) {
  return {
    __typename: 'User' as const,
    id: '5',
    name: 'Uma User',
    primaryEmail: emails.find((e) => e.isPrimary)!.address,
    summary: null,
    updatedAt: '2026-12-01T10:00:00Z',
    emails,
    organization: null,
    notes: [],
    phone: null,
    website: null,
    im: null,
    twitter: null,
    linkedin: null,
    facebook: null,
    address: null,
    isAutoResponder: false,
    usergroups: [],
  };
}

function renderEmails(mocks: object[], canEdit = true, onMerge?: (c: { id: string; name: string }) => void) {
  const user = userData([email('uma@example.com', true), email('uma@work.example', false)]);
  renderRoutes([{ path: '/', element: <UserEmails user={user} canEdit={canEdit} onMerge={onMerge} /> }], '/', mocks as never[]);
}

const addressBox = () => screen.getByRole('textbox', { name: 'Add an email' });

describe('UserEmails', () => {
  it('tags the primary address and offers the others as primary', () => {
    renderEmails([]);
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]).getByText('Primary')).toBeInTheDocument();
    expect(within(items[0]).queryByRole('button', { name: /Make primary/ })).toBeNull();
    expect(within(items[1]).getByRole('button', { name: 'Make primary (uma@work.example)' })).toBeInTheDocument();
  });

  it("keeps a refused address in the box and shows the server's reason next to it", async () => {
    renderEmails([
      {
        request: { query: CRM_ADD_EMAIL, variables: { userId: '5', email: 'bob@example.com' } },
        result: errorResult('bob@example.com already belongs to user 9 (Bob)', 'CONFLICT', { email: 'already belongs to user 9 (Bob)' }),
      },
    ]);
    await userEvent.type(addressBox(), 'bob@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add email' }));
    expect(await screen.findByText('Email already belongs to user 9 (Bob)')).toBeInTheDocument();
    expect(addressBox()).toHaveValue('bob@example.com');
    expect(addressBox()).toHaveAccessibleDescription('Email already belongs to user 9 (Bob)');
    expect(addressBox()).toBeInvalid();
  });

  it("offers to merge the address's owner into this user, as the API suggests", async () => {
    const onMerge = vi.fn();
    const extensions = { code: 'CONFLICT', existingUserId: '9', existingUserName: 'Bob', suggestion: 'MERGE_USERS' };
    renderEmails(
      [
        {
          request: { query: CRM_ADD_EMAIL, variables: { userId: '5', email: 'bob@example.com' } },
          result: { errors: [new GraphQLError('bob@example.com already belongs to user 9 (Bob)', { extensions })] },
        },
      ],
      true,
      onMerge,
    );
    await userEvent.type(addressBox(), 'bob@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add email' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Merge Bob into this one' }));
    expect(onMerge).toHaveBeenCalledWith({ id: '9', name: 'Bob' });
    expect(screen.getByRole('button', { name: 'View Bob' })).toBeInTheDocument();
  });

  it('adds an address and clears the box', async () => {
    const added = userData([email('uma@example.com', true), email('uma@work.example', false), email('new@example.com', false)]);
    renderEmails([
      {
        request: { query: CRM_ADD_EMAIL, variables: { userId: '5', email: 'new@example.com' } },
        result: { data: { addUserEmail: added } },
      },
    ]);
    await userEvent.type(addressBox(), ' new@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Add email' }));
    expect(await screen.findByDisplayValue('')).toBe(addressBox());
  });

  it('shows a refused "make primary" as an alert', async () => {
    renderEmails([
      {
        request: { query: CRM_SET_PRIMARY_EMAIL, variables: { userId: '5', email: 'uma@work.example' } },
        result: errorResult('Your permissions do not include editing users (people.edit)', 'FORBIDDEN'),
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Make primary (uma@work.example)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Your permissions do not include editing users$/);
  });

  it('offers no editing without people.edit', () => {
    renderEmails([], false);
    expect(screen.queryByRole('button', { name: /Make primary/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Add an email' })).toBeNull();
  });
});

describe('CrmPage', () => {
  it('keeps an agent without people.view out with a clear message', () => {
    const element = (
      <ViewerContext value={viewer({ effectivePermissions: ['people.edit'] })}>
        <CrmPage />
      </ViewerContext>
    );
    renderRoutes([{ path: '/crm', element }], '/crm');
    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to users' })).toBeInTheDocument();
  });
});
