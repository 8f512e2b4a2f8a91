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
    "mutation AbuseLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.AbuseLoginDocument,
    "mutation AbuseAcceptInvitation { acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") { token } }": typeof types.AbuseAcceptInvitationDocument,
    "mutation AbuseChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"another-password-2\") { id } }": typeof types.AbuseChangePasswordDocument,
    "mutation AbuseCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }": typeof types.AbuseCreateAgentDocument,
    "query AbuseViewer { viewer { email } }": typeof types.AbuseViewerDocument,
    "mutation AbuseUpdateAgent($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: false }) { id } }": typeof types.AbuseUpdateAgentDocument,
    "mutation AbuseUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: true }) { mustChangePassword } }": typeof types.AbuseUpdateAgent2Document,
    "query AbuseAgents { agents { totalCount } }": typeof types.AbuseAgentsDocument,
    "query AccessViewer { viewer { id name alias phone isAdmin } }": typeof types.AccessViewerDocument,
    "mutation AccessCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id isAdmin } } }": typeof types.AccessCreateAgentDocument,
    "mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id name alias phone isAdmin } }": typeof types.AccessUpdateAgentDocument,
    "mutation AccessCreateApiToken($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token apiToken { id name prefix scopes lastUsedAt revokedAt } } }": typeof types.AccessCreateApiTokenDocument,
    "query AccessApiTokens { apiTokens(includeRevoked: true) { id name prefix lastUsedAt revokedAt } }": typeof types.AccessApiTokensDocument,
    "query AccessAgents { agents(first: 100) { totalCount edges { node { id email } } } }": typeof types.AccessAgentsDocument,
    "mutation AccessCreatePermissionGroup { createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) { id } }": typeof types.AccessCreatePermissionGroupDocument,
    "query AccessViewer2 { viewer { teams { members { email } } } }": typeof types.AccessViewer2Document,
    "query AccessViewer3 { viewer { id email } }": typeof types.AccessViewer3Document,
    "query AccessViewer4 { viewer { email mustChangePassword } }": typeof types.AccessViewer4Document,
    "mutation AccessCreateTeam { createTeam(name: \"Existing Team\") { id } }": typeof types.AccessCreateTeamDocument,
    "mutation AccessDeleteAgent($id: ID!) { deleteAgent(id: $id) }": typeof types.AccessDeleteAgentDocument,
    "mutation AccessCreateTeam2 { createTeam(name: \"Sneaky Team\") { id } }": typeof types.AccessCreateTeam2Document,
    "mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": typeof types.AccessSetTeamMembersDocument,
    "mutation AccessCreatePermissionGroup2 { createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) { id } }": typeof types.AccessCreatePermissionGroup2Document,
    "mutation AccessCreateDepartment { createDepartment(name: \"Sneaky Department\") { id } }": typeof types.AccessCreateDepartmentDocument,
    "mutation AccessInviteAgent { inviteAgent(input: { email: \"invitee@example.com\" }) { id } }": typeof types.AccessInviteAgentDocument,
    "query AccessLicense { license { seats used available } }": typeof types.AccessLicenseDocument,
    "query AccessInvitations { invitations { id } }": typeof types.AccessInvitationsDocument,
    "mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) { id } }": typeof types.AccessCopyAgentSettingsDocument,
    "query AccessLicense2 { license { seats } }": typeof types.AccessLicense2Document,
    "mutation AccessCreateDepartment2 { createDepartment(name: \"Admin Department\") { name } }": typeof types.AccessCreateDepartment2Document,
    "query AccessAgent($id: ID!) { agent(id: $id) { alias } }": typeof types.AccessAgentDocument,
    "query AccessTeams { teams { id } permissionGroups { id } departments { id } permissionCatalog { key } }": typeof types.AccessTeamsDocument,
    "query AccessAgent2($id: ID!) { agent(id: $id) { canEditOwnTicketNotifications ticketNotifications { event email browser } otherNotifications { event email browser } } }": typeof types.AccessAgent2Document,
    "mutation AccessCreateTeam3 { createTeam(name: \"Read Only Team\") { id } }": typeof types.AccessCreateTeam3Document,
    "query AccessTeams2 { teams { id } }": typeof types.AccessTeams2Document,
    "mutation AccessRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": typeof types.AccessRevokeApiTokenDocument,
    "mutation AccessChangePassword { changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") { id } }": typeof types.AccessChangePasswordDocument,
    "query AccessOutbox { outbox { toAddress subject } }": typeof types.AccessOutboxDocument,
    "mutation AccessRevokeApiToken2($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": typeof types.AccessRevokeApiToken2Document,
    "query AccessViewer5 { viewer { id } }": typeof types.AccessViewer5Document,
    "mutation AccessCreateTeam4 { createTeam(name: \"Demoted Team\") { id } }": typeof types.AccessCreateTeam4Document,
    "mutation AccessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.AccessLoginDocument,
    "mutation AccessInviteAgent2 { inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) { id } }": typeof types.AccessInviteAgent2Document,
    "mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }": typeof types.AccessCopyAgentSettings2Document,
    "mutation AccessCreateTeam5 { createTeam(name: \"Promoted Team\") { name } }": typeof types.AccessCreateTeam5Document,
    "mutation AgentChangesDeleteAgent { deleteAgent(id: \"987654\") }": typeof types.AgentChangesDeleteAgentDocument,
    "query AgentChangesViewer { viewer { id } }": typeof types.AgentChangesViewerDocument,
    "mutation AgentChangesLogin { login(email: \"disable.me@example.com\", password: \"agent-password-1\") { token } }": typeof types.AgentChangesLoginDocument,
    "mutation AgentChangesDeleteAgent2($id: ID!) { deleteAgent(id: $id) }": typeof types.AgentChangesDeleteAgent2Document,
    "mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) { ...TestAgent } }": typeof types.AgentChangesCopyDocument,
    "mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": typeof types.AgentLinkLogSetTeamMembersDocument,
    "mutation AgentLinkLogCreateTeam($n: String!) { createTeam(name: $n) { id } }": typeof types.AgentLinkLogCreateTeamDocument,
    "mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": typeof types.AgentLinkLogCreatePermissionGroupDocument,
    "mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }": typeof types.AgentLinkLogUpdatePermissionGroupDocument,
    "mutation AgentLinkLogDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }": typeof types.AgentLinkLogDeletePermissionGroupDocument,
    "mutation AgentLinkLogDeleteTeam($id: ID!) { deleteTeam(id: $id) }": typeof types.AgentLinkLogDeleteTeamDocument,
    "mutation AgentLinkLogCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": typeof types.AgentLinkLogCreateDepartmentDocument,
    "mutation AgentLinkLogDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }": typeof types.AgentLinkLogDeleteDepartmentDocument,
    "mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": typeof types.AgentLinkLogUpdateAgentDocument,
    "query AgentLinkLogViewer { viewer { id } }": typeof types.AgentLinkLogViewerDocument,
    "mutation AgentsCreatePermissionGroup { createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) { id } }": typeof types.AgentsCreatePermissionGroupDocument,
    "query AuthViewer { viewer { id email isAdmin mustChangePassword } }": typeof types.AuthViewerDocument,
    "mutation AuthLogin { login(email: \"ADMIN@example.com\", password: \"correct horse battery\") { token agent { email isAdmin } } }": typeof types.AuthLoginDocument,
    "query AuthAgents { agents { totalCount } }": typeof types.AuthAgentsDocument,
    "mutation AuthLogin2 { login(email: \"admin@example.com\", password: \"nope-nope-nope\") { token } }": typeof types.AuthLogin2Document,
    "mutation AuthLogin3 { login(email: \"ghost@example.com\", password: \"nope-nope-nope\") { token } }": typeof types.AuthLogin3Document,
    "mutation AuthLogin4 { login(email: \"victim@example.com\", password: \"guess-guess-1\") { token } }": typeof types.AuthLogin4Document,
    "mutation AuthLogin5 { login(email: \"victim@example.com\", password: \"victim-password-1\") { token } }": typeof types.AuthLogin5Document,
    "mutation AuthLogin6 { login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token } }": typeof types.AuthLogin6Document,
    "mutation AuthLogin7 {\n      a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n      b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n    }": typeof types.AuthLogin7Document,
    "mutation AuthCreateAgent { createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) { temporaryPassword agent { id mustChangePassword } } }": typeof types.AuthCreateAgentDocument,
    "mutation AuthChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"short\") { id } }": typeof types.AuthChangePasswordDocument,
    "mutation AuthChangePassword2($c: String!) { changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") { mustChangePassword } }": typeof types.AuthChangePassword2Document,
    "mutation AuthLoginTemp($p: String!) { login(email: \"newbie@example.com\", password: $p) { token } }": typeof types.AuthLoginTempDocument,
    "mutation AuthChangePassword3 { changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") { id } }": typeof types.AuthChangePassword3Document,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "query ConcurrencyViewer { viewer { id } }": typeof types.ConcurrencyViewerDocument,
    "mutation EmailIdentityLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.EmailIdentityLoginDocument,
    "mutation EmailIdentityInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }": typeof types.EmailIdentityInviteAgentDocument,
    "query FirstAdminViewer { viewer { name email isAdmin } }": typeof types.FirstAdminViewerDocument,
    "fragment GroupsGroup on PermissionGroup { id name builtIn permissions departments { department { id name } access } }": typeof types.GroupsGroupFragmentDoc,
    "query GroupsList { permissionGroups { ...GroupsGroup } }": typeof types.GroupsListDocument,
    "mutation GroupsCreate($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { ...GroupsGroup } }": typeof types.GroupsCreateDocument,
    "mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { ...GroupsGroup } }": typeof types.GroupsUpdateDocument,
    "mutation GroupsDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }": typeof types.GroupsDeletePermissionGroupDocument,
    "query GroupsAgent($id: ID!) { agent(id: $id) { id permissions effectivePermissions permissionGroups { id name } } }": typeof types.GroupsAgentDocument,
    "query GroupsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }": typeof types.GroupsAgentsDocument,
    "mutation GroupsCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": typeof types.GroupsCreateDepartmentDocument,
    "query GroupsPermissionCatalog { permissionCatalog { key label category destructive } }": typeof types.GroupsPermissionCatalogDocument,
    "query GroupsViewer { viewer { permissionGroups { id } } }": typeof types.GroupsViewerDocument,
    "query GroupsChangeLog($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue newValue } } } }": typeof types.GroupsChangeLogDocument,
    "query GroupsViewer2 { viewer { effectivePermissions } }": typeof types.GroupsViewer2Document,
    "query GroupsChangeLog2($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue } } } }": typeof types.GroupsChangeLog2Document,
    "query GroupsPermissionGroups { permissionGroups { id } }": typeof types.GroupsPermissionGroupsDocument,
    "query GroupsAgent2($id: ID!) { agent(id: $id) { departments { access department { name } } effectiveDepartments { access department { name } } } }": typeof types.GroupsAgent2Document,
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
    "mutation InputFormatInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }": typeof types.InputFormatInviteAgentDocument,
    "mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": typeof types.InputFormatCreatePermissionGroupDocument,
    "mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }": typeof types.InputFormatUpdatePermissionGroupDocument,
    "query InputFormatAgents($i: AgentFilter) { agents(filter: $i, first: 1) { totalCount } }": typeof types.InputFormatAgentsDocument,
    "query InputFormatInputTypes { __schema { types { name kind inputFields { name type { kind } } } } }": typeof types.InputFormatInputTypesDocument,
    "mutation InputFormatCopyAgentSettings { copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) { id } }": typeof types.InputFormatCopyAgentSettingsDocument,
    "query LicenseLicense { license { seats used available } }": typeof types.LicenseLicenseDocument,
    "mutation LicenseCreateAgent($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }": typeof types.LicenseCreateAgentDocument,
    "mutation LicenseInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }": typeof types.LicenseInviteAgentDocument,
    "mutation LicenseDeleteAgent($id: ID!) { deleteAgent(id: $id) }": typeof types.LicenseDeleteAgentDocument,
    "mutation LicenseRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }": typeof types.LicenseRevokeInvitationDocument,
    "mutation LicenseAcceptInvitation($t: String!) { acceptInvitation(token: $t, password: \"accept-password-1\") { token } }": typeof types.LicenseAcceptInvitationDocument,
    "query LimitsViewer { viewer { id } }": typeof types.LimitsViewerDocument,
    "mutation LimitsCreateTeam { createTeam(name: \"Deep Team\") { id } }": typeof types.LimitsCreateTeamDocument,
    "mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": typeof types.LimitsSetTeamMembersDocument,
    "query LimitsAgents { agents(first: 1) { edges { node { departments { department { id name } } } } } a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) { edges { node { id } } } }": typeof types.LimitsAgentsDocument,
    "query LimitsViewer2 { viewer { teams { members { teams { members { id email } } } } } }": typeof types.LimitsViewer2Document,
    "query LimitsAgents2 { agents(first: 100) { edges { node { teams { id } permissionGroups { id } departments { department { id } } } } } }": typeof types.LimitsAgents2Document,
    "query LimitsAgents4($n: Int!) { agents(first: $n) { totalCount edges { node {\n      id email teams { id name } permissionGroups { id name permissions }\n      departments { access department { id name } } effectivePermissions } } } }": typeof types.LimitsAgents4Document,
    "query LimitsViewer3 { viewer { email } }": typeof types.LimitsViewer3Document,
    "query LimitsIntrospection { __schema { queryType { name } } __type(name: \"Agent\") { name } }": typeof types.LimitsIntrospectionDocument,
    "query LimitsDepartments { departments { id name } }": typeof types.LimitsDepartmentsDocument,
    "query LimitsDepartments2 { departments { id } }": typeof types.LimitsDepartments2Document,
    "mutation LimitsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.LimitsLoginDocument,
    "mutation OnboardingInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id email status isAdmin createdAt expiresAt } }": typeof types.OnboardingInviteAgentDocument,
    "mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) {\n  token agent { id email name isAdmin teams { name } permissionGroups { id } } } }": typeof types.OnboardingAcceptInvitationDocument,
    "mutation OnboardingCreateAgent { createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n      temporaryPassword agent { id } } }": typeof types.OnboardingCreateAgentDocument,
    "query OnboardingLicense { license { used } }": typeof types.OnboardingLicenseDocument,
    "mutation OnboardingCreateAgent2 { createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) { agent { id } } }": typeof types.OnboardingCreateAgent2Document,
    "query OnboardingInvitations { invitations { id status } }": typeof types.OnboardingInvitationsDocument,
    "mutation OnboardingCreateAgent3 { createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) { agent { id } } }": typeof types.OnboardingCreateAgent3Document,
    "mutation OnboardingCreateTeam { createTeam(name: \"Night Shift\") { id } }": typeof types.OnboardingCreateTeamDocument,
    "query OnboardingInvitations2 { invitations(status: PENDING) { email invitedByName createdAt } }": typeof types.OnboardingInvitations2Document,
    "query OnboardingViewer { viewer { email } }": typeof types.OnboardingViewerDocument,
    "query OnboardingInvitations3 { invitations { email status } }": typeof types.OnboardingInvitations3Document,
    "mutation OnboardingResendInvitation($id: ID!) { resendInvitation(id: $id) { id status } }": typeof types.OnboardingResendInvitationDocument,
    "mutation OnboardingRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }": typeof types.OnboardingRevokeInvitationDocument,
    "query OnboardingInvitations4 { invitations(status: REVOKED) { email } }": typeof types.OnboardingInvitations4Document,
    "query OnboardingChangeLog($id: ID!) { changeLog(entityType: INVITATION, entityId: $id) { edges { node { field newValue actorName } } } }": typeof types.OnboardingChangeLogDocument,
    "query OnboardingInvitations5 { invitations(status: EXPIRED) { email status } }": typeof types.OnboardingInvitations5Document,
    "query OnboardingInvitations6 { invitations { id } }": typeof types.OnboardingInvitations6Document,
    "mutation OnboardingCreateAgent4 { createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) { agent { id } } }": typeof types.OnboardingCreateAgent4Document,
    "query OnboardingOutbox { outbox(status: FAILED) { id toAddress status attempts lastError } }": typeof types.OnboardingOutboxDocument,
    "mutation OnboardingRetryOutboxMessage($id: ID!) { retryOutboxMessage(id: $id) { status } }": typeof types.OnboardingRetryOutboxMessageDocument,
    "query OnboardingOutbox2 { outbox(status: FAILED) { id } }": typeof types.OnboardingOutbox2Document,
    "query ScaleOutViewer { viewer { email } }": typeof types.ScaleOutViewerDocument,
    "mutation ScaleOutLogout { logout }": typeof types.ScaleOutLogoutDocument,
    "mutation ScaleOutLogin { login(email: \"admin@example.com\", password: \"not-the-password\") { token } }": typeof types.ScaleOutLoginDocument,
    "mutation ScaleOutCreateAgent { createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) { agent { id } } }": typeof types.ScaleOutCreateAgentDocument,
    "mutation ScaleOutCreateAgent2($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }": typeof types.ScaleOutCreateAgent2Document,
    "mutation ScaleOutInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }": typeof types.ScaleOutInviteAgentDocument,
    "query ScaleOutLicense { license { seats used available } }": typeof types.ScaleOutLicenseDocument,
    "query SeedViewer { viewer { email isAdmin teams { name } permissionGroups { name } effectivePermissions } }": typeof types.SeedViewerDocument,
    "mutation SeedLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.SeedLoginDocument,
    "query SeedAgents { agents(first: 100) { totalCount edges { node { email departments { access department { name } } } } } }": typeof types.SeedAgentsDocument,
    "query ServingViewer { viewer { id } }": typeof types.ServingViewerDocument,
    "mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n    copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) { id } }": typeof types.StatementCountCopyAgentSettingsDocument,
    "query StatementCountAgent($id: ID!) { agent(id: $id) { timezone teams { name } } }": typeof types.StatementCountAgentDocument,
    "query TeamsDepartmentsTeams { teams { id name members { id name } } }": typeof types.TeamsDepartmentsTeamsDocument,
    "mutation TeamsDepartmentsCreateTeam($n: String!) { createTeam(name: $n) { id name members { id } } }": typeof types.TeamsDepartmentsCreateTeamDocument,
    "mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) { renameTeam(id: $id, name: $n) { id name } }": typeof types.TeamsDepartmentsRenameTeamDocument,
    "mutation TeamsDepartmentsDeleteTeam($id: ID!) { deleteTeam(id: $id) }": typeof types.TeamsDepartmentsDeleteTeamDocument,
    "mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id name members { id name } } }": typeof types.TeamsDepartmentsSetTeamMembersDocument,
    "query TeamsDepartmentsDepartments { departments { id name } }": typeof types.TeamsDepartmentsDepartmentsDocument,
    "mutation TeamsDepartmentsCreateDepartment($n: String!) { createDepartment(name: $n) { id name } }": typeof types.TeamsDepartmentsCreateDepartmentDocument,
    "mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) { renameDepartment(id: $id, name: $n) { id name } }": typeof types.TeamsDepartmentsRenameDepartmentDocument,
    "mutation TeamsDepartmentsDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }": typeof types.TeamsDepartmentsDeleteDepartmentDocument,
    "query TeamsDepartmentsAgent($id: ID!) { agent(id: $id) { id teams { id name } departments { department { id name } access } } }": typeof types.TeamsDepartmentsAgentDocument,
    "mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": typeof types.TeamsDepartmentsUpdateAgentDocument,
    "query TeamsDepartmentsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }": typeof types.TeamsDepartmentsAgentsDocument,
    "query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) { changeLog(entityType: $type, entityId: $id) {\n  totalCount edges { node { field oldValue newValue actorName } } } }": typeof types.TeamsDepartmentsChangeLogDocument,
    "query TeamsDepartmentsViewer { viewer { name } }": typeof types.TeamsDepartmentsViewerDocument,
    "mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": typeof types.TeamsDepartmentsSetTeamMembers2Document,
    "mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": typeof types.TeamsDepartmentsCreatePermissionGroupDocument,
    "query TeamsDepartmentsPermissionGroups { permissionGroups { id departments { department { id } } } }": typeof types.TeamsDepartmentsPermissionGroupsDocument,
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
    "mutation AbuseLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.AbuseLoginDocument,
    "mutation AbuseAcceptInvitation { acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") { token } }": types.AbuseAcceptInvitationDocument,
    "mutation AbuseChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"another-password-2\") { id } }": types.AbuseChangePasswordDocument,
    "mutation AbuseCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }": types.AbuseCreateAgentDocument,
    "query AbuseViewer { viewer { email } }": types.AbuseViewerDocument,
    "mutation AbuseUpdateAgent($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: false }) { id } }": types.AbuseUpdateAgentDocument,
    "mutation AbuseUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: true }) { mustChangePassword } }": types.AbuseUpdateAgent2Document,
    "query AbuseAgents { agents { totalCount } }": types.AbuseAgentsDocument,
    "query AccessViewer { viewer { id name alias phone isAdmin } }": types.AccessViewerDocument,
    "mutation AccessCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id isAdmin } } }": types.AccessCreateAgentDocument,
    "mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id name alias phone isAdmin } }": types.AccessUpdateAgentDocument,
    "mutation AccessCreateApiToken($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token apiToken { id name prefix scopes lastUsedAt revokedAt } } }": types.AccessCreateApiTokenDocument,
    "query AccessApiTokens { apiTokens(includeRevoked: true) { id name prefix lastUsedAt revokedAt } }": types.AccessApiTokensDocument,
    "query AccessAgents { agents(first: 100) { totalCount edges { node { id email } } } }": types.AccessAgentsDocument,
    "mutation AccessCreatePermissionGroup { createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) { id } }": types.AccessCreatePermissionGroupDocument,
    "query AccessViewer2 { viewer { teams { members { email } } } }": types.AccessViewer2Document,
    "query AccessViewer3 { viewer { id email } }": types.AccessViewer3Document,
    "query AccessViewer4 { viewer { email mustChangePassword } }": types.AccessViewer4Document,
    "mutation AccessCreateTeam { createTeam(name: \"Existing Team\") { id } }": types.AccessCreateTeamDocument,
    "mutation AccessDeleteAgent($id: ID!) { deleteAgent(id: $id) }": types.AccessDeleteAgentDocument,
    "mutation AccessCreateTeam2 { createTeam(name: \"Sneaky Team\") { id } }": types.AccessCreateTeam2Document,
    "mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": types.AccessSetTeamMembersDocument,
    "mutation AccessCreatePermissionGroup2 { createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) { id } }": types.AccessCreatePermissionGroup2Document,
    "mutation AccessCreateDepartment { createDepartment(name: \"Sneaky Department\") { id } }": types.AccessCreateDepartmentDocument,
    "mutation AccessInviteAgent { inviteAgent(input: { email: \"invitee@example.com\" }) { id } }": types.AccessInviteAgentDocument,
    "query AccessLicense { license { seats used available } }": types.AccessLicenseDocument,
    "query AccessInvitations { invitations { id } }": types.AccessInvitationsDocument,
    "mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) { id } }": types.AccessCopyAgentSettingsDocument,
    "query AccessLicense2 { license { seats } }": types.AccessLicense2Document,
    "mutation AccessCreateDepartment2 { createDepartment(name: \"Admin Department\") { name } }": types.AccessCreateDepartment2Document,
    "query AccessAgent($id: ID!) { agent(id: $id) { alias } }": types.AccessAgentDocument,
    "query AccessTeams { teams { id } permissionGroups { id } departments { id } permissionCatalog { key } }": types.AccessTeamsDocument,
    "query AccessAgent2($id: ID!) { agent(id: $id) { canEditOwnTicketNotifications ticketNotifications { event email browser } otherNotifications { event email browser } } }": types.AccessAgent2Document,
    "mutation AccessCreateTeam3 { createTeam(name: \"Read Only Team\") { id } }": types.AccessCreateTeam3Document,
    "query AccessTeams2 { teams { id } }": types.AccessTeams2Document,
    "mutation AccessRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": types.AccessRevokeApiTokenDocument,
    "mutation AccessChangePassword { changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") { id } }": types.AccessChangePasswordDocument,
    "query AccessOutbox { outbox { toAddress subject } }": types.AccessOutboxDocument,
    "mutation AccessRevokeApiToken2($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": types.AccessRevokeApiToken2Document,
    "query AccessViewer5 { viewer { id } }": types.AccessViewer5Document,
    "mutation AccessCreateTeam4 { createTeam(name: \"Demoted Team\") { id } }": types.AccessCreateTeam4Document,
    "mutation AccessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.AccessLoginDocument,
    "mutation AccessInviteAgent2 { inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) { id } }": types.AccessInviteAgent2Document,
    "mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }": types.AccessCopyAgentSettings2Document,
    "mutation AccessCreateTeam5 { createTeam(name: \"Promoted Team\") { name } }": types.AccessCreateTeam5Document,
    "mutation AgentChangesDeleteAgent { deleteAgent(id: \"987654\") }": types.AgentChangesDeleteAgentDocument,
    "query AgentChangesViewer { viewer { id } }": types.AgentChangesViewerDocument,
    "mutation AgentChangesLogin { login(email: \"disable.me@example.com\", password: \"agent-password-1\") { token } }": types.AgentChangesLoginDocument,
    "mutation AgentChangesDeleteAgent2($id: ID!) { deleteAgent(id: $id) }": types.AgentChangesDeleteAgent2Document,
    "mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) { ...TestAgent } }": types.AgentChangesCopyDocument,
    "mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": types.AgentLinkLogSetTeamMembersDocument,
    "mutation AgentLinkLogCreateTeam($n: String!) { createTeam(name: $n) { id } }": types.AgentLinkLogCreateTeamDocument,
    "mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": types.AgentLinkLogCreatePermissionGroupDocument,
    "mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }": types.AgentLinkLogUpdatePermissionGroupDocument,
    "mutation AgentLinkLogDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }": types.AgentLinkLogDeletePermissionGroupDocument,
    "mutation AgentLinkLogDeleteTeam($id: ID!) { deleteTeam(id: $id) }": types.AgentLinkLogDeleteTeamDocument,
    "mutation AgentLinkLogCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": types.AgentLinkLogCreateDepartmentDocument,
    "mutation AgentLinkLogDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }": types.AgentLinkLogDeleteDepartmentDocument,
    "mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": types.AgentLinkLogUpdateAgentDocument,
    "query AgentLinkLogViewer { viewer { id } }": types.AgentLinkLogViewerDocument,
    "mutation AgentsCreatePermissionGroup { createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) { id } }": types.AgentsCreatePermissionGroupDocument,
    "query AuthViewer { viewer { id email isAdmin mustChangePassword } }": types.AuthViewerDocument,
    "mutation AuthLogin { login(email: \"ADMIN@example.com\", password: \"correct horse battery\") { token agent { email isAdmin } } }": types.AuthLoginDocument,
    "query AuthAgents { agents { totalCount } }": types.AuthAgentsDocument,
    "mutation AuthLogin2 { login(email: \"admin@example.com\", password: \"nope-nope-nope\") { token } }": types.AuthLogin2Document,
    "mutation AuthLogin3 { login(email: \"ghost@example.com\", password: \"nope-nope-nope\") { token } }": types.AuthLogin3Document,
    "mutation AuthLogin4 { login(email: \"victim@example.com\", password: \"guess-guess-1\") { token } }": types.AuthLogin4Document,
    "mutation AuthLogin5 { login(email: \"victim@example.com\", password: \"victim-password-1\") { token } }": types.AuthLogin5Document,
    "mutation AuthLogin6 { login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token } }": types.AuthLogin6Document,
    "mutation AuthLogin7 {\n      a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n      b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n    }": types.AuthLogin7Document,
    "mutation AuthCreateAgent { createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) { temporaryPassword agent { id mustChangePassword } } }": types.AuthCreateAgentDocument,
    "mutation AuthChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"short\") { id } }": types.AuthChangePasswordDocument,
    "mutation AuthChangePassword2($c: String!) { changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") { mustChangePassword } }": types.AuthChangePassword2Document,
    "mutation AuthLoginTemp($p: String!) { login(email: \"newbie@example.com\", password: $p) { token } }": types.AuthLoginTempDocument,
    "mutation AuthChangePassword3 { changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") { id } }": types.AuthChangePassword3Document,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "query ConcurrencyViewer { viewer { id } }": types.ConcurrencyViewerDocument,
    "mutation EmailIdentityLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.EmailIdentityLoginDocument,
    "mutation EmailIdentityInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }": types.EmailIdentityInviteAgentDocument,
    "query FirstAdminViewer { viewer { name email isAdmin } }": types.FirstAdminViewerDocument,
    "fragment GroupsGroup on PermissionGroup { id name builtIn permissions departments { department { id name } access } }": types.GroupsGroupFragmentDoc,
    "query GroupsList { permissionGroups { ...GroupsGroup } }": types.GroupsListDocument,
    "mutation GroupsCreate($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { ...GroupsGroup } }": types.GroupsCreateDocument,
    "mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { ...GroupsGroup } }": types.GroupsUpdateDocument,
    "mutation GroupsDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }": types.GroupsDeletePermissionGroupDocument,
    "query GroupsAgent($id: ID!) { agent(id: $id) { id permissions effectivePermissions permissionGroups { id name } } }": types.GroupsAgentDocument,
    "query GroupsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }": types.GroupsAgentsDocument,
    "mutation GroupsCreateDepartment($n: String!) { createDepartment(name: $n) { id } }": types.GroupsCreateDepartmentDocument,
    "query GroupsPermissionCatalog { permissionCatalog { key label category destructive } }": types.GroupsPermissionCatalogDocument,
    "query GroupsViewer { viewer { permissionGroups { id } } }": types.GroupsViewerDocument,
    "query GroupsChangeLog($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue newValue } } } }": types.GroupsChangeLogDocument,
    "query GroupsViewer2 { viewer { effectivePermissions } }": types.GroupsViewer2Document,
    "query GroupsChangeLog2($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue } } } }": types.GroupsChangeLog2Document,
    "query GroupsPermissionGroups { permissionGroups { id } }": types.GroupsPermissionGroupsDocument,
    "query GroupsAgent2($id: ID!) { agent(id: $id) { departments { access department { name } } effectiveDepartments { access department { name } } } }": types.GroupsAgent2Document,
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
    "mutation InputFormatInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }": types.InputFormatInviteAgentDocument,
    "mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": types.InputFormatCreatePermissionGroupDocument,
    "mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }": types.InputFormatUpdatePermissionGroupDocument,
    "query InputFormatAgents($i: AgentFilter) { agents(filter: $i, first: 1) { totalCount } }": types.InputFormatAgentsDocument,
    "query InputFormatInputTypes { __schema { types { name kind inputFields { name type { kind } } } } }": types.InputFormatInputTypesDocument,
    "mutation InputFormatCopyAgentSettings { copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) { id } }": types.InputFormatCopyAgentSettingsDocument,
    "query LicenseLicense { license { seats used available } }": types.LicenseLicenseDocument,
    "mutation LicenseCreateAgent($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }": types.LicenseCreateAgentDocument,
    "mutation LicenseInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }": types.LicenseInviteAgentDocument,
    "mutation LicenseDeleteAgent($id: ID!) { deleteAgent(id: $id) }": types.LicenseDeleteAgentDocument,
    "mutation LicenseRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }": types.LicenseRevokeInvitationDocument,
    "mutation LicenseAcceptInvitation($t: String!) { acceptInvitation(token: $t, password: \"accept-password-1\") { token } }": types.LicenseAcceptInvitationDocument,
    "query LimitsViewer { viewer { id } }": types.LimitsViewerDocument,
    "mutation LimitsCreateTeam { createTeam(name: \"Deep Team\") { id } }": types.LimitsCreateTeamDocument,
    "mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": types.LimitsSetTeamMembersDocument,
    "query LimitsAgents { agents(first: 1) { edges { node { departments { department { id name } } } } } a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) { edges { node { id } } } }": types.LimitsAgentsDocument,
    "query LimitsViewer2 { viewer { teams { members { teams { members { id email } } } } } }": types.LimitsViewer2Document,
    "query LimitsAgents2 { agents(first: 100) { edges { node { teams { id } permissionGroups { id } departments { department { id } } } } } }": types.LimitsAgents2Document,
    "query LimitsAgents4($n: Int!) { agents(first: $n) { totalCount edges { node {\n      id email teams { id name } permissionGroups { id name permissions }\n      departments { access department { id name } } effectivePermissions } } } }": types.LimitsAgents4Document,
    "query LimitsViewer3 { viewer { email } }": types.LimitsViewer3Document,
    "query LimitsIntrospection { __schema { queryType { name } } __type(name: \"Agent\") { name } }": types.LimitsIntrospectionDocument,
    "query LimitsDepartments { departments { id name } }": types.LimitsDepartmentsDocument,
    "query LimitsDepartments2 { departments { id } }": types.LimitsDepartments2Document,
    "mutation LimitsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.LimitsLoginDocument,
    "mutation OnboardingInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id email status isAdmin createdAt expiresAt } }": types.OnboardingInviteAgentDocument,
    "mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) {\n  token agent { id email name isAdmin teams { name } permissionGroups { id } } } }": types.OnboardingAcceptInvitationDocument,
    "mutation OnboardingCreateAgent { createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n      temporaryPassword agent { id } } }": types.OnboardingCreateAgentDocument,
    "query OnboardingLicense { license { used } }": types.OnboardingLicenseDocument,
    "mutation OnboardingCreateAgent2 { createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) { agent { id } } }": types.OnboardingCreateAgent2Document,
    "query OnboardingInvitations { invitations { id status } }": types.OnboardingInvitationsDocument,
    "mutation OnboardingCreateAgent3 { createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) { agent { id } } }": types.OnboardingCreateAgent3Document,
    "mutation OnboardingCreateTeam { createTeam(name: \"Night Shift\") { id } }": types.OnboardingCreateTeamDocument,
    "query OnboardingInvitations2 { invitations(status: PENDING) { email invitedByName createdAt } }": types.OnboardingInvitations2Document,
    "query OnboardingViewer { viewer { email } }": types.OnboardingViewerDocument,
    "query OnboardingInvitations3 { invitations { email status } }": types.OnboardingInvitations3Document,
    "mutation OnboardingResendInvitation($id: ID!) { resendInvitation(id: $id) { id status } }": types.OnboardingResendInvitationDocument,
    "mutation OnboardingRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }": types.OnboardingRevokeInvitationDocument,
    "query OnboardingInvitations4 { invitations(status: REVOKED) { email } }": types.OnboardingInvitations4Document,
    "query OnboardingChangeLog($id: ID!) { changeLog(entityType: INVITATION, entityId: $id) { edges { node { field newValue actorName } } } }": types.OnboardingChangeLogDocument,
    "query OnboardingInvitations5 { invitations(status: EXPIRED) { email status } }": types.OnboardingInvitations5Document,
    "query OnboardingInvitations6 { invitations { id } }": types.OnboardingInvitations6Document,
    "mutation OnboardingCreateAgent4 { createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) { agent { id } } }": types.OnboardingCreateAgent4Document,
    "query OnboardingOutbox { outbox(status: FAILED) { id toAddress status attempts lastError } }": types.OnboardingOutboxDocument,
    "mutation OnboardingRetryOutboxMessage($id: ID!) { retryOutboxMessage(id: $id) { status } }": types.OnboardingRetryOutboxMessageDocument,
    "query OnboardingOutbox2 { outbox(status: FAILED) { id } }": types.OnboardingOutbox2Document,
    "query ScaleOutViewer { viewer { email } }": types.ScaleOutViewerDocument,
    "mutation ScaleOutLogout { logout }": types.ScaleOutLogoutDocument,
    "mutation ScaleOutLogin { login(email: \"admin@example.com\", password: \"not-the-password\") { token } }": types.ScaleOutLoginDocument,
    "mutation ScaleOutCreateAgent { createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) { agent { id } } }": types.ScaleOutCreateAgentDocument,
    "mutation ScaleOutCreateAgent2($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }": types.ScaleOutCreateAgent2Document,
    "mutation ScaleOutInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }": types.ScaleOutInviteAgentDocument,
    "query ScaleOutLicense { license { seats used available } }": types.ScaleOutLicenseDocument,
    "query SeedViewer { viewer { email isAdmin teams { name } permissionGroups { name } effectivePermissions } }": types.SeedViewerDocument,
    "mutation SeedLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.SeedLoginDocument,
    "query SeedAgents { agents(first: 100) { totalCount edges { node { email departments { access department { name } } } } } }": types.SeedAgentsDocument,
    "query ServingViewer { viewer { id } }": types.ServingViewerDocument,
    "mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n    copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) { id } }": types.StatementCountCopyAgentSettingsDocument,
    "query StatementCountAgent($id: ID!) { agent(id: $id) { timezone teams { name } } }": types.StatementCountAgentDocument,
    "query TeamsDepartmentsTeams { teams { id name members { id name } } }": types.TeamsDepartmentsTeamsDocument,
    "mutation TeamsDepartmentsCreateTeam($n: String!) { createTeam(name: $n) { id name members { id } } }": types.TeamsDepartmentsCreateTeamDocument,
    "mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) { renameTeam(id: $id, name: $n) { id name } }": types.TeamsDepartmentsRenameTeamDocument,
    "mutation TeamsDepartmentsDeleteTeam($id: ID!) { deleteTeam(id: $id) }": types.TeamsDepartmentsDeleteTeamDocument,
    "mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id name members { id name } } }": types.TeamsDepartmentsSetTeamMembersDocument,
    "query TeamsDepartmentsDepartments { departments { id name } }": types.TeamsDepartmentsDepartmentsDocument,
    "mutation TeamsDepartmentsCreateDepartment($n: String!) { createDepartment(name: $n) { id name } }": types.TeamsDepartmentsCreateDepartmentDocument,
    "mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) { renameDepartment(id: $id, name: $n) { id name } }": types.TeamsDepartmentsRenameDepartmentDocument,
    "mutation TeamsDepartmentsDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }": types.TeamsDepartmentsDeleteDepartmentDocument,
    "query TeamsDepartmentsAgent($id: ID!) { agent(id: $id) { id teams { id name } departments { department { id name } access } } }": types.TeamsDepartmentsAgentDocument,
    "mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }": types.TeamsDepartmentsUpdateAgentDocument,
    "query TeamsDepartmentsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }": types.TeamsDepartmentsAgentsDocument,
    "query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) { changeLog(entityType: $type, entityId: $id) {\n  totalCount edges { node { field oldValue newValue actorName } } } }": types.TeamsDepartmentsChangeLogDocument,
    "query TeamsDepartmentsViewer { viewer { name } }": types.TeamsDepartmentsViewerDocument,
    "mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }": types.TeamsDepartmentsSetTeamMembers2Document,
    "mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }": types.TeamsDepartmentsCreatePermissionGroupDocument,
    "query TeamsDepartmentsPermissionGroups { permissionGroups { id departments { department { id } } } }": types.TeamsDepartmentsPermissionGroupsDocument,
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
export function graphql(source: "mutation AbuseLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation AbuseLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseAcceptInvitation { acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") { token } }"): (typeof documents)["mutation AbuseAcceptInvitation { acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"another-password-2\") { id } }"): (typeof documents)["mutation AbuseChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"another-password-2\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }"): (typeof documents)["mutation AbuseCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseViewer { viewer { email } }"): (typeof documents)["query AbuseViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseUpdateAgent($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: false }) { id } }"): (typeof documents)["mutation AbuseUpdateAgent($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: false }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: true }) { mustChangePassword } }"): (typeof documents)["mutation AbuseUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { forcePasswordChange: true }) { mustChangePassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseAgents { agents { totalCount } }"): (typeof documents)["query AbuseAgents { agents { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer { viewer { id name alias phone isAdmin } }"): (typeof documents)["query AccessViewer { viewer { id name alias phone isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id isAdmin } } }"): (typeof documents)["mutation AccessCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { agent { id isAdmin } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id name alias phone isAdmin } }"): (typeof documents)["mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id name alias phone isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateApiToken($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token apiToken { id name prefix scopes lastUsedAt revokedAt } } }"): (typeof documents)["mutation AccessCreateApiToken($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token apiToken { id name prefix scopes lastUsedAt revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessApiTokens { apiTokens(includeRevoked: true) { id name prefix lastUsedAt revokedAt } }"): (typeof documents)["query AccessApiTokens { apiTokens(includeRevoked: true) { id name prefix lastUsedAt revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAgents { agents(first: 100) { totalCount edges { node { id email } } } }"): (typeof documents)["query AccessAgents { agents(first: 100) { totalCount edges { node { id email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreatePermissionGroup { createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) { id } }"): (typeof documents)["mutation AccessCreatePermissionGroup { createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer2 { viewer { teams { members { email } } } }"): (typeof documents)["query AccessViewer2 { viewer { teams { members { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer3 { viewer { id email } }"): (typeof documents)["query AccessViewer3 { viewer { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer4 { viewer { email mustChangePassword } }"): (typeof documents)["query AccessViewer4 { viewer { email mustChangePassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateTeam { createTeam(name: \"Existing Team\") { id } }"): (typeof documents)["mutation AccessCreateTeam { createTeam(name: \"Existing Team\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDeleteAgent($id: ID!) { deleteAgent(id: $id) }"): (typeof documents)["mutation AccessDeleteAgent($id: ID!) { deleteAgent(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateTeam2 { createTeam(name: \"Sneaky Team\") { id } }"): (typeof documents)["mutation AccessCreateTeam2 { createTeam(name: \"Sneaky Team\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"): (typeof documents)["mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreatePermissionGroup2 { createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) { id } }"): (typeof documents)["mutation AccessCreatePermissionGroup2 { createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateDepartment { createDepartment(name: \"Sneaky Department\") { id } }"): (typeof documents)["mutation AccessCreateDepartment { createDepartment(name: \"Sneaky Department\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessInviteAgent { inviteAgent(input: { email: \"invitee@example.com\" }) { id } }"): (typeof documents)["mutation AccessInviteAgent { inviteAgent(input: { email: \"invitee@example.com\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLicense { license { seats used available } }"): (typeof documents)["query AccessLicense { license { seats used available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessInvitations { invitations { id } }"): (typeof documents)["query AccessInvitations { invitations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) { id } }"): (typeof documents)["mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLicense2 { license { seats } }"): (typeof documents)["query AccessLicense2 { license { seats } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateDepartment2 { createDepartment(name: \"Admin Department\") { name } }"): (typeof documents)["mutation AccessCreateDepartment2 { createDepartment(name: \"Admin Department\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAgent($id: ID!) { agent(id: $id) { alias } }"): (typeof documents)["query AccessAgent($id: ID!) { agent(id: $id) { alias } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTeams { teams { id } permissionGroups { id } departments { id } permissionCatalog { key } }"): (typeof documents)["query AccessTeams { teams { id } permissionGroups { id } departments { id } permissionCatalog { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAgent2($id: ID!) { agent(id: $id) { canEditOwnTicketNotifications ticketNotifications { event email browser } otherNotifications { event email browser } } }"): (typeof documents)["query AccessAgent2($id: ID!) { agent(id: $id) { canEditOwnTicketNotifications ticketNotifications { event email browser } otherNotifications { event email browser } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateTeam3 { createTeam(name: \"Read Only Team\") { id } }"): (typeof documents)["mutation AccessCreateTeam3 { createTeam(name: \"Read Only Team\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTeams2 { teams { id } }"): (typeof documents)["query AccessTeams2 { teams { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"): (typeof documents)["mutation AccessRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessChangePassword { changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") { id } }"): (typeof documents)["mutation AccessChangePassword { changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessOutbox { outbox { toAddress subject } }"): (typeof documents)["query AccessOutbox { outbox { toAddress subject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRevokeApiToken2($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }"): (typeof documents)["mutation AccessRevokeApiToken2($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer5 { viewer { id } }"): (typeof documents)["query AccessViewer5 { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateTeam4 { createTeam(name: \"Demoted Team\") { id } }"): (typeof documents)["mutation AccessCreateTeam4 { createTeam(name: \"Demoted Team\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation AccessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessInviteAgent2 { inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) { id } }"): (typeof documents)["mutation AccessInviteAgent2 { inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }"): (typeof documents)["mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) { copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateTeam5 { createTeam(name: \"Promoted Team\") { name } }"): (typeof documents)["mutation AccessCreateTeam5 { createTeam(name: \"Promoted Team\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentChangesDeleteAgent { deleteAgent(id: \"987654\") }"): (typeof documents)["mutation AgentChangesDeleteAgent { deleteAgent(id: \"987654\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgentChangesViewer { viewer { id } }"): (typeof documents)["query AgentChangesViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentChangesLogin { login(email: \"disable.me@example.com\", password: \"agent-password-1\") { token } }"): (typeof documents)["mutation AgentChangesLogin { login(email: \"disable.me@example.com\", password: \"agent-password-1\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentChangesDeleteAgent2($id: ID!) { deleteAgent(id: $id) }"): (typeof documents)["mutation AgentChangesDeleteAgent2($id: ID!) { deleteAgent(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) { ...TestAgent } }"): (typeof documents)["mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) { ...TestAgent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"): (typeof documents)["mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogCreateTeam($n: String!) { createTeam(name: $n) { id } }"): (typeof documents)["mutation AgentLinkLogCreateTeam($n: String!) { createTeam(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"): (typeof documents)["mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }"): (typeof documents)["mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }"): (typeof documents)["mutation AgentLinkLogDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogDeleteTeam($id: ID!) { deleteTeam(id: $id) }"): (typeof documents)["mutation AgentLinkLogDeleteTeam($id: ID!) { deleteTeam(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"): (typeof documents)["mutation AgentLinkLogCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }"): (typeof documents)["mutation AgentLinkLogDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }"): (typeof documents)["mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgentLinkLogViewer { viewer { id } }"): (typeof documents)["query AgentLinkLogViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgentsCreatePermissionGroup { createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) { id } }"): (typeof documents)["mutation AgentsCreatePermissionGroup { createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer { viewer { id email isAdmin mustChangePassword } }"): (typeof documents)["query AuthViewer { viewer { id email isAdmin mustChangePassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin { login(email: \"ADMIN@example.com\", password: \"correct horse battery\") { token agent { email isAdmin } } }"): (typeof documents)["mutation AuthLogin { login(email: \"ADMIN@example.com\", password: \"correct horse battery\") { token agent { email isAdmin } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAgents { agents { totalCount } }"): (typeof documents)["query AuthAgents { agents { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin2 { login(email: \"admin@example.com\", password: \"nope-nope-nope\") { token } }"): (typeof documents)["mutation AuthLogin2 { login(email: \"admin@example.com\", password: \"nope-nope-nope\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin3 { login(email: \"ghost@example.com\", password: \"nope-nope-nope\") { token } }"): (typeof documents)["mutation AuthLogin3 { login(email: \"ghost@example.com\", password: \"nope-nope-nope\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin4 { login(email: \"victim@example.com\", password: \"guess-guess-1\") { token } }"): (typeof documents)["mutation AuthLogin4 { login(email: \"victim@example.com\", password: \"guess-guess-1\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin5 { login(email: \"victim@example.com\", password: \"victim-password-1\") { token } }"): (typeof documents)["mutation AuthLogin5 { login(email: \"victim@example.com\", password: \"victim-password-1\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin6 { login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token } }"): (typeof documents)["mutation AuthLogin6 { login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin7 {\n      a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n      b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n    }"): (typeof documents)["mutation AuthLogin7 {\n      a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n      b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") { token }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateAgent { createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) { temporaryPassword agent { id mustChangePassword } } }"): (typeof documents)["mutation AuthCreateAgent { createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) { temporaryPassword agent { id mustChangePassword } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"short\") { id } }"): (typeof documents)["mutation AuthChangePassword($c: String!) { changePassword(currentPassword: $c, newPassword: \"short\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword2($c: String!) { changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") { mustChangePassword } }"): (typeof documents)["mutation AuthChangePassword2($c: String!) { changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") { mustChangePassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLoginTemp($p: String!) { login(email: \"newbie@example.com\", password: $p) { token } }"): (typeof documents)["mutation AuthLoginTemp($p: String!) { login(email: \"newbie@example.com\", password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword3 { changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") { id } }"): (typeof documents)["mutation AuthChangePassword3 { changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): (typeof documents)["mutation AuthLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrencyViewer { viewer { id } }"): (typeof documents)["query ConcurrencyViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailIdentityLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation EmailIdentityLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmailIdentityInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }"): (typeof documents)["mutation EmailIdentityInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstAdminViewer { viewer { name email isAdmin } }"): (typeof documents)["query FirstAdminViewer { viewer { name email isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GroupsGroup on PermissionGroup { id name builtIn permissions departments { department { id name } access } }"): (typeof documents)["fragment GroupsGroup on PermissionGroup { id name builtIn permissions departments { department { id name } access } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsList { permissionGroups { ...GroupsGroup } }"): (typeof documents)["query GroupsList { permissionGroups { ...GroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupsCreate($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { ...GroupsGroup } }"): (typeof documents)["mutation GroupsCreate($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { ...GroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { ...GroupsGroup } }"): (typeof documents)["mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { ...GroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupsDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }"): (typeof documents)["mutation GroupsDeletePermissionGroup($id: ID!) { deletePermissionGroup(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsAgent($id: ID!) { agent(id: $id) { id permissions effectivePermissions permissionGroups { id name } } }"): (typeof documents)["query GroupsAgent($id: ID!) { agent(id: $id) { id permissions effectivePermissions permissionGroups { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }"): (typeof documents)["query GroupsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupsCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"): (typeof documents)["mutation GroupsCreateDepartment($n: String!) { createDepartment(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsPermissionCatalog { permissionCatalog { key label category destructive } }"): (typeof documents)["query GroupsPermissionCatalog { permissionCatalog { key label category destructive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsViewer { viewer { permissionGroups { id } } }"): (typeof documents)["query GroupsViewer { viewer { permissionGroups { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsChangeLog($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue newValue } } } }"): (typeof documents)["query GroupsChangeLog($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue newValue } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsViewer2 { viewer { effectivePermissions } }"): (typeof documents)["query GroupsViewer2 { viewer { effectivePermissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsChangeLog2($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue } } } }"): (typeof documents)["query GroupsChangeLog2($id: ID!) { changeLog(entityType: PERMISSION_GROUP, entityId: $id) { edges { node { field oldValue } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsPermissionGroups { permissionGroups { id } }"): (typeof documents)["query GroupsPermissionGroups { permissionGroups { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupsAgent2($id: ID!) { agent(id: $id) { departments { access department { name } } effectiveDepartments { access department { name } } } }"): (typeof documents)["query GroupsAgent2($id: ID!) { agent(id: $id) { departments { access department { name } } effectiveDepartments { access department { name } } } }"];
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
export function graphql(source: "mutation InputFormatInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }"): (typeof documents)["mutation InputFormatInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"): (typeof documents)["mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }"): (typeof documents)["mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) { updatePermissionGroup(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputFormatAgents($i: AgentFilter) { agents(filter: $i, first: 1) { totalCount } }"): (typeof documents)["query InputFormatAgents($i: AgentFilter) { agents(filter: $i, first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputFormatInputTypes { __schema { types { name kind inputFields { name type { kind } } } } }"): (typeof documents)["query InputFormatInputTypes { __schema { types { name kind inputFields { name type { kind } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputFormatCopyAgentSettings { copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) { id } }"): (typeof documents)["mutation InputFormatCopyAgentSettings { copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LicenseLicense { license { seats used available } }"): (typeof documents)["query LicenseLicense { license { seats used available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseCreateAgent($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }"): (typeof documents)["mutation LicenseCreateAgent($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }"): (typeof documents)["mutation LicenseInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseDeleteAgent($id: ID!) { deleteAgent(id: $id) }"): (typeof documents)["mutation LicenseDeleteAgent($id: ID!) { deleteAgent(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }"): (typeof documents)["mutation LicenseRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseAcceptInvitation($t: String!) { acceptInvitation(token: $t, password: \"accept-password-1\") { token } }"): (typeof documents)["mutation LicenseAcceptInvitation($t: String!) { acceptInvitation(token: $t, password: \"accept-password-1\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsViewer { viewer { id } }"): (typeof documents)["query LimitsViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCreateTeam { createTeam(name: \"Deep Team\") { id } }"): (typeof documents)["mutation LimitsCreateTeam { createTeam(name: \"Deep Team\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"): (typeof documents)["mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsAgents { agents(first: 1) { edges { node { departments { department { id name } } } } } a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) { edges { node { id } } } }"): (typeof documents)["query LimitsAgents { agents(first: 1) { edges { node { departments { department { id name } } } } } a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsViewer2 { viewer { teams { members { teams { members { id email } } } } } }"): (typeof documents)["query LimitsViewer2 { viewer { teams { members { teams { members { id email } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsAgents2 { agents(first: 100) { edges { node { teams { id } permissionGroups { id } departments { department { id } } } } } }"): (typeof documents)["query LimitsAgents2 { agents(first: 100) { edges { node { teams { id } permissionGroups { id } departments { department { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsAgents4($n: Int!) { agents(first: $n) { totalCount edges { node {\n      id email teams { id name } permissionGroups { id name permissions }\n      departments { access department { id name } } effectivePermissions } } } }"): (typeof documents)["query LimitsAgents4($n: Int!) { agents(first: $n) { totalCount edges { node {\n      id email teams { id name } permissionGroups { id name permissions }\n      departments { access department { id name } } effectivePermissions } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsViewer3 { viewer { email } }"): (typeof documents)["query LimitsViewer3 { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsIntrospection { __schema { queryType { name } } __type(name: \"Agent\") { name } }"): (typeof documents)["query LimitsIntrospection { __schema { queryType { name } } __type(name: \"Agent\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsDepartments { departments { id name } }"): (typeof documents)["query LimitsDepartments { departments { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsDepartments2 { departments { id } }"): (typeof documents)["query LimitsDepartments2 { departments { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation LimitsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id email status isAdmin createdAt expiresAt } }"): (typeof documents)["mutation OnboardingInviteAgent($i: InviteAgentInput!) { inviteAgent(input: $i) { id email status isAdmin createdAt expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) {\n  token agent { id email name isAdmin teams { name } permissionGroups { id } } } }"): (typeof documents)["mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) {\n  token agent { id email name isAdmin teams { name } permissionGroups { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingCreateAgent { createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n      temporaryPassword agent { id } } }"): (typeof documents)["mutation OnboardingCreateAgent { createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n      temporaryPassword agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingLicense { license { used } }"): (typeof documents)["query OnboardingLicense { license { used } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingCreateAgent2 { createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) { agent { id } } }"): (typeof documents)["mutation OnboardingCreateAgent2 { createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations { invitations { id status } }"): (typeof documents)["query OnboardingInvitations { invitations { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingCreateAgent3 { createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) { agent { id } } }"): (typeof documents)["mutation OnboardingCreateAgent3 { createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingCreateTeam { createTeam(name: \"Night Shift\") { id } }"): (typeof documents)["mutation OnboardingCreateTeam { createTeam(name: \"Night Shift\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations2 { invitations(status: PENDING) { email invitedByName createdAt } }"): (typeof documents)["query OnboardingInvitations2 { invitations(status: PENDING) { email invitedByName createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingViewer { viewer { email } }"): (typeof documents)["query OnboardingViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations3 { invitations { email status } }"): (typeof documents)["query OnboardingInvitations3 { invitations { email status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingResendInvitation($id: ID!) { resendInvitation(id: $id) { id status } }"): (typeof documents)["mutation OnboardingResendInvitation($id: ID!) { resendInvitation(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }"): (typeof documents)["mutation OnboardingRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations4 { invitations(status: REVOKED) { email } }"): (typeof documents)["query OnboardingInvitations4 { invitations(status: REVOKED) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingChangeLog($id: ID!) { changeLog(entityType: INVITATION, entityId: $id) { edges { node { field newValue actorName } } } }"): (typeof documents)["query OnboardingChangeLog($id: ID!) { changeLog(entityType: INVITATION, entityId: $id) { edges { node { field newValue actorName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations5 { invitations(status: EXPIRED) { email status } }"): (typeof documents)["query OnboardingInvitations5 { invitations(status: EXPIRED) { email status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingInvitations6 { invitations { id } }"): (typeof documents)["query OnboardingInvitations6 { invitations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingCreateAgent4 { createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) { agent { id } } }"): (typeof documents)["mutation OnboardingCreateAgent4 { createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingOutbox { outbox(status: FAILED) { id toAddress status attempts lastError } }"): (typeof documents)["query OnboardingOutbox { outbox(status: FAILED) { id toAddress status attempts lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnboardingRetryOutboxMessage($id: ID!) { retryOutboxMessage(id: $id) { status } }"): (typeof documents)["mutation OnboardingRetryOutboxMessage($id: ID!) { retryOutboxMessage(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingOutbox2 { outbox(status: FAILED) { id } }"): (typeof documents)["query OnboardingOutbox2 { outbox(status: FAILED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleOutViewer { viewer { email } }"): (typeof documents)["query ScaleOutViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleOutLogout { logout }"): (typeof documents)["mutation ScaleOutLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleOutLogin { login(email: \"admin@example.com\", password: \"not-the-password\") { token } }"): (typeof documents)["mutation ScaleOutLogin { login(email: \"admin@example.com\", password: \"not-the-password\") { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleOutCreateAgent { createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) { agent { id } } }"): (typeof documents)["mutation ScaleOutCreateAgent { createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleOutCreateAgent2($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }"): (typeof documents)["mutation ScaleOutCreateAgent2($e: String!) { createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleOutInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }"): (typeof documents)["mutation ScaleOutInviteAgent($e: String!) { inviteAgent(input: { email: $e }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleOutLicense { license { seats used available } }"): (typeof documents)["query ScaleOutLicense { license { seats used available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedViewer { viewer { email isAdmin teams { name } permissionGroups { name } effectivePermissions } }"): (typeof documents)["query SeedViewer { viewer { email isAdmin teams { name } permissionGroups { name } effectivePermissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation SeedLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedAgents { agents(first: 100) { totalCount edges { node { email departments { access department { name } } } } } }"): (typeof documents)["query SeedAgents { agents(first: 100) { totalCount edges { node { email departments { access department { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServingViewer { viewer { id } }"): (typeof documents)["query ServingViewer { viewer { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n    copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) { id } }"): (typeof documents)["mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n    copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementCountAgent($id: ID!) { agent(id: $id) { timezone teams { name } } }"): (typeof documents)["query StatementCountAgent($id: ID!) { agent(id: $id) { timezone teams { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsTeams { teams { id name members { id name } } }"): (typeof documents)["query TeamsDepartmentsTeams { teams { id name members { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsCreateTeam($n: String!) { createTeam(name: $n) { id name members { id } } }"): (typeof documents)["mutation TeamsDepartmentsCreateTeam($n: String!) { createTeam(name: $n) { id name members { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) { renameTeam(id: $id, name: $n) { id name } }"): (typeof documents)["mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) { renameTeam(id: $id, name: $n) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsDeleteTeam($id: ID!) { deleteTeam(id: $id) }"): (typeof documents)["mutation TeamsDepartmentsDeleteTeam($id: ID!) { deleteTeam(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id name members { id name } } }"): (typeof documents)["mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id name members { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsDepartments { departments { id name } }"): (typeof documents)["query TeamsDepartmentsDepartments { departments { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsCreateDepartment($n: String!) { createDepartment(name: $n) { id name } }"): (typeof documents)["mutation TeamsDepartmentsCreateDepartment($n: String!) { createDepartment(name: $n) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) { renameDepartment(id: $id, name: $n) { id name } }"): (typeof documents)["mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) { renameDepartment(id: $id, name: $n) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }"): (typeof documents)["mutation TeamsDepartmentsDeleteDepartment($id: ID!) { deleteDepartment(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsAgent($id: ID!) { agent(id: $id) { id teams { id name } departments { department { id name } access } } }"): (typeof documents)["query TeamsDepartmentsAgent($id: ID!) { agent(id: $id) { id teams { id name } departments { department { id name } access } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }"): (typeof documents)["mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }"): (typeof documents)["query TeamsDepartmentsAgents($f: AgentFilter) { agents(filter: $f, first: 100) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) { changeLog(entityType: $type, entityId: $id) {\n  totalCount edges { node { field oldValue newValue actorName } } } }"): (typeof documents)["query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) { changeLog(entityType: $type, entityId: $id) {\n  totalCount edges { node { field oldValue newValue actorName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsViewer { viewer { name } }"): (typeof documents)["query TeamsDepartmentsViewer { viewer { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"): (typeof documents)["mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"): (typeof documents)["mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) { createPermissionGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDepartmentsPermissionGroups { permissionGroups { id departments { department { id } } } }"): (typeof documents)["query TeamsDepartmentsPermissionGroups { permissionGroups { id departments { department { id } } } }"];
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