import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The API lives at the same origin (served by the API in production, proxied by Vite in
 * development), so the httpOnly session cookie set by `login` rides along by itself.
 * `apollo-require-preflight` satisfies Apollo Server's CSRF prevention: a browser cannot
 * send a custom header cross-site without a CORS preflight.
 */
/** The schema's interfaces and their types: the cache matches a fragment on an interface only with these. */
export const POSSIBLE_TYPES = { ImportJob: ['AgentImport', 'UserImport'] };

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        // One cached list per filter, order and page size; pages fetched with `after` are appended.
        Query: {
          fields: {
            agents: relayStylePagination(['filter', 'orderBy', 'first']),
            users: relayStylePagination(['filter', 'first']),
            auditLog: relayStylePagination(['filter', 'first']),
          },
        },
        // Users' and agents' notes share the Note type but not their ids: kept inside their record, not by id.
        Note: { keyFields: false },
        // One helpdesk-wide object without an id: a save (updateCrmSettings) updates what every screen shows.
        CrmSettings: { keyFields: [] },
        SecuritySettings: { keyFields: [] },
      },
    }),
  });
}
