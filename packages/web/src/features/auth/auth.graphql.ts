import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written result types until the codegen client preset replaces them (src/gql/).

export interface Viewer {
  __typename?: 'Agent';
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
}

export const VIEWER_FIELDS = gql`
  fragment ViewerFields on Agent {
    id
    email
    name
    isAdmin
    mustChangePassword
  }
`;

export const VIEWER_QUERY: TypedDocumentNode<{ viewer: Viewer }, Record<string, never>> = gql`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export interface LoginVariables {
  email: string;
  password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<
  { login: { token: string; agent: Viewer } },
  LoginVariables
> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
  ${VIEWER_FIELDS}
`;

export const LOGOUT_MUTATION: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

export interface ChangePasswordVariables {
  currentPassword: string;
  newPassword: string;
}

export const CHANGE_PASSWORD_MUTATION: TypedDocumentNode<
  { changePassword: Viewer },
  ChangePasswordVariables
> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export interface AcceptInvitationVariables {
  token: string;
  /** Omitted or empty: the name in the invitation (or the email's local part). */
  name?: string | null;
  password: string;
}

export const ACCEPT_INVITATION_MUTATION: TypedDocumentNode<
  { acceptInvitation: { token: string; agent: Viewer } },
  AcceptInvitationVariables
> = gql`
  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      token
      agent {
        ...ViewerFields
      }
    }
  }
  ${VIEWER_FIELDS}
`;
