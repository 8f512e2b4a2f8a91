/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

/** A helpdesk agent. The email is the login. */
export type Agent = {
  __typename?: 'Agent';
  /** Override name shown to end users instead of the name. */
  alias?: Maybe<Scalars['String']['output']>;
  businessUnit?: Maybe<Scalars['String']['output']>;
  canEditOwnTicketNotifications: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  departments: Array<DepartmentAccess>;
  /** Direct access plus what permission groups give; FULL wins over ASSIGN. */
  effectiveDepartments: Array<DepartmentAccess>;
  /** Groups plus direct permissions. */
  effectivePermissions: Array<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  /** Additional email addresses (not used to sign in). */
  extraEmails: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isAdmin: Scalars['Boolean']['output'];
  isReportsAdmin: Scalars['Boolean']['output'];
  landlinePhone?: Maybe<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  mobilePhone?: Maybe<Scalars['String']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  otherNotifications: Array<NotificationSetting>;
  permissionGroups: Array<PermissionGroup>;
  /** Permissions granted to this agent directly. */
  permissions: Array<Scalars['String']['output']>;
  /** Preferences phone, used for SMS. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Sanitised HTML. */
  signature?: Maybe<Scalars['String']['output']>;
  status: AgentStatus;
  teams: Array<Team>;
  ticketNotifications: Array<NotificationSetting>;
  timezone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AgentConnection = {
  __typename?: 'AgentConnection';
  edges: Array<AgentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgentEdge = {
  __typename?: 'AgentEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

export type AgentFilter = {
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  permissionGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Prefix of the name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AgentStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type AgentSettingsSection =
  | 'ADMIN_ACCESS'
  | 'DEPARTMENTS'
  | 'LANGUAGE'
  | 'OTHER_NOTIFICATIONS'
  | 'PERMISSIONS'
  | 'PERMISSION_GROUPS'
  | 'REPORTS_ACCESS'
  | 'SIGNATURE'
  | 'TEAMS'
  | 'TICKET_NOTIFICATIONS'
  | 'TIMEZONE';

export type AgentStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** A scoped token for third-party integrations. The secret is shown once. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  agent: Agent;
  /** Session token: also set as an httpOnly cookie; usable as a Bearer token. */
  token: Scalars['String']['output'];
};

export type ChangeLogConnection = {
  __typename?: 'ChangeLogConnection';
  edges: Array<ChangeLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeLogEdge = {
  __typename?: 'ChangeLogEdge';
  cursor: Scalars['String']['output'];
  node: ChangeLogEntry;
};

export type ChangeLogEntityType =
  | 'AGENT'
  | 'API_TOKEN'
  | 'DEPARTMENT'
  | 'INVITATION'
  | 'PERMISSION_GROUP'
  | 'TEAM'
  | 'USER';

export type ChangeLogEntry = {
  __typename?: 'ChangeLogEntry';
  /** AGENT, API_TOKEN or SYSTEM. */
  actorKind: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

export type CreateAgentInput = {
  alias?: InputMaybe<Scalars['String']['input']>;
  businessUnit?: InputMaybe<Scalars['String']['input']>;
  canEditOwnTicketNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Omitted with copySettingsFrom: all sections. */
  copySections?: InputMaybe<Array<AgentSettingsSection>>;
  copySettingsFrom?: InputMaybe<Scalars['ID']['input']>;
  departments?: InputMaybe<Array<DepartmentAccessInput>>;
  email: Scalars['String']['input'];
  extraEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  forcePasswordChange?: InputMaybe<Scalars['Boolean']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  isReportsAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  landlinePhone?: InputMaybe<Scalars['String']['input']>;
  /** Language tag, e.g. en or pt-BR. */
  language?: InputMaybe<Scalars['String']['input']>;
  mobilePhone?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  otherNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** Initial password; omitted: a temporary one is generated and returned once. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Omitted on create: [1] All Permissions. */
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Login details + Quick Start Guide PDF. */
  sendWelcomeEmail?: InputMaybe<Scalars['Boolean']['input']>;
  /** HTML; sanitised on write. */
  signature?: InputMaybe<Scalars['String']['input']>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ticketNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** IANA zone, e.g. Europe/London. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAgentPayload = {
  __typename?: 'CreateAgentPayload';
  agent: Agent;
  /** Generated temporary password, shown once. */
  temporaryPassword?: Maybe<Scalars['String']['output']>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken: ApiToken;
  /** The secret, shown once. Send it as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
};

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DepartmentAccess = {
  __typename?: 'DepartmentAccess';
  access: DepartmentAccessLevel;
  department: Department;
};

export type DepartmentAccessInput = {
  access: DepartmentAccessLevel;
  departmentId: Scalars['ID']['input'];
};

/** FULL: see and work the tickets (implies ASSIGN). ASSIGN: may assign tickets to it only. */
export type DepartmentAccessLevel =
  | 'ASSIGN'
  | 'FULL';

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByName: Scalars['String']['output'];
  isAdmin: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  permissionGroups: Array<PermissionGroup>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InvitationStatus;
  teams: Array<Team>;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteAgentInput = {
  email: Scalars['String']['input'];
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: [1] All Permissions. */
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** used = current agents + pending invitations */
export type License = {
  __typename?: 'License';
  available: Scalars['Int']['output'];
  /** cloud or on-premise (on-premise seats come in batches of 10). */
  edition: Scalars['String']['output'];
  seats: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the invited agent and signs them in. */
  acceptInvitation: AuthPayload;
  /** Ends every other session of the agent. */
  changePassword: Agent;
  copyAgentSettings: Array<Agent>;
  createAgent: CreateAgentPayload;
  createApiToken: CreateApiTokenPayload;
  createDepartment: Department;
  createPermissionGroup: PermissionGroup;
  createTeam: Team;
  deleteAgent: Scalars['Boolean']['output'];
  deleteDepartment: Scalars['Boolean']['output'];
  deletePermissionGroup: Scalars['Boolean']['output'];
  deleteTeam: Scalars['Boolean']['output'];
  inviteAgent: Invitation;
  login: AuthPayload;
  /** Ends the current session; false when there was none. */
  logout: Scalars['Boolean']['output'];
  renameDepartment: Department;
  renameTeam: Team;
  /** New token and email; the old link stops working. */
  resendInvitation: Invitation;
  /** Queues a FAILED message again with a fresh set of attempts. */
  retryOutboxMessage: OutboxMessage;
  revokeApiToken: ApiToken;
  revokeInvitation: Invitation;
  /** Replaces the team members with agentIds. */
  setTeamMembers: Team;
  /** Admins edit anyone; an agent edits their own preferences. */
  updateAgent: Agent;
  updatePermissionGroup: PermissionGroup;
};


export type MutationAcceptInvitationArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCopyAgentSettingsArgs = {
  sections: Array<AgentSettingsSection>;
  sourceAgentId: Scalars['ID']['input'];
  targetAgentIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateAgentArgs = {
  input: CreateAgentInput;
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreateDepartmentArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreatePermissionGroupArgs = {
  input: PermissionGroupInput;
};


export type MutationCreateTeamArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteAgentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePermissionGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteAgentArgs = {
  input: InviteAgentInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRenameDepartmentArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameTeamArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryOutboxMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetTeamMembersArgs = {
  agentIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
};


export type MutationUpdatePermissionGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePermissionGroupInput;
};

export type NotificationSetting = {
  __typename?: 'NotificationSetting';
  browser: Scalars['Boolean']['output'];
  email: Scalars['Boolean']['output'];
  event: Scalars['String']['output'];
};

export type NotificationSettingInput = {
  browser: Scalars['Boolean']['input'];
  email: Scalars['Boolean']['input'];
  event: Scalars['String']['input'];
};

export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  attachmentNames: Array<Scalars['String']['output']>;
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Scalars['DateTime']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
};

export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Permission = {
  __typename?: 'Permission';
  category: Scalars['String']['output'];
  /** Loses information for good; excluded from group 2. */
  destructive: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** id 1 All Permissions, id 2 All Non-Destructive Permissions (built in). */
export type PermissionGroup = {
  __typename?: 'PermissionGroup';
  builtIn: Scalars['Boolean']['output'];
  departments: Array<DepartmentAccess>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

export type PermissionGroupInput = {
  /** Start as a copy of this group (permissions and departments). */
  copyFromGroupId?: InputMaybe<Scalars['ID']['input']>;
  departments?: InputMaybe<Array<DepartmentAccessInput>>;
  /** Agents to put in the group. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  /** Permission keys from permissionCatalog. */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Query = {
  __typename?: 'Query';
  /** null when no agent has this id. */
  agent?: Maybe<Agent>;
  agents: AgentConnection;
  apiTokens: Array<ApiToken>;
  /** Newest first. */
  changeLog: ChangeLogConnection;
  departments: Array<Department>;
  /** Newest first. */
  invitations: Array<Invitation>;
  license: License;
  /** Outgoing email, newest first; first is capped at 100. */
  outbox: Array<OutboxMessage>;
  permissionCatalog: Array<Permission>;
  permissionGroups: Array<PermissionGroup>;
  teams: Array<Team>;
  /** The signed-in agent (or the creator of the API token). */
  viewer: Agent;
};


export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiTokensArgs = {
  includeRevoked?: Scalars['Boolean']['input'];
};


export type QueryChangeLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: ChangeLogEntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationsArgs = {
  status?: InputMaybe<InvitationStatus>;
};


export type QueryOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OutboxStatus>;
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  members: Array<Agent>;
  name: Scalars['String']['output'];
};

export type UpdateAgentInput = {
  alias?: InputMaybe<Scalars['String']['input']>;
  businessUnit?: InputMaybe<Scalars['String']['input']>;
  canEditOwnTicketNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  departments?: InputMaybe<Array<DepartmentAccessInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  extraEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the agent must change their password at the next sign-in. */
  forcePasswordChange?: InputMaybe<Scalars['Boolean']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  isReportsAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  landlinePhone?: InputMaybe<Scalars['String']['input']>;
  /** Language tag, e.g. en or pt-BR. */
  language?: InputMaybe<Scalars['String']['input']>;
  mobilePhone?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  otherNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** Omitted on create: [1] All Permissions. */
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** HTML; sanitised on write. */
  signature?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AgentStatus>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ticketNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** IANA zone, e.g. Europe/London. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePermissionGroupInput = {
  departments?: InputMaybe<Array<DepartmentAccessInput>>;
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TestAgentFragment = { __typename?: 'Agent', id: string, email: string, name: string, alias?: string | null, phone?: string | null, landlinePhone?: string | null, mobilePhone?: string | null, timezone: string, language: string, businessUnit?: string | null, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, signature?: string | null, permissions: Array<string>, effectivePermissions: Array<string>, canEditOwnTicketNotifications: boolean, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string, name: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> };

export type TestCreateAgentMutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type TestCreateAgentMutation = { __typename?: 'Mutation', createAgent: { __typename?: 'CreateAgentPayload', temporaryPassword?: string | null, agent: { __typename?: 'Agent', id: string, email: string, name: string, alias?: string | null, phone?: string | null, landlinePhone?: string | null, mobilePhone?: string | null, timezone: string, language: string, businessUnit?: string | null, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, signature?: string | null, permissions: Array<string>, effectivePermissions: Array<string>, canEditOwnTicketNotifications: boolean, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string, name: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } } };

export type TestUpdateAgentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  i: UpdateAgentInput;
}>;


export type TestUpdateAgentMutation = { __typename?: 'Mutation', updateAgent: { __typename?: 'Agent', id: string, email: string, name: string, alias?: string | null, phone?: string | null, landlinePhone?: string | null, mobilePhone?: string | null, timezone: string, language: string, businessUnit?: string | null, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, signature?: string | null, permissions: Array<string>, effectivePermissions: Array<string>, canEditOwnTicketNotifications: boolean, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string, name: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } };

export type TestGetAgentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestGetAgentQuery = { __typename?: 'Query', agent?: { __typename?: 'Agent', id: string, email: string, name: string, alias?: string | null, phone?: string | null, landlinePhone?: string | null, mobilePhone?: string | null, timezone: string, language: string, businessUnit?: string | null, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, signature?: string | null, permissions: Array<string>, effectivePermissions: Array<string>, canEditOwnTicketNotifications: boolean, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string, name: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } | null };

export type TestListAgentsQueryVariables = Exact<{
  f?: InputMaybe<AgentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TestListAgentsQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AgentEdge', cursor: string, node: { __typename?: 'Agent', id: string, name: string, email: string } }> } };

export type TestAgentLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TestAgentLogQuery = { __typename?: 'Query', changeLog: { __typename?: 'ChangeLogConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeLogEdge', node: { __typename?: 'ChangeLogEntry', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName: string, createdAt: string } }> } };

export type TestLicenseQueryVariables = Exact<{ [key: string]: never; }>;


export type TestLicenseQuery = { __typename?: 'Query', license: { __typename?: 'License', seats: number, used: number, available: number } };

export type TestViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TestViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Agent', id: string, name: string } };

export type TestCreateTeamMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type TestCreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string } };

export type TestCreateDepartmentMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type TestCreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', id: string } };

export type TestAppLoginMutationVariables = Exact<{
  e: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type TestAppLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string } };

export type TestAppCreateAgentMutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type TestAppCreateAgentMutation = { __typename?: 'Mutation', createAgent: { __typename?: 'CreateAgentPayload', agent: { __typename?: 'Agent', id: string } } };

export type TokenRulesCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesCreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string } };

export type TokenRulesAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesAgentsQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', email: string } }> } };

export type TokenRulesDeleteAgentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TokenRulesDeleteAgentMutation = { __typename?: 'Mutation', deleteAgent: boolean };

export type TokenRulesCopyAgentSettingsMutationVariables = Exact<{
  s: Scalars['ID']['input'];
  t: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type TokenRulesCopyAgentSettingsMutation = { __typename?: 'Mutation', copyAgentSettings: Array<{ __typename?: 'Agent', id: string }> };

export type TokenRulesInviteAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesInviteAgentMutation = { __typename?: 'Mutation', inviteAgent: { __typename?: 'Invitation', id: string } };

export type TokenRulesInviteAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesInviteAgent2Mutation = { __typename?: 'Mutation', inviteAgent: { __typename?: 'Invitation', isAdmin: boolean } };

export type TokenRulesCreateApiToken2MutationVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesCreateApiToken2Mutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string } };

export type TokenRulesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Agent', id: string } };

export type TokenRulesAgents2QueryVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesAgents2Query = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number } };

export type TokenRulesChangePasswordMutationVariables = Exact<{ [key: string]: never; }>;


export type TokenRulesChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'Agent', id: string } };

export const TestAgentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"landlinePhone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<TestAgentFragment, unknown>;
export const TestCreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestAgent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"landlinePhone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<TestCreateAgentMutation, TestCreateAgentMutationVariables>;
export const TestUpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"landlinePhone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<TestUpdateAgentMutation, TestUpdateAgentMutationVariables>;
export const TestGetAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGetAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"landlinePhone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<TestGetAgentQuery, TestGetAgentQueryVariables>;
export const TestListAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestListAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestListAgentsQuery, TestListAgentsQueryVariables>;
export const TestAgentLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestAgentLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"AGENT"}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestAgentLogQuery, TestAgentLogQueryVariables>;
export const TestLicenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestLicense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<TestLicenseQuery, TestLicenseQueryVariables>;
export const TestViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TestViewerQuery, TestViewerQueryVariables>;
export const TestCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestCreateTeamMutation, TestCreateTeamMutationVariables>;
export const TestCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestCreateDepartmentMutation, TestCreateDepartmentMutationVariables>;
export const TestAppLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAppLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<TestAppLoginMutation, TestAppLoginMutationVariables>;
export const TestAppCreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAppCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TestAppCreateAgentMutation, TestAppCreateAgentMutationVariables>;
export const TokenRulesCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesCreateApiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"integration","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"agents:write","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<TokenRulesCreateApiTokenMutation, TokenRulesCreateApiTokenMutationVariables>;
export const TokenRulesAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenRulesAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokenRulesAgentsQuery, TokenRulesAgentsQueryVariables>;
export const TokenRulesDeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesDeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<TokenRulesDeleteAgentMutation, TokenRulesDeleteAgentMutationVariables>;
export const TokenRulesCopyAgentSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesCopyAgentSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyAgentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceAgentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetAgentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"sections"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ADMIN_ACCESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TokenRulesCopyAgentSettingsMutation, TokenRulesCopyAgentSettingsMutationVariables>;
export const TokenRulesInviteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesInviteAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"evil.invite@example.com","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"isAdmin"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TokenRulesInviteAgentMutation, TokenRulesInviteAgentMutationVariables>;
export const TokenRulesInviteAgent2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesInviteAgent2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"invited.plain@example.com","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<TokenRulesInviteAgent2Mutation, TokenRulesInviteAgent2MutationVariables>;
export const TokenRulesCreateApiToken2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesCreateApiToken2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"second","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"agents:write","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<TokenRulesCreateApiToken2Mutation, TokenRulesCreateApiToken2MutationVariables>;
export const TokenRulesViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenRulesViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TokenRulesViewerQuery, TokenRulesViewerQueryVariables>;
export const TokenRulesAgents2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenRulesAgents2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TokenRulesAgents2Query, TokenRulesAgents2QueryVariables>;
export const TokenRulesChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRulesChangePassword"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"StringValue","value":"agent-password-1","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"StringValue","value":"new-password-22","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TokenRulesChangePasswordMutation, TokenRulesChangePasswordMutationVariables>;