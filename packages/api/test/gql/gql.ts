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
    "fragment TestAgent on Agent {\n  id email name alias phone landlinePhone mobilePhone timezone language businessUnit\n  isAdmin isReportsAdmin status mustChangePassword signature permissions effectivePermissions canEditOwnTicketNotifications\n  permissionGroups { id name builtIn } teams { id name } departments { department { id name } access }\n  ticketNotifications { event email browser } otherNotifications { event email browser }\n}": typeof types.TestAgentFragmentDoc,
    "mutation TestCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { temporaryPassword agent { ...TestAgent } } }": typeof types.TestCreateAgentDocument,
    "mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ...TestAgent } }": typeof types.TestUpdateAgentDocument,
    "query TestGetAgent($id: ID!) { agent(id: $id) { ...TestAgent } }": typeof types.TestGetAgentDocument,
    "query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n  agents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email } } }\n}": typeof types.TestListAgentsDocument,
    "query TestAgentLog($id: ID!, $first: Int) { changeLog(entityType: AGENT, entityId: $id, first: $first) {\n  totalCount edges { node { id field oldValue newValue actorName createdAt } } } }": typeof types.TestAgentLogDocument,
    "query TestLicense { license { seats used available } }": typeof types.TestLicenseDocument,
    "query TestViewer { viewer { id name } }": typeof types.TestViewerDocument,
    "mutation TestCreateTeam($n: String!) { createTeam(name: $n) { id } }": typeof types.TestCreateTeamDocument,
    "mutation TestCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": typeof types.TestCreateDepartmentDocument,
    "mutation TestAppLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.TestAppLoginDocument,
    "mutation TestAppCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }": typeof types.TestAppCreateAgentDocument,
    "mutation TokenRulesCreateApiToken { createApiToken(name: \"integration\", scopes: [\"agents:write\"]) { token } }": typeof types.TokenRulesCreateApiTokenDocument,
    "query TokenRulesAgents { agents(first: 100) { edges { node { email } } } }": typeof types.TokenRulesAgentsDocument,
    "mutation TokenRulesDeleteAgent($id: ID!) { deleteAgent(id: $id) }": typeof types.TokenRulesDeleteAgentDocument,
    "mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }": typeof types.TokenRulesCopyAgentSettingsDocument,
    "mutation TokenRulesInviteAgent { inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) { id } }": typeof types.TokenRulesInviteAgentDocument,
    "mutation TokenRulesInviteAgent2 { inviteAgent(input: { email: \"invited.plain@example.com\" }) { isAdmin } }": typeof types.TokenRulesInviteAgent2Document,
    "mutation TokenRulesCreateApiToken2 { createApiToken(name: \"second\", scopes: [\"agents:write\"]) { token } }": typeof types.TokenRulesCreateApiToken2Document,
    "query TokenRulesViewer { viewer { id } }": typeof types.TokenRulesViewerDocument,
    "query TokenRulesAgents2 { agents(first: 1) { totalCount } }": typeof types.TokenRulesAgents2Document,
    "mutation TokenRulesChangePassword { changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") { id } }": typeof types.TokenRulesChangePasswordDocument,
};
const documents: Documents = {
    "fragment TestAgent on Agent {\n  id email name alias phone landlinePhone mobilePhone timezone language businessUnit\n  isAdmin isReportsAdmin status mustChangePassword signature permissions effectivePermissions canEditOwnTicketNotifications\n  permissionGroups { id name builtIn } teams { id name } departments { department { id name } access }\n  ticketNotifications { event email browser } otherNotifications { event email browser }\n}": types.TestAgentFragmentDoc,
    "mutation TestCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { temporaryPassword agent { ...TestAgent } } }": types.TestCreateAgentDocument,
    "mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ...TestAgent } }": types.TestUpdateAgentDocument,
    "query TestGetAgent($id: ID!) { agent(id: $id) { ...TestAgent } }": types.TestGetAgentDocument,
    "query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n  agents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email } } }\n}": types.TestListAgentsDocument,
    "query TestAgentLog($id: ID!, $first: Int) { changeLog(entityType: AGENT, entityId: $id, first: $first) {\n  totalCount edges { node { id field oldValue newValue actorName createdAt } } } }": types.TestAgentLogDocument,
    "query TestLicense { license { seats used available } }": types.TestLicenseDocument,
    "query TestViewer { viewer { id name } }": types.TestViewerDocument,
    "mutation TestCreateTeam($n: String!) { createTeam(name: $n) { id } }": types.TestCreateTeamDocument,
    "mutation TestCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": types.TestCreateDepartmentDocument,
    "mutation TestAppLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.TestAppLoginDocument,
    "mutation TestAppCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }": types.TestAppCreateAgentDocument,
    "mutation TokenRulesCreateApiToken { createApiToken(name: \"integration\", scopes: [\"agents:write\"]) { token } }": types.TokenRulesCreateApiTokenDocument,
    "query TokenRulesAgents { agents(first: 100) { edges { node { email } } } }": types.TokenRulesAgentsDocument,
    "mutation TokenRulesDeleteAgent($id: ID!) { deleteAgent(id: $id) }": types.TokenRulesDeleteAgentDocument,
    "mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }": types.TokenRulesCopyAgentSettingsDocument,
    "mutation TokenRulesInviteAgent { inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) { id } }": types.TokenRulesInviteAgentDocument,
    "mutation TokenRulesInviteAgent2 { inviteAgent(input: { email: \"invited.plain@example.com\" }) { isAdmin } }": types.TokenRulesInviteAgent2Document,
    "mutation TokenRulesCreateApiToken2 { createApiToken(name: \"second\", scopes: [\"agents:write\"]) { token } }": types.TokenRulesCreateApiToken2Document,
    "query TokenRulesViewer { viewer { id } }": types.TokenRulesViewerDocument,
    "query TokenRulesAgents2 { agents(first: 1) { totalCount } }": types.TokenRulesAgents2Document,
    "mutation TokenRulesChangePassword { changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") { id } }": types.TokenRulesChangePasswordDocument,
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
export function graphql(source: "fragment TestAgent on Agent {\n  id email name alias phone landlinePhone mobilePhone timezone language businessUnit\n  isAdmin isReportsAdmin status mustChangePassword signature permissions effectivePermissions canEditOwnTicketNotifications\n  permissionGroups { id name builtIn } teams { id name } departments { department { id name } access }\n  ticketNotifications { event email browser } otherNotifications { event email browser }\n}"): (typeof documents)["fragment TestAgent on Agent {\n  id email name alias phone landlinePhone mobilePhone timezone language businessUnit\n  isAdmin isReportsAdmin status mustChangePassword signature permissions effectivePermissions canEditOwnTicketNotifications\n  permissionGroups { id name builtIn } teams { id name } departments { department { id name } access }\n  ticketNotifications { event email browser } otherNotifications { event email browser }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { temporaryPassword agent { ...TestAgent } } }"): (typeof documents)["mutation TestCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { temporaryPassword agent { ...TestAgent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ...TestAgent } }"): (typeof documents)["mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ...TestAgent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestGetAgent($id: ID!) { agent(id: $id) { ...TestAgent } }"): (typeof documents)["query TestGetAgent($id: ID!) { agent(id: $id) { ...TestAgent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n  agents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email } } }\n}"): (typeof documents)["query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n  agents(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestAgentLog($id: ID!, $first: Int) { changeLog(entityType: AGENT, entityId: $id, first: $first) {\n  totalCount edges { node { id field oldValue newValue actorName createdAt } } } }"): (typeof documents)["query TestAgentLog($id: ID!, $first: Int) { changeLog(entityType: AGENT, entityId: $id, first: $first) {\n  totalCount edges { node { id field oldValue newValue actorName createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestLicense { license { seats used available } }"): (typeof documents)["query TestLicense { license { seats used available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestViewer { viewer { id name } }"): (typeof documents)["query TestViewer { viewer { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCreateTeam($n: String!) { createTeam(name: $n) { id } }"): (typeof documents)["mutation TestCreateTeam($n: String!) { createTeam(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"): (typeof documents)["mutation TestCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestAppLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation TestAppLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestAppCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }"): (typeof documents)["mutation TestAppCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesCreateApiToken { createApiToken(name: \"integration\", scopes: [\"agents:write\"]) { token } }"): (typeof documents)["mutation TokenRulesCreateApiToken { createApiToken(name: \"integration\", scopes: [\"agents:write\"]) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRulesAgents { agents(first: 100) { edges { node { email } } } }"): (typeof documents)["query TokenRulesAgents { agents(first: 100) { edges { node { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesDeleteAgent($id: ID!) { deleteAgent(id: $id) }"): (typeof documents)["mutation TokenRulesDeleteAgent($id: ID!) { deleteAgent(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }"): (typeof documents)["mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesInviteAgent { inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) { id } }"): (typeof documents)["mutation TokenRulesInviteAgent { inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesInviteAgent2 { inviteAgent(input: { email: \"invited.plain@example.com\" }) { isAdmin } }"): (typeof documents)["mutation TokenRulesInviteAgent2 { inviteAgent(input: { email: \"invited.plain@example.com\" }) { isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesCreateApiToken2 { createApiToken(name: \"second\", scopes: [\"agents:write\"]) { token } }"): (typeof documents)["mutation TokenRulesCreateApiToken2 { createApiToken(name: \"second\", scopes: [\"agents:write\"]) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRulesViewer { viewer { id } }"): (typeof documents)["query TokenRulesViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenRulesAgents2 { agents(first: 1) { totalCount } }"): (typeof documents)["query TokenRulesAgents2 { agents(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRulesChangePassword { changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") { id } }"): (typeof documents)["mutation TokenRulesChangePassword { changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;