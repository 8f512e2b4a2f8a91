/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n": typeof types.AgentsListDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
};
const documents: Documents = {
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n": types.AgentsListDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SetPasswordWithTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;