import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { VIEWER_QUERY } from './auth.graphql';

/**
 * After a link's mutation has signed someone in (the API replaced the session cookie): forget
 * whatever a previous agent could see, load the new agent as the viewer so the guarded routes
 * render straight away, and go home with a notice.
 */
export function useStartSession() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (notice: string) => {
    await client.clearStore();
    await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' });
    navigate('/', { replace: true, state: { notice } });
  };
}
