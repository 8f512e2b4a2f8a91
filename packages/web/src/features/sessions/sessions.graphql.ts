import { graphql } from '../../gql';

export const MY_SESSIONS_QUERY = graphql(`
  query MySessions {
    mySessions {
      id
      current
      browser
      ip
      createdAt
      lastSeenAt
    }
  }
`);

export const REVOKE_SESSION_MUTATION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const REVOKE_OTHER_SESSIONS_MUTATION = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);
