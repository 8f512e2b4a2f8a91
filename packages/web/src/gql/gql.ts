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
    "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    alias\n    email\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": typeof types.AgentPageFieldsFragmentDoc,
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n": typeof types.AgentPageDocument,
    "\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n": typeof types.UpdateAgentPageDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorKind\n          actorName\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgentChangeLogDocument,
    "\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": typeof types.AgentPickerDocument,
    "\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n": typeof types.CopyAgentSettingsDocument,
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n": typeof types.AgentsListDocument,
    "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          isAdmin\n          status\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgentsPageDocument,
    "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n  }\n": typeof types.AgentOptionsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BulkUpdateAgentsDocument,
    "\n  mutation BulkInviteAgents($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n": typeof types.BulkInviteAgentsDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
};
const documents: Documents = {
    "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    alias\n    email\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": types.AgentPageFieldsFragmentDoc,
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n": types.AgentPageDocument,
    "\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n": types.UpdateAgentPageDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorKind\n          actorName\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgentChangeLogDocument,
    "\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": types.AgentPickerDocument,
    "\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n": types.CopyAgentSettingsDocument,
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n": types.AgentsListDocument,
    "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          isAdmin\n          status\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgentsPageDocument,
    "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n  }\n": types.AgentOptionsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": types.BulkUpdateAgentsDocument,
    "\n  mutation BulkInviteAgents($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n": types.BulkInviteAgentsDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    isAdmin\n    mustChangePassword\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
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
export function graphql(source: "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    alias\n    email\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"): (typeof documents)["\n  fragment AgentPageFields on Agent {\n    id\n    name\n    alias\n    email\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n"): (typeof documents)["\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorKind\n          actorName\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorKind\n          actorName\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          isAdmin\n          status\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          isAdmin\n          status\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkInviteAgents($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n"): (typeof documents)["\n  mutation BulkInviteAgents($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;