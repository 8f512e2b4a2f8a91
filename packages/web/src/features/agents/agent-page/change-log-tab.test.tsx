import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AGENT_CHANGE_LOG_QUERY } from './agent-page.graphql';
import { ChangeLogTab } from './change-log-tab';
import { catalogs } from './test-data';

const entry = (id: string, field: string, oldValue: string | null, newValue: string | null) => ({
  __typename: 'ChangeLogEdge' as const,
  cursor: `c${id}`,
  node: {
    __typename: 'ChangeLogEntry' as const,
    id,
    field,
    oldValue,
    newValue,
    actorKind: 'AGENT',
    actorName: 'Ada Admin',
    actorAvatarUrl: null,
    createdAt: '2026-11-28T10:00:00.000Z',
  },
});

const answer = (edges: ReturnType<typeof entry>[], hasNextPage: boolean) => ({
  data: {
    changeLog: {
      __typename: 'ChangeLogConnection' as const,
      totalCount: 3,
      edges,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: edges.at(-1)!.cursor },
    },
  },
});

describe('ChangeLogTab', () => {
  it('shows field, old → new with names for ids, who; pages older entries with after', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: AGENT_CHANGE_LOG_QUERY, variables: { entityId: '5', first: 25 } },
        result: answer([entry('3', 'permissionGroups', '1', '7, 8'), entry('2', 'businessUnit', null, 'EMEA')], true),
      },
      {
        request: { query: AGENT_CHANGE_LOG_QUERY, variables: { entityId: '5', first: 25, after: 'c2' } },
        result: answer([entry('1', 'teams', '4', null)], false),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ChangeLogTab agentId="5" catalogs={catalogs} />
      </MockedProvider>,
    );

    const first = await screen.findByRole('row', { name: /Permission groups/ });
    expect(first).toHaveTextContent('All Permissions → changed to Front line, CRM');
    expect(first).toHaveTextContent('Ada Admin');
    expect(screen.getByRole('row', { name: /Business unit/ })).toHaveTextContent('—empty → changed to EMEA');
    expect(screen.getByText('3 changes, newest first (showing 2)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show older changes' }));
    // A team that no longer exists is named by its id.
    expect(await screen.findByRole('row', { name: /Teams/ })).toHaveTextContent('#4 → changed to —empty');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show older changes' })).not.toBeInTheDocument();
  });
});
