import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { CRM_USER_ACTIVITY_QUERY } from '../crm-merge.graphql';
import { UserActivity } from './user-activity';

const item = (id: string, over: Record<string, unknown>) => ({
  __typename: 'ActivityItem',
  id,
  kind: 'CHANGE',
  createdAt: '2026-12-01T10:00:00Z',
  actorName: 'Ann Agent',
  field: null,
  oldValue: null,
  newValue: null,
  text: null,
  relatedUserId: null,
  movedFrom: null,
  ...over,
});

const page = (items: ReturnType<typeof item>[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    userActivity: {
      __typename: 'ActivityConnection',
      edges: items.map((node) => ({ __typename: 'ActivityEdge', node })),
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
    },
  },
});

describe('UserActivity', () => {
  it('words changes, notes, files and merges (the merged user opens as a pop-up) and loads more on demand', async () => {
    const first = [
      item('change:3', { kind: 'MERGE', field: 'merged', newValue: 'Bob Byrne (#9), merge #2', relatedUserId: '9' }),
      item('note:1', { kind: 'NOTE', text: 'Called back.', movedFrom: { __typename: 'MovedFrom', userId: '9', name: 'Bob Byrne' } }),
      item('change:2', { kind: 'FILE', field: 'fileAdded', newValue: 'contract.pdf' }),
    ];
    const older = [item('change:1', { field: 'created', newValue: 'Uma User' })];
    renderRoutes([{ path: '/', element: <UserActivity userId="5" /> }], '/', [
      { request: { query: CRM_USER_ACTIVITY_QUERY, variables: { userId: '5', first: 25 } }, result: page(first, true, 'c3') },
      { request: { query: CRM_USER_ACTIVITY_QUERY, variables: { userId: '5', first: 25, after: 'c3' } }, result: page(older, false, 'c4') },
    ] as never[]);
    const list = await screen.findByRole('list', { name: 'Activity, newest first' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Bob Byrne was merged into this user');
    expect(within(rows[0]).getByRole('button', { name: 'Bob Byrne' })).toHaveAttribute('aria-haspopup', 'dialog');
    // The note came with Bob's merge: marked as the change log marks it; the file is this user's own.
    expect(rows[1]).toHaveTextContent('Note: Called back.From merged user Bob Byrne');
    expect(rows[2]).not.toHaveTextContent('From merged user');
    expect(rows[2]).toHaveTextContent('File uploaded: contract.pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(list).findByText('User created: Uma User')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows changed values as the record shows them', async () => {
    const items = [
      item('change:3', { field: 'language', newValue: 'de' }),
      item('change:2', { field: 'isAutoResponder', oldValue: 'false', newValue: 'true' }),
      item('change:1', { field: 'timezone', oldValue: 'UTC' }),
    ];
    renderRoutes([{ path: '/', element: <UserActivity userId="5" /> }], '/', [
      { request: { query: CRM_USER_ACTIVITY_QUERY, variables: { userId: '5', first: 25 } }, result: page(items, false, 'c3') },
    ] as never[]);
    const rows = within(await screen.findByRole('list', { name: 'Activity, newest first' })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Language: German (de)');
    expect(rows[1]).toHaveTextContent('Auto-responder: No → Yes');
    expect(rows[2]).toHaveTextContent('Timezone: UTC (UTC+00:00) removed');
  });
});
