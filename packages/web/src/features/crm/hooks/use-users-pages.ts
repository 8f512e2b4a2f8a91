import { useConnectionPages } from '../../../lib/use-connection-pages';
import { CRM_USERS_QUERY } from '../crm.graphql';
import type { UserFilter } from '../../../gql/graphql';

export const USERS_PAGE_SIZE = 50;

/** The users matching `filter`, by name, as far as fetched; `loadMore` appends the next cursor page. */
export function useUsersPages(filter: UserFilter) {
  const { nodes, ...pages } = useConnectionPages(CRM_USERS_QUERY, { filter, first: USERS_PAGE_SIZE }, (data) => data.users);
  return { users: nodes, ...pages };
}
