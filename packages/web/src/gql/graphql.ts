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

export type AgentImport = {
  __typename?: 'AgentImport';
  createdAt: Scalars['DateTime']['output'];
  createdCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errorCount: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  existing: ImportExistingMode;
  /** Why a FAILED import failed, in one sentence. */
  failure?: Maybe<Scalars['String']['output']>;
  /** Size of the uploaded file in bytes. */
  fileBytes: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  onError: ImportErrorMode;
  processedRows: Scalars['Int']['output'];
  /** What each row does (a dry run: would do), in row order. */
  rows: ImportRowConnection;
  skippedCount: Scalars['Int']['output'];
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};


export type AgentImportErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgentImportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Why the change was made, when it was part of something larger ("import #12"). */
  reason?: Maybe<Scalars['String']['output']>;
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

export type ImportErrorMode =
  | 'ABORT'
  | 'SKIP_INVALID_ROWS';

export type ImportExistingMode =
  | 'SKIP'
  | 'UPDATE';

export type ImportRow = {
  __typename?: 'ImportRow';
  action: ImportRowAction;
  email?: Maybe<Scalars['String']['output']>;
  /** 1 = first data row. */
  row: Scalars['Int']['output'];
};

export type ImportRowAction =
  | 'CREATE'
  | 'ERROR'
  | 'SKIP'
  | 'UPDATE';

export type ImportRowConnection = {
  __typename?: 'ImportRowConnection';
  edges: Array<ImportRowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportRowEdge = {
  __typename?: 'ImportRowEdge';
  cursor: Scalars['String']['output'];
  node: ImportRow;
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  code: Scalars['String']['output'];
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** 1 = first data row; 0 = the header or the file as a whole. */
  row: Scalars['Int']['output'];
};

export type ImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

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
  /** Queues a CSV import of agents (small files; larger ones go to POST /imports/agents) and answers at once with the QUEUED job. */
  importAgentsCsv: AgentImport;
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
  /** An imported agent chooses a password with the single-use link from the welcome email, and is signed in. */
  setPasswordWithToken: AuthPayload;
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


export type MutationImportAgentsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
  existing?: InputMaybe<ImportExistingMode>;
  onError?: InputMaybe<ImportErrorMode>;
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


export type MutationSetPasswordWithTokenArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
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

/** An event agents can be notified about, with the switches a new agent starts with. */
export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  category: NotificationEventCategory;
  /** Browser notification on by default. */
  defaultBrowser: Scalars['Boolean']['output'];
  /** Email notification on by default. */
  defaultEmail: Scalars['Boolean']['output'];
  /** The `event` of a NotificationSetting, e.g. ticket.assigned_to_me. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** TICKET events go in ticketNotifications, OTHER events in otherNotifications. */
export type NotificationEventCategory =
  | 'OTHER'
  | 'TICKET';

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
  /** null when no import has this id. */
  agentImport?: Maybe<AgentImport>;
  agents: AgentConnection;
  apiTokens: Array<ApiToken>;
  /** Newest first. */
  changeLog: ChangeLogConnection;
  departments: Array<Department>;
  /** Newest first. */
  invitations: Array<Invitation>;
  license: License;
  /** Every notification event key updateAgent accepts, ticket events first. */
  notificationCatalog: Array<NotificationEvent>;
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


export type QueryAgentImportArgs = {
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

export type AgentsListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgentsListQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string, isAdmin: boolean, status: AgentStatus } }> } };

export type ViewerFieldsFragment = { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean } } };

export type SetPasswordWithTokenMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SetPasswordWithTokenMutation = { __typename?: 'Mutation', setPasswordWithToken: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, isAdmin: boolean, mustChangePassword: boolean } } };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AgentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentsListQuery, AgentsListQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables>;