import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult, renderRoutes } from '../../../test/apollo-router';
import { CRM_UNDO_USER_MERGE, CRM_USER_MERGES_QUERY } from '../crm-merge.graphql';
import { MergeBanner } from './merge-banner';

const merges = (undoable: boolean) => ({
  request: { query: CRM_USER_MERGES_QUERY, variables: { id: '5' } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id: '5',
        merges: [
          {
            __typename: 'UserMerge',
            id: '2',
            sourceUserId: '9',
            sourceName: 'Sam Source',
            actorName: 'Ann Agent',
            createdAt: '2026-12-01T10:00:00.000Z',
            undoUntil: '2026-12-08T10:00:00.000Z',
            undoable,
          },
        ],
      },
    },
  },
});
const toastList = (variant: string) => document.querySelector(`.toast-list[data-variant="${variant}"]`) as HTMLElement;

describe('MergeBanner', () => {
  it('says in a toast that the merge was undone', async () => {
    renderRoutes([{ path: '/', element: <MergeBanner userId="5" canUndo /> }], '/', [
      merges(true),
      {
        request: { query: CRM_UNDO_USER_MERGE, variables: { mergeId: '2' } },
        result: { data: { undoUserMerge: { __typename: 'User', id: '5', name: 'Uma User' } } },
      },
      merges(false),
    ] as never[]);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo the merge of Sam Source' }));
    expect(await within(toastList('success')).findByText('Merge undone: Sam Source is a separate user again.')).toBeInTheDocument();
  });

  it('says in an error toast why an undo failed', async () => {
    renderRoutes([{ path: '/', element: <MergeBanner userId="5" canUndo /> }], '/', [
      merges(true),
      {
        request: { query: CRM_UNDO_USER_MERGE, variables: { mergeId: '2' } },
        result: errorResult('The merged user has since been deleted', 'CONFLICT'),
      },
    ] as never[]);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo the merge of Sam Source' }));
    expect(
      await within(toastList('error')).findByText('Could not undo the merge of Sam Source: The merged user has since been deleted'),
    ).toBeInTheDocument();
  });
});
