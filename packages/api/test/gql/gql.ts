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
    "\n  mutation AbuseLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.AbuseLoginDocument,
    "\n          mutation AbuseAcceptInvitation {\n            acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") {\n              token\n            }\n          }\n        ": typeof types.AbuseAcceptInvitationDocument,
    "\n          mutation AbuseChangePassword($c: String!) {\n            changePassword(currentPassword: $c, newPassword: \"another-password-2\") {\n              id\n            }\n          }\n        ": typeof types.AbuseChangePasswordDocument,
    "\n        mutation AbuseCreateAgent($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.AbuseCreateAgentDocument,
    "\n            query AbuseViewer {\n              viewer {\n                email\n              }\n            }\n          ": typeof types.AbuseViewerDocument,
    "\n        query AbuseViewer {\n          viewer {\n            email\n          }\n        }\n      ": typeof types.AbuseViewerDocument,
    "\n        mutation AbuseUpdateAgent($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: false }) {\n            id\n          }\n        }\n      ": typeof types.AbuseUpdateAgentDocument,
    "\n        mutation AbuseUpdateAgent2($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: true }) {\n            mustChangePassword\n          }\n        }\n      ": typeof types.AbuseUpdateAgent2Document,
    "\n            query AbuseAgents {\n              agents {\n                totalCount\n              }\n            }\n          ": typeof types.AbuseAgentsDocument,
    "\n        mutation AccessCreatePermissionGroup {\n          createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) {\n            id\n          }\n        }\n      ": typeof types.AccessCreatePermissionGroupDocument,
    "\n              mutation AccessInviteAgent2 {\n                inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) {\n                  id\n                }\n              }\n            ": typeof types.AccessInviteAgent2Document,
    "\n              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {\n                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n                  id\n                }\n              }\n            ": typeof types.AccessCopyAgentSettings2Document,
    "\n              mutation AccessCreateTeam5 {\n                createTeam(name: \"Promoted Team\") {\n                  name\n                }\n              }\n            ": typeof types.AccessCreateTeam5Document,
    "\n            mutation AccessCreateTeam {\n              createTeam(name: \"Existing Team\") {\n                id\n              }\n            }\n          ": typeof types.AccessCreateTeamDocument,
    "\n            mutation AccessCreateBusinessUnit {\n              createBusinessUnit(name: \"Existing Unit\") {\n                id\n              }\n            }\n          ": typeof types.AccessCreateBusinessUnitDocument,
    "\n            mutation AccessCreateBusinessUnit2 {\n              createBusinessUnit(name: \"Sneaky Unit\") {\n                id\n              }\n            }\n          ": typeof types.AccessCreateBusinessUnit2Document,
    "\n            mutation AccessRenameBusinessUnit($id: ID!) {\n              renameBusinessUnit(id: $id, name: \"Renamed Unit\") {\n                id\n              }\n            }\n          ": typeof types.AccessRenameBusinessUnitDocument,
    "\n            mutation AccessDeleteBusinessUnit($id: ID!) {\n              deleteBusinessUnit(id: $id)\n            }\n          ": typeof types.AccessDeleteBusinessUnitDocument,
    "\n            mutation AccessDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          ": typeof types.AccessDeleteAgentDocument,
    "\n            mutation AccessCreateTeam2 {\n              createTeam(name: \"Sneaky Team\") {\n                id\n              }\n            }\n          ": typeof types.AccessCreateTeam2Document,
    "\n            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {\n              setTeamMembers(id: $id, agentIds: $a) {\n                id\n              }\n            }\n          ": typeof types.AccessSetTeamMembersDocument,
    "\n            mutation AccessCreatePermissionGroup2 {\n              createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) {\n                id\n              }\n            }\n          ": typeof types.AccessCreatePermissionGroup2Document,
    "\n            mutation AccessCreateDepartment {\n              createDepartment(name: \"Sneaky Department\") {\n                id\n              }\n            }\n          ": typeof types.AccessCreateDepartmentDocument,
    "\n            mutation AccessInviteAgent {\n              inviteAgent(input: { email: \"invitee@example.com\" }) {\n                id\n              }\n            }\n          ": typeof types.AccessInviteAgentDocument,
    "\n            query AccessLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          ": typeof types.AccessLicenseDocument,
    "\n            query AccessInvitations {\n              invitations {\n                id\n              }\n            }\n          ": typeof types.AccessInvitationsDocument,
    "\n            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {\n              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {\n                id\n              }\n            }\n          ": typeof types.AccessCopyAgentSettingsDocument,
    "\n              query AccessLicense2 {\n                license {\n                  seats\n                }\n              }\n            ": typeof types.AccessLicense2Document,
    "\n              mutation AccessCreateDepartment2 {\n                createDepartment(name: \"Admin Department\") {\n                  name\n                }\n              }\n            ": typeof types.AccessCreateDepartment2Document,
    "\n              query AccessAgent($id: ID!) {\n                agent(id: $id) {\n                  alias\n                }\n              }\n            ": typeof types.AccessAgentDocument,
    "\n          query AccessTeams {\n            businessUnits {\n              name\n              agentCount\n            }\n            teams {\n              id\n            }\n            permissionGroups {\n              id\n            }\n            departments {\n              id\n            }\n            permissionCatalog {\n              key\n            }\n          }\n        ": typeof types.AccessTeamsDocument,
    "\n        query AccessAgent2($id: ID!) {\n          agent(id: $id) {\n            canEditOwnTicketNotifications\n            ticketNotifications {\n              event\n              email\n              browser\n            }\n            otherNotifications {\n              event\n              email\n              browser\n            }\n          }\n        }\n      ": typeof types.AccessAgent2Document,
    "\n  query AccessOutbox {\n    outbox {\n      toAddress\n      subject\n    }\n  }\n": typeof types.AccessOutboxDocument,
    "\n              mutation AccessCreateTeam3 {\n                createTeam(name: \"Read Only Team\") {\n                  id\n                }\n              }\n            ": typeof types.AccessCreateTeam3Document,
    "\n              query AccessBusinessUnits {\n                businessUnits {\n                  id\n                }\n              }\n            ": typeof types.AccessBusinessUnitsDocument,
    "\n              mutation AccessCreateBusinessUnit3 {\n                createBusinessUnit(name: \"Read Only Unit\") {\n                  id\n                }\n              }\n            ": typeof types.AccessCreateBusinessUnit3Document,
    "\n              query AccessTeams2 {\n                teams {\n                  id\n                }\n                businessUnits {\n                  id\n                }\n              }\n            ": typeof types.AccessTeams2Document,
    "\n              mutation AccessRevokeApiToken($id: ID!) {\n                revokeApiToken(id: $id) {\n                  id\n                }\n              }\n            ": typeof types.AccessRevokeApiTokenDocument,
    "\n              mutation AccessChangePassword {\n                changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") {\n                  id\n                }\n              }\n            ": typeof types.AccessChangePasswordDocument,
    "\n          mutation AccessRevokeApiToken2($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              revokedAt\n            }\n          }\n        ": typeof types.AccessRevokeApiToken2Document,
    "\n              query AccessViewer5 {\n                viewer {\n                  id\n                }\n              }\n            ": typeof types.AccessViewer5Document,
    "\n              mutation AccessCreateTeam4 {\n                createTeam(name: \"Demoted Team\") {\n                  id\n                }\n              }\n            ": typeof types.AccessCreateTeam4Document,
    "\n  mutation LightDoorsCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.LightDoorsCreateGroupDocument,
    "\n  mutation LightDoorsUpdateGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n": typeof types.LightDoorsUpdateGroupDocument,
    "\n  mutation LightDoorsCopy($from: ID!, $to: [ID!]!, $s: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $from, targetAgentIds: $to, sections: $s) {\n      id\n    }\n  }\n": typeof types.LightDoorsCopyDocument,
    "\n  mutation LightDoorsBulk($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $i) {\n      id\n    }\n  }\n": typeof types.LightDoorsBulkDocument,
    "\n  mutation LightDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": typeof types.LightDoorsInviteDocument,
    "\n  mutation LightDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LightDoorsAcceptDocument,
    "\n  query LightDoorsAgent($id: ID!) {\n    agent(id: $id) {\n      type\n      isAdmin\n      isReportsAdmin\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n      teams {\n        name\n      }\n    }\n  }\n": typeof types.LightDoorsAgentDocument,
    "\n  mutation LightAccessCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        permissions\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LightAccessCreateDocument,
    "\n  mutation LightAccessRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n    }\n  }\n": typeof types.LightAccessRenameOrgDocument,
    "\n  mutation LightAccessDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": typeof types.LightAccessDeleteOrgDocument,
    "\n  mutation LightAccessRenameUsergroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n    }\n  }\n": typeof types.LightAccessRenameUsergroupDocument,
    "\n  mutation LightAccessImportUsers($csv: String!) {\n    importUsersCsv(csv: $csv, dryRun: false) {\n      id\n    }\n  }\n": typeof types.LightAccessImportUsersDocument,
    "\n  mutation LightAccessUpdatePermissionGroup($id: ID!, $p: [String!]!) {\n    updatePermissionGroup(id: $id, input: { permissions: $p }) {\n      id\n    }\n  }\n": typeof types.LightAccessUpdatePermissionGroupDocument,
    "\n  mutation LightAccessCreatePermissionGroup($n: String!, $p: [String!]!) {\n    createPermissionGroup(input: { name: $n, permissions: $p }) {\n      id\n    }\n  }\n": typeof types.LightAccessCreatePermissionGroupDocument,
    "\n  query LightAccessLicense {\n    license {\n      used\n    }\n  }\n": typeof types.LightAccessLicenseDocument,
    "\n        mutation LightAccessJoinGroup($id: ID!, $i: UpdateAgentInput!) {\n          updateAgent(id: $id, input: $i) {\n            id\n          }\n        }\n      ": typeof types.LightAccessJoinGroupDocument,
    "\n        query LightAccessMe {\n          viewer {\n            effectivePermissions\n          }\n        }\n      ": typeof types.LightAccessMeDocument,
    "\n        mutation LightAccessConvert($id: ID!) {\n          updateAgent(id: $id, input: { type: LIGHT }) {\n            id\n            type\n            isAdmin\n          }\n        }\n      ": typeof types.LightAccessConvertDocument,
    "\n  query AccessViewer2 {\n    viewer {\n      teams {\n        members {\n          email\n        }\n      }\n    }\n  }\n": typeof types.AccessViewer2Document,
    "\n            query AccessViewer3 {\n              viewer {\n                id\n                email\n              }\n            }\n          ": typeof types.AccessViewer3Document,
    "\n            query AccessViewer4 {\n              viewer {\n                email\n                mustChangePassword\n              }\n            }\n          ": typeof types.AccessViewer4Document,
    "\n      mutation AccessLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": typeof types.AccessLoginDocument,
    "\n  query AvatarLatestActorImage($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 1) {\n      edges {\n        node {\n          actorAvatarUrl\n        }\n      }\n    }\n  }\n": typeof types.AvatarLatestActorImageDocument,
    "\n          query AvatarViewer {\n            viewer {\n              id\n              avatarUrl\n            }\n          }\n        ": typeof types.AvatarViewerDocument,
    "\n        mutation AvatarDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": typeof types.AvatarDeleteAgentDocument,
    "\n  mutation AgentChangesDeleteAgent2($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.AgentChangesDeleteAgent2Document,
    "\n              mutation AgentChangesDeleteAgent {\n                deleteAgent(id: \"987654\")\n              }\n            ": typeof types.AgentChangesDeleteAgentDocument,
    "\n              query AgentChangesViewer {\n                viewer {\n                  id\n                }\n              }\n            ": typeof types.AgentChangesViewerDocument,
    "\n              mutation AgentChangesLogin {\n                login(email: \"disable.me@example.com\", password: \"agent-password-1\") {\n                  token\n                }\n              }\n            ": typeof types.AgentChangesLoginDocument,
    "\n          mutation AgentChangesDeleteAgent2($id: ID!) {\n            deleteAgent(id: $id)\n          }\n        ": typeof types.AgentChangesDeleteAgent2Document,
    "\n      mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) {\n          ...TestAgent\n        }\n      }\n    ": typeof types.AgentChangesCopyDocument,
    "\n  mutation EmailChangeUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      name\n    }\n  }\n": typeof types.EmailChangeUpdateDocument,
    "\n  query EmailChangeViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.EmailChangeViewerDocument,
    "\n  mutation EmailChangeCreateToken {\n    createApiToken(name: \"own email\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n": typeof types.EmailChangeCreateTokenDocument,
    "\n  mutation NamespaceCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        email\n        extraEmails\n      }\n    }\n  }\n": typeof types.NamespaceCreateDocument,
    "\n  mutation NamespaceUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      extraEmails\n    }\n  }\n": typeof types.NamespaceUpdateDocument,
    "\n  query NamespaceGet($id: ID!) {\n    agent(id: $id) {\n      id\n      email\n      extraEmails\n    }\n  }\n": typeof types.NamespaceGetDocument,
    "\n  mutation NamespaceDelete($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.NamespaceDeleteDocument,
    "\n  mutation NamespaceInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": typeof types.NamespaceInviteDocument,
    "\n  mutation NamespaceBulkInvite($e: [String!]!) {\n    bulkInviteAgents(emails: $e) {\n      invited {\n        email\n      }\n      failed {\n        email\n        code\n        message\n      }\n    }\n  }\n": typeof types.NamespaceBulkInviteDocument,
    "\n  mutation NamespaceAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": typeof types.NamespaceAcceptDocument,
    "\n  mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogSetTeamMembersDocument,
    "\n  mutation AgentLinkLogCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogCreateTeamDocument,
    "\n  mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogCreatePermissionGroupDocument,
    "\n  mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogUpdatePermissionGroupDocument,
    "\n  mutation AgentLinkLogDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": typeof types.AgentLinkLogDeletePermissionGroupDocument,
    "\n  mutation AgentLinkLogDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.AgentLinkLogDeleteTeamDocument,
    "\n  mutation AgentLinkLogCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogCreateDepartmentDocument,
    "\n  mutation AgentLinkLogDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.AgentLinkLogDeleteDepartmentDocument,
    "\n  mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": typeof types.AgentLinkLogUpdateAgentDocument,
    "\n        query AgentLinkLogViewer {\n          viewer {\n            id\n          }\n        }\n      ": typeof types.AgentLinkLogViewerDocument,
    "\n  query TestOrderedAgents($f: AgentFilter, $first: Int, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $f, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TestOrderedAgentsDocument,
    "\n          mutation AgentsCreatePermissionGroup {\n            createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) {\n              id\n            }\n          }\n        ": typeof types.AgentsCreatePermissionGroupDocument,
    "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.AuditLoginDocument,
    "\n  query AuditViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.AuditViewerDocument,
    "\n  mutation AuditCreateToken($scopes: [String!]!) {\n    createApiToken(name: \"audit reader\", scopes: $scopes) {\n      token\n    }\n  }\n": typeof types.AuditCreateTokenDocument,
    "\n  query AuthAgents {\n    agents {\n      totalCount\n    }\n  }\n": typeof types.AuthAgentsDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      isAdmin\n      mustChangePassword\n    }\n  }\n": typeof types.AuthViewerDocument,
    "\n        mutation AuthLogin {\n          login(email: \"ADMIN@example.com\", password: \"correct horse battery\") {\n            token\n            agent {\n              email\n              isAdmin\n            }\n          }\n        }\n      ": typeof types.AuthLoginDocument,
    "\n        mutation AuthLogin2 {\n          login(email: \"admin@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      ": typeof types.AuthLogin2Document,
    "\n        mutation AuthLogin3 {\n          login(email: \"ghost@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      ": typeof types.AuthLogin3Document,
    "\n              mutation AuthLogin4 {\n                login(email: \"victim@example.com\", password: \"guess-guess-1\") {\n                  token\n                }\n              }\n            ": typeof types.AuthLogin4Document,
    "\n        mutation AuthLogin5 {\n          login(email: \"victim@example.com\", password: \"victim-password-1\") {\n            token\n          }\n        }\n      ": typeof types.AuthLogin5Document,
    "\n        mutation AuthLogin6 {\n          login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      ": typeof types.AuthLogin6Document,
    "\n        mutation AuthLogin7 {\n          a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n          b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      ": typeof types.AuthLogin7Document,
    "\n        mutation AuthCreateAgent {\n          createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) {\n            temporaryPassword\n            agent {\n              id\n              mustChangePassword\n            }\n          }\n        }\n      ": typeof types.AuthCreateAgentDocument,
    "\n            mutation AuthChangePassword($c: String!) {\n              changePassword(currentPassword: $c, newPassword: \"short\") {\n                id\n              }\n            }\n          ": typeof types.AuthChangePasswordDocument,
    "\n        mutation AuthChangePassword2($c: String!) {\n          changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") {\n            mustChangePassword\n          }\n        }\n      ": typeof types.AuthChangePassword2Document,
    "\n            mutation AuthLoginTemp($p: String!) {\n              login(email: \"newbie@example.com\", password: $p) {\n                token\n              }\n            }\n          ": typeof types.AuthLoginTempDocument,
    "\n        mutation AuthChangePassword3 {\n          changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") {\n            id\n          }\n        }\n      ": typeof types.AuthChangePassword3Document,
    "\n            mutation AuthLogout {\n              logout\n            }\n          ": typeof types.AuthLogoutDocument,
    "\n  query BoundListsUsergroupsOfTwo($a: ID!, $b: ID!) {\n    a: user(id: $a) {\n      usergroups {\n        name\n      }\n    }\n    b: user(id: $b) {\n      usergroups {\n        name\n      }\n    }\n  }\n": typeof types.BoundListsUsergroupsOfTwoDocument,
    "\n          query ConcurrencyViewer {\n            viewer {\n              id\n            }\n          }\n        ": typeof types.ConcurrencyViewerDocument,
    "\n  query CrmActivity($u: ID!, $first: Int, $after: String) {\n    userActivity(userId: $u, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          newValue\n          text\n          relatedUserId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrmActivityDocument,
    "\n  query CrmFiles($id: ID!) {\n    user(id: $id) {\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n      }\n    }\n  }\n": typeof types.CrmFilesDocument,
    "\n  mutation CrmDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n": typeof types.CrmDeleteFileDocument,
    "\n  mutation ManageRenameGroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.ManageRenameGroupDocument,
    "\n  mutation ManageDeleteGroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n": typeof types.ManageDeleteGroupDocument,
    "\n  mutation ManageRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.ManageRenameOrgDocument,
    "\n  mutation ManageDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": typeof types.ManageDeleteOrgDocument,
    "\n  query CrmMovedLog($id: ID!) {\n    changeLog(entityType: USER, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n          movedFrom {\n            userId\n            name\n            email\n            mergeId\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmMovedLogDocument,
    "\n  query CrmMovedActivity($id: ID!) {\n    userActivity(userId: $id, first: 100) {\n      edges {\n        node {\n          kind\n          field\n          newValue\n          text\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmMovedActivityDocument,
    "\n  mutation CrmMergeLarge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n      merges(first: 1) {\n        id\n      }\n    }\n  }\n": typeof types.CrmMergeLargeDocument,
    "\n  mutation CrmUndoMergeLarge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.CrmUndoMergeLargeDocument,
    "\n  query CrmMergesUndoable($id: ID!) {\n    user(id: $id) {\n      merges {\n        id\n        sourceName\n        undoUntil\n        undoable\n      }\n    }\n  }\n": typeof types.CrmMergesUndoableDocument,
    "\n  query CrmSearchCount($f: UserFilter) {\n    users(filter: $f, first: 0) {\n      totalCount\n      totalCountIsExact\n    }\n  }\n": typeof types.CrmSearchCountDocument,
    "\n      query CrmStatementPage($first: Int) {\n        users(first: $first) {\n          edges {\n            node {\n              id\n              primaryEmail\n              emails {\n                address\n              }\n              organization {\n                name\n              }\n              usergroups {\n                name\n              }\n              notes {\n                text\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.CrmStatementPageDocument,
    "\n  mutation ImpactCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": typeof types.ImpactCreateDepartmentDocument,
    "\n  mutation ImpactGiveAccess($id: ID!, $d: [DepartmentAccessInput!]!) {\n    updateAgent(id: $id, input: { departments: $d }) {\n      id\n    }\n  }\n": typeof types.ImpactGiveAccessDocument,
    "\n  mutation ImpactCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.ImpactCreateGroupDocument,
    "\n  query ImpactDepartments {\n    departments {\n      id\n      agentCount\n      permissionGroupCount\n    }\n  }\n": typeof types.ImpactDepartmentsDocument,
    "\n  query ImpactOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          userCount\n        }\n      }\n    }\n  }\n": typeof types.ImpactOrganizationsDocument,
    "\n  mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsDepartmentsCreatePermissionGroupDocument,
    "\n        mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      ": typeof types.TeamsDepartmentsSetTeamMembers2Document,
    "\n            query TeamsDepartmentsPermissionGroups {\n              permissionGroups {\n                id\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.TeamsDepartmentsPermissionGroupsDocument,
    "\n  mutation EmailIdentityLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.EmailIdentityLoginDocument,
    "\n  mutation EmailIdentityInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": typeof types.EmailIdentityInviteAgentDocument,
    "\n          query FirstAdminViewer {\n            viewer {\n              name\n              email\n              isAdmin\n            }\n          }\n        ": typeof types.FirstAdminViewerDocument,
    "\n          query GroupsPermissionCatalog {\n            permissionCatalog {\n              key\n              label\n              category\n              destructive\n            }\n          }\n        ": typeof types.GroupsPermissionCatalogDocument,
    "\n          query GroupsChangeLog($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                  newValue\n                }\n              }\n            }\n          }\n        ": typeof types.GroupsChangeLogDocument,
    "\n  query GroupsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GroupsAgentDocument,
    "\n  query GroupsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GroupsAgentsDocument,
    "\n          query GroupsViewer2 {\n            viewer {\n              effectivePermissions\n            }\n          }\n        ": typeof types.GroupsViewer2Document,
    "\n          query GroupsChangeLog2($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                }\n              }\n            }\n          }\n        ": typeof types.GroupsChangeLog2Document,
    "\n            query GroupsPermissionGroups {\n              permissionGroups {\n                id\n              }\n            }\n          ": typeof types.GroupsPermissionGroupsDocument,
    "\n        query GroupsAgent2($id: ID!) {\n          agent(id: $id) {\n            departments {\n              access\n              department {\n                name\n              }\n            }\n            effectiveDepartments {\n              access\n              department {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.GroupsAgent2Document,
    "\n  query AccessViewer {\n    viewer {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n": typeof types.AccessViewerDocument,
    "\n  mutation AccessCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        isAdmin\n      }\n    }\n  }\n": typeof types.AccessCreateAgentDocument,
    "\n  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n": typeof types.AccessUpdateAgentDocument,
    "\n  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {\n    createApiToken(name: $n, scopes: $s) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.AccessCreateApiTokenDocument,
    "\n  query AccessApiTokens {\n    apiTokens(includeRevoked: true) {\n      id\n      name\n      prefix\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.AccessApiTokensDocument,
    "\n  query AccessAgents {\n    agents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.AccessAgentsDocument,
    "\n  fragment AgentCrmFields on Agent {\n    id\n    name\n    phone\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n  }\n": typeof types.AgentCrmFieldsFragmentDoc,
    "\n  query AgentCrmRecord($id: ID!) {\n    agent(id: $id) {\n      ...AgentCrmFields\n    }\n  }\n": typeof types.AgentCrmRecordDocument,
    "\n  query AgentCrmNotesOnly($id: ID!) {\n    agent(id: $id) {\n      id\n      crmNotes {\n        text\n      }\n    }\n  }\n": typeof types.AgentCrmNotesOnlyDocument,
    "\n  query AgentCrmPlain($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": typeof types.AgentCrmPlainDocument,
    "\n  query AgentCrmViewer {\n    viewer {\n      id\n      crmSummary\n    }\n  }\n": typeof types.AgentCrmViewerDocument,
    "\n  query AgentCrmList($f: AgentFilter, $first: Int) {\n    agents(filter: $f, first: $first) {\n      edges {\n        node {\n          id\n          crmSummary\n          crmContact {\n            phone\n          }\n          crmNotes {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentCrmListDocument,
    "\n  mutation AgentCrmUpdate($id: ID!, $i: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $id, input: $i) {\n      ...AgentCrmFields\n    }\n  }\n": typeof types.AgentCrmUpdateDocument,
    "\n  mutation AgentCrmAddNote($id: ID!, $t: String!) {\n    addAgentNote(agentId: $id, text: $t) {\n      ...AgentCrmFields\n    }\n  }\n": typeof types.AgentCrmAddNoteDocument,
    "\n  query AgentCrmLog($id: ID!, $first: Int, $after: String) {\n    agentCrmChangeLog(agentId: $id, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgentCrmLogDocument,
    "\n  query AgentCrmFullLog($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.AgentCrmFullLogDocument,
    "\n  mutation AgentCrmDeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.AgentCrmDeleteAgentDocument,
    "\n  fragment TestAgent on Agent {\n    id\n    email\n    name\n    alias\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    signature\n    permissions\n    effectivePermissions\n    canEditOwnTicketNotifications\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": typeof types.TestAgentFragmentDoc,
    "\n  mutation TestCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        ...TestAgent\n      }\n    }\n  }\n": typeof types.TestCreateAgentDocument,
    "\n  mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      ...TestAgent\n    }\n  }\n": typeof types.TestUpdateAgentDocument,
    "\n  query TestGetAgent($id: ID!) {\n    agent(id: $id) {\n      ...TestAgent\n    }\n  }\n": typeof types.TestGetAgentDocument,
    "\n  query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TestListAgentsDocument,
    "\n  query TestAgentLog($id: ID!, $first: Int) {\n    changeLog(entityType: AGENT, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.TestAgentLogDocument,
    "\n  query TestLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n": typeof types.TestLicenseDocument,
    "\n  query TestViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": typeof types.TestViewerDocument,
    "\n  mutation TestCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n": typeof types.TestCreateTeamDocument,
    "\n  mutation TestCreateBusinessUnit($n: String!) {\n    createBusinessUnit(name: $n) {\n      id\n    }\n  }\n": typeof types.TestCreateBusinessUnitDocument,
    "\n  mutation TestCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": typeof types.TestCreateDepartmentDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query AvatarOfAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      avatarUrl\n    }\n  }\n": typeof types.AvatarOfAgentDocument,
    "\n  mutation AvatarDelete($id: ID!) {\n    deleteAgentAvatar(agentId: $id) {\n      id\n      avatarUrl\n    }\n  }\n": typeof types.AvatarDeleteDocument,
    "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    usergroups {\n      id\n      name\n    }\n    summary\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    timezone\n    localTime\n    language\n    isAutoResponder\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    merges {\n      id\n      sourceUserId\n      undoneAt\n    }\n    createdAt\n  }\n": typeof types.CrmUserFieldsFragmentDoc,
    "\n  mutation CrmCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmCreateUserDocument,
    "\n  mutation CrmUpdateUser($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmUpdateUserDocument,
    "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.CrmDeleteUserDocument,
    "\n  query CrmGetUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmGetUserDocument,
    "\n  query CrmListUsers($f: UserFilter, $first: Int, $after: String) {\n    users(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrmListUsersDocument,
    "\n  query CrmCountUsers($f: UserFilter) {\n    users(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CrmCountUsersDocument,
    "\n  mutation CrmAddEmail($u: ID!, $e: String!) {\n    addUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmAddEmailDocument,
    "\n  mutation CrmRemoveEmail($u: ID!, $e: String!) {\n    removeUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmRemoveEmailDocument,
    "\n  mutation CrmSetPrimary($u: ID!, $e: String!) {\n    setPrimaryUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmSetPrimaryDocument,
    "\n  mutation CrmAddNote($u: ID!, $t: String!) {\n    addUserNote(userId: $u, text: $t) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmAddNoteDocument,
    "\n  mutation CrmMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmMergeDocument,
    "\n  mutation CrmUndoMerge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmUndoMergeDocument,
    "\n  mutation CrmCreateOrg($n: String!) {\n    createOrganization(name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.CrmCreateOrgDocument,
    "\n  query CrmOrgs($s: String, $first: Int, $after: String) {\n    organizations(search: $s, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrmOrgsDocument,
    "\n  mutation CrmCreateGroup($n: String!) {\n    createUsergroup(name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.CrmCreateGroupDocument,
    "\n  query CrmGroups {\n    usergroups {\n      id\n      name\n    }\n  }\n": typeof types.CrmGroupsDocument,
    "\n  query CrmUserLog($id: ID!, $first: Int) {\n    changeLog(entityType: USER, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n": typeof types.CrmUserLogDocument,
    "\n  query CrmDuplicates($u: ID!) {\n    userDuplicates(userId: $u) {\n      reasons\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmDuplicatesDocument,
    "\n  fragment CfFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n": typeof types.CfFieldFieldsFragmentDoc,
    "\n  query CfList {\n    userCustomFields {\n      ...CfFieldFields\n    }\n  }\n": typeof types.CfListDocument,
    "\n  mutation CfCreate($i: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $i) {\n      ...CfFieldFields\n    }\n  }\n": typeof types.CfCreateDocument,
    "\n  mutation CfUpdate($id: ID!, $i: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $i) {\n      ...CfFieldFields\n    }\n  }\n": typeof types.CfUpdateDocument,
    "\n  mutation CfDelete($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n": typeof types.CfDeleteDocument,
    "\n  query CfUser($id: ID!) {\n    user(id: $id) {\n      id\n      customFields {\n        field {\n          id\n          name\n        }\n        value\n      }\n    }\n  }\n": typeof types.CfUserDocument,
    "\n  mutation CfSet($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      customFields {\n        field {\n          name\n        }\n        value\n      }\n    }\n  }\n": typeof types.CfSetDocument,
    "\n  query CfUsersPage($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          customFields {\n            field {\n              name\n            }\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CfUsersPageDocument,
    "\n  mutation CfReorder($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.CfReorderDocument,
    "\n  fragment GroupsGroup on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n  }\n": typeof types.GroupsGroupFragmentDoc,
    "\n  query GroupsList {\n    permissionGroups {\n      ...GroupsGroup\n    }\n  }\n": typeof types.GroupsListDocument,
    "\n  mutation GroupsCreate($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      ...GroupsGroup\n    }\n  }\n": typeof types.GroupsCreateDocument,
    "\n  mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      ...GroupsGroup\n    }\n  }\n": typeof types.GroupsUpdateDocument,
    "\n  mutation GroupsDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": typeof types.GroupsDeletePermissionGroupDocument,
    "\n  query GroupsViewer {\n    viewer {\n      permissionGroups {\n        id\n      }\n    }\n  }\n": typeof types.GroupsViewerDocument,
    "\n  mutation GroupsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": typeof types.GroupsCreateDepartmentDocument,
    "\n  mutation OidcFixturesCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      displayName\n      callbackUrl\n      oidc {\n        issuer\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n": typeof types.OidcFixturesCreateSsoProviderDocument,
    "\n  mutation OnboardingInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      email\n      status\n      isAdmin\n      createdAt\n      expiresAt\n      lastSentAt\n    }\n  }\n": typeof types.OnboardingInviteAgentDocument,
    "\n  query TeamsDepartmentsTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsTeamsDocument,
    "\n  mutation TeamsDepartmentsCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsCreateTeamDocument,
    "\n  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {\n    renameTeam(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.TeamsDepartmentsRenameTeamDocument,
    "\n  mutation TeamsDepartmentsDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.TeamsDepartmentsDeleteTeamDocument,
    "\n  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsSetTeamMembersDocument,
    "\n  query TeamsDepartmentsDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.TeamsDepartmentsDepartmentsDocument,
    "\n  mutation TeamsDepartmentsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.TeamsDepartmentsCreateDepartmentDocument,
    "\n  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {\n    renameDepartment(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": typeof types.TeamsDepartmentsRenameDepartmentDocument,
    "\n  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.TeamsDepartmentsDeleteDepartmentDocument,
    "\n  query TeamsDepartmentsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      teams {\n        id\n        name\n      }\n      departments {\n        department {\n          id\n          name\n        }\n        access\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsAgentDocument,
    "\n  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsDepartmentsUpdateAgentDocument,
    "\n  query TeamsDepartmentsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsAgentsDocument,
    "\n  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {\n    changeLog(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n": typeof types.TeamsDepartmentsChangeLogDocument,
    "\n  mutation TestAppLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.TestAppLoginDocument,
    "\n  mutation TestAppCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.TestAppCreateAgentDocument,
    "\n  mutation TwoStepLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n    }\n  }\n": typeof types.TwoStepLoginDocument,
    "\n  query TwoStepStatus {\n    myTwoStepSignIn {\n      enabled\n      methods\n      recoveryCodesLeft\n      required\n    }\n  }\n": typeof types.TwoStepStatusDocument,
    "\n  query TwoStepViewer {\n    viewer {\n      id\n      twoStepSignIn\n    }\n  }\n": typeof types.TwoStepViewerDocument,
    "\n  mutation TwoStepReset($id: ID!) {\n    resetSecondFactor(agentId: $id) {\n      id\n      twoStepSignIn\n    }\n  }\n": typeof types.TwoStepResetDocument,
    "\n  mutation TwoStepToken {\n    createApiToken(name: \"two-step\", scopes: [\"agents:read\"]) {\n      token\n    }\n  }\n": typeof types.TwoStepTokenDocument,
    "\n  mutation TwoStepPasskeyStart {\n    startPasskeyRegistration\n  }\n": typeof types.TwoStepPasskeyStartDocument,
    "\n  mutation TwoStepPasskeyFinish($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.TwoStepPasskeyFinishDocument,
    "\n  mutation TwoStepVerify($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      secondFactorRequired\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.TwoStepVerifyDocument,
    "\n  mutation TwoStepStart {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.TwoStepStartDocument,
    "\n  mutation TwoStepConfirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.TwoStepConfirmDocument,
    "\n  query VisibilityCrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.VisibilityCrmSettingsDocument,
    "\n  mutation VisibilityUpdateCrmSettings($i: CrmSettingsInput!) {\n    updateCrmSettings(input: $i) {\n      teamScopedUserVisibility\n      updatedByName\n    }\n  }\n": typeof types.VisibilityUpdateCrmSettingsDocument,
    "\n  mutation VisibilitySetTeamOrganizations($id: ID!, $o: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $o) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VisibilitySetTeamOrganizationsDocument,
    "\n  query VisibilityTeamOrganizations {\n    teams {\n      id\n      name\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VisibilityTeamOrganizationsDocument,
    "\n  query VisibilityActivity($u: ID!) {\n    userActivity(userId: $u, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VisibilityActivityDocument,
    "\n  query VisibilityUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n      }\n    }\n  }\n": typeof types.VisibilityUserFilesDocument,
    "\n  mutation VisibilityDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n": typeof types.VisibilityDeleteFileDocument,
    "\n  mutation VisibilityMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      merges {\n        id\n      }\n    }\n  }\n": typeof types.VisibilityMergeDocument,
    "\n  query VisibilityOrganizationTeams {\n    organizations(first: 100) {\n      edges {\n        node {\n          name\n          teams {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.VisibilityOrganizationTeamsDocument,
    "\n  mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": typeof types.InputFormatCreatePermissionGroupDocument,
    "\n  mutation InputFormatCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n    }\n  }\n": typeof types.InputFormatCreateSsoProviderDocument,
    "\n            mutation InputFormatInviteAgent($i: InviteAgentInput!) {\n              inviteAgent(input: $i) {\n                id\n              }\n            }\n          ": typeof types.InputFormatInviteAgentDocument,
    "\n            mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n              updatePermissionGroup(id: $id, input: $i) {\n                id\n              }\n            }\n          ": typeof types.InputFormatUpdatePermissionGroupDocument,
    "\n            mutation InputFormatBulkUpdate($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n              bulkUpdateAgents(ids: $ids, input: $i) {\n                id\n              }\n            }\n          ": typeof types.InputFormatBulkUpdateDocument,
    "\n            query InputFormatAgents($i: AgentFilter) {\n              agents(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          ": typeof types.InputFormatAgentsDocument,
    "\n            query InputFormatAgentOrder($i: AgentOrder) {\n              agents(orderBy: $i, first: 1) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.InputFormatAgentOrderDocument,
    "\n            query InputFormatAuditLog($i: AuditLogFilter) {\n              auditLog(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          ": typeof types.InputFormatAuditLogDocument,
    "\n            mutation InputFormatSecuritySettings($i: SecuritySettingsInput!) {\n              updateSecuritySettings(input: $i) {\n                twoStepSignInRequired\n              }\n            }\n          ": typeof types.InputFormatSecuritySettingsDocument,
    "\n            mutation InputFormatSsoSettings($i: SsoSettingsInput!) {\n              updateSsoSettings(input: $i) {\n                ssoRequired\n              }\n            }\n          ": typeof types.InputFormatSsoSettingsDocument,
    "\n        query InputFormatInputTypes {\n          __schema {\n            types {\n              name\n              kind\n              inputFields {\n                name\n                type {\n                  kind\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.InputFormatInputTypesDocument,
    "\n        mutation InputFormatCopyAgentSettings {\n          copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) {\n            id\n          }\n        }\n      ": typeof types.InputFormatCopyAgentSettingsDocument,
    "\n  query PreviewInvitationLink($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n    }\n  }\n": typeof types.PreviewInvitationLinkDocument,
    "\n  mutation PreviewAcceptInvitation($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": typeof types.PreviewAcceptInvitationDocument,
    "\n  mutation PreviewRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      status\n    }\n  }\n": typeof types.PreviewRevokeInvitationDocument,
    "\n  query LicenseLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n": typeof types.LicenseLicenseDocument,
    "\n  mutation LicenseCreateAgent($e: String!) {\n    createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.LicenseCreateAgentDocument,
    "\n  mutation LicenseInviteAgent($e: String!) {\n    inviteAgent(input: { email: $e }) {\n      id\n    }\n  }\n": typeof types.LicenseInviteAgentDocument,
    "\n        mutation LicenseDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": typeof types.LicenseDeleteAgentDocument,
    "\n        mutation LicenseRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      ": typeof types.LicenseRevokeInvitationDocument,
    "\n          mutation LicenseAcceptInvitation($t: String!) {\n            acceptInvitation(token: $t, password: \"accept-password-1\") {\n              token\n            }\n          }\n        ": typeof types.LicenseAcceptInvitationDocument,
    "\n  mutation LightCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        isReportsAdmin\n        permissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LightCreateDocument,
    "\n  mutation LightUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      type\n      isAdmin\n      isReportsAdmin\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n    }\n  }\n": typeof types.LightUpdateDocument,
    "\n  query LightLicense {\n    license {\n      seats\n      used\n      available\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n  }\n": typeof types.LightLicenseDocument,
    "\n  query LightAgentsOfType($type: AgentType) {\n    agents(filter: { type: $type }, first: 100) {\n      totalCount\n      edges {\n        node {\n          email\n          type\n        }\n      }\n    }\n  }\n": typeof types.LightAgentsOfTypeDocument,
    "\n  mutation LightInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      agentType\n    }\n  }\n": typeof types.LightInviteDocument,
    "\n  mutation LightBulkInvite($emails: [String!]!, $type: AgentType) {\n    bulkInviteAgents(emails: $emails, agentType: $type) {\n      invited {\n        email\n        agentType\n      }\n      failed {\n        email\n        code\n      }\n    }\n  }\n": typeof types.LightBulkInviteDocument,
    "\n  mutation LightAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        isAdmin\n        effectivePermissions\n      }\n    }\n  }\n": typeof types.LightAcceptDocument,
    "\n        mutation LightDelete($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": typeof types.LightDeleteDocument,
    "\n  query LimitsViewer3 {\n    viewer {\n      email\n    }\n  }\n": typeof types.LimitsViewer3Document,
    "\n        query LimitsIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n          __type(name: \"Agent\") {\n            name\n          }\n        }\n      ": typeof types.LimitsIntrospectionDocument,
    "\n          query LimitsDepartments {\n            departments {\n              id\n              name\n            }\n          }\n        ": typeof types.LimitsDepartmentsDocument,
    "\n            query LimitsDepartments2 {\n              departments {\n                id\n              }\n            }\n          ": typeof types.LimitsDepartments2Document,
    "\n      mutation LimitsLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": typeof types.LimitsLoginDocument,
    "\n  query LimitsViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.LimitsViewerDocument,
    "\n          mutation LimitsCreateTeam {\n            createTeam(name: \"Deep Team\") {\n              id\n            }\n          }\n        ": typeof types.LimitsCreateTeamDocument,
    "\n        mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      ": typeof types.LimitsSetTeamMembersDocument,
    "\n      query LimitsAgents {\n        agents(first: 1) {\n          edges {\n            node {\n              departments {\n                department {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n        a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.LimitsAgentsDocument,
    "\n          query LimitsViewer2 {\n            viewer {\n              teams {\n                members {\n                  teams {\n                    members {\n                      id\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.LimitsViewer2Document,
    "\n        query LimitsAgents2 {\n          agents(first: 100) {\n            edges {\n              node {\n                teams {\n                  id\n                }\n                permissionGroups {\n                  id\n                }\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.LimitsAgents2Document,
    "\n      query LimitsAgents4($n: Int!) {\n        agents(first: $n) {\n          totalCount\n          edges {\n            node {\n              id\n              email\n              teams {\n                id\n                name\n              }\n              permissionGroups {\n                id\n                name\n                permissions\n              }\n              departments {\n                access\n                department {\n                  id\n                  name\n                }\n              }\n              effectivePermissions\n            }\n          }\n        }\n      }\n    ": typeof types.LimitsAgents4Document,
    "\n  mutation MailLanguageCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.MailLanguageCreateDocument,
    "\n  mutation MailLanguageSendReset($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n": typeof types.MailLanguageSendResetDocument,
    "\n  mutation MailLanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.MailLanguageRequestResetDocument,
    "\n  mutation MailLanguageStartTotp {\n    startTotpEnrolment {\n      secret\n    }\n  }\n": typeof types.MailLanguageStartTotpDocument,
    "\n  mutation MailLanguageConfirmTotp($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.MailLanguageConfirmTotpDocument,
    "\n  mutation MailLanguageAccept($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      agent {\n        language\n      }\n    }\n  }\n": typeof types.MailLanguageAcceptDocument,
    "\n  mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) {\n    acceptInvitation(token: $t, name: $n, password: $p) {\n      token\n      agent {\n        id\n        email\n        name\n        isAdmin\n        teams {\n          name\n        }\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OnboardingAcceptInvitationDocument,
    "\n        mutation OnboardingCreateTeam {\n          createTeam(name: \"Night Shift\") {\n            id\n          }\n        }\n      ": typeof types.OnboardingCreateTeamDocument,
    "\n        query OnboardingInvitations2 {\n          invitations(status: PENDING) {\n            email\n            invitedByName\n            createdAt\n          }\n        }\n      ": typeof types.OnboardingInvitations2Document,
    "\n        query OnboardingViewer {\n          viewer {\n            email\n          }\n        }\n      ": typeof types.OnboardingViewerDocument,
    "\n        query OnboardingInvitations3 {\n          invitations {\n            email\n            status\n          }\n        }\n      ": typeof types.OnboardingInvitations3Document,
    "\n        mutation OnboardingResendInvitation($id: ID!) {\n          resendInvitation(id: $id) {\n            id\n            status\n            createdAt\n            lastSentAt\n          }\n        }\n      ": typeof types.OnboardingResendInvitationDocument,
    "\n        mutation OnboardingRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      ": typeof types.OnboardingRevokeInvitationDocument,
    "\n        query OnboardingInvitations4 {\n          invitations(status: REVOKED) {\n            email\n          }\n        }\n      ": typeof types.OnboardingInvitations4Document,
    "\n        query OnboardingChangeLog($id: ID!) {\n          changeLog(entityType: INVITATION, entityId: $id) {\n            edges {\n              node {\n                field\n                newValue\n                actorName\n              }\n            }\n          }\n        }\n      ": typeof types.OnboardingChangeLogDocument,
    "\n        query OnboardingInvitations5 {\n          invitations(status: EXPIRED) {\n            email\n            status\n          }\n        }\n      ": typeof types.OnboardingInvitations5Document,
    "\n            query OnboardingInvitations6 {\n              invitations {\n                id\n              }\n            }\n          ": typeof types.OnboardingInvitations6Document,
    "\n  query OnboardingLicense {\n    license {\n      used\n    }\n  }\n": typeof types.OnboardingLicenseDocument,
    "\n        mutation OnboardingCreateAgent {\n          createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n            temporaryPassword\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.OnboardingCreateAgentDocument,
    "\n        mutation OnboardingCreateAgent2 {\n          createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.OnboardingCreateAgent2Document,
    "\n        query OnboardingInvitations {\n          invitations {\n            id\n            status\n          }\n        }\n      ": typeof types.OnboardingInvitationsDocument,
    "\n        mutation OnboardingCreateAgent3 {\n          createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.OnboardingCreateAgent3Document,
    "\n        mutation OnboardingCreateAgent4 {\n          createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.OnboardingCreateAgent4Document,
    "\n        query OnboardingOutbox {\n          outbox(status: FAILED) {\n            id\n            toAddress\n            status\n            attempts\n            lastError\n          }\n        }\n      ": typeof types.OnboardingOutboxDocument,
    "\n        mutation OnboardingRetryOutboxMessage($id: ID!) {\n          retryOutboxMessage(id: $id) {\n            status\n          }\n        }\n      ": typeof types.OnboardingRetryOutboxMessageDocument,
    "\n            query OnboardingOutbox2 {\n              outbox(status: FAILED) {\n                id\n              }\n            }\n          ": typeof types.OnboardingOutbox2Document,
    "\n  mutation PasskeySignInStart {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n": typeof types.PasskeySignInStartDocument,
    "\n  mutation PasskeySignInFinish($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      secondFactorRequired\n      enrolmentRequired\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.PasskeySignInFinishDocument,
    "\n  mutation PasskeySignInRegenerate($password: String) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": typeof types.PasskeySignInRegenerateDocument,
    "\n  mutation PasskeySignInRequire($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n": typeof types.PasskeySignInRequireDocument,
    "\n  mutation TwoStepPasskeyStep {\n    startPasskeySecondStep\n  }\n": typeof types.TwoStepPasskeyStepDocument,
    "\n  mutation TwoStepPasskeyVerify($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n    }\n  }\n": typeof types.TwoStepPasskeyVerifyDocument,
    "\n  query TwoStepPasskeys {\n    myPasskeys {\n      id\n      name\n      lastUsedAt\n    }\n  }\n": typeof types.TwoStepPasskeysDocument,
    "\n  mutation TwoStepPasskeyRemove($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.TwoStepPasskeyRemoveDocument,
    "\n  mutation ResetRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.ResetRequestDocument,
    "\n  mutation ResetSetWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n    }\n  }\n": typeof types.ResetSetWithTokenDocument,
    "\n  mutation ResetSend($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n": typeof types.ResetSendDocument,
    "\n  mutation ResetTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n      expiresAt\n      agent {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ResetTemporaryDocument,
    "\n  query ResetViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.ResetViewerDocument,
    "\n  mutation ResetDisable($id: ID!) {\n    updateAgent(id: $id, input: { status: DISABLED }) {\n      id\n    }\n  }\n": typeof types.ResetDisableDocument,
    "\n  mutation ResetCreateToken {\n    createApiToken(name: \"reset\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n": typeof types.ResetCreateTokenDocument,
    "\n        mutation SafetyToken($n: String!, $s: [String!]!) {\n          createApiToken(name: $n, scopes: $s) {\n            token\n          }\n        }\n      ": typeof types.SafetyTokenDocument,
    "\n        mutation SafetyMustChange($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.SafetyMustChangeDocument,
    "\n  query ReplicaAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ReplicaAgentDocument,
    "\n  query ReplicaUsers {\n    users(first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReplicaUsersDocument,
    "\n  mutation ReplicaCreateUser {\n    createUser(input: { name: \"Replica user\", emails: [\"replica-user@example.com\"] }) {\n      id\n    }\n  }\n": typeof types.ReplicaCreateUserDocument,
    "\n  mutation ReplicaRename($id: ID!, $name: String!) {\n    updateAgent(id: $id, input: { name: $name }) {\n      id\n      name\n    }\n  }\n": typeof types.ReplicaRenameDocument,
    "\n  mutation ReplicaToken {\n    createApiToken(name: \"replica reads\", scopes: [\"agents:read\", \"agents:write\"]) {\n      token\n    }\n  }\n": typeof types.ReplicaTokenDocument,
    "\n  mutation SamlReadMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n": typeof types.SamlReadMetadataDocument,
    "\n  mutation SamlCreateProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      id\n      saml {\n        idpEntityId\n        spEntityId\n        acsUrl\n        spMetadataUrl\n      }\n    }\n  }\n": typeof types.SamlCreateProviderDocument,
    "\n  query SamlViewer {\n    viewer {\n      email\n      name\n    }\n  }\n": typeof types.SamlViewerDocument,
    "\n  query ScaleOutViewer {\n    viewer {\n      email\n    }\n  }\n": typeof types.ScaleOutViewerDocument,
    "\n        mutation ScaleOutLogout {\n          logout\n        }\n      ": typeof types.ScaleOutLogoutDocument,
    "\n          mutation ScaleOutLogin {\n            login(email: \"admin@example.com\", password: \"not-the-password\") {\n              token\n            }\n          }\n        ": typeof types.ScaleOutLoginDocument,
    "\n        mutation ScaleOutCreateAgent {\n          createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": typeof types.ScaleOutCreateAgentDocument,
    "\n              mutation ScaleOutCreateAgent2($e: String!) {\n                createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n                  agent {\n                    id\n                  }\n                }\n              }\n            ": typeof types.ScaleOutCreateAgent2Document,
    "\n              mutation ScaleOutInviteAgent($e: String!) {\n                inviteAgent(input: { email: $e }) {\n                  id\n                }\n              }\n            ": typeof types.ScaleOutInviteAgentDocument,
    "\n            query ScaleOutLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          ": typeof types.ScaleOutLicenseDocument,
    "\n  query SeedSearchUsers($search: String!) {\n    users(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n": typeof types.SeedSearchUsersDocument,
    "\n        mutation SeedCustomField($input: CreateUserCustomFieldInput!) {\n          createUserCustomField(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SeedCustomFieldDocument,
    "\n          query SeedViewer {\n            viewer {\n              email\n              isAdmin\n              teams {\n                name\n              }\n              permissionGroups {\n                name\n              }\n              effectivePermissions\n            }\n          }\n        ": typeof types.SeedViewerDocument,
    "\n        mutation SeedLogin($e: String!, $p: String!) {\n          login(email: $e, password: $p) {\n            token\n          }\n        }\n      ": typeof types.SeedLoginDocument,
    "\n        query SeedAgents {\n          agents(first: 100) {\n            totalCount\n            edges {\n              node {\n                email\n                departments {\n                  access\n                  department {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SeedAgentsDocument,
    "\n        query ServingViewer {\n          viewer {\n            id\n          }\n        }\n      ": typeof types.ServingViewerDocument,
    "\n  mutation SessionsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.SessionsLoginDocument,
    "\n  query SessionsMine {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.SessionsMineDocument,
    "\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.SessionsRevokeDocument,
    "\n  mutation SessionsRevokeOthers {\n    revokeOtherSessions\n  }\n": typeof types.SessionsRevokeOthersDocument,
    "\n  mutation SessionsEverywhere($id: ID!) {\n    signOutAgentEverywhere(agentId: $id) {\n      id\n    }\n  }\n": typeof types.SessionsEverywhereDocument,
    "\n  query SessionsLastSignIn($id: ID!) {\n    agent(id: $id) {\n      lastSignInAt\n    }\n  }\n": typeof types.SessionsLastSignInDocument,
    "\n  query SessionsListSignIn($search: String) {\n    agents(first: 5, filter: { search: $search }) {\n      edges {\n        node {\n          email\n          lastSignInAt\n        }\n      }\n    }\n  }\n": typeof types.SessionsListSignInDocument,
    "\n  mutation SessionsCreateToken($expiresAt: DateTime) {\n    createApiToken(name: \"expiring\", scopes: [\"agents:read\"], expiresAt: $expiresAt) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.SessionsCreateTokenDocument,
    "\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.SessionsViewerDocument,
    "\n  query SsoOidcViewer {\n    viewer {\n      id\n      email\n      name\n      type\n      mustEnrolSecondFactor\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n": typeof types.SsoOidcViewerDocument,
    "\n  query SsoOidcStage {\n    viewer {\n      id\n      mustEnrolSecondFactor\n    }\n  }\n": typeof types.SsoOidcStageDocument,
    "\n  mutation SsoOidcCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": typeof types.SsoOidcCreateTeamDocument,
    "\n  mutation SsoOidcUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": typeof types.SsoOidcUpdateAgentDocument,
    "\n  query SsoOidcAudit {\n    auditLog(filter: { action: \"auth.sign_in\" }, first: 5) {\n      edges {\n        node {\n          outcome\n          details\n        }\n      }\n    }\n  }\n": typeof types.SsoOidcAuditDocument,
    "\n  mutation SsoOidcSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n      breakGlassAdmins {\n        email\n      }\n    }\n  }\n": typeof types.SsoOidcSettingsDocument,
    "\n  mutation SsoOidcSecurity($i: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $i) {\n      twoStepSignInRequired\n    }\n  }\n": typeof types.SsoOidcSecurityDocument,
    "\n  mutation SsoOidcLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.SsoOidcLoginDocument,
    "\n  mutation SsoOidcReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": typeof types.SsoOidcResetDocument,
    "\n  query SsoOidcLicense {\n    license {\n      available\n    }\n  }\n": typeof types.SsoOidcLicenseDocument,
    "\n  mutation SsoOidcCreateLightProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      defaultAgentType\n    }\n  }\n": typeof types.SsoOidcCreateLightProviderDocument,
    "\n  mutation SsoOidcBulkInvite($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n      }\n    }\n  }\n": typeof types.SsoOidcBulkInviteDocument,
    "\n  query SsoProvidersList {\n    ssoProviders {\n      id\n      displayName\n      enabled\n      trustProviderMfa\n      groupTeamMappings {\n        group\n        teamId\n      }\n      oidc {\n        issuer\n        clientSecretSet\n        scopes\n      }\n    }\n  }\n": typeof types.SsoProvidersListDocument,
    "\n  query SsoProvidersPublic {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n": typeof types.SsoProvidersPublicDocument,
    "\n  mutation SsoProvidersUpdate($id: ID!, $i: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $i) {\n      id\n      enabled\n      oidc {\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n": typeof types.SsoProvidersUpdateDocument,
    "\n  mutation SsoProvidersDelete($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n": typeof types.SsoProvidersDeleteDocument,
    "\n  mutation SsoProvidersSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n": typeof types.SsoProvidersSettingsDocument,
    "\n  mutation SsoDoorsCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": typeof types.SsoDoorsCreateTeamDocument,
    "\n  mutation SsoDoorsSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n": typeof types.SsoDoorsSettingsDocument,
    "\n  mutation SsoDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      status\n    }\n  }\n": typeof types.SsoDoorsInviteDocument,
    "\n  query SsoDoorsInvitations {\n    invitations(status: ACCEPTED) {\n      email\n      status\n    }\n  }\n": typeof types.SsoDoorsInvitationsDocument,
    "\n  query SsoDoorsPreview($t: String!) {\n    invitationPreview(token: $t) {\n      status\n      email\n      ssoRequired\n    }\n  }\n": typeof types.SsoDoorsPreviewDocument,
    "\n  mutation SsoDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": typeof types.SsoDoorsAcceptDocument,
    "\n  mutation SsoDoorsRequestReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": typeof types.SsoDoorsRequestResetDocument,
    "\n  mutation SsoDoorsSetWithToken($t: String!, $p: String!) {\n    setPasswordWithToken(token: $t, password: $p) {\n      token\n    }\n  }\n": typeof types.SsoDoorsSetWithTokenDocument,
    "\n  mutation SsoDoorsTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n    }\n  }\n": typeof types.SsoDoorsTemporaryDocument,
    "\n  mutation SsoDoorsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": typeof types.SsoDoorsLoginDocument,
    "\n  query SsoDoorsViewer {\n    viewer {\n      id\n      email\n      type\n      isAdmin\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n": typeof types.SsoDoorsViewerDocument,
    "\n    mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) {\n        id\n      }\n    }\n  ": typeof types.StatementCountCopyAgentSettingsDocument,
    "\n          query StatementCountAgent($id: ID!) {\n            agent(id: $id) {\n              timezone\n              teams {\n                name\n              }\n            }\n          }\n        ": typeof types.StatementCountAgentDocument,
    "\n    query CountedAgentsWithTotal {\n      agents(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.CountedAgentsWithTotalDocument,
    "\n    query CountedAgentsWithoutTotal {\n      agents(first: 10) {\n        ...CountedAgentsPage\n      }\n    }\n    fragment CountedAgentsPage on AgentConnection {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  ": typeof types.CountedAgentsWithoutTotalDocument,
    "\n    query CountedUsers($filter: UserFilter, $first: Int) {\n      users(filter: $filter, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            primaryEmail\n            emails {\n              address\n              isPrimary\n            }\n            organization {\n              id\n              name\n            }\n            usergroups {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CountedUsersDocument,
    "\n          query TeamsDepartmentsViewer {\n            viewer {\n              name\n            }\n          }\n        ": typeof types.TeamsDepartmentsViewerDocument,
    "\n  query TokenRulesViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.TokenRulesViewerDocument,
    "\n          mutation TokenRulesCreateApiToken {\n            createApiToken(name: \"integration\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        ": typeof types.TokenRulesCreateApiTokenDocument,
    "\n          query TokenRulesAgents {\n            agents(first: 100) {\n              edges {\n                node {\n                  email\n                }\n              }\n            }\n          }\n        ": typeof types.TokenRulesAgentsDocument,
    "\n            mutation TokenRulesDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          ": typeof types.TokenRulesDeleteAgentDocument,
    "\n      mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n          id\n        }\n      }\n    ": typeof types.TokenRulesCopyAgentSettingsDocument,
    "\n            mutation TokenRulesInviteAgent {\n              inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) {\n                id\n              }\n            }\n          ": typeof types.TokenRulesInviteAgentDocument,
    "\n            mutation TokenRulesInviteAgent2 {\n              inviteAgent(input: { email: \"invited.plain@example.com\" }) {\n                isAdmin\n              }\n            }\n          ": typeof types.TokenRulesInviteAgent2Document,
    "\n          mutation TokenRulesCreateApiToken2 {\n            createApiToken(name: \"second\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        ": typeof types.TokenRulesCreateApiToken2Document,
    "\n        query TokenRulesViewer {\n          viewer {\n            id\n          }\n        }\n      ": typeof types.TokenRulesViewerDocument,
    "\n        query TokenRulesAgents2 {\n          agents(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.TokenRulesAgents2Document,
    "\n        mutation TokenRulesChangePassword {\n          changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") {\n            id\n          }\n        }\n      ": typeof types.TokenRulesChangePasswordDocument,
    "\n  mutation TwoStepRegenerate($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": typeof types.TwoStepRegenerateDocument,
    "\n  mutation TwoStepDisable($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n": typeof types.TwoStepDisableDocument,
    "\n  query TwoStepAgents {\n    agents(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.TwoStepAgentsDocument,
    "\n  mutation TwoStepSettings($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n": typeof types.TwoStepSettingsDocument,
};
const documents: Documents = {
    "\n  mutation AbuseLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.AbuseLoginDocument,
    "\n          mutation AbuseAcceptInvitation {\n            acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") {\n              token\n            }\n          }\n        ": types.AbuseAcceptInvitationDocument,
    "\n          mutation AbuseChangePassword($c: String!) {\n            changePassword(currentPassword: $c, newPassword: \"another-password-2\") {\n              id\n            }\n          }\n        ": types.AbuseChangePasswordDocument,
    "\n        mutation AbuseCreateAgent($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.AbuseCreateAgentDocument,
    "\n            query AbuseViewer {\n              viewer {\n                email\n              }\n            }\n          ": types.AbuseViewerDocument,
    "\n        query AbuseViewer {\n          viewer {\n            email\n          }\n        }\n      ": types.AbuseViewerDocument,
    "\n        mutation AbuseUpdateAgent($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: false }) {\n            id\n          }\n        }\n      ": types.AbuseUpdateAgentDocument,
    "\n        mutation AbuseUpdateAgent2($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: true }) {\n            mustChangePassword\n          }\n        }\n      ": types.AbuseUpdateAgent2Document,
    "\n            query AbuseAgents {\n              agents {\n                totalCount\n              }\n            }\n          ": types.AbuseAgentsDocument,
    "\n        mutation AccessCreatePermissionGroup {\n          createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) {\n            id\n          }\n        }\n      ": types.AccessCreatePermissionGroupDocument,
    "\n              mutation AccessInviteAgent2 {\n                inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) {\n                  id\n                }\n              }\n            ": types.AccessInviteAgent2Document,
    "\n              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {\n                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n                  id\n                }\n              }\n            ": types.AccessCopyAgentSettings2Document,
    "\n              mutation AccessCreateTeam5 {\n                createTeam(name: \"Promoted Team\") {\n                  name\n                }\n              }\n            ": types.AccessCreateTeam5Document,
    "\n            mutation AccessCreateTeam {\n              createTeam(name: \"Existing Team\") {\n                id\n              }\n            }\n          ": types.AccessCreateTeamDocument,
    "\n            mutation AccessCreateBusinessUnit {\n              createBusinessUnit(name: \"Existing Unit\") {\n                id\n              }\n            }\n          ": types.AccessCreateBusinessUnitDocument,
    "\n            mutation AccessCreateBusinessUnit2 {\n              createBusinessUnit(name: \"Sneaky Unit\") {\n                id\n              }\n            }\n          ": types.AccessCreateBusinessUnit2Document,
    "\n            mutation AccessRenameBusinessUnit($id: ID!) {\n              renameBusinessUnit(id: $id, name: \"Renamed Unit\") {\n                id\n              }\n            }\n          ": types.AccessRenameBusinessUnitDocument,
    "\n            mutation AccessDeleteBusinessUnit($id: ID!) {\n              deleteBusinessUnit(id: $id)\n            }\n          ": types.AccessDeleteBusinessUnitDocument,
    "\n            mutation AccessDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          ": types.AccessDeleteAgentDocument,
    "\n            mutation AccessCreateTeam2 {\n              createTeam(name: \"Sneaky Team\") {\n                id\n              }\n            }\n          ": types.AccessCreateTeam2Document,
    "\n            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {\n              setTeamMembers(id: $id, agentIds: $a) {\n                id\n              }\n            }\n          ": types.AccessSetTeamMembersDocument,
    "\n            mutation AccessCreatePermissionGroup2 {\n              createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) {\n                id\n              }\n            }\n          ": types.AccessCreatePermissionGroup2Document,
    "\n            mutation AccessCreateDepartment {\n              createDepartment(name: \"Sneaky Department\") {\n                id\n              }\n            }\n          ": types.AccessCreateDepartmentDocument,
    "\n            mutation AccessInviteAgent {\n              inviteAgent(input: { email: \"invitee@example.com\" }) {\n                id\n              }\n            }\n          ": types.AccessInviteAgentDocument,
    "\n            query AccessLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          ": types.AccessLicenseDocument,
    "\n            query AccessInvitations {\n              invitations {\n                id\n              }\n            }\n          ": types.AccessInvitationsDocument,
    "\n            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {\n              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {\n                id\n              }\n            }\n          ": types.AccessCopyAgentSettingsDocument,
    "\n              query AccessLicense2 {\n                license {\n                  seats\n                }\n              }\n            ": types.AccessLicense2Document,
    "\n              mutation AccessCreateDepartment2 {\n                createDepartment(name: \"Admin Department\") {\n                  name\n                }\n              }\n            ": types.AccessCreateDepartment2Document,
    "\n              query AccessAgent($id: ID!) {\n                agent(id: $id) {\n                  alias\n                }\n              }\n            ": types.AccessAgentDocument,
    "\n          query AccessTeams {\n            businessUnits {\n              name\n              agentCount\n            }\n            teams {\n              id\n            }\n            permissionGroups {\n              id\n            }\n            departments {\n              id\n            }\n            permissionCatalog {\n              key\n            }\n          }\n        ": types.AccessTeamsDocument,
    "\n        query AccessAgent2($id: ID!) {\n          agent(id: $id) {\n            canEditOwnTicketNotifications\n            ticketNotifications {\n              event\n              email\n              browser\n            }\n            otherNotifications {\n              event\n              email\n              browser\n            }\n          }\n        }\n      ": types.AccessAgent2Document,
    "\n  query AccessOutbox {\n    outbox {\n      toAddress\n      subject\n    }\n  }\n": types.AccessOutboxDocument,
    "\n              mutation AccessCreateTeam3 {\n                createTeam(name: \"Read Only Team\") {\n                  id\n                }\n              }\n            ": types.AccessCreateTeam3Document,
    "\n              query AccessBusinessUnits {\n                businessUnits {\n                  id\n                }\n              }\n            ": types.AccessBusinessUnitsDocument,
    "\n              mutation AccessCreateBusinessUnit3 {\n                createBusinessUnit(name: \"Read Only Unit\") {\n                  id\n                }\n              }\n            ": types.AccessCreateBusinessUnit3Document,
    "\n              query AccessTeams2 {\n                teams {\n                  id\n                }\n                businessUnits {\n                  id\n                }\n              }\n            ": types.AccessTeams2Document,
    "\n              mutation AccessRevokeApiToken($id: ID!) {\n                revokeApiToken(id: $id) {\n                  id\n                }\n              }\n            ": types.AccessRevokeApiTokenDocument,
    "\n              mutation AccessChangePassword {\n                changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") {\n                  id\n                }\n              }\n            ": types.AccessChangePasswordDocument,
    "\n          mutation AccessRevokeApiToken2($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              revokedAt\n            }\n          }\n        ": types.AccessRevokeApiToken2Document,
    "\n              query AccessViewer5 {\n                viewer {\n                  id\n                }\n              }\n            ": types.AccessViewer5Document,
    "\n              mutation AccessCreateTeam4 {\n                createTeam(name: \"Demoted Team\") {\n                  id\n                }\n              }\n            ": types.AccessCreateTeam4Document,
    "\n  mutation LightDoorsCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": types.LightDoorsCreateGroupDocument,
    "\n  mutation LightDoorsUpdateGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n": types.LightDoorsUpdateGroupDocument,
    "\n  mutation LightDoorsCopy($from: ID!, $to: [ID!]!, $s: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $from, targetAgentIds: $to, sections: $s) {\n      id\n    }\n  }\n": types.LightDoorsCopyDocument,
    "\n  mutation LightDoorsBulk($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $i) {\n      id\n    }\n  }\n": types.LightDoorsBulkDocument,
    "\n  mutation LightDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": types.LightDoorsInviteDocument,
    "\n  mutation LightDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": types.LightDoorsAcceptDocument,
    "\n  query LightDoorsAgent($id: ID!) {\n    agent(id: $id) {\n      type\n      isAdmin\n      isReportsAdmin\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n      teams {\n        name\n      }\n    }\n  }\n": types.LightDoorsAgentDocument,
    "\n  mutation LightAccessCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        permissions\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": types.LightAccessCreateDocument,
    "\n  mutation LightAccessRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n    }\n  }\n": types.LightAccessRenameOrgDocument,
    "\n  mutation LightAccessDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": types.LightAccessDeleteOrgDocument,
    "\n  mutation LightAccessRenameUsergroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n    }\n  }\n": types.LightAccessRenameUsergroupDocument,
    "\n  mutation LightAccessImportUsers($csv: String!) {\n    importUsersCsv(csv: $csv, dryRun: false) {\n      id\n    }\n  }\n": types.LightAccessImportUsersDocument,
    "\n  mutation LightAccessUpdatePermissionGroup($id: ID!, $p: [String!]!) {\n    updatePermissionGroup(id: $id, input: { permissions: $p }) {\n      id\n    }\n  }\n": types.LightAccessUpdatePermissionGroupDocument,
    "\n  mutation LightAccessCreatePermissionGroup($n: String!, $p: [String!]!) {\n    createPermissionGroup(input: { name: $n, permissions: $p }) {\n      id\n    }\n  }\n": types.LightAccessCreatePermissionGroupDocument,
    "\n  query LightAccessLicense {\n    license {\n      used\n    }\n  }\n": types.LightAccessLicenseDocument,
    "\n        mutation LightAccessJoinGroup($id: ID!, $i: UpdateAgentInput!) {\n          updateAgent(id: $id, input: $i) {\n            id\n          }\n        }\n      ": types.LightAccessJoinGroupDocument,
    "\n        query LightAccessMe {\n          viewer {\n            effectivePermissions\n          }\n        }\n      ": types.LightAccessMeDocument,
    "\n        mutation LightAccessConvert($id: ID!) {\n          updateAgent(id: $id, input: { type: LIGHT }) {\n            id\n            type\n            isAdmin\n          }\n        }\n      ": types.LightAccessConvertDocument,
    "\n  query AccessViewer2 {\n    viewer {\n      teams {\n        members {\n          email\n        }\n      }\n    }\n  }\n": types.AccessViewer2Document,
    "\n            query AccessViewer3 {\n              viewer {\n                id\n                email\n              }\n            }\n          ": types.AccessViewer3Document,
    "\n            query AccessViewer4 {\n              viewer {\n                email\n                mustChangePassword\n              }\n            }\n          ": types.AccessViewer4Document,
    "\n      mutation AccessLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": types.AccessLoginDocument,
    "\n  query AvatarLatestActorImage($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 1) {\n      edges {\n        node {\n          actorAvatarUrl\n        }\n      }\n    }\n  }\n": types.AvatarLatestActorImageDocument,
    "\n          query AvatarViewer {\n            viewer {\n              id\n              avatarUrl\n            }\n          }\n        ": types.AvatarViewerDocument,
    "\n        mutation AvatarDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": types.AvatarDeleteAgentDocument,
    "\n  mutation AgentChangesDeleteAgent2($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.AgentChangesDeleteAgent2Document,
    "\n              mutation AgentChangesDeleteAgent {\n                deleteAgent(id: \"987654\")\n              }\n            ": types.AgentChangesDeleteAgentDocument,
    "\n              query AgentChangesViewer {\n                viewer {\n                  id\n                }\n              }\n            ": types.AgentChangesViewerDocument,
    "\n              mutation AgentChangesLogin {\n                login(email: \"disable.me@example.com\", password: \"agent-password-1\") {\n                  token\n                }\n              }\n            ": types.AgentChangesLoginDocument,
    "\n          mutation AgentChangesDeleteAgent2($id: ID!) {\n            deleteAgent(id: $id)\n          }\n        ": types.AgentChangesDeleteAgent2Document,
    "\n      mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) {\n          ...TestAgent\n        }\n      }\n    ": types.AgentChangesCopyDocument,
    "\n  mutation EmailChangeUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      name\n    }\n  }\n": types.EmailChangeUpdateDocument,
    "\n  query EmailChangeViewer {\n    viewer {\n      id\n      email\n    }\n  }\n": types.EmailChangeViewerDocument,
    "\n  mutation EmailChangeCreateToken {\n    createApiToken(name: \"own email\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n": types.EmailChangeCreateTokenDocument,
    "\n  mutation NamespaceCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        email\n        extraEmails\n      }\n    }\n  }\n": types.NamespaceCreateDocument,
    "\n  mutation NamespaceUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      extraEmails\n    }\n  }\n": types.NamespaceUpdateDocument,
    "\n  query NamespaceGet($id: ID!) {\n    agent(id: $id) {\n      id\n      email\n      extraEmails\n    }\n  }\n": types.NamespaceGetDocument,
    "\n  mutation NamespaceDelete($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.NamespaceDeleteDocument,
    "\n  mutation NamespaceInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": types.NamespaceInviteDocument,
    "\n  mutation NamespaceBulkInvite($e: [String!]!) {\n    bulkInviteAgents(emails: $e) {\n      invited {\n        email\n      }\n      failed {\n        email\n        code\n        message\n      }\n    }\n  }\n": types.NamespaceBulkInviteDocument,
    "\n  mutation NamespaceAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": types.NamespaceAcceptDocument,
    "\n  mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n    }\n  }\n": types.AgentLinkLogSetTeamMembersDocument,
    "\n  mutation AgentLinkLogCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n": types.AgentLinkLogCreateTeamDocument,
    "\n  mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": types.AgentLinkLogCreatePermissionGroupDocument,
    "\n  mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n": types.AgentLinkLogUpdatePermissionGroupDocument,
    "\n  mutation AgentLinkLogDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": types.AgentLinkLogDeletePermissionGroupDocument,
    "\n  mutation AgentLinkLogDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.AgentLinkLogDeleteTeamDocument,
    "\n  mutation AgentLinkLogCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": types.AgentLinkLogCreateDepartmentDocument,
    "\n  mutation AgentLinkLogDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.AgentLinkLogDeleteDepartmentDocument,
    "\n  mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": types.AgentLinkLogUpdateAgentDocument,
    "\n        query AgentLinkLogViewer {\n          viewer {\n            id\n          }\n        }\n      ": types.AgentLinkLogViewerDocument,
    "\n  query TestOrderedAgents($f: AgentFilter, $first: Int, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $f, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TestOrderedAgentsDocument,
    "\n          mutation AgentsCreatePermissionGroup {\n            createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) {\n              id\n            }\n          }\n        ": types.AgentsCreatePermissionGroupDocument,
    "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.AuditLoginDocument,
    "\n  query AuditViewer {\n    viewer {\n      id\n    }\n  }\n": types.AuditViewerDocument,
    "\n  mutation AuditCreateToken($scopes: [String!]!) {\n    createApiToken(name: \"audit reader\", scopes: $scopes) {\n      token\n    }\n  }\n": types.AuditCreateTokenDocument,
    "\n  query AuthAgents {\n    agents {\n      totalCount\n    }\n  }\n": types.AuthAgentsDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      isAdmin\n      mustChangePassword\n    }\n  }\n": types.AuthViewerDocument,
    "\n        mutation AuthLogin {\n          login(email: \"ADMIN@example.com\", password: \"correct horse battery\") {\n            token\n            agent {\n              email\n              isAdmin\n            }\n          }\n        }\n      ": types.AuthLoginDocument,
    "\n        mutation AuthLogin2 {\n          login(email: \"admin@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      ": types.AuthLogin2Document,
    "\n        mutation AuthLogin3 {\n          login(email: \"ghost@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      ": types.AuthLogin3Document,
    "\n              mutation AuthLogin4 {\n                login(email: \"victim@example.com\", password: \"guess-guess-1\") {\n                  token\n                }\n              }\n            ": types.AuthLogin4Document,
    "\n        mutation AuthLogin5 {\n          login(email: \"victim@example.com\", password: \"victim-password-1\") {\n            token\n          }\n        }\n      ": types.AuthLogin5Document,
    "\n        mutation AuthLogin6 {\n          login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      ": types.AuthLogin6Document,
    "\n        mutation AuthLogin7 {\n          a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n          b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      ": types.AuthLogin7Document,
    "\n        mutation AuthCreateAgent {\n          createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) {\n            temporaryPassword\n            agent {\n              id\n              mustChangePassword\n            }\n          }\n        }\n      ": types.AuthCreateAgentDocument,
    "\n            mutation AuthChangePassword($c: String!) {\n              changePassword(currentPassword: $c, newPassword: \"short\") {\n                id\n              }\n            }\n          ": types.AuthChangePasswordDocument,
    "\n        mutation AuthChangePassword2($c: String!) {\n          changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") {\n            mustChangePassword\n          }\n        }\n      ": types.AuthChangePassword2Document,
    "\n            mutation AuthLoginTemp($p: String!) {\n              login(email: \"newbie@example.com\", password: $p) {\n                token\n              }\n            }\n          ": types.AuthLoginTempDocument,
    "\n        mutation AuthChangePassword3 {\n          changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") {\n            id\n          }\n        }\n      ": types.AuthChangePassword3Document,
    "\n            mutation AuthLogout {\n              logout\n            }\n          ": types.AuthLogoutDocument,
    "\n  query BoundListsUsergroupsOfTwo($a: ID!, $b: ID!) {\n    a: user(id: $a) {\n      usergroups {\n        name\n      }\n    }\n    b: user(id: $b) {\n      usergroups {\n        name\n      }\n    }\n  }\n": types.BoundListsUsergroupsOfTwoDocument,
    "\n          query ConcurrencyViewer {\n            viewer {\n              id\n            }\n          }\n        ": types.ConcurrencyViewerDocument,
    "\n  query CrmActivity($u: ID!, $first: Int, $after: String) {\n    userActivity(userId: $u, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          newValue\n          text\n          relatedUserId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrmActivityDocument,
    "\n  query CrmFiles($id: ID!) {\n    user(id: $id) {\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n      }\n    }\n  }\n": types.CrmFilesDocument,
    "\n  mutation CrmDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n": types.CrmDeleteFileDocument,
    "\n  mutation ManageRenameGroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": types.ManageRenameGroupDocument,
    "\n  mutation ManageDeleteGroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n": types.ManageDeleteGroupDocument,
    "\n  mutation ManageRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": types.ManageRenameOrgDocument,
    "\n  mutation ManageDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": types.ManageDeleteOrgDocument,
    "\n  query CrmMovedLog($id: ID!) {\n    changeLog(entityType: USER, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n          movedFrom {\n            userId\n            name\n            email\n            mergeId\n          }\n        }\n      }\n    }\n  }\n": types.CrmMovedLogDocument,
    "\n  query CrmMovedActivity($id: ID!) {\n    userActivity(userId: $id, first: 100) {\n      edges {\n        node {\n          kind\n          field\n          newValue\n          text\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CrmMovedActivityDocument,
    "\n  mutation CrmMergeLarge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n      merges(first: 1) {\n        id\n      }\n    }\n  }\n": types.CrmMergeLargeDocument,
    "\n  mutation CrmUndoMergeLarge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.CrmUndoMergeLargeDocument,
    "\n  query CrmMergesUndoable($id: ID!) {\n    user(id: $id) {\n      merges {\n        id\n        sourceName\n        undoUntil\n        undoable\n      }\n    }\n  }\n": types.CrmMergesUndoableDocument,
    "\n  query CrmSearchCount($f: UserFilter) {\n    users(filter: $f, first: 0) {\n      totalCount\n      totalCountIsExact\n    }\n  }\n": types.CrmSearchCountDocument,
    "\n      query CrmStatementPage($first: Int) {\n        users(first: $first) {\n          edges {\n            node {\n              id\n              primaryEmail\n              emails {\n                address\n              }\n              organization {\n                name\n              }\n              usergroups {\n                name\n              }\n              notes {\n                text\n              }\n            }\n          }\n        }\n      }\n    ": types.CrmStatementPageDocument,
    "\n  mutation ImpactCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": types.ImpactCreateDepartmentDocument,
    "\n  mutation ImpactGiveAccess($id: ID!, $d: [DepartmentAccessInput!]!) {\n    updateAgent(id: $id, input: { departments: $d }) {\n      id\n    }\n  }\n": types.ImpactGiveAccessDocument,
    "\n  mutation ImpactCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": types.ImpactCreateGroupDocument,
    "\n  query ImpactDepartments {\n    departments {\n      id\n      agentCount\n      permissionGroupCount\n    }\n  }\n": types.ImpactDepartmentsDocument,
    "\n  query ImpactOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          userCount\n        }\n      }\n    }\n  }\n": types.ImpactOrganizationsDocument,
    "\n  mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": types.TeamsDepartmentsCreatePermissionGroupDocument,
    "\n        mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      ": types.TeamsDepartmentsSetTeamMembers2Document,
    "\n            query TeamsDepartmentsPermissionGroups {\n              permissionGroups {\n                id\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.TeamsDepartmentsPermissionGroupsDocument,
    "\n  mutation EmailIdentityLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.EmailIdentityLoginDocument,
    "\n  mutation EmailIdentityInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n": types.EmailIdentityInviteAgentDocument,
    "\n          query FirstAdminViewer {\n            viewer {\n              name\n              email\n              isAdmin\n            }\n          }\n        ": types.FirstAdminViewerDocument,
    "\n          query GroupsPermissionCatalog {\n            permissionCatalog {\n              key\n              label\n              category\n              destructive\n            }\n          }\n        ": types.GroupsPermissionCatalogDocument,
    "\n          query GroupsChangeLog($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                  newValue\n                }\n              }\n            }\n          }\n        ": types.GroupsChangeLogDocument,
    "\n  query GroupsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": types.GroupsAgentDocument,
    "\n  query GroupsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GroupsAgentsDocument,
    "\n          query GroupsViewer2 {\n            viewer {\n              effectivePermissions\n            }\n          }\n        ": types.GroupsViewer2Document,
    "\n          query GroupsChangeLog2($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                }\n              }\n            }\n          }\n        ": types.GroupsChangeLog2Document,
    "\n            query GroupsPermissionGroups {\n              permissionGroups {\n                id\n              }\n            }\n          ": types.GroupsPermissionGroupsDocument,
    "\n        query GroupsAgent2($id: ID!) {\n          agent(id: $id) {\n            departments {\n              access\n              department {\n                name\n              }\n            }\n            effectiveDepartments {\n              access\n              department {\n                name\n              }\n            }\n          }\n        }\n      ": types.GroupsAgent2Document,
    "\n  query AccessViewer {\n    viewer {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n": types.AccessViewerDocument,
    "\n  mutation AccessCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        isAdmin\n      }\n    }\n  }\n": types.AccessCreateAgentDocument,
    "\n  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n": types.AccessUpdateAgentDocument,
    "\n  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {\n    createApiToken(name: $n, scopes: $s) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.AccessCreateApiTokenDocument,
    "\n  query AccessApiTokens {\n    apiTokens(includeRevoked: true) {\n      id\n      name\n      prefix\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.AccessApiTokensDocument,
    "\n  query AccessAgents {\n    agents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.AccessAgentsDocument,
    "\n  fragment AgentCrmFields on Agent {\n    id\n    name\n    phone\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n  }\n": types.AgentCrmFieldsFragmentDoc,
    "\n  query AgentCrmRecord($id: ID!) {\n    agent(id: $id) {\n      ...AgentCrmFields\n    }\n  }\n": types.AgentCrmRecordDocument,
    "\n  query AgentCrmNotesOnly($id: ID!) {\n    agent(id: $id) {\n      id\n      crmNotes {\n        text\n      }\n    }\n  }\n": types.AgentCrmNotesOnlyDocument,
    "\n  query AgentCrmPlain($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": types.AgentCrmPlainDocument,
    "\n  query AgentCrmViewer {\n    viewer {\n      id\n      crmSummary\n    }\n  }\n": types.AgentCrmViewerDocument,
    "\n  query AgentCrmList($f: AgentFilter, $first: Int) {\n    agents(filter: $f, first: $first) {\n      edges {\n        node {\n          id\n          crmSummary\n          crmContact {\n            phone\n          }\n          crmNotes {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.AgentCrmListDocument,
    "\n  mutation AgentCrmUpdate($id: ID!, $i: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $id, input: $i) {\n      ...AgentCrmFields\n    }\n  }\n": types.AgentCrmUpdateDocument,
    "\n  mutation AgentCrmAddNote($id: ID!, $t: String!) {\n    addAgentNote(agentId: $id, text: $t) {\n      ...AgentCrmFields\n    }\n  }\n": types.AgentCrmAddNoteDocument,
    "\n  query AgentCrmLog($id: ID!, $first: Int, $after: String) {\n    agentCrmChangeLog(agentId: $id, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgentCrmLogDocument,
    "\n  query AgentCrmFullLog($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n        }\n      }\n    }\n  }\n": types.AgentCrmFullLogDocument,
    "\n  mutation AgentCrmDeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.AgentCrmDeleteAgentDocument,
    "\n  fragment TestAgent on Agent {\n    id\n    email\n    name\n    alias\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    signature\n    permissions\n    effectivePermissions\n    canEditOwnTicketNotifications\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": types.TestAgentFragmentDoc,
    "\n  mutation TestCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        ...TestAgent\n      }\n    }\n  }\n": types.TestCreateAgentDocument,
    "\n  mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      ...TestAgent\n    }\n  }\n": types.TestUpdateAgentDocument,
    "\n  query TestGetAgent($id: ID!) {\n    agent(id: $id) {\n      ...TestAgent\n    }\n  }\n": types.TestGetAgentDocument,
    "\n  query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TestListAgentsDocument,
    "\n  query TestAgentLog($id: ID!, $first: Int) {\n    changeLog(entityType: AGENT, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n": types.TestAgentLogDocument,
    "\n  query TestLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n": types.TestLicenseDocument,
    "\n  query TestViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": types.TestViewerDocument,
    "\n  mutation TestCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n": types.TestCreateTeamDocument,
    "\n  mutation TestCreateBusinessUnit($n: String!) {\n    createBusinessUnit(name: $n) {\n      id\n    }\n  }\n": types.TestCreateBusinessUnitDocument,
    "\n  mutation TestCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": types.TestCreateDepartmentDocument,
    "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query AvatarOfAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      avatarUrl\n    }\n  }\n": types.AvatarOfAgentDocument,
    "\n  mutation AvatarDelete($id: ID!) {\n    deleteAgentAvatar(agentId: $id) {\n      id\n      avatarUrl\n    }\n  }\n": types.AvatarDeleteDocument,
    "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    usergroups {\n      id\n      name\n    }\n    summary\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    timezone\n    localTime\n    language\n    isAutoResponder\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    merges {\n      id\n      sourceUserId\n      undoneAt\n    }\n    createdAt\n  }\n": types.CrmUserFieldsFragmentDoc,
    "\n  mutation CrmCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmCreateUserDocument,
    "\n  mutation CrmUpdateUser($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmUpdateUserDocument,
    "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.CrmDeleteUserDocument,
    "\n  query CrmGetUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmGetUserDocument,
    "\n  query CrmListUsers($f: UserFilter, $first: Int, $after: String) {\n    users(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrmListUsersDocument,
    "\n  query CrmCountUsers($f: UserFilter) {\n    users(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n": types.CrmCountUsersDocument,
    "\n  mutation CrmAddEmail($u: ID!, $e: String!) {\n    addUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmAddEmailDocument,
    "\n  mutation CrmRemoveEmail($u: ID!, $e: String!) {\n    removeUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmRemoveEmailDocument,
    "\n  mutation CrmSetPrimary($u: ID!, $e: String!) {\n    setPrimaryUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmSetPrimaryDocument,
    "\n  mutation CrmAddNote($u: ID!, $t: String!) {\n    addUserNote(userId: $u, text: $t) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmAddNoteDocument,
    "\n  mutation CrmMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmMergeDocument,
    "\n  mutation CrmUndoMerge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmUndoMergeDocument,
    "\n  mutation CrmCreateOrg($n: String!) {\n    createOrganization(name: $n) {\n      id\n      name\n    }\n  }\n": types.CrmCreateOrgDocument,
    "\n  query CrmOrgs($s: String, $first: Int, $after: String) {\n    organizations(search: $s, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrmOrgsDocument,
    "\n  mutation CrmCreateGroup($n: String!) {\n    createUsergroup(name: $n) {\n      id\n      name\n    }\n  }\n": types.CrmCreateGroupDocument,
    "\n  query CrmGroups {\n    usergroups {\n      id\n      name\n    }\n  }\n": types.CrmGroupsDocument,
    "\n  query CrmUserLog($id: ID!, $first: Int) {\n    changeLog(entityType: USER, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n": types.CrmUserLogDocument,
    "\n  query CrmDuplicates($u: ID!) {\n    userDuplicates(userId: $u) {\n      reasons\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.CrmDuplicatesDocument,
    "\n  fragment CfFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n": types.CfFieldFieldsFragmentDoc,
    "\n  query CfList {\n    userCustomFields {\n      ...CfFieldFields\n    }\n  }\n": types.CfListDocument,
    "\n  mutation CfCreate($i: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $i) {\n      ...CfFieldFields\n    }\n  }\n": types.CfCreateDocument,
    "\n  mutation CfUpdate($id: ID!, $i: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $i) {\n      ...CfFieldFields\n    }\n  }\n": types.CfUpdateDocument,
    "\n  mutation CfDelete($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n": types.CfDeleteDocument,
    "\n  query CfUser($id: ID!) {\n    user(id: $id) {\n      id\n      customFields {\n        field {\n          id\n          name\n        }\n        value\n      }\n    }\n  }\n": types.CfUserDocument,
    "\n  mutation CfSet($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      customFields {\n        field {\n          name\n        }\n        value\n      }\n    }\n  }\n": types.CfSetDocument,
    "\n  query CfUsersPage($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          customFields {\n            field {\n              name\n            }\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CfUsersPageDocument,
    "\n  mutation CfReorder($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.CfReorderDocument,
    "\n  fragment GroupsGroup on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n  }\n": types.GroupsGroupFragmentDoc,
    "\n  query GroupsList {\n    permissionGroups {\n      ...GroupsGroup\n    }\n  }\n": types.GroupsListDocument,
    "\n  mutation GroupsCreate($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      ...GroupsGroup\n    }\n  }\n": types.GroupsCreateDocument,
    "\n  mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      ...GroupsGroup\n    }\n  }\n": types.GroupsUpdateDocument,
    "\n  mutation GroupsDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": types.GroupsDeletePermissionGroupDocument,
    "\n  query GroupsViewer {\n    viewer {\n      permissionGroups {\n        id\n      }\n    }\n  }\n": types.GroupsViewerDocument,
    "\n  mutation GroupsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n": types.GroupsCreateDepartmentDocument,
    "\n  mutation OidcFixturesCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      displayName\n      callbackUrl\n      oidc {\n        issuer\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n": types.OidcFixturesCreateSsoProviderDocument,
    "\n  mutation OnboardingInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      email\n      status\n      isAdmin\n      createdAt\n      expiresAt\n      lastSentAt\n    }\n  }\n": types.OnboardingInviteAgentDocument,
    "\n  query TeamsDepartmentsTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.TeamsDepartmentsTeamsDocument,
    "\n  mutation TeamsDepartmentsCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.TeamsDepartmentsCreateTeamDocument,
    "\n  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {\n    renameTeam(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": types.TeamsDepartmentsRenameTeamDocument,
    "\n  mutation TeamsDepartmentsDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.TeamsDepartmentsDeleteTeamDocument,
    "\n  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.TeamsDepartmentsSetTeamMembersDocument,
    "\n  query TeamsDepartmentsDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.TeamsDepartmentsDepartmentsDocument,
    "\n  mutation TeamsDepartmentsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n      name\n    }\n  }\n": types.TeamsDepartmentsCreateDepartmentDocument,
    "\n  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {\n    renameDepartment(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n": types.TeamsDepartmentsRenameDepartmentDocument,
    "\n  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.TeamsDepartmentsDeleteDepartmentDocument,
    "\n  query TeamsDepartmentsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      teams {\n        id\n        name\n      }\n      departments {\n        department {\n          id\n          name\n        }\n        access\n      }\n    }\n  }\n": types.TeamsDepartmentsAgentDocument,
    "\n  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": types.TeamsDepartmentsUpdateAgentDocument,
    "\n  query TeamsDepartmentsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TeamsDepartmentsAgentsDocument,
    "\n  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {\n    changeLog(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n": types.TeamsDepartmentsChangeLogDocument,
    "\n  mutation TestAppLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.TestAppLoginDocument,
    "\n  mutation TestAppCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n      }\n    }\n  }\n": types.TestAppCreateAgentDocument,
    "\n  mutation TwoStepLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n    }\n  }\n": types.TwoStepLoginDocument,
    "\n  query TwoStepStatus {\n    myTwoStepSignIn {\n      enabled\n      methods\n      recoveryCodesLeft\n      required\n    }\n  }\n": types.TwoStepStatusDocument,
    "\n  query TwoStepViewer {\n    viewer {\n      id\n      twoStepSignIn\n    }\n  }\n": types.TwoStepViewerDocument,
    "\n  mutation TwoStepReset($id: ID!) {\n    resetSecondFactor(agentId: $id) {\n      id\n      twoStepSignIn\n    }\n  }\n": types.TwoStepResetDocument,
    "\n  mutation TwoStepToken {\n    createApiToken(name: \"two-step\", scopes: [\"agents:read\"]) {\n      token\n    }\n  }\n": types.TwoStepTokenDocument,
    "\n  mutation TwoStepPasskeyStart {\n    startPasskeyRegistration\n  }\n": types.TwoStepPasskeyStartDocument,
    "\n  mutation TwoStepPasskeyFinish($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": types.TwoStepPasskeyFinishDocument,
    "\n  mutation TwoStepVerify($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      secondFactorRequired\n      agent {\n        id\n      }\n    }\n  }\n": types.TwoStepVerifyDocument,
    "\n  mutation TwoStepStart {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.TwoStepStartDocument,
    "\n  mutation TwoStepConfirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.TwoStepConfirmDocument,
    "\n  query VisibilityCrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": types.VisibilityCrmSettingsDocument,
    "\n  mutation VisibilityUpdateCrmSettings($i: CrmSettingsInput!) {\n    updateCrmSettings(input: $i) {\n      teamScopedUserVisibility\n      updatedByName\n    }\n  }\n": types.VisibilityUpdateCrmSettingsDocument,
    "\n  mutation VisibilitySetTeamOrganizations($id: ID!, $o: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $o) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.VisibilitySetTeamOrganizationsDocument,
    "\n  query VisibilityTeamOrganizations {\n    teams {\n      id\n      name\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.VisibilityTeamOrganizationsDocument,
    "\n  query VisibilityActivity($u: ID!) {\n    userActivity(userId: $u, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.VisibilityActivityDocument,
    "\n  query VisibilityUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n      }\n    }\n  }\n": types.VisibilityUserFilesDocument,
    "\n  mutation VisibilityDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n": types.VisibilityDeleteFileDocument,
    "\n  mutation VisibilityMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      merges {\n        id\n      }\n    }\n  }\n": types.VisibilityMergeDocument,
    "\n  query VisibilityOrganizationTeams {\n    organizations(first: 100) {\n      edges {\n        node {\n          name\n          teams {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.VisibilityOrganizationTeamsDocument,
    "\n  mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n": types.InputFormatCreatePermissionGroupDocument,
    "\n  mutation InputFormatCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n    }\n  }\n": types.InputFormatCreateSsoProviderDocument,
    "\n            mutation InputFormatInviteAgent($i: InviteAgentInput!) {\n              inviteAgent(input: $i) {\n                id\n              }\n            }\n          ": types.InputFormatInviteAgentDocument,
    "\n            mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n              updatePermissionGroup(id: $id, input: $i) {\n                id\n              }\n            }\n          ": types.InputFormatUpdatePermissionGroupDocument,
    "\n            mutation InputFormatBulkUpdate($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n              bulkUpdateAgents(ids: $ids, input: $i) {\n                id\n              }\n            }\n          ": types.InputFormatBulkUpdateDocument,
    "\n            query InputFormatAgents($i: AgentFilter) {\n              agents(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          ": types.InputFormatAgentsDocument,
    "\n            query InputFormatAgentOrder($i: AgentOrder) {\n              agents(orderBy: $i, first: 1) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.InputFormatAgentOrderDocument,
    "\n            query InputFormatAuditLog($i: AuditLogFilter) {\n              auditLog(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          ": types.InputFormatAuditLogDocument,
    "\n            mutation InputFormatSecuritySettings($i: SecuritySettingsInput!) {\n              updateSecuritySettings(input: $i) {\n                twoStepSignInRequired\n              }\n            }\n          ": types.InputFormatSecuritySettingsDocument,
    "\n            mutation InputFormatSsoSettings($i: SsoSettingsInput!) {\n              updateSsoSettings(input: $i) {\n                ssoRequired\n              }\n            }\n          ": types.InputFormatSsoSettingsDocument,
    "\n        query InputFormatInputTypes {\n          __schema {\n            types {\n              name\n              kind\n              inputFields {\n                name\n                type {\n                  kind\n                }\n              }\n            }\n          }\n        }\n      ": types.InputFormatInputTypesDocument,
    "\n        mutation InputFormatCopyAgentSettings {\n          copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) {\n            id\n          }\n        }\n      ": types.InputFormatCopyAgentSettingsDocument,
    "\n  query PreviewInvitationLink($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n    }\n  }\n": types.PreviewInvitationLinkDocument,
    "\n  mutation PreviewAcceptInvitation($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": types.PreviewAcceptInvitationDocument,
    "\n  mutation PreviewRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      status\n    }\n  }\n": types.PreviewRevokeInvitationDocument,
    "\n  query LicenseLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n": types.LicenseLicenseDocument,
    "\n  mutation LicenseCreateAgent($e: String!) {\n    createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n      agent {\n        id\n      }\n    }\n  }\n": types.LicenseCreateAgentDocument,
    "\n  mutation LicenseInviteAgent($e: String!) {\n    inviteAgent(input: { email: $e }) {\n      id\n    }\n  }\n": types.LicenseInviteAgentDocument,
    "\n        mutation LicenseDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": types.LicenseDeleteAgentDocument,
    "\n        mutation LicenseRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      ": types.LicenseRevokeInvitationDocument,
    "\n          mutation LicenseAcceptInvitation($t: String!) {\n            acceptInvitation(token: $t, password: \"accept-password-1\") {\n              token\n            }\n          }\n        ": types.LicenseAcceptInvitationDocument,
    "\n  mutation LightCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        isReportsAdmin\n        permissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": types.LightCreateDocument,
    "\n  mutation LightUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      type\n      isAdmin\n      isReportsAdmin\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n    }\n  }\n": types.LightUpdateDocument,
    "\n  query LightLicense {\n    license {\n      seats\n      used\n      available\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n  }\n": types.LightLicenseDocument,
    "\n  query LightAgentsOfType($type: AgentType) {\n    agents(filter: { type: $type }, first: 100) {\n      totalCount\n      edges {\n        node {\n          email\n          type\n        }\n      }\n    }\n  }\n": types.LightAgentsOfTypeDocument,
    "\n  mutation LightInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      agentType\n    }\n  }\n": types.LightInviteDocument,
    "\n  mutation LightBulkInvite($emails: [String!]!, $type: AgentType) {\n    bulkInviteAgents(emails: $emails, agentType: $type) {\n      invited {\n        email\n        agentType\n      }\n      failed {\n        email\n        code\n      }\n    }\n  }\n": types.LightBulkInviteDocument,
    "\n  mutation LightAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        isAdmin\n        effectivePermissions\n      }\n    }\n  }\n": types.LightAcceptDocument,
    "\n        mutation LightDelete($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      ": types.LightDeleteDocument,
    "\n  query LimitsViewer3 {\n    viewer {\n      email\n    }\n  }\n": types.LimitsViewer3Document,
    "\n        query LimitsIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n          __type(name: \"Agent\") {\n            name\n          }\n        }\n      ": types.LimitsIntrospectionDocument,
    "\n          query LimitsDepartments {\n            departments {\n              id\n              name\n            }\n          }\n        ": types.LimitsDepartmentsDocument,
    "\n            query LimitsDepartments2 {\n              departments {\n                id\n              }\n            }\n          ": types.LimitsDepartments2Document,
    "\n      mutation LimitsLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": types.LimitsLoginDocument,
    "\n  query LimitsViewer {\n    viewer {\n      id\n    }\n  }\n": types.LimitsViewerDocument,
    "\n          mutation LimitsCreateTeam {\n            createTeam(name: \"Deep Team\") {\n              id\n            }\n          }\n        ": types.LimitsCreateTeamDocument,
    "\n        mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      ": types.LimitsSetTeamMembersDocument,
    "\n      query LimitsAgents {\n        agents(first: 1) {\n          edges {\n            node {\n              departments {\n                department {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n        a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.LimitsAgentsDocument,
    "\n          query LimitsViewer2 {\n            viewer {\n              teams {\n                members {\n                  teams {\n                    members {\n                      id\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.LimitsViewer2Document,
    "\n        query LimitsAgents2 {\n          agents(first: 100) {\n            edges {\n              node {\n                teams {\n                  id\n                }\n                permissionGroups {\n                  id\n                }\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.LimitsAgents2Document,
    "\n      query LimitsAgents4($n: Int!) {\n        agents(first: $n) {\n          totalCount\n          edges {\n            node {\n              id\n              email\n              teams {\n                id\n                name\n              }\n              permissionGroups {\n                id\n                name\n                permissions\n              }\n              departments {\n                access\n                department {\n                  id\n                  name\n                }\n              }\n              effectivePermissions\n            }\n          }\n        }\n      }\n    ": types.LimitsAgents4Document,
    "\n  mutation MailLanguageCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        id\n      }\n    }\n  }\n": types.MailLanguageCreateDocument,
    "\n  mutation MailLanguageSendReset($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n": types.MailLanguageSendResetDocument,
    "\n  mutation MailLanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.MailLanguageRequestResetDocument,
    "\n  mutation MailLanguageStartTotp {\n    startTotpEnrolment {\n      secret\n    }\n  }\n": types.MailLanguageStartTotpDocument,
    "\n  mutation MailLanguageConfirmTotp($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.MailLanguageConfirmTotpDocument,
    "\n  mutation MailLanguageAccept($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      agent {\n        language\n      }\n    }\n  }\n": types.MailLanguageAcceptDocument,
    "\n  mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) {\n    acceptInvitation(token: $t, name: $n, password: $p) {\n      token\n      agent {\n        id\n        email\n        name\n        isAdmin\n        teams {\n          name\n        }\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n": types.OnboardingAcceptInvitationDocument,
    "\n        mutation OnboardingCreateTeam {\n          createTeam(name: \"Night Shift\") {\n            id\n          }\n        }\n      ": types.OnboardingCreateTeamDocument,
    "\n        query OnboardingInvitations2 {\n          invitations(status: PENDING) {\n            email\n            invitedByName\n            createdAt\n          }\n        }\n      ": types.OnboardingInvitations2Document,
    "\n        query OnboardingViewer {\n          viewer {\n            email\n          }\n        }\n      ": types.OnboardingViewerDocument,
    "\n        query OnboardingInvitations3 {\n          invitations {\n            email\n            status\n          }\n        }\n      ": types.OnboardingInvitations3Document,
    "\n        mutation OnboardingResendInvitation($id: ID!) {\n          resendInvitation(id: $id) {\n            id\n            status\n            createdAt\n            lastSentAt\n          }\n        }\n      ": types.OnboardingResendInvitationDocument,
    "\n        mutation OnboardingRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      ": types.OnboardingRevokeInvitationDocument,
    "\n        query OnboardingInvitations4 {\n          invitations(status: REVOKED) {\n            email\n          }\n        }\n      ": types.OnboardingInvitations4Document,
    "\n        query OnboardingChangeLog($id: ID!) {\n          changeLog(entityType: INVITATION, entityId: $id) {\n            edges {\n              node {\n                field\n                newValue\n                actorName\n              }\n            }\n          }\n        }\n      ": types.OnboardingChangeLogDocument,
    "\n        query OnboardingInvitations5 {\n          invitations(status: EXPIRED) {\n            email\n            status\n          }\n        }\n      ": types.OnboardingInvitations5Document,
    "\n            query OnboardingInvitations6 {\n              invitations {\n                id\n              }\n            }\n          ": types.OnboardingInvitations6Document,
    "\n  query OnboardingLicense {\n    license {\n      used\n    }\n  }\n": types.OnboardingLicenseDocument,
    "\n        mutation OnboardingCreateAgent {\n          createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n            temporaryPassword\n            agent {\n              id\n            }\n          }\n        }\n      ": types.OnboardingCreateAgentDocument,
    "\n        mutation OnboardingCreateAgent2 {\n          createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.OnboardingCreateAgent2Document,
    "\n        query OnboardingInvitations {\n          invitations {\n            id\n            status\n          }\n        }\n      ": types.OnboardingInvitationsDocument,
    "\n        mutation OnboardingCreateAgent3 {\n          createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.OnboardingCreateAgent3Document,
    "\n        mutation OnboardingCreateAgent4 {\n          createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.OnboardingCreateAgent4Document,
    "\n        query OnboardingOutbox {\n          outbox(status: FAILED) {\n            id\n            toAddress\n            status\n            attempts\n            lastError\n          }\n        }\n      ": types.OnboardingOutboxDocument,
    "\n        mutation OnboardingRetryOutboxMessage($id: ID!) {\n          retryOutboxMessage(id: $id) {\n            status\n          }\n        }\n      ": types.OnboardingRetryOutboxMessageDocument,
    "\n            query OnboardingOutbox2 {\n              outbox(status: FAILED) {\n                id\n              }\n            }\n          ": types.OnboardingOutbox2Document,
    "\n  mutation PasskeySignInStart {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n": types.PasskeySignInStartDocument,
    "\n  mutation PasskeySignInFinish($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      secondFactorRequired\n      enrolmentRequired\n      agent {\n        id\n      }\n    }\n  }\n": types.PasskeySignInFinishDocument,
    "\n  mutation PasskeySignInRegenerate($password: String) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": types.PasskeySignInRegenerateDocument,
    "\n  mutation PasskeySignInRequire($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n": types.PasskeySignInRequireDocument,
    "\n  mutation TwoStepPasskeyStep {\n    startPasskeySecondStep\n  }\n": types.TwoStepPasskeyStepDocument,
    "\n  mutation TwoStepPasskeyVerify($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n    }\n  }\n": types.TwoStepPasskeyVerifyDocument,
    "\n  query TwoStepPasskeys {\n    myPasskeys {\n      id\n      name\n      lastUsedAt\n    }\n  }\n": types.TwoStepPasskeysDocument,
    "\n  mutation TwoStepPasskeyRemove($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.TwoStepPasskeyRemoveDocument,
    "\n  mutation ResetRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ResetRequestDocument,
    "\n  mutation ResetSetWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n    }\n  }\n": types.ResetSetWithTokenDocument,
    "\n  mutation ResetSend($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n": types.ResetSendDocument,
    "\n  mutation ResetTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n      expiresAt\n      agent {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.ResetTemporaryDocument,
    "\n  query ResetViewer {\n    viewer {\n      id\n    }\n  }\n": types.ResetViewerDocument,
    "\n  mutation ResetDisable($id: ID!) {\n    updateAgent(id: $id, input: { status: DISABLED }) {\n      id\n    }\n  }\n": types.ResetDisableDocument,
    "\n  mutation ResetCreateToken {\n    createApiToken(name: \"reset\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n": types.ResetCreateTokenDocument,
    "\n        mutation SafetyToken($n: String!, $s: [String!]!) {\n          createApiToken(name: $n, scopes: $s) {\n            token\n          }\n        }\n      ": types.SafetyTokenDocument,
    "\n        mutation SafetyMustChange($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.SafetyMustChangeDocument,
    "\n  query ReplicaAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n    }\n  }\n": types.ReplicaAgentDocument,
    "\n  query ReplicaUsers {\n    users(first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReplicaUsersDocument,
    "\n  mutation ReplicaCreateUser {\n    createUser(input: { name: \"Replica user\", emails: [\"replica-user@example.com\"] }) {\n      id\n    }\n  }\n": types.ReplicaCreateUserDocument,
    "\n  mutation ReplicaRename($id: ID!, $name: String!) {\n    updateAgent(id: $id, input: { name: $name }) {\n      id\n      name\n    }\n  }\n": types.ReplicaRenameDocument,
    "\n  mutation ReplicaToken {\n    createApiToken(name: \"replica reads\", scopes: [\"agents:read\", \"agents:write\"]) {\n      token\n    }\n  }\n": types.ReplicaTokenDocument,
    "\n  mutation SamlReadMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n": types.SamlReadMetadataDocument,
    "\n  mutation SamlCreateProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      id\n      saml {\n        idpEntityId\n        spEntityId\n        acsUrl\n        spMetadataUrl\n      }\n    }\n  }\n": types.SamlCreateProviderDocument,
    "\n  query SamlViewer {\n    viewer {\n      email\n      name\n    }\n  }\n": types.SamlViewerDocument,
    "\n  query ScaleOutViewer {\n    viewer {\n      email\n    }\n  }\n": types.ScaleOutViewerDocument,
    "\n        mutation ScaleOutLogout {\n          logout\n        }\n      ": types.ScaleOutLogoutDocument,
    "\n          mutation ScaleOutLogin {\n            login(email: \"admin@example.com\", password: \"not-the-password\") {\n              token\n            }\n          }\n        ": types.ScaleOutLoginDocument,
    "\n        mutation ScaleOutCreateAgent {\n          createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      ": types.ScaleOutCreateAgentDocument,
    "\n              mutation ScaleOutCreateAgent2($e: String!) {\n                createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n                  agent {\n                    id\n                  }\n                }\n              }\n            ": types.ScaleOutCreateAgent2Document,
    "\n              mutation ScaleOutInviteAgent($e: String!) {\n                inviteAgent(input: { email: $e }) {\n                  id\n                }\n              }\n            ": types.ScaleOutInviteAgentDocument,
    "\n            query ScaleOutLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          ": types.ScaleOutLicenseDocument,
    "\n  query SeedSearchUsers($search: String!) {\n    users(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n": types.SeedSearchUsersDocument,
    "\n        mutation SeedCustomField($input: CreateUserCustomFieldInput!) {\n          createUserCustomField(input: $input) {\n            id\n          }\n        }\n      ": types.SeedCustomFieldDocument,
    "\n          query SeedViewer {\n            viewer {\n              email\n              isAdmin\n              teams {\n                name\n              }\n              permissionGroups {\n                name\n              }\n              effectivePermissions\n            }\n          }\n        ": types.SeedViewerDocument,
    "\n        mutation SeedLogin($e: String!, $p: String!) {\n          login(email: $e, password: $p) {\n            token\n          }\n        }\n      ": types.SeedLoginDocument,
    "\n        query SeedAgents {\n          agents(first: 100) {\n            totalCount\n            edges {\n              node {\n                email\n                departments {\n                  access\n                  department {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.SeedAgentsDocument,
    "\n        query ServingViewer {\n          viewer {\n            id\n          }\n        }\n      ": types.ServingViewerDocument,
    "\n  mutation SessionsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.SessionsLoginDocument,
    "\n  query SessionsMine {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.SessionsMineDocument,
    "\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.SessionsRevokeDocument,
    "\n  mutation SessionsRevokeOthers {\n    revokeOtherSessions\n  }\n": types.SessionsRevokeOthersDocument,
    "\n  mutation SessionsEverywhere($id: ID!) {\n    signOutAgentEverywhere(agentId: $id) {\n      id\n    }\n  }\n": types.SessionsEverywhereDocument,
    "\n  query SessionsLastSignIn($id: ID!) {\n    agent(id: $id) {\n      lastSignInAt\n    }\n  }\n": types.SessionsLastSignInDocument,
    "\n  query SessionsListSignIn($search: String) {\n    agents(first: 5, filter: { search: $search }) {\n      edges {\n        node {\n          email\n          lastSignInAt\n        }\n      }\n    }\n  }\n": types.SessionsListSignInDocument,
    "\n  mutation SessionsCreateToken($expiresAt: DateTime) {\n    createApiToken(name: \"expiring\", scopes: [\"agents:read\"], expiresAt: $expiresAt) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.SessionsCreateTokenDocument,
    "\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n": types.SessionsViewerDocument,
    "\n  query SsoOidcViewer {\n    viewer {\n      id\n      email\n      name\n      type\n      mustEnrolSecondFactor\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n": types.SsoOidcViewerDocument,
    "\n  query SsoOidcStage {\n    viewer {\n      id\n      mustEnrolSecondFactor\n    }\n  }\n": types.SsoOidcStageDocument,
    "\n  mutation SsoOidcCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": types.SsoOidcCreateTeamDocument,
    "\n  mutation SsoOidcUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n": types.SsoOidcUpdateAgentDocument,
    "\n  query SsoOidcAudit {\n    auditLog(filter: { action: \"auth.sign_in\" }, first: 5) {\n      edges {\n        node {\n          outcome\n          details\n        }\n      }\n    }\n  }\n": types.SsoOidcAuditDocument,
    "\n  mutation SsoOidcSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n      breakGlassAdmins {\n        email\n      }\n    }\n  }\n": types.SsoOidcSettingsDocument,
    "\n  mutation SsoOidcSecurity($i: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $i) {\n      twoStepSignInRequired\n    }\n  }\n": types.SsoOidcSecurityDocument,
    "\n  mutation SsoOidcLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.SsoOidcLoginDocument,
    "\n  mutation SsoOidcReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": types.SsoOidcResetDocument,
    "\n  query SsoOidcLicense {\n    license {\n      available\n    }\n  }\n": types.SsoOidcLicenseDocument,
    "\n  mutation SsoOidcCreateLightProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      defaultAgentType\n    }\n  }\n": types.SsoOidcCreateLightProviderDocument,
    "\n  mutation SsoOidcBulkInvite($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n      }\n    }\n  }\n": types.SsoOidcBulkInviteDocument,
    "\n  query SsoProvidersList {\n    ssoProviders {\n      id\n      displayName\n      enabled\n      trustProviderMfa\n      groupTeamMappings {\n        group\n        teamId\n      }\n      oidc {\n        issuer\n        clientSecretSet\n        scopes\n      }\n    }\n  }\n": types.SsoProvidersListDocument,
    "\n  query SsoProvidersPublic {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n": types.SsoProvidersPublicDocument,
    "\n  mutation SsoProvidersUpdate($id: ID!, $i: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $i) {\n      id\n      enabled\n      oidc {\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n": types.SsoProvidersUpdateDocument,
    "\n  mutation SsoProvidersDelete($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n": types.SsoProvidersDeleteDocument,
    "\n  mutation SsoProvidersSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n": types.SsoProvidersSettingsDocument,
    "\n  mutation SsoDoorsCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": types.SsoDoorsCreateTeamDocument,
    "\n  mutation SsoDoorsSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n": types.SsoDoorsSettingsDocument,
    "\n  mutation SsoDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      status\n    }\n  }\n": types.SsoDoorsInviteDocument,
    "\n  query SsoDoorsInvitations {\n    invitations(status: ACCEPTED) {\n      email\n      status\n    }\n  }\n": types.SsoDoorsInvitationsDocument,
    "\n  query SsoDoorsPreview($t: String!) {\n    invitationPreview(token: $t) {\n      status\n      email\n      ssoRequired\n    }\n  }\n": types.SsoDoorsPreviewDocument,
    "\n  mutation SsoDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n": types.SsoDoorsAcceptDocument,
    "\n  mutation SsoDoorsRequestReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": types.SsoDoorsRequestResetDocument,
    "\n  mutation SsoDoorsSetWithToken($t: String!, $p: String!) {\n    setPasswordWithToken(token: $t, password: $p) {\n      token\n    }\n  }\n": types.SsoDoorsSetWithTokenDocument,
    "\n  mutation SsoDoorsTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n    }\n  }\n": types.SsoDoorsTemporaryDocument,
    "\n  mutation SsoDoorsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n": types.SsoDoorsLoginDocument,
    "\n  query SsoDoorsViewer {\n    viewer {\n      id\n      email\n      type\n      isAdmin\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n": types.SsoDoorsViewerDocument,
    "\n    mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) {\n        id\n      }\n    }\n  ": types.StatementCountCopyAgentSettingsDocument,
    "\n          query StatementCountAgent($id: ID!) {\n            agent(id: $id) {\n              timezone\n              teams {\n                name\n              }\n            }\n          }\n        ": types.StatementCountAgentDocument,
    "\n    query CountedAgentsWithTotal {\n      agents(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": types.CountedAgentsWithTotalDocument,
    "\n    query CountedAgentsWithoutTotal {\n      agents(first: 10) {\n        ...CountedAgentsPage\n      }\n    }\n    fragment CountedAgentsPage on AgentConnection {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  ": types.CountedAgentsWithoutTotalDocument,
    "\n    query CountedUsers($filter: UserFilter, $first: Int) {\n      users(filter: $filter, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            primaryEmail\n            emails {\n              address\n              isPrimary\n            }\n            organization {\n              id\n              name\n            }\n            usergroups {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.CountedUsersDocument,
    "\n          query TeamsDepartmentsViewer {\n            viewer {\n              name\n            }\n          }\n        ": types.TeamsDepartmentsViewerDocument,
    "\n  query TokenRulesViewer {\n    viewer {\n      id\n    }\n  }\n": types.TokenRulesViewerDocument,
    "\n          mutation TokenRulesCreateApiToken {\n            createApiToken(name: \"integration\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        ": types.TokenRulesCreateApiTokenDocument,
    "\n          query TokenRulesAgents {\n            agents(first: 100) {\n              edges {\n                node {\n                  email\n                }\n              }\n            }\n          }\n        ": types.TokenRulesAgentsDocument,
    "\n            mutation TokenRulesDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          ": types.TokenRulesDeleteAgentDocument,
    "\n      mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n          id\n        }\n      }\n    ": types.TokenRulesCopyAgentSettingsDocument,
    "\n            mutation TokenRulesInviteAgent {\n              inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) {\n                id\n              }\n            }\n          ": types.TokenRulesInviteAgentDocument,
    "\n            mutation TokenRulesInviteAgent2 {\n              inviteAgent(input: { email: \"invited.plain@example.com\" }) {\n                isAdmin\n              }\n            }\n          ": types.TokenRulesInviteAgent2Document,
    "\n          mutation TokenRulesCreateApiToken2 {\n            createApiToken(name: \"second\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        ": types.TokenRulesCreateApiToken2Document,
    "\n        query TokenRulesViewer {\n          viewer {\n            id\n          }\n        }\n      ": types.TokenRulesViewerDocument,
    "\n        query TokenRulesAgents2 {\n          agents(first: 1) {\n            totalCount\n          }\n        }\n      ": types.TokenRulesAgents2Document,
    "\n        mutation TokenRulesChangePassword {\n          changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") {\n            id\n          }\n        }\n      ": types.TokenRulesChangePasswordDocument,
    "\n  mutation TwoStepRegenerate($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": types.TwoStepRegenerateDocument,
    "\n  mutation TwoStepDisable($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n": types.TwoStepDisableDocument,
    "\n  query TwoStepAgents {\n    agents(first: 5) {\n      totalCount\n    }\n  }\n": types.TwoStepAgentsDocument,
    "\n  mutation TwoStepSettings($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n": types.TwoStepSettingsDocument,
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
export function graphql(source: "\n  mutation AbuseLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AbuseLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseAcceptInvitation {\n            acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseAcceptInvitation {\n            acceptInvitation(token: \"inv_bogus\", password: \"long-enough-password\") {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AbuseChangePassword($c: String!) {\n            changePassword(currentPassword: $c, newPassword: \"another-password-2\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AbuseChangePassword($c: String!) {\n            changePassword(currentPassword: $c, newPassword: \"another-password-2\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseCreateAgent($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseCreateAgent($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AbuseViewer {\n              viewer {\n                email\n              }\n            }\n          "): (typeof documents)["\n            query AbuseViewer {\n              viewer {\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AbuseViewer {\n          viewer {\n            email\n          }\n        }\n      "): (typeof documents)["\n        query AbuseViewer {\n          viewer {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseUpdateAgent($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: false }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseUpdateAgent($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: false }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AbuseUpdateAgent2($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: true }) {\n            mustChangePassword\n          }\n        }\n      "): (typeof documents)["\n        mutation AbuseUpdateAgent2($id: ID!) {\n          updateAgent(id: $id, input: { forcePasswordChange: true }) {\n            mustChangePassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AbuseAgents {\n              agents {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query AbuseAgents {\n              agents {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessCreatePermissionGroup {\n          createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessCreatePermissionGroup {\n          createPermissionGroup(input: { name: \"No Profile\", permissions: [\"tickets.reply\"] }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessInviteAgent2 {\n                inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessInviteAgent2 {\n                inviteAgent(input: { email: \"future-admin@example.com\", isAdmin: true }) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {\n                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCopyAgentSettings2($s: ID!, $t: [ID!]!) {\n                copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCreateTeam5 {\n                createTeam(name: \"Promoted Team\") {\n                  name\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCreateTeam5 {\n                createTeam(name: \"Promoted Team\") {\n                  name\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreateTeam {\n              createTeam(name: \"Existing Team\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreateTeam {\n              createTeam(name: \"Existing Team\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreateBusinessUnit {\n              createBusinessUnit(name: \"Existing Unit\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreateBusinessUnit {\n              createBusinessUnit(name: \"Existing Unit\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreateBusinessUnit2 {\n              createBusinessUnit(name: \"Sneaky Unit\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreateBusinessUnit2 {\n              createBusinessUnit(name: \"Sneaky Unit\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessRenameBusinessUnit($id: ID!) {\n              renameBusinessUnit(id: $id, name: \"Renamed Unit\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessRenameBusinessUnit($id: ID!) {\n              renameBusinessUnit(id: $id, name: \"Renamed Unit\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessDeleteBusinessUnit($id: ID!) {\n              deleteBusinessUnit(id: $id)\n            }\n          "): (typeof documents)["\n            mutation AccessDeleteBusinessUnit($id: ID!) {\n              deleteBusinessUnit(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          "): (typeof documents)["\n            mutation AccessDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreateTeam2 {\n              createTeam(name: \"Sneaky Team\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreateTeam2 {\n              createTeam(name: \"Sneaky Team\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {\n              setTeamMembers(id: $id, agentIds: $a) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessSetTeamMembers($id: ID!, $a: [ID!]!) {\n              setTeamMembers(id: $id, agentIds: $a) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreatePermissionGroup2 {\n              createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreatePermissionGroup2 {\n              createPermissionGroup(input: { name: \"Sneaky Group\", permissions: [] }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCreateDepartment {\n              createDepartment(name: \"Sneaky Department\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCreateDepartment {\n              createDepartment(name: \"Sneaky Department\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessInviteAgent {\n              inviteAgent(input: { email: \"invitee@example.com\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessInviteAgent {\n              inviteAgent(input: { email: \"invitee@example.com\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          "): (typeof documents)["\n            query AccessLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessInvitations {\n              invitations {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query AccessInvitations {\n              invitations {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {\n              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AccessCopyAgentSettings($s: ID!, $t: [ID!]!) {\n              copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS]) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AccessLicense2 {\n                license {\n                  seats\n                }\n              }\n            "): (typeof documents)["\n              query AccessLicense2 {\n                license {\n                  seats\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCreateDepartment2 {\n                createDepartment(name: \"Admin Department\") {\n                  name\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCreateDepartment2 {\n                createDepartment(name: \"Admin Department\") {\n                  name\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AccessAgent($id: ID!) {\n                agent(id: $id) {\n                  alias\n                }\n              }\n            "): (typeof documents)["\n              query AccessAgent($id: ID!) {\n                agent(id: $id) {\n                  alias\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessTeams {\n            businessUnits {\n              name\n              agentCount\n            }\n            teams {\n              id\n            }\n            permissionGroups {\n              id\n            }\n            departments {\n              id\n            }\n            permissionCatalog {\n              key\n            }\n          }\n        "): (typeof documents)["\n          query AccessTeams {\n            businessUnits {\n              name\n              agentCount\n            }\n            teams {\n              id\n            }\n            permissionGroups {\n              id\n            }\n            departments {\n              id\n            }\n            permissionCatalog {\n              key\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessAgent2($id: ID!) {\n          agent(id: $id) {\n            canEditOwnTicketNotifications\n            ticketNotifications {\n              event\n              email\n              browser\n            }\n            otherNotifications {\n              event\n              email\n              browser\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessAgent2($id: ID!) {\n          agent(id: $id) {\n            canEditOwnTicketNotifications\n            ticketNotifications {\n              event\n              email\n              browser\n            }\n            otherNotifications {\n              event\n              email\n              browser\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessOutbox {\n    outbox {\n      toAddress\n      subject\n    }\n  }\n"): (typeof documents)["\n  query AccessOutbox {\n    outbox {\n      toAddress\n      subject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCreateTeam3 {\n                createTeam(name: \"Read Only Team\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCreateTeam3 {\n                createTeam(name: \"Read Only Team\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AccessBusinessUnits {\n                businessUnits {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query AccessBusinessUnits {\n                businessUnits {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCreateBusinessUnit3 {\n                createBusinessUnit(name: \"Read Only Unit\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCreateBusinessUnit3 {\n                createBusinessUnit(name: \"Read Only Unit\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AccessTeams2 {\n                teams {\n                  id\n                }\n                businessUnits {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query AccessTeams2 {\n                teams {\n                  id\n                }\n                businessUnits {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessRevokeApiToken($id: ID!) {\n                revokeApiToken(id: $id) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessRevokeApiToken($id: ID!) {\n                revokeApiToken(id: $id) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessChangePassword {\n                changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessChangePassword {\n                changePassword(currentPassword: \"x\", newPassword: \"y-y-y-y-y-y-y\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessRevokeApiToken2($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              revokedAt\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessRevokeApiToken2($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              revokedAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AccessViewer5 {\n                viewer {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query AccessViewer5 {\n                viewer {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AccessCreateTeam4 {\n                createTeam(name: \"Demoted Team\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AccessCreateTeam4 {\n                createTeam(name: \"Demoted Team\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsUpdateGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsUpdateGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsCopy($from: ID!, $to: [ID!]!, $s: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $from, targetAgentIds: $to, sections: $s) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsCopy($from: ID!, $to: [ID!]!, $s: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $from, targetAgentIds: $to, sections: $s) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsBulk($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsBulk($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LightDoorsAgent($id: ID!) {\n    agent(id: $id) {\n      type\n      isAdmin\n      isReportsAdmin\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n      teams {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LightDoorsAgent($id: ID!) {\n    agent(id: $id) {\n      type\n      isAdmin\n      isReportsAdmin\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n      teams {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        permissions\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        permissions\n        effectivePermissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"): (typeof documents)["\n  mutation LightAccessDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessRenameUsergroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessRenameUsergroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessImportUsers($csv: String!) {\n    importUsersCsv(csv: $csv, dryRun: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessImportUsers($csv: String!) {\n    importUsersCsv(csv: $csv, dryRun: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessUpdatePermissionGroup($id: ID!, $p: [String!]!) {\n    updatePermissionGroup(id: $id, input: { permissions: $p }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessUpdatePermissionGroup($id: ID!, $p: [String!]!) {\n    updatePermissionGroup(id: $id, input: { permissions: $p }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccessCreatePermissionGroup($n: String!, $p: [String!]!) {\n    createPermissionGroup(input: { name: $n, permissions: $p }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccessCreatePermissionGroup($n: String!, $p: [String!]!) {\n    createPermissionGroup(input: { name: $n, permissions: $p }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LightAccessLicense {\n    license {\n      used\n    }\n  }\n"): (typeof documents)["\n  query LightAccessLicense {\n    license {\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LightAccessJoinGroup($id: ID!, $i: UpdateAgentInput!) {\n          updateAgent(id: $id, input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LightAccessJoinGroup($id: ID!, $i: UpdateAgentInput!) {\n          updateAgent(id: $id, input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LightAccessMe {\n          viewer {\n            effectivePermissions\n          }\n        }\n      "): (typeof documents)["\n        query LightAccessMe {\n          viewer {\n            effectivePermissions\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LightAccessConvert($id: ID!) {\n          updateAgent(id: $id, input: { type: LIGHT }) {\n            id\n            type\n            isAdmin\n          }\n        }\n      "): (typeof documents)["\n        mutation LightAccessConvert($id: ID!) {\n          updateAgent(id: $id, input: { type: LIGHT }) {\n            id\n            type\n            isAdmin\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessViewer2 {\n    viewer {\n      teams {\n        members {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessViewer2 {\n    viewer {\n      teams {\n        members {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessViewer3 {\n              viewer {\n                id\n                email\n              }\n            }\n          "): (typeof documents)["\n            query AccessViewer3 {\n              viewer {\n                id\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AccessViewer4 {\n              viewer {\n                email\n                mustChangePassword\n              }\n            }\n          "): (typeof documents)["\n            query AccessViewer4 {\n              viewer {\n                email\n                mustChangePassword\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    "): (typeof documents)["\n      mutation AccessLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvatarLatestActorImage($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 1) {\n      edges {\n        node {\n          actorAvatarUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AvatarLatestActorImage($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 1) {\n      edges {\n        node {\n          actorAvatarUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AvatarViewer {\n            viewer {\n              id\n              avatarUrl\n            }\n          }\n        "): (typeof documents)["\n          query AvatarViewer {\n            viewer {\n              id\n              avatarUrl\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AvatarDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "): (typeof documents)["\n        mutation AvatarDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentChangesDeleteAgent2($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgentChangesDeleteAgent2($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AgentChangesDeleteAgent {\n                deleteAgent(id: \"987654\")\n              }\n            "): (typeof documents)["\n              mutation AgentChangesDeleteAgent {\n                deleteAgent(id: \"987654\")\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AgentChangesViewer {\n                viewer {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query AgentChangesViewer {\n                viewer {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AgentChangesLogin {\n                login(email: \"disable.me@example.com\", password: \"agent-password-1\") {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation AgentChangesLogin {\n                login(email: \"disable.me@example.com\", password: \"agent-password-1\") {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AgentChangesDeleteAgent2($id: ID!) {\n            deleteAgent(id: $id)\n          }\n        "): (typeof documents)["\n          mutation AgentChangesDeleteAgent2($id: ID!) {\n            deleteAgent(id: $id)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) {\n          ...TestAgent\n        }\n      }\n    "): (typeof documents)["\n      mutation AgentChangesCopy($s: ID!, $t: [ID!]!, $sec: [AgentSettingsSection!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: $sec) {\n          ...TestAgent\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailChangeViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query EmailChangeViewer {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChangeCreateToken {\n    createApiToken(name: \"own email\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChangeCreateToken {\n    createApiToken(name: \"own email\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        email\n        extraEmails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NamespaceCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        email\n        extraEmails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      extraEmails\n    }\n  }\n"): (typeof documents)["\n  mutation NamespaceUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      email\n      extraEmails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamespaceGet($id: ID!) {\n    agent(id: $id) {\n      id\n      email\n      extraEmails\n    }\n  }\n"): (typeof documents)["\n  query NamespaceGet($id: ID!) {\n    agent(id: $id) {\n      id\n      email\n      extraEmails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceDelete($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation NamespaceDelete($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NamespaceInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceBulkInvite($e: [String!]!) {\n    bulkInviteAgents(emails: $e) {\n      invited {\n        email\n      }\n      failed {\n        email\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NamespaceBulkInvite($e: [String!]!) {\n    bulkInviteAgents(emails: $e) {\n      invited {\n        email\n      }\n      failed {\n        email\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamespaceAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation NamespaceAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgentLinkLogUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AgentLinkLogViewer {\n          viewer {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query AgentLinkLogViewer {\n          viewer {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestOrderedAgents($f: AgentFilter, $first: Int, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $f, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestOrderedAgents($f: AgentFilter, $first: Int, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $f, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AgentsCreatePermissionGroup {\n            createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AgentsCreatePermissionGroup {\n            createPermissionGroup(input: { name: \"Chat only\", permissions: [\"chat.use\", \"chat.transfer\"] }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuditLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuditViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateToken($scopes: [String!]!) {\n    createApiToken(name: \"audit reader\", scopes: $scopes) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateToken($scopes: [String!]!) {\n    createApiToken(name: \"audit reader\", scopes: $scopes) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthAgents {\n    agents {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthAgents {\n    agents {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      isAdmin\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer {\n      id\n      email\n      isAdmin\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin {\n          login(email: \"ADMIN@example.com\", password: \"correct horse battery\") {\n            token\n            agent {\n              email\n              isAdmin\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin {\n          login(email: \"ADMIN@example.com\", password: \"correct horse battery\") {\n            token\n            agent {\n              email\n              isAdmin\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin2 {\n          login(email: \"admin@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin2 {\n          login(email: \"admin@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin3 {\n          login(email: \"ghost@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin3 {\n          login(email: \"ghost@example.com\", password: \"nope-nope-nope\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AuthLogin4 {\n                login(email: \"victim@example.com\", password: \"guess-guess-1\") {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation AuthLogin4 {\n                login(email: \"victim@example.com\", password: \"guess-guess-1\") {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin5 {\n          login(email: \"victim@example.com\", password: \"victim-password-1\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin5 {\n          login(email: \"victim@example.com\", password: \"victim-password-1\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin6 {\n          login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin6 {\n          login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin7 {\n          a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n          b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin7 {\n          a: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n          b: login(email: \"aliased@example.com\", password: \"aliased-password-1\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthCreateAgent {\n          createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) {\n            temporaryPassword\n            agent {\n              id\n              mustChangePassword\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthCreateAgent {\n          createAgent(input: { email: \"newbie@example.com\", name: \"Newbie\", sendWelcomeEmail: false }) {\n            temporaryPassword\n            agent {\n              id\n              mustChangePassword\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthChangePassword($c: String!) {\n              changePassword(currentPassword: $c, newPassword: \"short\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthChangePassword($c: String!) {\n              changePassword(currentPassword: $c, newPassword: \"short\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthChangePassword2($c: String!) {\n          changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") {\n            mustChangePassword\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthChangePassword2($c: String!) {\n          changePassword(currentPassword: $c, newPassword: \"a-much-better-password\") {\n            mustChangePassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthLoginTemp($p: String!) {\n              login(email: \"newbie@example.com\", password: $p) {\n                token\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthLoginTemp($p: String!) {\n              login(email: \"newbie@example.com\", password: $p) {\n                token\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthChangePassword3 {\n          changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthChangePassword3 {\n          changePassword(currentPassword: \"first-password-1\", newPassword: \"second-password-2\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthLogout {\n              logout\n            }\n          "): (typeof documents)["\n            mutation AuthLogout {\n              logout\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundListsUsergroupsOfTwo($a: ID!, $b: ID!) {\n    a: user(id: $a) {\n      usergroups {\n        name\n      }\n    }\n    b: user(id: $b) {\n      usergroups {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoundListsUsergroupsOfTwo($a: ID!, $b: ID!) {\n    a: user(id: $a) {\n      usergroups {\n        name\n      }\n    }\n    b: user(id: $b) {\n      usergroups {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConcurrencyViewer {\n            viewer {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query ConcurrencyViewer {\n            viewer {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmActivity($u: ID!, $first: Int, $after: String) {\n    userActivity(userId: $u, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          newValue\n          text\n          relatedUserId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmActivity($u: ID!, $first: Int, $after: String) {\n    userActivity(userId: $u, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          newValue\n          text\n          relatedUserId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmFiles($id: ID!) {\n    user(id: $id) {\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmFiles($id: ID!) {\n    user(id: $id) {\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRenameGroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ManageRenameGroup($id: ID!, $n: String!) {\n    renameUsergroup(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageDeleteGroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation ManageDeleteGroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ManageRenameOrg($id: ID!, $n: String!) {\n    renameOrganization(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"): (typeof documents)["\n  mutation ManageDeleteOrg($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMovedLog($id: ID!) {\n    changeLog(entityType: USER, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n          movedFrom {\n            userId\n            name\n            email\n            mergeId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmMovedLog($id: ID!) {\n    changeLog(entityType: USER, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n          movedFrom {\n            userId\n            name\n            email\n            mergeId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMovedActivity($id: ID!) {\n    userActivity(userId: $id, first: 100) {\n      edges {\n        node {\n          kind\n          field\n          newValue\n          text\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmMovedActivity($id: ID!) {\n    userActivity(userId: $id, first: 100) {\n      edges {\n        node {\n          kind\n          field\n          newValue\n          text\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMergeLarge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n      merges(first: 1) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMergeLarge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n      merges(first: 1) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUndoMergeLarge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUndoMergeLarge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      id\n      noteConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMergesUndoable($id: ID!) {\n    user(id: $id) {\n      merges {\n        id\n        sourceName\n        undoUntil\n        undoable\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmMergesUndoable($id: ID!) {\n    user(id: $id) {\n      merges {\n        id\n        sourceName\n        undoUntil\n        undoable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmSearchCount($f: UserFilter) {\n    users(filter: $f, first: 0) {\n      totalCount\n      totalCountIsExact\n    }\n  }\n"): (typeof documents)["\n  query CrmSearchCount($f: UserFilter) {\n    users(filter: $f, first: 0) {\n      totalCount\n      totalCountIsExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrmStatementPage($first: Int) {\n        users(first: $first) {\n          edges {\n            node {\n              id\n              primaryEmail\n              emails {\n                address\n              }\n              organization {\n                name\n              }\n              usergroups {\n                name\n              }\n              notes {\n                text\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CrmStatementPage($first: Int) {\n        users(first: $first) {\n          edges {\n            node {\n              id\n              primaryEmail\n              emails {\n                address\n              }\n              organization {\n                name\n              }\n              usergroups {\n                name\n              }\n              notes {\n                text\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpactCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImpactCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpactGiveAccess($id: ID!, $d: [DepartmentAccessInput!]!) {\n    updateAgent(id: $id, input: { departments: $d }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImpactGiveAccess($id: ID!, $d: [DepartmentAccessInput!]!) {\n    updateAgent(id: $id, input: { departments: $d }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpactCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImpactCreateGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactDepartments {\n    departments {\n      id\n      agentCount\n      permissionGroupCount\n    }\n  }\n"): (typeof documents)["\n  query ImpactDepartments {\n    departments {\n      id\n      agentCount\n      permissionGroupCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          userCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactOrganizations {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          userCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TeamsDepartmentsSetTeamMembers2($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TeamsDepartmentsPermissionGroups {\n              permissionGroups {\n                id\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query TeamsDepartmentsPermissionGroups {\n              permissionGroups {\n                id\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailIdentityLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation EmailIdentityLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailIdentityInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EmailIdentityInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FirstAdminViewer {\n            viewer {\n              name\n              email\n              isAdmin\n            }\n          }\n        "): (typeof documents)["\n          query FirstAdminViewer {\n            viewer {\n              name\n              email\n              isAdmin\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GroupsPermissionCatalog {\n            permissionCatalog {\n              key\n              label\n              category\n              destructive\n            }\n          }\n        "): (typeof documents)["\n          query GroupsPermissionCatalog {\n            permissionCatalog {\n              key\n              label\n              category\n              destructive\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GroupsChangeLog($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                  newValue\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query GroupsChangeLog($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                  newValue\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GroupsViewer2 {\n            viewer {\n              effectivePermissions\n            }\n          }\n        "): (typeof documents)["\n          query GroupsViewer2 {\n            viewer {\n              effectivePermissions\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GroupsChangeLog2($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query GroupsChangeLog2($id: ID!) {\n            changeLog(entityType: PERMISSION_GROUP, entityId: $id) {\n              edges {\n                node {\n                  field\n                  oldValue\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query GroupsPermissionGroups {\n              permissionGroups {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query GroupsPermissionGroups {\n              permissionGroups {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupsAgent2($id: ID!) {\n          agent(id: $id) {\n            departments {\n              access\n              department {\n                name\n              }\n            }\n            effectiveDepartments {\n              access\n              department {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GroupsAgent2($id: ID!) {\n          agent(id: $id) {\n            departments {\n              access\n              department {\n                name\n              }\n            }\n            effectiveDepartments {\n              access\n              department {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessViewer {\n    viewer {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query AccessViewer {\n    viewer {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        isAdmin\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        isAdmin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation AccessUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      name\n      alias\n      phone\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {\n    createApiToken(name: $n, scopes: $s) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessCreateApiToken($n: String!, $s: [String!]!) {\n    createApiToken(name: $n, scopes: $s) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        scopes\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiTokens {\n    apiTokens(includeRevoked: true) {\n      id\n      name\n      prefix\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query AccessApiTokens {\n    apiTokens(includeRevoked: true) {\n      id\n      name\n      prefix\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAgents {\n    agents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessAgents {\n    agents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentCrmFields on Agent {\n    id\n    name\n    phone\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment AgentCrmFields on Agent {\n    id\n    name\n    phone\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmRecord($id: ID!) {\n    agent(id: $id) {\n      ...AgentCrmFields\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmRecord($id: ID!) {\n    agent(id: $id) {\n      ...AgentCrmFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmNotesOnly($id: ID!) {\n    agent(id: $id) {\n      id\n      crmNotes {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmNotesOnly($id: ID!) {\n    agent(id: $id) {\n      id\n      crmNotes {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmPlain($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmPlain($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmViewer {\n    viewer {\n      id\n      crmSummary\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmViewer {\n    viewer {\n      id\n      crmSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmList($f: AgentFilter, $first: Int) {\n    agents(filter: $f, first: $first) {\n      edges {\n        node {\n          id\n          crmSummary\n          crmContact {\n            phone\n          }\n          crmNotes {\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmList($f: AgentFilter, $first: Int) {\n    agents(filter: $f, first: $first) {\n      edges {\n        node {\n          id\n          crmSummary\n          crmContact {\n            phone\n          }\n          crmNotes {\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentCrmUpdate($id: ID!, $i: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $id, input: $i) {\n      ...AgentCrmFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgentCrmUpdate($id: ID!, $i: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $id, input: $i) {\n      ...AgentCrmFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentCrmAddNote($id: ID!, $t: String!) {\n    addAgentNote(agentId: $id, text: $t) {\n      ...AgentCrmFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgentCrmAddNote($id: ID!, $t: String!) {\n    addAgentNote(agentId: $id, text: $t) {\n      ...AgentCrmFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmLog($id: ID!, $first: Int, $after: String) {\n    agentCrmChangeLog(agentId: $id, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmLog($id: ID!, $first: Int, $after: String) {\n    agentCrmChangeLog(agentId: $id, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCrmFullLog($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCrmFullLog($id: ID!) {\n    changeLog(entityType: AGENT, entityId: $id, first: 100) {\n      edges {\n        node {\n          field\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentCrmDeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgentCrmDeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestAgent on Agent {\n    id\n    email\n    name\n    alias\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    signature\n    permissions\n    effectivePermissions\n    canEditOwnTicketNotifications\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"): (typeof documents)["\n  fragment TestAgent on Agent {\n    id\n    email\n    name\n    alias\n    phone\n    landlinePhone\n    mobilePhone\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    signature\n    permissions\n    effectivePermissions\n    canEditOwnTicketNotifications\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        ...TestAgent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        ...TestAgent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      ...TestAgent\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      ...TestAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGetAgent($id: ID!) {\n    agent(id: $id) {\n      ...TestAgent\n    }\n  }\n"): (typeof documents)["\n  query TestGetAgent($id: ID!) {\n    agent(id: $id) {\n      ...TestAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestListAgents($f: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAgentLog($id: ID!, $first: Int) {\n    changeLog(entityType: AGENT, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestAgentLog($id: ID!, $first: Int) {\n    changeLog(entityType: AGENT, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          field\n          oldValue\n          newValue\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n"): (typeof documents)["\n  query TestLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TestViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateBusinessUnit($n: String!) {\n    createBusinessUnit(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateBusinessUnit($n: String!) {\n    createBusinessUnit(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvatarOfAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  query AvatarOfAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvatarDelete($id: ID!) {\n    deleteAgentAvatar(agentId: $id) {\n      id\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  mutation AvatarDelete($id: ID!) {\n    deleteAgentAvatar(agentId: $id) {\n      id\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    usergroups {\n      id\n      name\n    }\n    summary\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    timezone\n    localTime\n    language\n    isAutoResponder\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    merges {\n      id\n      sourceUserId\n      undoneAt\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    usergroups {\n      id\n      name\n    }\n    summary\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    timezone\n    localTime\n    language\n    isAutoResponder\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    merges {\n      id\n      sourceUserId\n      undoneAt\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateUser($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateUser($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmGetUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  query CrmGetUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmListUsers($f: UserFilter, $first: Int, $after: String) {\n    users(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmListUsers($f: UserFilter, $first: Int, $after: String) {\n    users(filter: $f, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCountUsers($f: UserFilter) {\n    users(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmCountUsers($f: UserFilter) {\n    users(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAddEmail($u: ID!, $e: String!) {\n    addUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAddEmail($u: ID!, $e: String!) {\n    addUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRemoveEmail($u: ID!, $e: String!) {\n    removeUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRemoveEmail($u: ID!, $e: String!) {\n    removeUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetPrimary($u: ID!, $e: String!) {\n    setPrimaryUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetPrimary($u: ID!, $e: String!) {\n    setPrimaryUserEmail(userId: $u, email: $e) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAddNote($u: ID!, $t: String!) {\n    addUserNote(userId: $u, text: $t) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAddNote($u: ID!, $t: String!) {\n    addUserNote(userId: $u, text: $t) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUndoMerge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUndoMerge($m: ID!) {\n    undoUserMerge(mergeId: $m) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateOrg($n: String!) {\n    createOrganization(name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateOrg($n: String!) {\n    createOrganization(name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmOrgs($s: String, $first: Int, $after: String) {\n    organizations(search: $s, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmOrgs($s: String, $first: Int, $after: String) {\n    organizations(search: $s, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateGroup($n: String!) {\n    createUsergroup(name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateGroup($n: String!) {\n    createUsergroup(name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmGroups {\n    usergroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmGroups {\n    usergroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserLog($id: ID!, $first: Int) {\n    changeLog(entityType: USER, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserLog($id: ID!, $first: Int) {\n    changeLog(entityType: USER, entityId: $id, first: $first) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDuplicates($u: ID!) {\n    userDuplicates(userId: $u) {\n      reasons\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmDuplicates($u: ID!) {\n    userDuplicates(userId: $u) {\n      reasons\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CfFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n"): (typeof documents)["\n  fragment CfFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfList {\n    userCustomFields {\n      ...CfFieldFields\n    }\n  }\n"): (typeof documents)["\n  query CfList {\n    userCustomFields {\n      ...CfFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreate($i: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $i) {\n      ...CfFieldFields\n    }\n  }\n"): (typeof documents)["\n  mutation CfCreate($i: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $i) {\n      ...CfFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfUpdate($id: ID!, $i: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $i) {\n      ...CfFieldFields\n    }\n  }\n"): (typeof documents)["\n  mutation CfUpdate($id: ID!, $i: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $i) {\n      ...CfFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfDelete($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n"): (typeof documents)["\n  mutation CfDelete($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfUser($id: ID!) {\n    user(id: $id) {\n      id\n      customFields {\n        field {\n          id\n          name\n        }\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfUser($id: ID!) {\n    user(id: $id) {\n      id\n      customFields {\n        field {\n          id\n          name\n        }\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSet($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      customFields {\n        field {\n          name\n        }\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSet($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      customFields {\n        field {\n          name\n        }\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfUsersPage($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          customFields {\n            field {\n              name\n            }\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfUsersPage($first: Int) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          customFields {\n            field {\n              name\n            }\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfReorder($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CfReorder($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupsGroup on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n  }\n"): (typeof documents)["\n  fragment GroupsGroup on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      department {\n        id\n        name\n      }\n      access\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsList {\n    permissionGroups {\n      ...GroupsGroup\n    }\n  }\n"): (typeof documents)["\n  query GroupsList {\n    permissionGroups {\n      ...GroupsGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsCreate($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      ...GroupsGroup\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsCreate($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      ...GroupsGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      ...GroupsGroup\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsUpdate($id: ID!, $i: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $i) {\n      ...GroupsGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation GroupsDeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsViewer {\n    viewer {\n      permissionGroups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsViewer {\n    viewer {\n      permissionGroups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OidcFixturesCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      displayName\n      callbackUrl\n      oidc {\n        issuer\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OidcFixturesCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      displayName\n      callbackUrl\n      oidc {\n        issuer\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      email\n      status\n      isAdmin\n      createdAt\n      expiresAt\n      lastSentAt\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingInviteAgent($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      email\n      status\n      isAdmin\n      createdAt\n      expiresAt\n      lastSentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsDepartmentsTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsDepartmentsTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsCreateTeam($n: String!) {\n    createTeam(name: $n) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {\n    renameTeam(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsRenameTeam($id: ID!, $n: String!) {\n    renameTeam(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsSetTeamMembers($id: ID!, $a: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $a) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsDepartmentsDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TeamsDepartmentsDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsCreateDepartment($n: String!) {\n    createDepartment(name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {\n    renameDepartment(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsRenameDepartment($id: ID!, $n: String!) {\n    renameDepartment(id: $id, name: $n) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsDeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsDepartmentsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      teams {\n        id\n        name\n      }\n      departments {\n        department {\n          id\n          name\n        }\n        access\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsDepartmentsAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      teams {\n        id\n        name\n      }\n      departments {\n        department {\n          id\n          name\n        }\n        access\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDepartmentsUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsDepartmentsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsDepartmentsAgents($f: AgentFilter) {\n    agents(filter: $f, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {\n    changeLog(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsDepartmentsChangeLog($type: ChangeLogEntityType!, $id: ID!) {\n    changeLog(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          field\n          oldValue\n          newValue\n          actorName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAppLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation TestAppLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAppCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAppCreateAgent($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoStepStatus {\n    myTwoStepSignIn {\n      enabled\n      methods\n      recoveryCodesLeft\n      required\n    }\n  }\n"): (typeof documents)["\n  query TwoStepStatus {\n    myTwoStepSignIn {\n      enabled\n      methods\n      recoveryCodesLeft\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoStepViewer {\n    viewer {\n      id\n      twoStepSignIn\n    }\n  }\n"): (typeof documents)["\n  query TwoStepViewer {\n    viewer {\n      id\n      twoStepSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepReset($id: ID!) {\n    resetSecondFactor(agentId: $id) {\n      id\n      twoStepSignIn\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepReset($id: ID!) {\n    resetSecondFactor(agentId: $id) {\n      id\n      twoStepSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepToken {\n    createApiToken(name: \"two-step\", scopes: [\"agents:read\"]) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepToken {\n    createApiToken(name: \"two-step\", scopes: [\"agents:read\"]) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepPasskeyStart {\n    startPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation TwoStepPasskeyStart {\n    startPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepPasskeyFinish($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepPasskeyFinish($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepVerify($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      secondFactorRequired\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepVerify($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      secondFactorRequired\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepStart {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepStart {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepConfirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepConfirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityCrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  query VisibilityCrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityUpdateCrmSettings($i: CrmSettingsInput!) {\n    updateCrmSettings(input: $i) {\n      teamScopedUserVisibility\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityUpdateCrmSettings($i: CrmSettingsInput!) {\n    updateCrmSettings(input: $i) {\n      teamScopedUserVisibility\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilitySetTeamOrganizations($id: ID!, $o: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $o) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilitySetTeamOrganizations($id: ID!, $o: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $o) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityTeamOrganizations {\n    teams {\n      id\n      name\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibilityTeamOrganizations {\n    teams {\n      id\n      name\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityActivity($u: ID!) {\n    userActivity(userId: $u, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibilityActivity($u: ID!) {\n    userActivity(userId: $u, first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibilityUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityDeleteFile($u: ID!, $f: ID!) {\n    deleteUserFile(userId: $u, fileId: $f) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      merges {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityMerge($t: ID!, $s: ID!) {\n    mergeUsers(targetUserId: $t, sourceUserId: $s) {\n      id\n      merges {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityOrganizationTeams {\n    organizations(first: 100) {\n      edges {\n        node {\n          name\n          teams {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibilityOrganizationTeams {\n    organizations(first: 100) {\n      edges {\n        node {\n          name\n          teams {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) {\n    createPermissionGroup(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputFormatCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputFormatCreateSsoProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputFormatInviteAgent($i: InviteAgentInput!) {\n              inviteAgent(input: $i) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation InputFormatInviteAgent($i: InviteAgentInput!) {\n              inviteAgent(input: $i) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n              updatePermissionGroup(id: $id, input: $i) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {\n              updatePermissionGroup(id: $id, input: $i) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputFormatBulkUpdate($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n              bulkUpdateAgents(ids: $ids, input: $i) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation InputFormatBulkUpdate($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {\n              bulkUpdateAgents(ids: $ids, input: $i) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputFormatAgents($i: AgentFilter) {\n              agents(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query InputFormatAgents($i: AgentFilter) {\n              agents(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputFormatAgentOrder($i: AgentOrder) {\n              agents(orderBy: $i, first: 1) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query InputFormatAgentOrder($i: AgentOrder) {\n              agents(orderBy: $i, first: 1) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputFormatAuditLog($i: AuditLogFilter) {\n              auditLog(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query InputFormatAuditLog($i: AuditLogFilter) {\n              auditLog(filter: $i, first: 1) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputFormatSecuritySettings($i: SecuritySettingsInput!) {\n              updateSecuritySettings(input: $i) {\n                twoStepSignInRequired\n              }\n            }\n          "): (typeof documents)["\n            mutation InputFormatSecuritySettings($i: SecuritySettingsInput!) {\n              updateSecuritySettings(input: $i) {\n                twoStepSignInRequired\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputFormatSsoSettings($i: SsoSettingsInput!) {\n              updateSsoSettings(input: $i) {\n                ssoRequired\n              }\n            }\n          "): (typeof documents)["\n            mutation InputFormatSsoSettings($i: SsoSettingsInput!) {\n              updateSsoSettings(input: $i) {\n                ssoRequired\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputFormatInputTypes {\n          __schema {\n            types {\n              name\n              kind\n              inputFields {\n                name\n                type {\n                  kind\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InputFormatInputTypes {\n          __schema {\n            types {\n              name\n              kind\n              inputFields {\n                name\n                type {\n                  kind\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputFormatCopyAgentSettings {\n          copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation InputFormatCopyAgentSettings {\n          copyAgentSettings(sourceAgentId: \"x\", targetAgentIds: [\"1\", \"y\"], sections: []) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewInvitationLink($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PreviewInvitationLink($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewAcceptInvitation($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewAcceptInvitation($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenseLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n"): (typeof documents)["\n  query LicenseLicense {\n    license {\n      seats\n      used\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenseCreateAgent($e: String!) {\n    createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LicenseCreateAgent($e: String!) {\n    createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenseInviteAgent($e: String!) {\n    inviteAgent(input: { email: $e }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LicenseInviteAgent($e: String!) {\n    inviteAgent(input: { email: $e }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LicenseDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "): (typeof documents)["\n        mutation LicenseDeleteAgent($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LicenseRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation LicenseRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LicenseAcceptInvitation($t: String!) {\n            acceptInvitation(token: $t, password: \"accept-password-1\") {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation LicenseAcceptInvitation($t: String!) {\n            acceptInvitation(token: $t, password: \"accept-password-1\") {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        isReportsAdmin\n        permissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      agent {\n        id\n        type\n        isAdmin\n        isReportsAdmin\n        permissions\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      type\n      isAdmin\n      isReportsAdmin\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightUpdate($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n      type\n      isAdmin\n      isReportsAdmin\n      permissions\n      effectivePermissions\n      permissionGroups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LightLicense {\n    license {\n      seats\n      used\n      available\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n  }\n"): (typeof documents)["\n  query LightLicense {\n    license {\n      seats\n      used\n      available\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LightAgentsOfType($type: AgentType) {\n    agents(filter: { type: $type }, first: 100) {\n      totalCount\n      edges {\n        node {\n          email\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LightAgentsOfType($type: AgentType) {\n    agents(filter: { type: $type }, first: 100) {\n      totalCount\n      edges {\n        node {\n          email\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      agentType\n    }\n  }\n"): (typeof documents)["\n  mutation LightInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      agentType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightBulkInvite($emails: [String!]!, $type: AgentType) {\n    bulkInviteAgents(emails: $emails, agentType: $type) {\n      invited {\n        email\n        agentType\n      }\n      failed {\n        email\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightBulkInvite($emails: [String!]!, $type: AgentType) {\n    bulkInviteAgents(emails: $emails, agentType: $type) {\n      invited {\n        email\n        agentType\n      }\n      failed {\n        email\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LightAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        isAdmin\n        effectivePermissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LightAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      agent {\n        type\n        isAdmin\n        effectivePermissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LightDelete($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "): (typeof documents)["\n        mutation LightDelete($id: ID!) {\n          deleteAgent(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViewer3 {\n    viewer {\n      email\n    }\n  }\n"): (typeof documents)["\n  query LimitsViewer3 {\n    viewer {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n          __type(name: \"Agent\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query LimitsIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n          __type(name: \"Agent\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LimitsDepartments {\n            departments {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          query LimitsDepartments {\n            departments {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LimitsDepartments2 {\n              departments {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query LimitsDepartments2 {\n              departments {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LimitsLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    "): (typeof documents)["\n      mutation LimitsLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query LimitsViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LimitsCreateTeam {\n            createTeam(name: \"Deep Team\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation LimitsCreateTeam {\n            createTeam(name: \"Deep Team\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LimitsSetTeamMembers($id: ID!, $a: [ID!]!) {\n          setTeamMembers(id: $id, agentIds: $a) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LimitsAgents {\n        agents(first: 1) {\n          edges {\n            node {\n              departments {\n                department {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n        a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LimitsAgents {\n        agents(first: 1) {\n          edges {\n            node {\n              departments {\n                department {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n        a: changeLog(entityType: AGENT, entityId: \"1\", first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LimitsViewer2 {\n            viewer {\n              teams {\n                members {\n                  teams {\n                    members {\n                      id\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LimitsViewer2 {\n            viewer {\n              teams {\n                members {\n                  teams {\n                    members {\n                      id\n                      email\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsAgents2 {\n          agents(first: 100) {\n            edges {\n              node {\n                teams {\n                  id\n                }\n                permissionGroups {\n                  id\n                }\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LimitsAgents2 {\n          agents(first: 100) {\n            edges {\n              node {\n                teams {\n                  id\n                }\n                permissionGroups {\n                  id\n                }\n                departments {\n                  department {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LimitsAgents4($n: Int!) {\n        agents(first: $n) {\n          totalCount\n          edges {\n            node {\n              id\n              email\n              teams {\n                id\n                name\n              }\n              permissionGroups {\n                id\n                name\n                permissions\n              }\n              departments {\n                access\n                department {\n                  id\n                  name\n                }\n              }\n              effectivePermissions\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LimitsAgents4($n: Int!) {\n        agents(first: $n) {\n          totalCount\n          edges {\n            node {\n              id\n              email\n              teams {\n                id\n                name\n              }\n              permissionGroups {\n                id\n                name\n                permissions\n              }\n              departments {\n                access\n                department {\n                  id\n                  name\n                }\n              }\n              effectivePermissions\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailLanguageCreate($i: CreateAgentInput!) {\n    createAgent(input: $i) {\n      temporaryPassword\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageSendReset($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MailLanguageSendReset($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation MailLanguageRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageStartTotp {\n    startTotpEnrolment {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation MailLanguageStartTotp {\n    startTotpEnrolment {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageConfirmTotp($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation MailLanguageConfirmTotp($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageAccept($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      agent {\n        language\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailLanguageAccept($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      agent {\n        language\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) {\n    acceptInvitation(token: $t, name: $n, password: $p) {\n      token\n      agent {\n        id\n        email\n        name\n        isAdmin\n        teams {\n          name\n        }\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardingAcceptInvitation($t: String!, $n: String, $p: String!) {\n    acceptInvitation(token: $t, name: $n, password: $p) {\n      token\n      agent {\n        id\n        email\n        name\n        isAdmin\n        teams {\n          name\n        }\n        permissionGroups {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingCreateTeam {\n          createTeam(name: \"Night Shift\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingCreateTeam {\n          createTeam(name: \"Night Shift\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingInvitations2 {\n          invitations(status: PENDING) {\n            email\n            invitedByName\n            createdAt\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingInvitations2 {\n          invitations(status: PENDING) {\n            email\n            invitedByName\n            createdAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingViewer {\n          viewer {\n            email\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingViewer {\n          viewer {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingInvitations3 {\n          invitations {\n            email\n            status\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingInvitations3 {\n          invitations {\n            email\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingResendInvitation($id: ID!) {\n          resendInvitation(id: $id) {\n            id\n            status\n            createdAt\n            lastSentAt\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingResendInvitation($id: ID!) {\n          resendInvitation(id: $id) {\n            id\n            status\n            createdAt\n            lastSentAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingRevokeInvitation($id: ID!) {\n          revokeInvitation(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingInvitations4 {\n          invitations(status: REVOKED) {\n            email\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingInvitations4 {\n          invitations(status: REVOKED) {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingChangeLog($id: ID!) {\n          changeLog(entityType: INVITATION, entityId: $id) {\n            edges {\n              node {\n                field\n                newValue\n                actorName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingChangeLog($id: ID!) {\n          changeLog(entityType: INVITATION, entityId: $id) {\n            edges {\n              node {\n                field\n                newValue\n                actorName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingInvitations5 {\n          invitations(status: EXPIRED) {\n            email\n            status\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingInvitations5 {\n          invitations(status: EXPIRED) {\n            email\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OnboardingInvitations6 {\n              invitations {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query OnboardingInvitations6 {\n              invitations {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingLicense {\n    license {\n      used\n    }\n  }\n"): (typeof documents)["\n  query OnboardingLicense {\n    license {\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingCreateAgent {\n          createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n            temporaryPassword\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingCreateAgent {\n          createAgent(input: { email: \"wendy@example.com\", name: \"Wendy Welcome\" }) {\n            temporaryPassword\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingCreateAgent2 {\n          createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingCreateAgent2 {\n          createAgent(input: { email: \"both@example.com\", name: \"Both\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingInvitations {\n          invitations {\n            id\n            status\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingInvitations {\n          invitations {\n            id\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingCreateAgent3 {\n          createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingCreateAgent3 {\n          createAgent(input: { email: \"quiet@example.com\", name: \"Quiet\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingCreateAgent4 {\n          createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingCreateAgent4 {\n          createAgent(input: { email: \"bounce@example.com\", name: \"Bounce\" }) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OnboardingOutbox {\n          outbox(status: FAILED) {\n            id\n            toAddress\n            status\n            attempts\n            lastError\n          }\n        }\n      "): (typeof documents)["\n        query OnboardingOutbox {\n          outbox(status: FAILED) {\n            id\n            toAddress\n            status\n            attempts\n            lastError\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OnboardingRetryOutboxMessage($id: ID!) {\n          retryOutboxMessage(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation OnboardingRetryOutboxMessage($id: ID!) {\n          retryOutboxMessage(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OnboardingOutbox2 {\n              outbox(status: FAILED) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query OnboardingOutbox2 {\n              outbox(status: FAILED) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeySignInStart {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeySignInStart {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeySignInFinish($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      secondFactorRequired\n      enrolmentRequired\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeySignInFinish($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      secondFactorRequired\n      enrolmentRequired\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeySignInRegenerate($password: String) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeySignInRegenerate($password: String) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeySignInRequire($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n"): (typeof documents)["\n  mutation PasskeySignInRequire($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepPasskeyStep {\n    startPasskeySecondStep\n  }\n"): (typeof documents)["\n  mutation TwoStepPasskeyStep {\n    startPasskeySecondStep\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepPasskeyVerify($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepPasskeyVerify($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoStepPasskeys {\n    myPasskeys {\n      id\n      name\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query TwoStepPasskeys {\n    myPasskeys {\n      id\n      name\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepPasskeyRemove($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation TwoStepPasskeyRemove($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation ResetRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSetWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSetWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSend($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSend($id: ID!) {\n    sendPasswordReset(agentId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n      expiresAt\n      agent {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n      expiresAt\n      agent {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ResetViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetDisable($id: ID!) {\n    updateAgent(id: $id, input: { status: DISABLED }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetDisable($id: ID!) {\n    updateAgent(id: $id, input: { status: DISABLED }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCreateToken {\n    createApiToken(name: \"reset\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCreateToken {\n    createApiToken(name: \"reset\", scopes: [\"agents:write\"]) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SafetyToken($n: String!, $s: [String!]!) {\n          createApiToken(name: $n, scopes: $s) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation SafetyToken($n: String!, $s: [String!]!) {\n          createApiToken(name: $n, scopes: $s) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SafetyMustChange($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SafetyMustChange($i: CreateAgentInput!) {\n          createAgent(input: $i) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReplicaAgent($id: ID!) {\n    agent(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaUsers {\n    users(first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplicaUsers {\n    users(first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaCreateUser {\n    createUser(input: { name: \"Replica user\", emails: [\"replica-user@example.com\"] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaCreateUser {\n    createUser(input: { name: \"Replica user\", emails: [\"replica-user@example.com\"] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaRename($id: ID!, $name: String!) {\n    updateAgent(id: $id, input: { name: $name }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaRename($id: ID!, $name: String!) {\n    updateAgent(id: $id, input: { name: $name }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaToken {\n    createApiToken(name: \"replica reads\", scopes: [\"agents:read\", \"agents:write\"]) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaToken {\n    createApiToken(name: \"replica reads\", scopes: [\"agents:read\", \"agents:write\"]) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SamlReadMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n"): (typeof documents)["\n  mutation SamlReadMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SamlCreateProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      id\n      saml {\n        idpEntityId\n        spEntityId\n        acsUrl\n        spMetadataUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SamlCreateProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      id\n      saml {\n        idpEntityId\n        spEntityId\n        acsUrl\n        spMetadataUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SamlViewer {\n    viewer {\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  query SamlViewer {\n    viewer {\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleOutViewer {\n    viewer {\n      email\n    }\n  }\n"): (typeof documents)["\n  query ScaleOutViewer {\n    viewer {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScaleOutLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation ScaleOutLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScaleOutLogin {\n            login(email: \"admin@example.com\", password: \"not-the-password\") {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation ScaleOutLogin {\n            login(email: \"admin@example.com\", password: \"not-the-password\") {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ScaleOutCreateAgent {\n          createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ScaleOutCreateAgent {\n          createAgent(input: { email: \"first@example.com\", name: \"First\", sendWelcomeEmail: false }) {\n            agent {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation ScaleOutCreateAgent2($e: String!) {\n                createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n                  agent {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation ScaleOutCreateAgent2($e: String!) {\n                createAgent(input: { email: $e, name: $e, sendWelcomeEmail: false }) {\n                  agent {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation ScaleOutInviteAgent($e: String!) {\n                inviteAgent(input: { email: $e }) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation ScaleOutInviteAgent($e: String!) {\n                inviteAgent(input: { email: $e }) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScaleOutLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          "): (typeof documents)["\n            query ScaleOutLicense {\n              license {\n                seats\n                used\n                available\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedSearchUsers($search: String!) {\n    users(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedSearchUsers($search: String!) {\n    users(filter: { search: $search }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SeedCustomField($input: CreateUserCustomFieldInput!) {\n          createUserCustomField(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SeedCustomField($input: CreateUserCustomFieldInput!) {\n          createUserCustomField(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SeedViewer {\n            viewer {\n              email\n              isAdmin\n              teams {\n                name\n              }\n              permissionGroups {\n                name\n              }\n              effectivePermissions\n            }\n          }\n        "): (typeof documents)["\n          query SeedViewer {\n            viewer {\n              email\n              isAdmin\n              teams {\n                name\n              }\n              permissionGroups {\n                name\n              }\n              effectivePermissions\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SeedLogin($e: String!, $p: String!) {\n          login(email: $e, password: $p) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation SeedLogin($e: String!, $p: String!) {\n          login(email: $e, password: $p) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedAgents {\n          agents(first: 100) {\n            totalCount\n            edges {\n              node {\n                email\n                departments {\n                  access\n                  department {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SeedAgents {\n          agents(first: 100) {\n            totalCount\n            edges {\n              node {\n                email\n                departments {\n                  access\n                  department {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ServingViewer {\n          viewer {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query ServingViewer {\n          viewer {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsMine {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query SessionsMine {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRevokeOthers {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation SessionsRevokeOthers {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsEverywhere($id: ID!) {\n    signOutAgentEverywhere(agentId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsEverywhere($id: ID!) {\n    signOutAgentEverywhere(agentId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsLastSignIn($id: ID!) {\n    agent(id: $id) {\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  query SessionsLastSignIn($id: ID!) {\n    agent(id: $id) {\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsListSignIn($search: String) {\n    agents(first: 5, filter: { search: $search }) {\n      edges {\n        node {\n          email\n          lastSignInAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionsListSignIn($search: String) {\n    agents(first: 5, filter: { search: $search }) {\n      edges {\n        node {\n          email\n          lastSignInAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsCreateToken($expiresAt: DateTime) {\n    createApiToken(name: \"expiring\", scopes: [\"agents:read\"], expiresAt: $expiresAt) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsCreateToken($expiresAt: DateTime) {\n    createApiToken(name: \"expiring\", scopes: [\"agents:read\"], expiresAt: $expiresAt) {\n      token\n      apiToken {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoOidcViewer {\n    viewer {\n      id\n      email\n      name\n      type\n      mustEnrolSecondFactor\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoOidcViewer {\n    viewer {\n      id\n      email\n      name\n      type\n      mustEnrolSecondFactor\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoOidcStage {\n    viewer {\n      id\n      mustEnrolSecondFactor\n    }\n  }\n"): (typeof documents)["\n  query SsoOidcStage {\n    viewer {\n      id\n      mustEnrolSecondFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcUpdateAgent($id: ID!, $i: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoOidcAudit {\n    auditLog(filter: { action: \"auth.sign_in\" }, first: 5) {\n      edges {\n        node {\n          outcome\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoOidcAudit {\n    auditLog(filter: { action: \"auth.sign_in\" }, first: 5) {\n      edges {\n        node {\n          outcome\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n      breakGlassAdmins {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n      breakGlassAdmins {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcSecurity($i: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $i) {\n      twoStepSignInRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcSecurity($i: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $i) {\n      twoStepSignInRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n"): (typeof documents)["\n  mutation SsoOidcReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoOidcLicense {\n    license {\n      available\n    }\n  }\n"): (typeof documents)["\n  query SsoOidcLicense {\n    license {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcCreateLightProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      defaultAgentType\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcCreateLightProvider($i: SsoProviderInput!) {\n    createSsoProvider(input: $i) {\n      id\n      defaultAgentType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoOidcBulkInvite($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoOidcBulkInvite($emails: [String!]!) {\n    bulkInviteAgents(emails: $emails) {\n      invited {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoProvidersList {\n    ssoProviders {\n      id\n      displayName\n      enabled\n      trustProviderMfa\n      groupTeamMappings {\n        group\n        teamId\n      }\n      oidc {\n        issuer\n        clientSecretSet\n        scopes\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoProvidersList {\n    ssoProviders {\n      id\n      displayName\n      enabled\n      trustProviderMfa\n      groupTeamMappings {\n        group\n        teamId\n      }\n      oidc {\n        issuer\n        clientSecretSet\n        scopes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoProvidersPublic {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query SsoProvidersPublic {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoProvidersUpdate($id: ID!, $i: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $i) {\n      id\n      enabled\n      oidc {\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoProvidersUpdate($id: ID!, $i: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $i) {\n      id\n      enabled\n      oidc {\n        clientId\n        clientSecretSet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoProvidersDelete($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n"): (typeof documents)["\n  mutation SsoProvidersDelete($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoProvidersSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SsoProvidersSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsSettings($i: SsoSettingsInput!) {\n    updateSsoSettings(input: $i) {\n      ssoRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsInvite($i: InviteAgentInput!) {\n    inviteAgent(input: $i) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoDoorsInvitations {\n    invitations(status: ACCEPTED) {\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  query SsoDoorsInvitations {\n    invitations(status: ACCEPTED) {\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoDoorsPreview($t: String!) {\n    invitationPreview(token: $t) {\n      status\n      email\n      ssoRequired\n    }\n  }\n"): (typeof documents)["\n  query SsoDoorsPreview($t: String!) {\n    invitationPreview(token: $t) {\n      status\n      email\n      ssoRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsAccept($t: String!, $p: String!) {\n    acceptInvitation(token: $t, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsRequestReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n"): (typeof documents)["\n  mutation SsoDoorsRequestReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsSetWithToken($t: String!, $p: String!) {\n    setPasswordWithToken(token: $t, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsSetWithToken($t: String!, $p: String!) {\n    setPasswordWithToken(token: $t, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsTemporary($id: ID!) {\n    setTemporaryPassword(agentId: $id) {\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoDoorsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SsoDoorsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoDoorsViewer {\n    viewer {\n      id\n      email\n      type\n      isAdmin\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoDoorsViewer {\n    viewer {\n      id\n      email\n      type\n      isAdmin\n      teams {\n        name\n      }\n      permissionGroups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation StatementCountCopyAgentSettings($s: ID!, $t: [ID!]!) {\n      copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [TEAMS, PERMISSION_GROUPS, DEPARTMENTS]) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StatementCountAgent($id: ID!) {\n            agent(id: $id) {\n              timezone\n              teams {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StatementCountAgent($id: ID!) {\n            agent(id: $id) {\n              timezone\n              teams {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CountedAgentsWithTotal {\n      agents(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CountedAgentsWithTotal {\n      agents(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CountedAgentsWithoutTotal {\n      agents(first: 10) {\n        ...CountedAgentsPage\n      }\n    }\n    fragment CountedAgentsPage on AgentConnection {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CountedAgentsWithoutTotal {\n      agents(first: 10) {\n        ...CountedAgentsPage\n      }\n    }\n    fragment CountedAgentsPage on AgentConnection {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CountedUsers($filter: UserFilter, $first: Int) {\n      users(filter: $filter, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            primaryEmail\n            emails {\n              address\n              isPrimary\n            }\n            organization {\n              id\n              name\n            }\n            usergroups {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CountedUsers($filter: UserFilter, $first: Int) {\n      users(filter: $filter, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            primaryEmail\n            emails {\n              address\n              isPrimary\n            }\n            organization {\n              id\n              name\n            }\n            usergroups {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsDepartmentsViewer {\n            viewer {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query TeamsDepartmentsViewer {\n            viewer {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenRulesViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TokenRulesViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TokenRulesCreateApiToken {\n            createApiToken(name: \"integration\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation TokenRulesCreateApiToken {\n            createApiToken(name: \"integration\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TokenRulesAgents {\n            agents(first: 100) {\n              edges {\n                node {\n                  email\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TokenRulesAgents {\n            agents(first: 100) {\n              edges {\n                node {\n                  email\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TokenRulesDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          "): (typeof documents)["\n            mutation TokenRulesDeleteAgent($id: ID!) {\n              deleteAgent(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation TokenRulesCopyAgentSettings($s: ID!, $t: [ID!]!) {\n        copyAgentSettings(sourceAgentId: $s, targetAgentIds: $t, sections: [ADMIN_ACCESS]) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TokenRulesInviteAgent {\n              inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation TokenRulesInviteAgent {\n              inviteAgent(input: { email: \"evil.invite@example.com\", isAdmin: true }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TokenRulesInviteAgent2 {\n              inviteAgent(input: { email: \"invited.plain@example.com\" }) {\n                isAdmin\n              }\n            }\n          "): (typeof documents)["\n            mutation TokenRulesInviteAgent2 {\n              inviteAgent(input: { email: \"invited.plain@example.com\" }) {\n                isAdmin\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TokenRulesCreateApiToken2 {\n            createApiToken(name: \"second\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation TokenRulesCreateApiToken2 {\n            createApiToken(name: \"second\", scopes: [\"agents:write\"]) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TokenRulesViewer {\n          viewer {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TokenRulesViewer {\n          viewer {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TokenRulesAgents2 {\n          agents(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query TokenRulesAgents2 {\n          agents(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TokenRulesChangePassword {\n          changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TokenRulesChangePassword {\n          changePassword(currentPassword: \"agent-password-1\", newPassword: \"new-password-22\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepRegenerate($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepRegenerate($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepDisable($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n"): (typeof documents)["\n  mutation TwoStepDisable($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoStepAgents {\n    agents(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TwoStepAgents {\n    agents(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStepSettings($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n"): (typeof documents)["\n  mutation TwoStepSettings($required: TwoStepRequirement!) {\n    updateSecuritySettings(input: { twoStepSignInRequired: $required }) {\n      twoStepSignInRequired\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;