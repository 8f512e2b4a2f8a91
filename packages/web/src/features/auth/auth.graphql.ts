import { graphql } from '../../gql';

// Result and variable types are generated from the schema into src/gql: run `pnpm schema`
// (or `pnpm --filter @roster/web codegen`) after editing an operation. Fragments are spread
// by name only; the generated documents carry their definitions.

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Agent {
    id
    email
    name
    avatarUrl
    language
    isAdmin
    mustChangePassword
    mustEnrolSecondFactor
    effectivePermissions
  }
`);

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      secondFactorRequired
      secondFactorMethods
      enrolmentRequired
      agent {
        ...ViewerFields
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...ViewerFields
    }
  }
`);

/** `name` omitted or empty: the name in the invitation (or the email's local part). */
export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
`);

export const SET_PASSWORD_WITH_TOKEN_MUTATION = graphql(`
  mutation SetPasswordWithToken($token: String!, $password: String!) {
    setPasswordWithToken(token: $token, password: $password) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
`);

/** Asked when the accept page opens: a used, expired or revoked link says so before any typing. */
export const INVITATION_PREVIEW_QUERY = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      status
      email
      helpdeskName
      inviterName
      expiresAt
      ssoRequired
    }
  }
`);

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
