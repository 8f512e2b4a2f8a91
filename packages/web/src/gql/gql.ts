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
    "\n  fragment ChangeLogPageFields on ChangeLogConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        field\n        oldValue\n        newValue\n        actorName\n        actorKind\n        actorAvatarUrl\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ChangeLogPageFieldsFragmentDoc,
    "\n  fragment ImportJobView on ImportJob {\n    id\n    status\n    dryRun\n    onError\n    existing\n    failure\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    unchangedCount\n    skippedCount\n    errorCount\n  }\n": typeof types.ImportJobViewFragmentDoc,
    "\n  fragment ImportRowPage on ImportRowConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        row\n        email\n        action\n      }\n    }\n  }\n": typeof types.ImportRowPageFragmentDoc,
    "\n  fragment ImportRowErrorView on ImportRowError {\n    row\n    column\n    code\n    message\n    value\n  }\n": typeof types.ImportRowErrorViewFragmentDoc,
    "\n  query AdminsAtAGlance {\n    agents(first: 20, filter: { isAdmin: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          status\n          avatarUrl\n        }\n      }\n    }\n    allAgents: agents(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AdminsAtAGlanceDocument,
    "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    avatarUrl\n    alias\n    email\n    extraEmails\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    type\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    lastSignInAt\n    twoStepSignIn\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": typeof types.AgentPageFieldsFragmentDoc,
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n": typeof types.AgentPageDocument,
    "\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n": typeof types.UpdateAgentPageDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      ...ChangeLogPageFields\n    }\n  }\n": typeof types.AgentChangeLogDocument,
    "\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": typeof types.AgentPickerDocument,
    "\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n": typeof types.CopyAgentSettingsDocument,
    "\n  mutation SendPasswordReset($agentId: ID!) {\n    sendPasswordReset(agentId: $agentId) {\n      id\n    }\n  }\n": typeof types.SendPasswordResetDocument,
    "\n  mutation SignOutAgentEverywhere($agentId: ID!) {\n    signOutAgentEverywhere(agentId: $agentId) {\n      id\n    }\n  }\n": typeof types.SignOutAgentEverywhereDocument,
    "\n  mutation SetTemporaryPassword($agentId: ID!) {\n    setTemporaryPassword(agentId: $agentId) {\n      temporaryPassword\n      expiresAt\n      agent {\n        ...AgentPageFields\n      }\n    }\n  }\n": typeof types.SetTemporaryPasswordDocument,
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n          avatarUrl\n        }\n      }\n    }\n  }\n": typeof types.AgentsListDocument,
    "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          avatarUrl\n          isAdmin\n          type\n          status\n          lastSignInAt\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgentsPageDocument,
    "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    businessUnits {\n      id\n      name\n    }\n  }\n": typeof types.AgentOptionsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation DeleteAgentAvatar($agentId: ID!) {\n    deleteAgentAvatar(agentId: $agentId) {\n      id\n      avatarUrl\n    }\n  }\n": typeof types.DeleteAgentAvatarDocument,
    "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BulkUpdateAgentsDocument,
    "\n  fragment KeptSelectionTestAgent on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n": typeof types.KeptSelectionTestAgentFragmentDoc,
    "\n  fragment AgentSelectionFields on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n": typeof types.AgentSelectionFieldsFragmentDoc,
    "\n  mutation BulkInviteAgents(\n    $emails: [String!]!\n    $isAdmin: Boolean\n    $teamIds: [ID!]\n    $permissionGroupIds: [ID!]\n    $agentType: AgentType\n    $language: String\n  ) {\n    bulkInviteAgents(\n      emails: $emails\n      isAdmin: $isAdmin\n      teamIds: $teamIds\n      permissionGroupIds: $permissionGroupIds\n      agentType: $agentType\n      language: $language\n    ) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n": typeof types.BulkInviteAgentsDocument,
    "\n  query AgentImport($id: ID!) {\n    agentImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n": typeof types.AgentImportDocument,
    "\n  query AgentImportRows($id: ID!, $after: String!) {\n    agentImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n": typeof types.AgentImportRowsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($includeRevoked: Boolean!) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTime) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActorOptions($search: String, $first: Int) {\n    agents(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditActorOptionsDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    avatarUrl\n    language\n    isAdmin\n    mustChangePassword\n    mustEnrolSecondFactor\n    effectivePermissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n      ssoRequired\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query BusinessUnits {\n    businessUnits {\n      id\n      name\n      agentCount\n    }\n  }\n": typeof types.BusinessUnitsDocument,
    "\n  mutation CreateBusinessUnit($name: String!) {\n    createBusinessUnit(name: $name) {\n      id\n      name\n      agentCount\n    }\n  }\n": typeof types.CreateBusinessUnitDocument,
    "\n  mutation RenameBusinessUnit($id: ID!, $name: String!) {\n    renameBusinessUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameBusinessUnitDocument,
    "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": typeof types.DeleteBusinessUnitDocument,
    "\n  query CrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.CrmSettingsDocument,
    "\n  query AddressMapUrl {\n    crmSettings {\n      addressMapUrl\n    }\n  }\n": typeof types.AddressMapUrlDocument,
    "\n  mutation UpdateAddressMapUrl($url: String) {\n    updateCrmSettings(input: { addressMapUrl: $url }) {\n      addressMapUrl\n    }\n  }\n": typeof types.UpdateAddressMapUrlDocument,
    "\n  mutation UpdateCrmSettings($input: CrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.UpdateCrmSettingsDocument,
    "\n  fragment CrmAgentFields on Agent {\n    id\n    name\n    avatarUrl\n    email\n    extraEmails\n    teams {\n      id\n      name\n    }\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    crmNoteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrmAgentFieldsFragmentDoc,
    "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.CrmTeamsDocument,
    "\n  query CrmAgents($filter: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          avatarUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CrmAgentsDocument,
    "\n  query CrmAgent($id: ID!) {\n    agent(id: $id) {\n      ...CrmAgentFields\n    }\n  }\n": typeof types.CrmAgentDocument,
    "\n  mutation CrmUpdateAgentProfile($agentId: ID!, $input: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $agentId, input: $input) {\n      ...CrmAgentFields\n    }\n  }\n": typeof types.CrmUpdateAgentProfileDocument,
    "\n  mutation CrmAddAgentNote($agentId: ID!, $text: String!) {\n    addAgentNote(agentId: $agentId, text: $text) {\n      ...CrmAgentFields\n    }\n  }\n": typeof types.CrmAddAgentNoteDocument,
    "\n  query CrmAgentChangeLog($agentId: ID!, $first: Int, $after: String) {\n    changeLog: agentCrmChangeLog(agentId: $agentId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n    }\n  }\n": typeof types.CrmAgentChangeLogDocument,
    "\n  query CrmAgentNotesPage($agentId: ID!, $after: String) {\n    agent(id: $agentId) {\n      id\n      crmNoteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n": typeof types.CrmAgentNotesPageDocument,
    "\n  fragment NotesPageFields on NoteConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.NotesPageFieldsFragmentDoc,
    "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.CrmDeleteUserDocument,
    "\n  mutation CrmCreateUsergroup($name: String!) {\n    createUsergroup(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CrmCreateUsergroupDocument,
    "\n  mutation CrmRenameUsergroup($id: ID!, $name: String!) {\n    renameUsergroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CrmRenameUsergroupDocument,
    "\n  mutation CrmDeleteUsergroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n": typeof types.CrmDeleteUsergroupDocument,
    "\n  query CrmManageOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          userCount\n        }\n      }\n    }\n  }\n": typeof types.CrmManageOrganizationsDocument,
    "\n  mutation CrmRenameOrganization($id: ID!, $name: String!) {\n    renameOrganization(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CrmRenameOrganizationDocument,
    "\n  mutation CrmDeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": typeof types.CrmDeleteOrganizationDocument,
    "\n  query CrmUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n        createdAt\n      }\n    }\n  }\n": typeof types.CrmUserFilesDocument,
    "\n  mutation CrmDeleteUserFile($userId: ID!, $fileId: ID!) {\n    deleteUserFile(userId: $userId, fileId: $fileId) {\n      id\n      files {\n        id\n      }\n    }\n  }\n": typeof types.CrmDeleteUserFileDocument,
    "\n  query CrmUserMerges($id: ID!) {\n    user(id: $id) {\n      id\n      merges {\n        id\n        sourceUserId\n        sourceName\n        actorName\n        createdAt\n        undoUntil\n        undoable\n      }\n    }\n  }\n": typeof types.CrmUserMergesDocument,
    "\n  query CrmUserDuplicates($userId: ID!) {\n    userDuplicates(userId: $userId, first: 10) {\n      reasons\n      user {\n        id\n        name\n        primaryEmail\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CrmUserDuplicatesDocument,
    "\n  mutation CrmMergeUsers($targetUserId: ID!, $sourceUserId: ID!) {\n    mergeUsers(targetUserId: $targetUserId, sourceUserId: $sourceUserId) {\n      id\n      name\n    }\n  }\n": typeof types.CrmMergeUsersDocument,
    "\n  mutation CrmUndoUserMerge($mergeId: ID!) {\n    undoUserMerge(mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n": typeof types.CrmUndoUserMergeDocument,
    "\n  query CrmUserActivity($userId: ID!, $first: Int, $after: String) {\n    userActivity(userId: $userId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          oldValue\n          newValue\n          text\n          relatedUserId\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CrmUserActivityDocument,
    "\n  query CrmMergeSearch($search: String!) {\n    users(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n": typeof types.CrmMergeSearchDocument,
    "\n  query CrmMergeSource($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      primaryEmail\n      emails {\n        address\n      }\n      notes {\n        id\n      }\n      files {\n        id\n      }\n      usergroups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmMergeSourceDocument,
    "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    summary\n    updatedAt\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    isAutoResponder\n    usergroups {\n      id\n      name\n    }\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    noteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    timezone\n    language\n    localTime\n    customFields {\n      field {\n        id\n      }\n      value\n    }\n  }\n": typeof types.CrmUserFieldsFragmentDoc,
    "\n  query CrmUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CrmUsersDocument,
    "\n  query CrmUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmUserDocument,
    "\n  query CrmOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CrmOrganizationsDocument,
    "\n  query CrmUsergroups {\n    usergroups {\n      id\n      name\n    }\n  }\n": typeof types.CrmUsergroupsDocument,
    "\n  mutation CrmCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmCreateUserDocument,
    "\n  mutation CrmUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmUpdateUserDocument,
    "\n  mutation CrmAddUserEmail($userId: ID!, $email: String!) {\n    addUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmAddUserEmailDocument,
    "\n  mutation CrmRemoveUserEmail($userId: ID!, $email: String!) {\n    removeUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmRemoveUserEmailDocument,
    "\n  mutation CrmSetPrimaryUserEmail($userId: ID!, $email: String!) {\n    setPrimaryUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmSetPrimaryUserEmailDocument,
    "\n  mutation CrmAddUserNote($userId: ID!, $text: String!) {\n    addUserNote(userId: $userId, text: $text) {\n      ...CrmUserFields\n    }\n  }\n": typeof types.CrmAddUserNoteDocument,
    "\n  mutation CrmCreateOrganization($name: String!) {\n    createOrganization(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CrmCreateOrganizationDocument,
    "\n  query CrmUserChangeLog($entityId: ID!, $first: Int, $after: String) {\n    changeLog(entityType: USER, entityId: $entityId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n      edges {\n        node {\n          id\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmUserChangeLogDocument,
    "\n  query CrmUserNotesPage($userId: ID!, $after: String) {\n    user(id: $userId) {\n      id\n      noteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n": typeof types.CrmUserNotesPageDocument,
    "\n  fragment UserCustomFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n": typeof types.UserCustomFieldFieldsFragmentDoc,
    "\n  query UserCustomFields {\n    userCustomFields {\n      ...UserCustomFieldFields\n    }\n  }\n": typeof types.UserCustomFieldsDocument,
    "\n  mutation CreateUserCustomField($input: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n": typeof types.CreateUserCustomFieldDocument,
    "\n  mutation UpdateUserCustomField($id: ID!, $input: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n": typeof types.UpdateUserCustomFieldDocument,
    "\n  mutation DeleteUserCustomField($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n": typeof types.DeleteUserCustomFieldDocument,
    "\n  mutation ReorderUserCustomFields($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderUserCustomFieldsDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      agentCount\n      permissionGroupCount\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($id: ID!, $name: String!) {\n    renameDepartment(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    isAdmin\n    status\n    invitedByName\n    createdAt\n    lastSentAt\n    expiresAt\n    acceptedAt\n    revokedAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($status: InvitationStatus) {\n    invitations(status: $status) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteAgentQuick($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteAgentQuickDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query SeatUsage {\n    license {\n      seats\n      used\n      available\n      edition\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n    invitations(status: PENDING) {\n      id\n      agentType\n    }\n  }\n": typeof types.SeatUsageDocument,
    "\n  fragment OutboxFields on OutboxMessage {\n    id\n    toAddress\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    nextAttemptAt\n    sentAt\n  }\n": typeof types.OutboxFieldsFragmentDoc,
    "\n  query Outbox($status: OutboxStatus) {\n    outbox(first: 100, status: $status) {\n      ...OutboxFields\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxFields\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
    "\n  fragment PermissionGroupFields on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      access\n      department {\n        id\n      }\n    }\n  }\n": typeof types.PermissionGroupFieldsFragmentDoc,
    "\n  query PermissionGroupsPage {\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      ...PermissionGroupFields\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.PermissionGroupsPageDocument,
    "\n  mutation CreatePermissionGroup($input: PermissionGroupInput!) {\n    createPermissionGroup(input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n": typeof types.CreatePermissionGroupDocument,
    "\n  mutation UpdatePermissionGroup($id: ID!, $input: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n": typeof types.UpdatePermissionGroupDocument,
    "\n  mutation DeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": typeof types.DeletePermissionGroupDocument,
    "\n  query PermissionGroupMemberCount($id: ID!) {\n    agents(first: 1, filter: { permissionGroupId: $id }) {\n      totalCount\n    }\n  }\n": typeof types.PermissionGroupMemberCountDocument,
    "\n  fragment PreferenceFields on Agent {\n    id\n    name\n    alias\n    email\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    signature\n    canEditOwnTicketNotifications\n    isAdmin\n    effectivePermissions\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": typeof types.PreferenceFieldsFragmentDoc,
    "\n  query Preferences {\n    viewer {\n      ...PreferenceFields\n    }\n    notificationCatalog {\n      key\n      label\n      category\n      defaultEmail\n      defaultBrowser\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  mutation UpdatePreferences($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...PreferenceFields\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation ReadSamlMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n": typeof types.ReadSamlMetadataDocument,
    "\n  query SsoSignInProviders {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n": typeof types.SsoSignInProvidersDocument,
    "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    protocol\n    displayName\n    enabled\n    emailClaim\n    nameClaim\n    groupsClaim\n    groupTeamMappings {\n      group\n      teamId\n    }\n    defaultPermissionGroupIds\n    defaultTeamIds\n    trustProviderMfa\n    defaultAgentType\n    callbackUrl\n    updatedAt\n    oidc {\n      issuer\n      clientId\n      clientSecretSet\n      scopes\n    }\n    saml {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      metadataUrl\n      nameIdFormat\n      spEntityId\n      acsUrl\n      spMetadataUrl\n    }\n  }\n": typeof types.SsoProviderFieldsFragmentDoc,
    "\n  query SsoPage {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n    }\n  }\n": typeof types.SsoPageDocument,
    "\n  mutation CreateSsoProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": typeof types.CreateSsoProviderDocument,
    "\n  mutation UpdateSsoProvider($id: ID!, $input: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": typeof types.UpdateSsoProviderDocument,
    "\n  mutation DeleteSsoProvider($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n": typeof types.DeleteSsoProviderDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n    agents(filter: { isAdmin: true, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.UpdateSsoSettingsDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n        email\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  mutation SetTeamMembers($id: ID!, $agentIds: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $agentIds) {\n      id\n      members {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.SetTeamMembersDocument,
    "\n  query TeamMemberCandidates($search: String) {\n    agents(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TeamMemberCandidatesDocument,
    "\n  mutation SetTeamOrganizations($id: ID!, $organizationIds: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $organizationIds) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetTeamOrganizationsDocument,
    "\n  query TeamOrganizationCandidates($search: String) {\n    organizations(first: 100, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamOrganizationCandidatesDocument,
    "\n  query MyTwoStepSignIn {\n    myTwoStepSignIn {\n      enabled\n      methods\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n": typeof types.MyTwoStepSignInDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String, $password: String) {\n    regenerateRecoveryCodes(code: $code, password: $password) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoStepSignIn($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n": typeof types.DisableTwoStepSignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation ResetSecondFactor($agentId: ID!) {\n    resetSecondFactor(agentId: $agentId) {\n      id\n      twoStepSignIn\n    }\n  }\n": typeof types.ResetSecondFactorDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.UpdateSecuritySettingsDocument,
    "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation StartPasskeySecondStep {\n    startPasskeySecondStep\n  }\n": typeof types.StartPasskeySecondStepDocument,
    "\n  mutation VerifyPasskey($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifyPasskeyDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n": typeof types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.FinishPasskeySignInDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n": typeof types.UserImportDocument,
    "\n  query UserImportRows($id: ID!, $after: String!) {\n    userImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n": typeof types.UserImportRowsDocument,
};
const documents: Documents = {
    "\n  fragment ChangeLogPageFields on ChangeLogConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        field\n        oldValue\n        newValue\n        actorName\n        actorKind\n        actorAvatarUrl\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ChangeLogPageFieldsFragmentDoc,
    "\n  fragment ImportJobView on ImportJob {\n    id\n    status\n    dryRun\n    onError\n    existing\n    failure\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    unchangedCount\n    skippedCount\n    errorCount\n  }\n": types.ImportJobViewFragmentDoc,
    "\n  fragment ImportRowPage on ImportRowConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        row\n        email\n        action\n      }\n    }\n  }\n": types.ImportRowPageFragmentDoc,
    "\n  fragment ImportRowErrorView on ImportRowError {\n    row\n    column\n    code\n    message\n    value\n  }\n": types.ImportRowErrorViewFragmentDoc,
    "\n  query AdminsAtAGlance {\n    agents(first: 20, filter: { isAdmin: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          status\n          avatarUrl\n        }\n      }\n    }\n    allAgents: agents(first: 1) {\n      totalCount\n    }\n  }\n": types.AdminsAtAGlanceDocument,
    "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    avatarUrl\n    alias\n    email\n    extraEmails\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    type\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    lastSignInAt\n    twoStepSignIn\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": types.AgentPageFieldsFragmentDoc,
    "\n  query AgentPage($id: ID!) {\n    agent(id: $id) {\n      ...AgentPageFields\n    }\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n      permissions\n      departments {\n        access\n        department {\n          id\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    notificationCatalog {\n      key\n      label\n      category\n    }\n  }\n": types.AgentPageDocument,
    "\n  mutation UpdateAgentPage($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentPageFields\n    }\n  }\n": types.UpdateAgentPageDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      ...ChangeLogPageFields\n    }\n  }\n": types.AgentChangeLogDocument,
    "\n  query AgentPicker($search: String) {\n    agents(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n": types.AgentPickerDocument,
    "\n  mutation CopyAgentSettings($sourceAgentId: ID!, $targetAgentIds: [ID!]!, $sections: [AgentSettingsSection!]!) {\n    copyAgentSettings(sourceAgentId: $sourceAgentId, targetAgentIds: $targetAgentIds, sections: $sections) {\n      ...AgentPageFields\n    }\n  }\n": types.CopyAgentSettingsDocument,
    "\n  mutation SendPasswordReset($agentId: ID!) {\n    sendPasswordReset(agentId: $agentId) {\n      id\n    }\n  }\n": types.SendPasswordResetDocument,
    "\n  mutation SignOutAgentEverywhere($agentId: ID!) {\n    signOutAgentEverywhere(agentId: $agentId) {\n      id\n    }\n  }\n": types.SignOutAgentEverywhereDocument,
    "\n  mutation SetTemporaryPassword($agentId: ID!) {\n    setTemporaryPassword(agentId: $agentId) {\n      temporaryPassword\n      expiresAt\n      agent {\n        ...AgentPageFields\n      }\n    }\n  }\n": types.SetTemporaryPasswordDocument,
    "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n          avatarUrl\n        }\n      }\n    }\n  }\n": types.AgentsListDocument,
    "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          avatarUrl\n          isAdmin\n          type\n          status\n          lastSignInAt\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgentsPageDocument,
    "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    businessUnits {\n      id\n      name\n    }\n  }\n": types.AgentOptionsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation DeleteAgentAvatar($agentId: ID!) {\n    deleteAgentAvatar(agentId: $agentId) {\n      id\n      avatarUrl\n    }\n  }\n": types.DeleteAgentAvatarDocument,
    "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n": types.BulkUpdateAgentsDocument,
    "\n  fragment KeptSelectionTestAgent on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n": types.KeptSelectionTestAgentFragmentDoc,
    "\n  fragment AgentSelectionFields on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n": types.AgentSelectionFieldsFragmentDoc,
    "\n  mutation BulkInviteAgents(\n    $emails: [String!]!\n    $isAdmin: Boolean\n    $teamIds: [ID!]\n    $permissionGroupIds: [ID!]\n    $agentType: AgentType\n    $language: String\n  ) {\n    bulkInviteAgents(\n      emails: $emails\n      isAdmin: $isAdmin\n      teamIds: $teamIds\n      permissionGroupIds: $permissionGroupIds\n      agentType: $agentType\n      language: $language\n    ) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n": types.BulkInviteAgentsDocument,
    "\n  query AgentImport($id: ID!) {\n    agentImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n": types.AgentImportDocument,
    "\n  query AgentImportRows($id: ID!, $after: String!) {\n    agentImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n": types.AgentImportRowsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($includeRevoked: Boolean!) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTime) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActorOptions($search: String, $first: Int) {\n    agents(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AuditActorOptionsDocument,
    "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    avatarUrl\n    language\n    isAdmin\n    mustChangePassword\n    mustEnrolSecondFactor\n    effectivePermissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n      ssoRequired\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query BusinessUnits {\n    businessUnits {\n      id\n      name\n      agentCount\n    }\n  }\n": types.BusinessUnitsDocument,
    "\n  mutation CreateBusinessUnit($name: String!) {\n    createBusinessUnit(name: $name) {\n      id\n      name\n      agentCount\n    }\n  }\n": types.CreateBusinessUnitDocument,
    "\n  mutation RenameBusinessUnit($id: ID!, $name: String!) {\n    renameBusinessUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameBusinessUnitDocument,
    "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": types.DeleteBusinessUnitDocument,
    "\n  query CrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": types.CrmSettingsDocument,
    "\n  query AddressMapUrl {\n    crmSettings {\n      addressMapUrl\n    }\n  }\n": types.AddressMapUrlDocument,
    "\n  mutation UpdateAddressMapUrl($url: String) {\n    updateCrmSettings(input: { addressMapUrl: $url }) {\n      addressMapUrl\n    }\n  }\n": types.UpdateAddressMapUrlDocument,
    "\n  mutation UpdateCrmSettings($input: CrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n": types.UpdateCrmSettingsDocument,
    "\n  fragment CrmAgentFields on Agent {\n    id\n    name\n    avatarUrl\n    email\n    extraEmails\n    teams {\n      id\n      name\n    }\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    crmNoteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrmAgentFieldsFragmentDoc,
    "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.CrmTeamsDocument,
    "\n  query CrmAgents($filter: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          avatarUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CrmAgentsDocument,
    "\n  query CrmAgent($id: ID!) {\n    agent(id: $id) {\n      ...CrmAgentFields\n    }\n  }\n": types.CrmAgentDocument,
    "\n  mutation CrmUpdateAgentProfile($agentId: ID!, $input: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $agentId, input: $input) {\n      ...CrmAgentFields\n    }\n  }\n": types.CrmUpdateAgentProfileDocument,
    "\n  mutation CrmAddAgentNote($agentId: ID!, $text: String!) {\n    addAgentNote(agentId: $agentId, text: $text) {\n      ...CrmAgentFields\n    }\n  }\n": types.CrmAddAgentNoteDocument,
    "\n  query CrmAgentChangeLog($agentId: ID!, $first: Int, $after: String) {\n    changeLog: agentCrmChangeLog(agentId: $agentId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n    }\n  }\n": types.CrmAgentChangeLogDocument,
    "\n  query CrmAgentNotesPage($agentId: ID!, $after: String) {\n    agent(id: $agentId) {\n      id\n      crmNoteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n": types.CrmAgentNotesPageDocument,
    "\n  fragment NotesPageFields on NoteConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.NotesPageFieldsFragmentDoc,
    "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.CrmDeleteUserDocument,
    "\n  mutation CrmCreateUsergroup($name: String!) {\n    createUsergroup(name: $name) {\n      id\n      name\n    }\n  }\n": types.CrmCreateUsergroupDocument,
    "\n  mutation CrmRenameUsergroup($id: ID!, $name: String!) {\n    renameUsergroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.CrmRenameUsergroupDocument,
    "\n  mutation CrmDeleteUsergroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n": types.CrmDeleteUsergroupDocument,
    "\n  query CrmManageOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          userCount\n        }\n      }\n    }\n  }\n": types.CrmManageOrganizationsDocument,
    "\n  mutation CrmRenameOrganization($id: ID!, $name: String!) {\n    renameOrganization(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.CrmRenameOrganizationDocument,
    "\n  mutation CrmDeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n": types.CrmDeleteOrganizationDocument,
    "\n  query CrmUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n        createdAt\n      }\n    }\n  }\n": types.CrmUserFilesDocument,
    "\n  mutation CrmDeleteUserFile($userId: ID!, $fileId: ID!) {\n    deleteUserFile(userId: $userId, fileId: $fileId) {\n      id\n      files {\n        id\n      }\n    }\n  }\n": types.CrmDeleteUserFileDocument,
    "\n  query CrmUserMerges($id: ID!) {\n    user(id: $id) {\n      id\n      merges {\n        id\n        sourceUserId\n        sourceName\n        actorName\n        createdAt\n        undoUntil\n        undoable\n      }\n    }\n  }\n": types.CrmUserMergesDocument,
    "\n  query CrmUserDuplicates($userId: ID!) {\n    userDuplicates(userId: $userId, first: 10) {\n      reasons\n      user {\n        id\n        name\n        primaryEmail\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CrmUserDuplicatesDocument,
    "\n  mutation CrmMergeUsers($targetUserId: ID!, $sourceUserId: ID!) {\n    mergeUsers(targetUserId: $targetUserId, sourceUserId: $sourceUserId) {\n      id\n      name\n    }\n  }\n": types.CrmMergeUsersDocument,
    "\n  mutation CrmUndoUserMerge($mergeId: ID!) {\n    undoUserMerge(mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n": types.CrmUndoUserMergeDocument,
    "\n  query CrmUserActivity($userId: ID!, $first: Int, $after: String) {\n    userActivity(userId: $userId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          oldValue\n          newValue\n          text\n          relatedUserId\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CrmUserActivityDocument,
    "\n  query CrmMergeSearch($search: String!) {\n    users(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n": types.CrmMergeSearchDocument,
    "\n  query CrmMergeSource($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      primaryEmail\n      emails {\n        address\n      }\n      notes {\n        id\n      }\n      files {\n        id\n      }\n      usergroups {\n        id\n        name\n      }\n    }\n  }\n": types.CrmMergeSourceDocument,
    "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    summary\n    updatedAt\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    isAutoResponder\n    usergroups {\n      id\n      name\n    }\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    noteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    timezone\n    language\n    localTime\n    customFields {\n      field {\n        id\n      }\n      value\n    }\n  }\n": types.CrmUserFieldsFragmentDoc,
    "\n  query CrmUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CrmUsersDocument,
    "\n  query CrmUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmUserDocument,
    "\n  query CrmOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CrmOrganizationsDocument,
    "\n  query CrmUsergroups {\n    usergroups {\n      id\n      name\n    }\n  }\n": types.CrmUsergroupsDocument,
    "\n  mutation CrmCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmCreateUserDocument,
    "\n  mutation CrmUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmUpdateUserDocument,
    "\n  mutation CrmAddUserEmail($userId: ID!, $email: String!) {\n    addUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmAddUserEmailDocument,
    "\n  mutation CrmRemoveUserEmail($userId: ID!, $email: String!) {\n    removeUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmRemoveUserEmailDocument,
    "\n  mutation CrmSetPrimaryUserEmail($userId: ID!, $email: String!) {\n    setPrimaryUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmSetPrimaryUserEmailDocument,
    "\n  mutation CrmAddUserNote($userId: ID!, $text: String!) {\n    addUserNote(userId: $userId, text: $text) {\n      ...CrmUserFields\n    }\n  }\n": types.CrmAddUserNoteDocument,
    "\n  mutation CrmCreateOrganization($name: String!) {\n    createOrganization(name: $name) {\n      id\n      name\n    }\n  }\n": types.CrmCreateOrganizationDocument,
    "\n  query CrmUserChangeLog($entityId: ID!, $first: Int, $after: String) {\n    changeLog(entityType: USER, entityId: $entityId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n      edges {\n        node {\n          id\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CrmUserChangeLogDocument,
    "\n  query CrmUserNotesPage($userId: ID!, $after: String) {\n    user(id: $userId) {\n      id\n      noteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n": types.CrmUserNotesPageDocument,
    "\n  fragment UserCustomFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n": types.UserCustomFieldFieldsFragmentDoc,
    "\n  query UserCustomFields {\n    userCustomFields {\n      ...UserCustomFieldFields\n    }\n  }\n": types.UserCustomFieldsDocument,
    "\n  mutation CreateUserCustomField($input: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n": types.CreateUserCustomFieldDocument,
    "\n  mutation UpdateUserCustomField($id: ID!, $input: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n": types.UpdateUserCustomFieldDocument,
    "\n  mutation DeleteUserCustomField($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n": types.DeleteUserCustomFieldDocument,
    "\n  mutation ReorderUserCustomFields($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderUserCustomFieldsDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      agentCount\n      permissionGroupCount\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($id: ID!, $name: String!) {\n    renameDepartment(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.DeleteDepartmentDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    isAdmin\n    status\n    invitedByName\n    createdAt\n    lastSentAt\n    expiresAt\n    acceptedAt\n    revokedAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($status: InvitationStatus) {\n    invitations(status: $status) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteAgentQuick($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteAgentQuickDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query SeatUsage {\n    license {\n      seats\n      used\n      available\n      edition\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n    invitations(status: PENDING) {\n      id\n      agentType\n    }\n  }\n": types.SeatUsageDocument,
    "\n  fragment OutboxFields on OutboxMessage {\n    id\n    toAddress\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    nextAttemptAt\n    sentAt\n  }\n": types.OutboxFieldsFragmentDoc,
    "\n  query Outbox($status: OutboxStatus) {\n    outbox(first: 100, status: $status) {\n      ...OutboxFields\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxFields\n    }\n  }\n": types.RetryOutboxMessageDocument,
    "\n  fragment PermissionGroupFields on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      access\n      department {\n        id\n      }\n    }\n  }\n": types.PermissionGroupFieldsFragmentDoc,
    "\n  query PermissionGroupsPage {\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      ...PermissionGroupFields\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.PermissionGroupsPageDocument,
    "\n  mutation CreatePermissionGroup($input: PermissionGroupInput!) {\n    createPermissionGroup(input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n": types.CreatePermissionGroupDocument,
    "\n  mutation UpdatePermissionGroup($id: ID!, $input: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n": types.UpdatePermissionGroupDocument,
    "\n  mutation DeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n": types.DeletePermissionGroupDocument,
    "\n  query PermissionGroupMemberCount($id: ID!) {\n    agents(first: 1, filter: { permissionGroupId: $id }) {\n      totalCount\n    }\n  }\n": types.PermissionGroupMemberCountDocument,
    "\n  fragment PreferenceFields on Agent {\n    id\n    name\n    alias\n    email\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    signature\n    canEditOwnTicketNotifications\n    isAdmin\n    effectivePermissions\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n": types.PreferenceFieldsFragmentDoc,
    "\n  query Preferences {\n    viewer {\n      ...PreferenceFields\n    }\n    notificationCatalog {\n      key\n      label\n      category\n      defaultEmail\n      defaultBrowser\n    }\n  }\n": types.PreferencesDocument,
    "\n  mutation UpdatePreferences($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...PreferenceFields\n      ...ViewerFields\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation ReadSamlMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n": types.ReadSamlMetadataDocument,
    "\n  query SsoSignInProviders {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n": types.SsoSignInProvidersDocument,
    "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    protocol\n    displayName\n    enabled\n    emailClaim\n    nameClaim\n    groupsClaim\n    groupTeamMappings {\n      group\n      teamId\n    }\n    defaultPermissionGroupIds\n    defaultTeamIds\n    trustProviderMfa\n    defaultAgentType\n    callbackUrl\n    updatedAt\n    oidc {\n      issuer\n      clientId\n      clientSecretSet\n      scopes\n    }\n    saml {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      metadataUrl\n      nameIdFormat\n      spEntityId\n      acsUrl\n      spMetadataUrl\n    }\n  }\n": types.SsoProviderFieldsFragmentDoc,
    "\n  query SsoPage {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n    }\n  }\n": types.SsoPageDocument,
    "\n  mutation CreateSsoProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": types.CreateSsoProviderDocument,
    "\n  mutation UpdateSsoProvider($id: ID!, $input: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": types.UpdateSsoProviderDocument,
    "\n  mutation DeleteSsoProvider($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n": types.DeleteSsoProviderDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n    agents(filter: { isAdmin: true, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n  }\n": types.UpdateSsoSettingsDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n        email\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  mutation SetTeamMembers($id: ID!, $agentIds: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $agentIds) {\n      id\n      members {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.SetTeamMembersDocument,
    "\n  query TeamMemberCandidates($search: String) {\n    agents(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TeamMemberCandidatesDocument,
    "\n  mutation SetTeamOrganizations($id: ID!, $organizationIds: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $organizationIds) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.SetTeamOrganizationsDocument,
    "\n  query TeamOrganizationCandidates($search: String) {\n    organizations(first: 100, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TeamOrganizationCandidatesDocument,
    "\n  query MyTwoStepSignIn {\n    myTwoStepSignIn {\n      enabled\n      methods\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n": types.MyTwoStepSignInDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String, $password: String) {\n    regenerateRecoveryCodes(code: $code, password: $password) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoStepSignIn($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n": types.DisableTwoStepSignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation ResetSecondFactor($agentId: ID!) {\n    resetSecondFactor(agentId: $agentId) {\n      id\n      twoStepSignIn\n    }\n  }\n": types.ResetSecondFactorDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n": types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n": types.UpdateSecuritySettingsDocument,
    "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation StartPasskeySecondStep {\n    startPasskeySecondStep\n  }\n": types.StartPasskeySecondStepDocument,
    "\n  mutation VerifyPasskey($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifyPasskeyDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n": types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n": types.FinishPasskeySignInDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n": types.UserImportDocument,
    "\n  query UserImportRows($id: ID!, $after: String!) {\n    userImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n": types.UserImportRowsDocument,
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
export function graphql(source: "\n  fragment ChangeLogPageFields on ChangeLogConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        field\n        oldValue\n        newValue\n        actorName\n        actorKind\n        actorAvatarUrl\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeLogPageFields on ChangeLogConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        field\n        oldValue\n        newValue\n        actorName\n        actorKind\n        actorAvatarUrl\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobView on ImportJob {\n    id\n    status\n    dryRun\n    onError\n    existing\n    failure\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    unchangedCount\n    skippedCount\n    errorCount\n  }\n"): (typeof documents)["\n  fragment ImportJobView on ImportJob {\n    id\n    status\n    dryRun\n    onError\n    existing\n    failure\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    unchangedCount\n    skippedCount\n    errorCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowPage on ImportRowConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        row\n        email\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ImportRowPage on ImportRowConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        row\n        email\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowErrorView on ImportRowError {\n    row\n    column\n    code\n    message\n    value\n  }\n"): (typeof documents)["\n  fragment ImportRowErrorView on ImportRowError {\n    row\n    column\n    code\n    message\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminsAtAGlance {\n    agents(first: 20, filter: { isAdmin: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          status\n          avatarUrl\n        }\n      }\n    }\n    allAgents: agents(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminsAtAGlance {\n    agents(first: 20, filter: { isAdmin: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          status\n          avatarUrl\n        }\n      }\n    }\n    allAgents: agents(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentPageFields on Agent {\n    id\n    name\n    avatarUrl\n    alias\n    email\n    extraEmails\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    type\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    lastSignInAt\n    twoStepSignIn\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"): (typeof documents)["\n  fragment AgentPageFields on Agent {\n    id\n    name\n    avatarUrl\n    alias\n    email\n    extraEmails\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    businessUnit\n    businessUnitId\n    type\n    isAdmin\n    isReportsAdmin\n    status\n    mustChangePassword\n    lastSignInAt\n    twoStepSignIn\n    canEditOwnTicketNotifications\n    permissions\n    effectivePermissions\n    permissionGroups {\n      id\n    }\n    teams {\n      id\n    }\n    departments {\n      access\n      department {\n        id\n      }\n    }\n    effectiveDepartments {\n      access\n      department {\n        id\n      }\n    }\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"];
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
export function graphql(source: "\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      ...ChangeLogPageFields\n    }\n  }\n"): (typeof documents)["\n  query AgentChangeLog($entityId: ID!, $after: String, $first: Int = 25) {\n    changeLog(entityType: AGENT, entityId: $entityId, after: $after, first: $first) {\n      ...ChangeLogPageFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SendPasswordReset($agentId: ID!) {\n    sendPasswordReset(agentId: $agentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendPasswordReset($agentId: ID!) {\n    sendPasswordReset(agentId: $agentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutAgentEverywhere($agentId: ID!) {\n    signOutAgentEverywhere(agentId: $agentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutAgentEverywhere($agentId: ID!) {\n    signOutAgentEverywhere(agentId: $agentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTemporaryPassword($agentId: ID!) {\n    setTemporaryPassword(agentId: $agentId) {\n      temporaryPassword\n      expiresAt\n      agent {\n        ...AgentPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTemporaryPassword($agentId: ID!) {\n    setTemporaryPassword(agentId: $agentId) {\n      temporaryPassword\n      expiresAt\n      agent {\n        ...AgentPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n          avatarUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsList($first: Int = 50) {\n    agents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          isAdmin\n          status\n          avatarUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          avatarUrl\n          isAdmin\n          type\n          status\n          lastSignInAt\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentsPage($filter: AgentFilter, $first: Int!, $after: String, $orderBy: AgentOrder) {\n    agents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          alias\n          email\n          avatarUrl\n          isAdmin\n          type\n          status\n          lastSignInAt\n          teams {\n            id\n            name\n          }\n          permissionGroups {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    businessUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AgentOptions {\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n      builtIn\n    }\n    businessUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      temporaryPassword\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgentAvatar($agentId: ID!) {\n    deleteAgentAvatar(agentId: $agentId) {\n      id\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgentAvatar($agentId: ID!) {\n    deleteAgentAvatar(agentId: $agentId) {\n      id\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateAgents($ids: [ID!]!, $input: BulkUpdateAgentsInput!) {\n    bulkUpdateAgents(ids: $ids, input: $input) {\n      id\n      status\n      teams {\n        id\n        name\n      }\n      permissionGroups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeptSelectionTestAgent on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment KeptSelectionTestAgent on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentSelectionFields on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AgentSelectionFields on Agent {\n    id\n    status\n    isAdmin\n    teams {\n      id\n    }\n    permissionGroups {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkInviteAgents(\n    $emails: [String!]!\n    $isAdmin: Boolean\n    $teamIds: [ID!]\n    $permissionGroupIds: [ID!]\n    $agentType: AgentType\n    $language: String\n  ) {\n    bulkInviteAgents(\n      emails: $emails\n      isAdmin: $isAdmin\n      teamIds: $teamIds\n      permissionGroupIds: $permissionGroupIds\n      agentType: $agentType\n      language: $language\n    ) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n"): (typeof documents)["\n  mutation BulkInviteAgents(\n    $emails: [String!]!\n    $isAdmin: Boolean\n    $teamIds: [ID!]\n    $permissionGroupIds: [ID!]\n    $agentType: AgentType\n    $language: String\n  ) {\n    bulkInviteAgents(\n      emails: $emails\n      isAdmin: $isAdmin\n      teamIds: $teamIds\n      permissionGroupIds: $permissionGroupIds\n      agentType: $agentType\n      language: $language\n    ) {\n      invited {\n        id\n        email\n        expiresAt\n      }\n      failed {\n        email\n        code\n        message\n      }\n      missingSeats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentImport($id: ID!) {\n    agentImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentImport($id: ID!) {\n    agentImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentImportRows($id: ID!, $after: String!) {\n    agentImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentImportRows($id: ID!, $after: String!) {\n    agentImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($includeRevoked: Boolean!) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($includeRevoked: Boolean!) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTime) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTime) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorKind\n          actorName\n          ip\n          userAgent\n          targetType\n          targetId\n          targetLabel\n          outcome\n          details\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActorOptions($search: String, $first: Int) {\n    agents(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActorOptions($search: String, $first: Int) {\n    agents(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    avatarUrl\n    language\n    isAdmin\n    mustChangePassword\n    mustEnrolSecondFactor\n    effectivePermissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Agent {\n    id\n    email\n    name\n    avatarUrl\n    language\n    isAdmin\n    mustChangePassword\n    mustEnrolSecondFactor\n    effectivePermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      secondFactorRequired\n      secondFactorMethods\n      enrolmentRequired\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n      ssoRequired\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      email\n      helpdeskName\n      inviterName\n      expiresAt\n      ssoRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessUnits {\n    businessUnits {\n      id\n      name\n      agentCount\n    }\n  }\n"): (typeof documents)["\n  query BusinessUnits {\n    businessUnits {\n      id\n      name\n      agentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusinessUnit($name: String!) {\n    createBusinessUnit(name: $name) {\n      id\n      name\n      agentCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBusinessUnit($name: String!) {\n    createBusinessUnit(name: $name) {\n      id\n      name\n      agentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameBusinessUnit($id: ID!, $name: String!) {\n    renameBusinessUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameBusinessUnit($id: ID!, $name: String!) {\n    renameBusinessUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  query CrmSettings {\n    crmSettings {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressMapUrl {\n    crmSettings {\n      addressMapUrl\n    }\n  }\n"): (typeof documents)["\n  query AddressMapUrl {\n    crmSettings {\n      addressMapUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddressMapUrl($url: String) {\n    updateCrmSettings(input: { addressMapUrl: $url }) {\n      addressMapUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAddressMapUrl($url: String) {\n    updateCrmSettings(input: { addressMapUrl: $url }) {\n      addressMapUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCrmSettings($input: CrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCrmSettings($input: CrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      teamScopedUserVisibility\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmAgentFields on Agent {\n    id\n    name\n    avatarUrl\n    email\n    extraEmails\n    teams {\n      id\n      name\n    }\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    crmNoteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CrmAgentFields on Agent {\n    id\n    name\n    avatarUrl\n    email\n    extraEmails\n    teams {\n      id\n      name\n    }\n    crmSummary\n    crmContact {\n      phone\n      website\n      im\n      twitter\n      linkedin\n      facebook\n      address\n    }\n    crmNotes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    crmNoteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmTeams {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAgents($filter: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          avatarUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmAgents($filter: AgentFilter, $first: Int, $after: String) {\n    agents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          avatarUrl\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAgent($id: ID!) {\n    agent(id: $id) {\n      ...CrmAgentFields\n    }\n  }\n"): (typeof documents)["\n  query CrmAgent($id: ID!) {\n    agent(id: $id) {\n      ...CrmAgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateAgentProfile($agentId: ID!, $input: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $agentId, input: $input) {\n      ...CrmAgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateAgentProfile($agentId: ID!, $input: UpdateAgentCrmProfileInput!) {\n    updateAgentCrmProfile(agentId: $agentId, input: $input) {\n      ...CrmAgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAddAgentNote($agentId: ID!, $text: String!) {\n    addAgentNote(agentId: $agentId, text: $text) {\n      ...CrmAgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAddAgentNote($agentId: ID!, $text: String!) {\n    addAgentNote(agentId: $agentId, text: $text) {\n      ...CrmAgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAgentChangeLog($agentId: ID!, $first: Int, $after: String) {\n    changeLog: agentCrmChangeLog(agentId: $agentId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n    }\n  }\n"): (typeof documents)["\n  query CrmAgentChangeLog($agentId: ID!, $first: Int, $after: String) {\n    changeLog: agentCrmChangeLog(agentId: $agentId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAgentNotesPage($agentId: ID!, $after: String) {\n    agent(id: $agentId) {\n      id\n      crmNoteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmAgentNotesPage($agentId: ID!, $after: String) {\n    agent(id: $agentId) {\n      id\n      crmNoteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotesPageFields on NoteConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotesPageFields on NoteConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateUsergroup($name: String!) {\n    createUsergroup(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateUsergroup($name: String!) {\n    createUsergroup(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRenameUsergroup($id: ID!, $name: String!) {\n    renameUsergroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRenameUsergroup($id: ID!, $name: String!) {\n    renameUsergroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteUsergroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteUsergroup($id: ID!) {\n    deleteUsergroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmManageOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          userCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmManageOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          userCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRenameOrganization($id: ID!, $name: String!) {\n    renameOrganization(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRenameOrganization($id: ID!, $name: String!) {\n    renameOrganization(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"): (typeof documents)["\n  mutation CrmDeleteOrganization($id: ID!) {\n    deleteOrganization(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserFiles($id: ID!) {\n    user(id: $id) {\n      id\n      files {\n        id\n        fileName\n        contentType\n        size\n        uploadedByName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDeleteUserFile($userId: ID!, $fileId: ID!) {\n    deleteUserFile(userId: $userId, fileId: $fileId) {\n      id\n      files {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmDeleteUserFile($userId: ID!, $fileId: ID!) {\n    deleteUserFile(userId: $userId, fileId: $fileId) {\n      id\n      files {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserMerges($id: ID!) {\n    user(id: $id) {\n      id\n      merges {\n        id\n        sourceUserId\n        sourceName\n        actorName\n        createdAt\n        undoUntil\n        undoable\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserMerges($id: ID!) {\n    user(id: $id) {\n      id\n      merges {\n        id\n        sourceUserId\n        sourceName\n        actorName\n        createdAt\n        undoUntil\n        undoable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserDuplicates($userId: ID!) {\n    userDuplicates(userId: $userId, first: 10) {\n      reasons\n      user {\n        id\n        name\n        primaryEmail\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserDuplicates($userId: ID!) {\n    userDuplicates(userId: $userId, first: 10) {\n      reasons\n      user {\n        id\n        name\n        primaryEmail\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMergeUsers($targetUserId: ID!, $sourceUserId: ID!) {\n    mergeUsers(targetUserId: $targetUserId, sourceUserId: $sourceUserId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMergeUsers($targetUserId: ID!, $sourceUserId: ID!) {\n    mergeUsers(targetUserId: $targetUserId, sourceUserId: $sourceUserId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUndoUserMerge($mergeId: ID!) {\n    undoUserMerge(mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUndoUserMerge($mergeId: ID!) {\n    undoUserMerge(mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserActivity($userId: ID!, $first: Int, $after: String) {\n    userActivity(userId: $userId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          oldValue\n          newValue\n          text\n          relatedUserId\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserActivity($userId: ID!, $first: Int, $after: String) {\n    userActivity(userId: $userId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          actorName\n          field\n          oldValue\n          newValue\n          text\n          relatedUserId\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMergeSearch($search: String!) {\n    users(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmMergeSearch($search: String!) {\n    users(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          primaryEmail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMergeSource($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      primaryEmail\n      emails {\n        address\n      }\n      notes {\n        id\n      }\n      files {\n        id\n      }\n      usergroups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmMergeSource($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      primaryEmail\n      emails {\n        address\n      }\n      notes {\n        id\n      }\n      files {\n        id\n      }\n      usergroups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    summary\n    updatedAt\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    isAutoResponder\n    usergroups {\n      id\n      name\n    }\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    noteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    timezone\n    language\n    localTime\n    customFields {\n      field {\n        id\n      }\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment CrmUserFields on User {\n    id\n    name\n    primaryEmail\n    summary\n    updatedAt\n    phone\n    website\n    im\n    twitter\n    linkedin\n    facebook\n    address\n    isAutoResponder\n    usergroups {\n      id\n      name\n    }\n    emails {\n      address\n      isPrimary\n    }\n    organization {\n      id\n      name\n    }\n    notes {\n      id\n      text\n      authorName\n      createdAt\n    }\n    noteConnection {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    timezone\n    language\n    localTime\n    customFields {\n      field {\n        id\n      }\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          id\n          name\n          primaryEmail\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  query CrmUser($id: ID!) {\n    user(id: $id) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmOrganizations($search: String, $first: Int) {\n    organizations(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUsergroups {\n    usergroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrmUsergroups {\n    usergroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAddUserEmail($userId: ID!, $email: String!) {\n    addUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAddUserEmail($userId: ID!, $email: String!) {\n    addUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRemoveUserEmail($userId: ID!, $email: String!) {\n    removeUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRemoveUserEmail($userId: ID!, $email: String!) {\n    removeUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetPrimaryUserEmail($userId: ID!, $email: String!) {\n    setPrimaryUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetPrimaryUserEmail($userId: ID!, $email: String!) {\n    setPrimaryUserEmail(userId: $userId, email: $email) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAddUserNote($userId: ID!, $text: String!) {\n    addUserNote(userId: $userId, text: $text) {\n      ...CrmUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAddUserNote($userId: ID!, $text: String!) {\n    addUserNote(userId: $userId, text: $text) {\n      ...CrmUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateOrganization($name: String!) {\n    createOrganization(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateOrganization($name: String!) {\n    createOrganization(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserChangeLog($entityId: ID!, $first: Int, $after: String) {\n    changeLog(entityType: USER, entityId: $entityId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n      edges {\n        node {\n          id\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserChangeLog($entityId: ID!, $first: Int, $after: String) {\n    changeLog(entityType: USER, entityId: $entityId, first: $first, after: $after) {\n      ...ChangeLogPageFields\n      edges {\n        node {\n          id\n          movedFrom {\n            userId\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUserNotesPage($userId: ID!, $after: String) {\n    user(id: $userId) {\n      id\n      noteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmUserNotesPage($userId: ID!, $after: String) {\n    user(id: $userId) {\n      id\n      noteConnection(first: 50, after: $after) {\n        ...NotesPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserCustomFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n"): (typeof documents)["\n  fragment UserCustomFieldFields on UserCustomField {\n    id\n    name\n    type\n    description\n    options\n    position\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserCustomFields {\n    userCustomFields {\n      ...UserCustomFieldFields\n    }\n  }\n"): (typeof documents)["\n  query UserCustomFields {\n    userCustomFields {\n      ...UserCustomFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserCustomField($input: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserCustomField($input: CreateUserCustomFieldInput!) {\n    createUserCustomField(input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserCustomField($id: ID!, $input: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserCustomField($id: ID!, $input: UpdateUserCustomFieldInput!) {\n    updateUserCustomField(id: $id, input: $input) {\n      ...UserCustomFieldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUserCustomField($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUserCustomField($id: ID!) {\n    deleteUserCustomField(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderUserCustomFields($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderUserCustomFields($ids: [ID!]!) {\n    reorderUserCustomFields(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      name\n      agentCount\n      permissionGroupCount\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      id\n      name\n      agentCount\n      permissionGroupCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDepartment($id: ID!, $name: String!) {\n    renameDepartment(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDepartment($id: ID!, $name: String!) {\n    renameDepartment(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    isAdmin\n    status\n    invitedByName\n    createdAt\n    lastSentAt\n    expiresAt\n    acceptedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    isAdmin\n    status\n    invitedByName\n    createdAt\n    lastSentAt\n    expiresAt\n    acceptedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($status: InvitationStatus) {\n    invitations(status: $status) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations($status: InvitationStatus) {\n    invitations(status: $status) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAgentQuick($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAgentQuick($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeatUsage {\n    license {\n      seats\n      used\n      available\n      edition\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n    invitations(status: PENDING) {\n      id\n      agentType\n    }\n  }\n"): (typeof documents)["\n  query SeatUsage {\n    license {\n      seats\n      used\n      available\n      edition\n      lightSeats\n      lightUsed\n      lightAvailable\n    }\n    invitations(status: PENDING) {\n      id\n      agentType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxFields on OutboxMessage {\n    id\n    toAddress\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    nextAttemptAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment OutboxFields on OutboxMessage {\n    id\n    toAddress\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    nextAttemptAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($status: OutboxStatus) {\n    outbox(first: 100, status: $status) {\n      ...OutboxFields\n    }\n  }\n"): (typeof documents)["\n  query Outbox($status: OutboxStatus) {\n    outbox(first: 100, status: $status) {\n      ...OutboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermissionGroupFields on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      access\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PermissionGroupFields on PermissionGroup {\n    id\n    name\n    builtIn\n    permissions\n    departments {\n      access\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionGroupsPage {\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      ...PermissionGroupFields\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PermissionGroupsPage {\n    permissionCatalog {\n      key\n      label\n      category\n      destructive\n    }\n    permissionGroups {\n      ...PermissionGroupFields\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePermissionGroup($input: PermissionGroupInput!) {\n    createPermissionGroup(input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePermissionGroup($input: PermissionGroupInput!) {\n    createPermissionGroup(input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePermissionGroup($id: ID!, $input: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePermissionGroup($id: ID!, $input: UpdatePermissionGroupInput!) {\n    updatePermissionGroup(id: $id, input: $input) {\n      ...PermissionGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePermissionGroup($id: ID!) {\n    deletePermissionGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionGroupMemberCount($id: ID!) {\n    agents(first: 1, filter: { permissionGroupId: $id }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PermissionGroupMemberCount($id: ID!) {\n    agents(first: 1, filter: { permissionGroupId: $id }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferenceFields on Agent {\n    id\n    name\n    alias\n    email\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    signature\n    canEditOwnTicketNotifications\n    isAdmin\n    effectivePermissions\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"): (typeof documents)["\n  fragment PreferenceFields on Agent {\n    id\n    name\n    alias\n    email\n    phones {\n      label\n      number\n      country\n      isValid\n    }\n    timezone\n    language\n    signature\n    canEditOwnTicketNotifications\n    isAdmin\n    effectivePermissions\n    ticketNotifications {\n      event\n      email\n      browser\n    }\n    otherNotifications {\n      event\n      email\n      browser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    viewer {\n      ...PreferenceFields\n    }\n    notificationCatalog {\n      key\n      label\n      category\n      defaultEmail\n      defaultBrowser\n    }\n  }\n"): (typeof documents)["\n  query Preferences {\n    viewer {\n      ...PreferenceFields\n    }\n    notificationCatalog {\n      key\n      label\n      category\n      defaultEmail\n      defaultBrowser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...PreferenceFields\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...PreferenceFields\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      browser\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadSamlMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n"): (typeof documents)["\n  mutation ReadSamlMetadata($xml: String, $url: String) {\n    readSamlMetadata(xml: $xml, url: $url) {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      nameIdFormat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSignInProviders {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query SsoSignInProviders {\n    ssoSignInProviders {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    protocol\n    displayName\n    enabled\n    emailClaim\n    nameClaim\n    groupsClaim\n    groupTeamMappings {\n      group\n      teamId\n    }\n    defaultPermissionGroupIds\n    defaultTeamIds\n    trustProviderMfa\n    defaultAgentType\n    callbackUrl\n    updatedAt\n    oidc {\n      issuer\n      clientId\n      clientSecretSet\n      scopes\n    }\n    saml {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      metadataUrl\n      nameIdFormat\n      spEntityId\n      acsUrl\n      spMetadataUrl\n    }\n  }\n"): (typeof documents)["\n  fragment SsoProviderFields on SsoProvider {\n    id\n    protocol\n    displayName\n    enabled\n    emailClaim\n    nameClaim\n    groupsClaim\n    groupTeamMappings {\n      group\n      teamId\n    }\n    defaultPermissionGroupIds\n    defaultTeamIds\n    trustProviderMfa\n    defaultAgentType\n    callbackUrl\n    updatedAt\n    oidc {\n      issuer\n      clientId\n      clientSecretSet\n      scopes\n    }\n    saml {\n      idpEntityId\n      ssoUrl\n      idpCertificates\n      metadataUrl\n      nameIdFormat\n      spEntityId\n      acsUrl\n      spMetadataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoPage {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SsoPage {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n    teams {\n      id\n      name\n    }\n    permissionGroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSsoProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      ...SsoProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSsoProvider($input: SsoProviderInput!) {\n    createSsoProvider(input: $input) {\n      ...SsoProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSsoProvider($id: ID!, $input: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSsoProvider($id: ID!, $input: SsoProviderInput!) {\n    updateSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSsoProvider($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSsoProvider($id: ID!) {\n    deleteSsoProvider(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    ssoSettings {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n    agents(filter: { isAdmin: true, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    ssoSettings {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n    agents(filter: { isAdmin: true, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      ssoRequired\n      breakGlassAdmins {\n        id\n      }\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n        email\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n        name\n        email\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamMembers($id: ID!, $agentIds: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $agentIds) {\n      id\n      members {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamMembers($id: ID!, $agentIds: [ID!]!) {\n    setTeamMembers(id: $id, agentIds: $agentIds) {\n      id\n      members {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMemberCandidates($search: String) {\n    agents(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMemberCandidates($search: String) {\n    agents(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamOrganizations($id: ID!, $organizationIds: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $organizationIds) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamOrganizations($id: ID!, $organizationIds: [ID!]!) {\n    setTeamOrganizations(id: $id, organizationIds: $organizationIds) {\n      id\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOrganizationCandidates($search: String) {\n    organizations(first: 100, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOrganizationCandidates($search: String) {\n    organizations(first: 100, search: $search) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoStepSignIn {\n    myTwoStepSignIn {\n      enabled\n      methods\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n"): (typeof documents)["\n  query MyTwoStepSignIn {\n    myTwoStepSignIn {\n      enabled\n      methods\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String, $password: String) {\n    regenerateRecoveryCodes(code: $code, password: $password) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String, $password: String) {\n    regenerateRecoveryCodes(code: $code, password: $password) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoStepSignIn($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableTwoStepSignIn($code: String, $password: String) {\n    disableTwoStepSignIn(code: $code, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($agentId: ID!) {\n    resetSecondFactor(agentId: $agentId) {\n      id\n      twoStepSignIn\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor($agentId: ID!) {\n    resetSecondFactor(agentId: $agentId) {\n      id\n      twoStepSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySettings {\n    securitySettings {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  query SecuritySettings {\n    securitySettings {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecuritySettings($input: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSecuritySettings($input: SecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      twoStepSignInRequired\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($name: String!, $response: String!) {\n    finishPasskeyRegistration(name: $name, response: $response) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySecondStep {\n    startPasskeySecondStep\n  }\n"): (typeof documents)["\n  mutation StartPasskeySecondStep {\n    startPasskeySecondStep\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPasskey($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyPasskey($response: String!) {\n    verifyPasskey(response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      requestId\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeySignIn($requestId: String!, $response: String!) {\n    finishPasskeySignIn(requestId: $requestId, response: $response) {\n      token\n      agent {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...ImportJobView\n      rows(first: 100) {\n        ...ImportRowPage\n      }\n      errors(first: 200) {\n        ...ImportRowErrorView\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserImportRows($id: ID!, $after: String!) {\n    userImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserImportRows($id: ID!, $after: String!) {\n    userImport(id: $id) {\n      id\n      rows(first: 100, after: $after) {\n        ...ImportRowPage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;