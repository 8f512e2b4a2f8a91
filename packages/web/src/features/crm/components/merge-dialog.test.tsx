import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, renderRoutes } from '../../../test/apollo-router';
import { CRM_MERGE_SEARCH_QUERY, CRM_MERGE_SOURCE_QUERY, CRM_MERGE_USERS, CRM_USER_DUPLICATES_QUERY } from '../crm-merge.graphql';
import { MergeDialog } from './merge-dialog';

const target = { id: '5', name: 'Uma User' };
const bob = { id: '9', name: 'Bob Byrne' };

const sourceMock = {
  request: { query: CRM_MERGE_SOURCE_QUERY, variables: { id: '9' } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id: '9',
        name: 'Bob Byrne',
        primaryEmail: 'bob@example.com',
        emails: [
          { __typename: 'UserEmail', address: 'bob@example.com' },
          { __typename: 'UserEmail', address: 'bob@work.example' },
        ],
        notes: [{ __typename: 'Note', id: '1' }],
        files: [],
        usergroups: [{ __typename: 'Usergroup', id: '3', name: 'VIP' }],
      },
    },
  },
};

const duplicatesMock = {
  request: { query: CRM_USER_DUPLICATES_QUERY, variables: { userId: '5' } },
  result: {
    data: {
      userDuplicates: [
        {
          __typename: 'UserDuplicate',
          reasons: ['SAME_PHONE'],
          user: { __typename: 'User', id: '9', name: 'Bob Byrne', primaryEmail: 'bob@example.com', organization: null },
        },
      ],
    },
  },
};

function renderDialog(mocks: object[], source: typeof bob | null = bob) {
  const onOpenChange = vi.fn();
  renderRoutes(
    [{ path: '/', element: <MergeDialog target={target} source={source} open onOpenChange={onOpenChange} /> }],
    '/',
    mocks as never[],
  );
  return onOpenChange;
}

describe('MergeDialog', () => {
  it('shows which user is kept and what moves, then merges and closes', async () => {
    const merged = { request: { query: CRM_MERGE_USERS, variables: { targetUserId: '5', sourceUserId: '9' } } };
    // The merged user leaves the cache, so its summary is read again as the dialog closes.
    const onOpenChange = renderDialog([
      sourceMock,
      sourceMock,
      { ...merged, result: { data: { mergeUsers: { __typename: 'User', ...target } } } },
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Merge into Uma User' });
    expect(within(dialog).getByText('Uma User (this record)')).toBeInTheDocument();
    expect(await within(dialog).findByText('2 email addresses: bob@example.com, bob@work.example')).toBeInTheDocument();
    expect(within(dialog).getByText('1 note')).toBeInTheDocument();
    expect(within(dialog).getByText('0 files')).toBeInTheDocument();
    expect(within(dialog).getByText('1 usergroup: VIP')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge Bob Byrne into Uma User' }));
    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
  });

  it("keeps the dialog open with the server's reason when the merge is refused", async () => {
    const onOpenChange = renderDialog([
      sourceMock,
      {
        request: { query: CRM_MERGE_USERS, variables: { targetUserId: '5', sourceUserId: '9' } },
        result: errorResult('Your permissions do not include merging users (people.merge)', 'FORBIDDEN'),
      },
    ]);
    await screen.findByText('1 note');
    await userEvent.click(screen.getByRole('button', { name: 'Merge Bob Byrne into Uma User' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your permissions do not include merging users');
    expect(screen.getByRole('alert')).not.toHaveTextContent('people.merge');
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('offers duplicates with their reasons and a search that leaves out this record; choosing one shows the summary', async () => {
    renderDialog(
      [
        duplicatesMock,
        {
          request: { query: CRM_MERGE_SEARCH_QUERY, variables: { search: 'by' } },
          result: {
            data: {
              users: {
                __typename: 'UserConnection',
                edges: [
                  { __typename: 'UserEdge', node: { __typename: 'User', id: '5', name: 'Uma Byrne', primaryEmail: 'uma@example.com' } },
                  { __typename: 'UserEdge', node: { __typename: 'User', id: '9', name: 'Bob Byrne', primaryEmail: 'bob@example.com' } },
                ],
              },
            },
          },
        },
        sourceMock,
      ],
      null,
    );
    expect(await screen.findByText(/The same phone number/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a user by name or email' }), 'by');
    const matches = await screen.findByRole('list', { name: 'Matching users' });
    expect(within(matches).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 found');
    await userEvent.click(within(matches).getByRole('button', { name: 'Choose Bob Byrne' }));
    expect(await screen.findByText('2 email addresses: bob@example.com, bob@work.example')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Choose another user' }));
    expect(screen.getByRole('searchbox', { name: 'Find a user by name or email' })).toBeInTheDocument();
  });
});
