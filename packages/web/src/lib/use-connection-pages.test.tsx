import type { ReactNode } from 'react';
import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CRM_USERS_QUERY } from '../features/crm/crm.graphql';
import { useConnectionPages } from './use-connection-pages';

const user = (id: string) => ({
  __typename: 'UserEdge' as const,
  cursor: `c${id}`,
  node: { __typename: 'User' as const, id, name: `User ${id}`, primaryEmail: `u${id}@example.com`, organization: null },
});
const page = (ids: string[], hasNextPage: boolean) => ({
  data: {
    users: {
      __typename: 'UserConnection' as const,
      totalCount: 3,
      // As a bounded search count says: carried through the merged pages.
      totalCountIsExact: false,
      edges: ids.map(user),
      pageInfo: { __typename: 'PageInfo' as const, endCursor: `c${ids.at(-1)}`, hasNextPage },
    },
  },
});
const vars = { filter: {}, first: 2 };

function setup(mocks: MockedResponse[]) {
  const cache = new InMemoryCache({ typePolicies: { Query: { fields: { users: relayStylePagination(['filter', 'first']) } } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache}>
      {children}
    </MockedProvider>
  );
  return renderHook(() => useConnectionPages(CRM_USERS_QUERY, vars, (data) => data.users), { wrapper });
}

describe('useConnectionPages', () => {
  it('appends the page after the end cursor, once however often loadMore is called', async () => {
    const { result } = setup([
      { request: { query: CRM_USERS_QUERY, variables: vars }, result: page(['1', '2'], true) },
      // One answer only: a second request for the same cursor would fail the hook.
      { request: { query: CRM_USERS_QUERY, variables: { ...vars, after: 'c2' } }, result: page(['3'], false) },
    ]);
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['1', '2']));
    expect(result.current).toMatchObject({ totalCount: 3, totalCountIsExact: false, hasNextPage: true, loading: false });
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['1', '2', '3']));
    expect(result.current).toMatchObject({ totalCountIsExact: false, hasNextPage: false, loadMoreFailed: false, fetchingMore: false });
    // Nothing follows: no request (none is mocked).
    act(() => result.current.loadMore());
    expect(result.current.nodes).toHaveLength(3);
  });

  it('says when a page failed and fetches it again on the next loadMore', async () => {
    const { result } = setup([
      { request: { query: CRM_USERS_QUERY, variables: vars }, result: page(['1', '2'], true) },
      { request: { query: CRM_USERS_QUERY, variables: { ...vars, after: 'c2' } }, error: new Error('offline') },
      { request: { query: CRM_USERS_QUERY, variables: { ...vars, after: 'c2' } }, result: page(['3'], false) },
    ]);
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.loadMoreFailed).toBe(true));
    expect(result.current.nodes).toHaveLength(2);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.nodes).toHaveLength(3));
    expect(result.current.loadMoreFailed).toBe(false);
  });
});
