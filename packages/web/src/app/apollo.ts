import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The API lives at the same origin (served by the API in production, proxied by Vite in
 * development), so the httpOnly session cookie set by `login` rides along by itself.
 * `apollo-require-preflight` satisfies Apollo Server's CSRF prevention: a browser cannot
 * send a custom header cross-site without a CORS preflight.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // Connections are replaced wholesale until pagination is added to the UI.
        Query: { fields: { agents: { keyArgs: ['filter'] } } },
      },
    }),
  });
}
