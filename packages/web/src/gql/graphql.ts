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

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: ActivityItem;
};

/** One event of a user's activity stream. */
export type ActivityItem = {
  __typename?: 'ActivityItem';
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The changed field (changes, merges, files). */
  field?: Maybe<Scalars['String']['output']>;
  /** change:<id> or note:<id>. */
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  /** A change or note that a merge moved here from the merged user (null: the user's own), as ChangeLogEntry.movedFrom. */
  movedFrom?: Maybe<MovedFrom>;
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  /** The other user of a merge (merges), to link to; null for other items. */
  relatedUserId?: Maybe<Scalars['ID']['output']>;
  /** The whole note (notes). */
  text?: Maybe<Scalars['String']['output']>;
};

export type ActivityKind =
  | 'CHANGE'
  | 'FILE'
  | 'MERGE'
  | 'NOTE';

/** A helpdesk agent. The email is the login. */
export type Agent = {
  __typename?: 'Agent';
  /** Override name shown to end users instead of the name. */
  alias?: Maybe<Scalars['String']['output']>;
  /** The profile image, a 256x256 WebP (GET, relative to the API origin; the URL changes with the image). null: none, show initials. Upload: POST /agent-avatars/<id>. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** The name of the agent's business unit (businessUnitId), null when none. */
  businessUnit?: Maybe<Scalars['String']['output']>;
  /** The business unit (businessUnits) the agent is assigned to; null when none. */
  businessUnitId?: Maybe<Scalars['ID']['output']>;
  canEditOwnTicketNotifications: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The agent's CRM contact information; its phone is not the Preferences (SMS) phone. Needs people.view and users:read. */
  crmContact: AgentCrmContact;
  /** Every note on the agent’s CRM record, newest first, in keyset pages (totalCount only when selected). Needs people.view and users:read. */
  crmNoteConnection: NoteConnection;
  /** The newest `first` notes on the agent’s CRM record (at most 100), newest first; crmNoteConnection pages through all. Needs people.view and users:read. */
  crmNotes: Array<Note>;
  /** The agent's CRM summary (free text). Needs people.view and users:read. */
  crmSummary?: Maybe<Scalars['String']['output']>;
  departments: Array<DepartmentAccess>;
  /** Direct access plus what permission groups give; FULL wins over ASSIGN. */
  effectiveDepartments: Array<DepartmentAccess>;
  /** Groups plus direct permissions (a LIGHT agent: only those light agents may hold). */
  effectivePermissions: Array<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  /** Additional email addresses (not used to sign in). */
  extraEmails: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isAdmin: Scalars['Boolean']['output'];
  isReportsAdmin: Scalars['Boolean']['output'];
  /** The first LANDLINE phone. */
  landlinePhone?: Maybe<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  /** When the agent last signed in: administrators and the agent see it, others get null. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first MOBILE phone. */
  mobilePhone?: Maybe<Scalars['String']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  /** True for the signed-in agent while this session may only enrol: two-step sign-in is required for them and they have none (like mustChangePassword). False otherwise. */
  mustEnrolSecondFactor: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  otherNotifications: Array<NotificationSetting>;
  permissionGroups: Array<PermissionGroup>;
  /** Permissions granted to this agent directly. */
  permissions: Array<Scalars['String']['output']>;
  /** The first SMS phone, set in Preferences (Roster sends no SMS). */
  phone?: Maybe<Scalars['String']['output']>;
  /** At most 10 labelled numbers. */
  phones: Array<AgentPhone>;
  /** Sanitised HTML. */
  signature?: Maybe<Scalars['String']['output']>;
  status: AgentStatus;
  teams: Array<Team>;
  ticketNotifications: Array<NotificationSetting>;
  timezone: Scalars['String']['output'];
  /** Whether the agent has two-step sign-in: administrators and the agent see it, others get null. */
  twoStepSignIn?: Maybe<Scalars['Boolean']['output']>;
  type: AgentType;
  updatedAt: Scalars['DateTime']['output'];
};


/** A helpdesk agent. The email is the login. */
export type AgentCrmNoteConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A helpdesk agent. The email is the login. */
export type AgentCrmNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgentConnection = {
  __typename?: 'AgentConnection';
  edges: Array<AgentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An agent's CRM contact information (the phone is not the Preferences phone used for SMS). */
export type AgentCrmContact = {
  __typename?: 'AgentCrmContact';
  /** Mailing address (several lines). */
  address?: Maybe<Scalars['String']['output']>;
  /** Facebook profile URL. */
  facebook?: Maybe<Scalars['String']['output']>;
  /** Instant messaging handle. */
  im?: Maybe<Scalars['String']['output']>;
  /** LinkedIn profile URL. */
  linkedin?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Twitter / X handle, stored without @. */
  twitter?: Maybe<Scalars['String']['output']>;
  /** http(s) URL. */
  website?: Maybe<Scalars['String']['output']>;
};

export type AgentEdge = {
  __typename?: 'AgentEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

export type AgentFilter = {
  /** Agents assigned to this business unit. */
  businessUnitId?: InputMaybe<Scalars['ID']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  permissionGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Words (at most 10), each the start of a word of the name, alias or email, in any order. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AgentStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<AgentType>;
};

export type AgentImport = ImportJob & {
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
  /** Rows of existing records (existing: UPDATE) that already hold every value they give: nothing written, nothing logged. */
  unchangedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};


export type AgentImportErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgentImportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ties are broken by id; a cursor only continues the order it came from. */
export type AgentOrder = {
  direction?: SortDirection;
  field: AgentOrderField;
};

/** Orders that page by an index: NAME (accent- and case-folded sort key), EMAIL. */
export type AgentOrderField =
  | 'EMAIL'
  | 'NAME';

/** One of an agent's phones. */
export type AgentPhone = {
  __typename?: 'AgentPhone';
  /** ISO 3166 region of the number, when known. */
  country?: Maybe<Scalars['String']['output']>;
  /** International format (+44 7911 123456). */
  formatted: Scalars['String']['output'];
  /** false: a number from before issue 24 that did not read as a phone number; kept until someone fixes or removes it. */
  isValid: Scalars['Boolean']['output'];
  label: PhoneLabel;
  /** E.164 (+447911123456); text kept as it was when isValid is false. */
  number: Scalars['String']['output'];
};

/** One phone of an agent: stored in E.164. */
export type AgentPhoneInput = {
  /** ISO 3166 region (GB) whose calling code a national number uses; omitted: the number starts with +. */
  country?: InputMaybe<Scalars['String']['input']>;
  label: PhoneLabel;
  number: Scalars['String']['input'];
};

/** One place the signed-in agent is signed in (My sessions). */
export type AgentSession = {
  __typename?: 'AgentSession';
  /** Browser and system, e.g. "Chrome 156 on Linux". */
  browser: Scalars['String']['output'];
  /** When it signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
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

/** FULL uses a license seat. LIGHT uses none: may sign in, browse and search the CRM, read records and add notes, nothing else. */
export type AgentType =
  | 'FULL'
  | 'LIGHT';

/** A scoped token for third-party integrations. The secret is shown once. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  /** After this the token is refused; null: it never expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

/** One changed field of an administrative change; values cut to 500 characters (the record's change log has them whole). */
export type AuditChangeEntry = {
  __typename?: 'AuditChangeEntry';
  field: Scalars['String']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

/** One event of the audit log (administrators, or API tokens with audit:read). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. agent.updated, auth.sign_in, api_token.revoked. */
  action: Scalars['String']['output'];
  /** AGENT, API_TOKEN, SYSTEM or IMPORT_JOB. */
  actorKind: Scalars['String']['output'];
  /** The name at the time (a snapshot). */
  actorName: Scalars['String']['output'];
  /** What changed (administrative changes; empty for security events). */
  changes: Array<AuditChangeEntry>;
  /** Facts of a security event as JSON (never a password or a secret). */
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** SUCCESS, FAILURE or REFUSED. */
  outcome: Scalars['String']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The target's name or email at the time, when known. */
  targetLabel?: Maybe<Scalars['String']['output']>;
  /** AGENT, TEAM, API_TOKEN, IMPORT, SETTING, ... */
  targetType?: Maybe<Scalars['String']['output']>;
  /** The browser, shortened. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** false: more than 10000 events match (totalCount is then 10000). */
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Every part optional; they narrow together. */
export type AuditLogFilter = {
  /** An action (agent.updated), or a family ending in a dot (auth.). */
  action?: InputMaybe<Scalars['String']['input']>;
  /** An agent: what they did, themselves, through their API tokens or their imports. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** From this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** AGENT, TEAM, DEPARTMENT, PERMISSION_GROUP, INVITATION, API_TOKEN, SETTING, IMPORT, ... */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Up to this time (inclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  agent: Agent;
  /** True: two-step sign-in is required for this agent, who has none yet; this session can only enrol (startTotpEnrolment, confirmTotpEnrolment), read viewer and log out. */
  enrolmentRequired: Scalars['Boolean']['output'];
  /** How the second step can be completed (empty when none is pending). */
  secondFactorMethods: Array<SecondFactorMethod>;
  /** True: the password was right and the agent has two-step sign-in; this session can only call verifySecondFactor (or logout) until a code completes it. */
  secondFactorRequired: Scalars['Boolean']['output'];
  /** Session token: also set as an httpOnly cookie; usable as a Bearer token. */
  token: Scalars['String']['output'];
};

/** An address of a bulk invite that was not invited, and why. */
export type BulkInviteFailure = {
  __typename?: 'BulkInviteFailure';
  /** INVALID_EMAIL, DUPLICATE_IN_LIST, ALREADY_AGENT, ALREADY_INVITED or NO_SEAT. */
  code: Scalars['String']['output'];
  /** As listed (an invalid one cut to 254 characters). */
  email: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type BulkInviteResult = {
  __typename?: 'BulkInviteResult';
  /** In list order. */
  failed: Array<BulkInviteFailure>;
  invited: Array<Invitation>;
  /** Seats the list lacked; above 0, nobody was invited (each such address failed with NO_SEAT). */
  missingSeats: Scalars['Int']['output'];
};

/** Applied to each agent's current teams and groups; unlisted ones are left as they are. */
export type BulkUpdateAgentsInput = {
  addPermissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  addTeamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  removePermissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  removeTeamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** DISABLED ends the agents' sessions. */
  status?: InputMaybe<AgentStatus>;
};

/** A business unit an agent may be assigned to (Agent.businessUnitId); administrators manage the list. */
export type BusinessUnit = {
  __typename?: 'BusinessUnit';
  /** Agents assigned to this unit. */
  agentCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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
  | 'BUSINESS_UNIT'
  | 'DEPARTMENT'
  | 'INVITATION'
  | 'ORGANIZATION'
  | 'PERMISSION_GROUP'
  | 'SETTING'
  | 'SSO_PROVIDER'
  | 'TEAM'
  | 'USER'
  | 'USERGROUP'
  | 'USER_CUSTOM_FIELD';

export type ChangeLogEntry = {
  __typename?: 'ChangeLogEntry';
  /** The acting agent's profile image (null: none, or not an agent). */
  actorAvatarUrl?: Maybe<Scalars['String']['output']>;
  /** AGENT, API_TOKEN or SYSTEM. */
  actorKind: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A user's entry that a merge moved here from the merged user (null: the user's own, or not a user's entry). */
  movedFrom?: Maybe<MovedFrom>;
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  /** Why the change was made, when it was part of something larger ("import #12"). */
  reason?: Maybe<Scalars['String']['output']>;
};

export type CreateAgentInput = {
  alias?: InputMaybe<Scalars['String']['input']>;
  /** The business unit by name (an existing one; businessUnits). Empty or null: none. */
  businessUnit?: InputMaybe<Scalars['String']['input']>;
  /** The business unit by id (instead of businessUnit); null: none. */
  businessUnitId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Replaces every phone of the agent; not with phone, landlinePhone or mobilePhone. */
  phones?: InputMaybe<Array<AgentPhoneInput>>;
  /** Login details + Quick Start Guide PDF. */
  sendWelcomeEmail?: InputMaybe<Scalars['Boolean']['input']>;
  /** HTML; sanitised on write. */
  signature?: InputMaybe<Scalars['String']['input']>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ticketNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** IANA zone, e.g. Europe/London. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** Omitted on create: FULL. LIGHT agents use no seat and hold no admin access or write permissions. */
  type?: InputMaybe<AgentType>;
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

export type CreateUserCustomFieldInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** DROPDOWN only: the choices, in order. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Order on the record; a new field goes last. */
  position?: InputMaybe<Scalars['Int']['input']>;
  type: UserCustomFieldType;
};

export type CreateUserInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Custom field values to set; the others stay. A null value clears one. */
  customFields?: InputMaybe<Array<UserCustomFieldValueInput>>;
  /** At least one; the first is primary. */
  emails: Array<Scalars['String']['input']>;
  facebook?: InputMaybe<Scalars['String']['input']>;
  im?: InputMaybe<Scalars['String']['input']>;
  isAutoResponder?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  linkedin?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  twitter?: InputMaybe<Scalars['String']['input']>;
  /** On update: replaces the memberships. */
  usergroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Helpdesk-wide CRM settings (admins change them with updateCrmSettings). */
export type CrmSettings = {
  __typename?: 'CrmSettings';
  /** The map link of a user's mailing address: an https URL pattern whose {query} the SPA replaces with the URL-encoded address (nothing else is substituted). Default: an OpenStreetMap search. Roster fetches no map itself. */
  addressMapUrl: Scalars['String']['output'];
  /** On: agents who are not administrators see and edit only users of the organizations assigned to their teams (Team.organizations); users without an organization are hidden from them. */
  teamScopedUserVisibility: Scalars['Boolean']['output'];
  /** When an admin last changed teamScopedUserVisibility. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it (the change log has every change: entityType SETTING). */
  updatedByName?: Maybe<Scalars['String']['output']>;
};

export type CrmSettingsInput = {
  /** Omitted: unchanged; null or empty: back to the OpenStreetMap default. https only, must contain {query}, at most 500 characters. */
  addressMapUrl?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: unchanged. */
  teamScopedUserVisibility?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A DROPDOWN option renamed: users holding `from` get `to`. */
export type CustomFieldOptionRename = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type Department = {
  __typename?: 'Department';
  /** Agents with access to this department given directly (not through a permission group). */
  agentCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Permission groups that give access to this department. */
  permissionGroupCount: Scalars['Int']['output'];
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

/** What every CSV import job (AgentImport, UserImport) reports. */
export type ImportJob = {
  createdAt: Scalars['DateTime']['output'];
  createdCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errorCount: Scalars['Int']['output'];
  existing: ImportExistingMode;
  /** Why a FAILED import failed, in one sentence. */
  failure?: Maybe<Scalars['String']['output']>;
  /** Size of the uploaded file in bytes. */
  fileBytes: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  onError: ImportErrorMode;
  processedRows: Scalars['Int']['output'];
  skippedCount: Scalars['Int']['output'];
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
  /** Rows of existing records (existing: UPDATE) that already hold every value they give: nothing written, nothing logged. */
  unchangedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

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
  | 'UNCHANGED'
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
  /** What the cell held, as written, for an error about one value (INVALID_EMAIL: the address that is not one; in a list cell, that item); cut to 200 characters (an ellipsis marks the cut). Plain text: show it, never interpret it. */
  value?: Maybe<Scalars['String']['output']>;
};

export type ImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  agentType: AgentType;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByName: Scalars['String']['output'];
  isAdmin: Scalars['Boolean']['output'];
  /** The invitee's language (a tag such as de or en): the email's, and the new agent's. */
  language?: Maybe<Scalars['String']['output']>;
  /** When the invitation email was last sent (the invite, or the latest resend). */
  lastSentAt: Scalars['DateTime']['output'];
  name?: Maybe<Scalars['String']['output']>;
  permissionGroups: Array<PermissionGroup>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InvitationStatus;
  teams: Array<Team>;
};

/** What an invitation link leads to. Only a VALID link reveals more than its status. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** The address the account will have (VALID only). */
  email?: Maybe<Scalars['String']['output']>;
  /** Until when the link works (VALID only). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The helpdesk joined: the host of PUBLIC_URL (VALID only). */
  helpdeskName?: Maybe<Scalars['String']['output']>;
  /** Who invited (VALID only). */
  inviterName?: Maybe<Scalars['String']['output']>;
  /** Single sign-on is required (VALID only; false otherwise): no password can be chosen, the person signs in with the provider instead, which accepts the invitation. */
  ssoRequired: Scalars['Boolean']['output'];
  status: InvitationPreviewStatus;
};

/** NOT_FOUND also covers a link replaced by a newer invitation (a resend). */
export type InvitationPreviewStatus =
  | 'EXPIRED'
  | 'NOT_FOUND'
  | 'REVOKED'
  | 'USED'
  | 'VALID';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteAgentInput = {
  /** The type of agent accepting creates; omitted: FULL. */
  agentType?: InputMaybe<AgentType>;
  email: Scalars['String']['input'];
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** The invitee's language tag (the email's, and the new agent's); omitted: the inviting agent's. */
  language?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: [1] All Permissions ([] for a LIGHT agent). */
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** used = current full agents + pending invitations of full agents; light agents use no seat. */
export type License = {
  __typename?: 'License';
  available: Scalars['Int']['output'];
  /** cloud or on-premise (on-premise seats come in batches of 10). */
  edition: Scalars['String']['output'];
  /** null: unlimited. */
  lightAvailable?: Maybe<Scalars['Int']['output']>;
  /** Light agents allowed (LICENSE_LIGHT_SEATS); null: unlimited. */
  lightSeats?: Maybe<Scalars['Int']['output']>;
  /** Light agents plus pending invitations of light agents. */
  lightUsed: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

/** The merged user a change-log entry came from, as they were when merged. */
export type MovedFrom = {
  __typename?: 'MovedFrom';
  /** The merged user's primary email at the merge (null once it has been removed). */
  email?: Maybe<Scalars['String']['output']>;
  mergeId: Scalars['ID']['output'];
  /** The merged user's name at the time of the merge. */
  name: Scalars['String']['output'];
  /** The merged user's id (a merged-away user). */
  userId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the invited agent and signs them in. */
  acceptInvitation: AuthPayload;
  /** Adds a note to an agent's CRM record. Needs people.add_notes. */
  addAgentNote: Agent;
  /** CONFLICT naming the other user (extensions.existingUserId) when another user has it. */
  addUserEmail: User;
  /** Needs people.add_notes. */
  addUserNote: User;
  /** Invites each address with the same role, teams and groups (by default a quick invite: All Permissions, not an administrator); answers per address. At most 1,000 addresses; seats are checked for the whole list. */
  bulkInviteAgents: BulkInviteResult;
  /** Adds or removes teams and permission groups and sets the status of many agents at once. */
  bulkUpdateAgents: Array<Agent>;
  /** Ends every other session of the agent. */
  changePassword: Agent;
  /** Turns two-step sign-in on with a first code from the app; returns 10 recovery codes (shown once) and ends your other sessions. */
  confirmTotpEnrolment: RecoveryCodes;
  copyAgentSettings: Array<Agent>;
  createAgent: CreateAgentPayload;
  createApiToken: CreateApiTokenPayload;
  /** Names are unique ignoring case, at most 200 characters; at most 500 units. */
  createBusinessUnit: BusinessUnit;
  createDepartment: Department;
  /** Needs people.manage_organizations; names are unique ignoring case. */
  createOrganization: Organization;
  createPermissionGroup: PermissionGroup;
  /** Administrators only; in the change log (entityType SSO_PROVIDER), never with the secret. */
  createSsoProvider: SsoProvider;
  createTeam: Team;
  /** The first email is primary. Needs people.create. */
  createUser: User;
  /** Administrators only. Names are unique ignoring case; at most 100 fields. */
  createUserCustomField: UserCustomField;
  /** Needs people.manage_usergroups. */
  createUsergroup: Usergroup;
  deleteAgent: Scalars['Boolean']['output'];
  /** Removes the profile image. Admins for anyone; an agent for themselves (profile.edit_own). */
  deleteAgentAvatar: Agent;
  /** Deletes the unit and takes it off its agents (each agent's change log says so); answers how many agents lost it. */
  deleteBusinessUnit: Scalars['Int']['output'];
  deleteDepartment: Scalars['Boolean']['output'];
  /** Its users stay, without an organization (logged on each). Needs people.delete_organizations (destructive). */
  deleteOrganization: Scalars['Boolean']['output'];
  deletePermissionGroup: Scalars['Boolean']['output'];
  /** Deletes the provider and its sign-in links; the agents stay. */
  deleteSsoProvider: Scalars['Boolean']['output'];
  deleteTeam: Scalars['Boolean']['output'];
  /** Deletes the user with emails, notes and memberships. Needs people.delete (destructive). */
  deleteUser: Scalars['Boolean']['output'];
  /** Administrators only. Removes every user's value of the field (their change logs keep it). */
  deleteUserCustomField: Scalars['Boolean']['output'];
  /** Needs people.edit. */
  deleteUserFile: User;
  /** Removes its memberships (logged on each member's change log). Needs people.manage_usergroups. */
  deleteUsergroup: Scalars['Boolean']['output'];
  /** Turns your two-step sign-in off, with a current code (or a recovery code) or your password; ends your other sessions. */
  disableTwoStepSignIn: Scalars['Boolean']['output'];
  /** Saves the browser's new passkey (its registration response, JSON) under a name; ends your other sessions. */
  finishPasskeyRegistration: PasskeyRegistration;
  /** Public: signs in with the browser's passkey assertion (JSON) to startPasskeySignIn's options. The passkey needs user verification and counts as both factors (no second step). Limited like passwords. */
  finishPasskeySignIn: AuthPayload;
  /** Queues a CSV import of agents (small files; larger ones go to POST /imports/agents) and answers at once with the QUEUED job. */
  importAgentsCsv: AgentImport;
  /** Queues a CSV import of users (small files; larger ones go to POST /imports/users) and answers at once with the QUEUED job. Needs people.create (and people.edit with existing: UPDATE). */
  importUsersCsv: UserImport;
  inviteAgent: Invitation;
  login: AuthPayload;
  /** Ends the current session; false when there was none. */
  logout: Scalars['Boolean']['output'];
  /** Moves the source into the target (emails, notes, files, usergroups, history); undoable for 7 days. Needs people.merge. */
  mergeUsers: User;
  /** Reads IdP metadata (pasted XML, at most 512 KB, or fetched from an https URL within 5 s) into the SAML fields; stores nothing. */
  readSamlMetadata: SamlIdpMetadata;
  /** New recovery codes after a current code of the app or your password (the way for passkeys only); the old ones stop working. Wrong ones count like sign-in attempts. */
  regenerateRecoveryCodes: RecoveryCodes;
  /** Removes one of your passkeys; ends your other sessions. */
  removePasskey: Scalars['Boolean']['output'];
  /** The last address cannot be removed; removing the primary makes the oldest other one primary. */
  removeUserEmail: User;
  renameBusinessUnit: BusinessUnit;
  renameDepartment: Department;
  /** Needs people.manage_organizations; names are unique ignoring case. */
  renameOrganization: Organization;
  renameTeam: Team;
  /** Needs people.manage_usergroups. */
  renameUsergroup: Usergroup;
  /** Administrators only. `ids` lists every field once, in the new order. */
  reorderUserCustomFields: Array<UserCustomField>;
  /** Forgot password: emails a single-use reset link when the address is an active agent's login. Always true (it never tells whether the address exists); rate-limited per address and per IP. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** New token and email; the old link stops working. */
  resendInvitation: Invitation;
  /** Administrators: removes another agent's two-step sign-in (authenticator app and recovery codes), signs them out everywhere and emails them. */
  resetSecondFactor: Agent;
  /** Queues a FAILED message again with a fresh set of attempts. */
  retryOutboxMessage: OutboxMessage;
  revokeApiToken: ApiToken;
  revokeInvitation: Invitation;
  /** Ends every session of yours but this one; how many ended. */
  revokeOtherSessions: Scalars['Int']['output'];
  /** Ends one of your sessions (the current one too: that signs you out). */
  revokeSession: Scalars['Boolean']['output'];
  /** Emails the agent a single-use link to choose a new password (another, enabled agent). */
  sendPasswordReset: Agent;
  /** An imported agent chooses a password with the single-use link from the welcome email, and is signed in. */
  setPasswordWithToken: AuthPayload;
  setPrimaryUserEmail: User;
  /** Replaces the team members with agentIds. */
  setTeamMembers: Team;
  /** Replaces the organizations assigned to the team (at most 1000); unknown ids are field errors. */
  setTeamOrganizations: Team;
  /** Replaces the agent's password with a generated temporary one (shown once), ends their sessions; they must change it at sign-in. */
  setTemporaryPassword: TemporaryPasswordPayload;
  /** Signs another agent out of every session (administrators). Their API tokens keep working. */
  signOutAgentEverywhere: Agent;
  /** Options (JSON) for navigator.credentials.create; then finishPasskeyRegistration. */
  startPasskeyRegistration: Scalars['String']['output'];
  /** At the second step: options (JSON) for navigator.credentials.get; then verifyPasskey. */
  startPasskeySecondStep: Scalars['String']['output'];
  /** Public: begins a password-less sign-in with a passkey; then finishPasskeySignIn. Limited per IP. */
  startPasskeySignIn: PasskeySignInRequest;
  /** Begins (or begins again) setting up an authenticator app; nothing changes until confirmTotpEnrolment. */
  startTotpEnrolment: TotpEnrolment;
  /** Moves back what a merge moved; returns the source user. Needs people.merge. */
  undoUserMerge: User;
  /** Admins edit anyone; an agent edits their own preferences. */
  updateAgent: Agent;
  /** Sets an agent's CRM summary and contact information (not their Preferences). Needs people.edit. */
  updateAgentCrmProfile: Agent;
  /** Administrators only; each change is in the change log (entityType SETTING). */
  updateCrmSettings: CrmSettings;
  updatePermissionGroup: PermissionGroup;
  /** Administrators only; each change is in the change log (entityType SETTING). Applies from the next sign-in: an agent who must have two-step sign-in and has none is taken to enrolment. */
  updateSecuritySettings: SecuritySettings;
  /** Replaces every field; a client secret left out is kept. */
  updateSsoProvider: SsoProvider;
  /** Administrators only; each change is in the change log (entityType SETTING). */
  updateSsoSettings: SsoSettings;
  /** Needs people.edit. */
  updateUser: User;
  /** Administrators only. Options left out are cleared on users unless renamed. */
  updateUserCustomField: UserCustomField;
  /** Completes the second step with the browser's passkey assertion (JSON). Limited like codes. */
  verifyPasskey: AuthPayload;
  /** Completes a sign-in that needs a second step (AuthPayload.secondFactorRequired) with a current code of the authenticator app or an unused recovery code. Attempts are limited like passwords. */
  verifySecondFactor: AuthPayload;
};


export type MutationAcceptInvitationArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddAgentNoteArgs = {
  agentId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAddUserEmailArgs = {
  email: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationAddUserNoteArgs = {
  text: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationBulkInviteAgentsArgs = {
  agentType?: InputMaybe<AgentType>;
  emails: Array<Scalars['String']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationBulkUpdateAgentsArgs = {
  ids: Array<Scalars['ID']['input']>;
  input: BulkUpdateAgentsInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
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
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreateBusinessUnitArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateDepartmentArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateOrganizationArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreatePermissionGroupArgs = {
  input: PermissionGroupInput;
};


export type MutationCreateSsoProviderArgs = {
  input: SsoProviderInput;
};


export type MutationCreateTeamArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateUserCustomFieldArgs = {
  input: CreateUserCustomFieldInput;
};


export type MutationCreateUsergroupArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteAgentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAgentAvatarArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationDeleteBusinessUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePermissionGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSsoProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserCustomFieldArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserFileArgs = {
  fileId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationDeleteUsergroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTwoStepSignInArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationFinishPasskeyRegistrationArgs = {
  name: Scalars['String']['input'];
  response: Scalars['String']['input'];
};


export type MutationFinishPasskeySignInArgs = {
  requestId: Scalars['String']['input'];
  response: Scalars['String']['input'];
};


export type MutationImportAgentsCsvArgs = {
  csv: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
  existing?: InputMaybe<ImportExistingMode>;
  onError?: InputMaybe<ImportErrorMode>;
};


export type MutationImportUsersCsvArgs = {
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


export type MutationMergeUsersArgs = {
  sourceUserId: Scalars['ID']['input'];
  targetUserId: Scalars['ID']['input'];
};


export type MutationReadSamlMetadataArgs = {
  url?: InputMaybe<Scalars['String']['input']>;
  xml?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegenerateRecoveryCodesArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveUserEmailArgs = {
  email: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRenameBusinessUnitArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameDepartmentArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameOrganizationArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameTeamArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameUsergroupArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReorderUserCustomFieldsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetSecondFactorArgs = {
  agentId: Scalars['ID']['input'];
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


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendPasswordResetArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationSetPasswordWithTokenArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetPrimaryUserEmailArgs = {
  email: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetTeamMembersArgs = {
  agentIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSetTeamOrganizationsArgs = {
  id: Scalars['ID']['input'];
  organizationIds: Array<Scalars['ID']['input']>;
};


export type MutationSetTemporaryPasswordArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationSignOutAgentEverywhereArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationUndoUserMergeArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationUpdateAgentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
};


export type MutationUpdateAgentCrmProfileArgs = {
  agentId: Scalars['ID']['input'];
  input: UpdateAgentCrmProfileInput;
};


export type MutationUpdateCrmSettingsArgs = {
  input: CrmSettingsInput;
};


export type MutationUpdatePermissionGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePermissionGroupInput;
};


export type MutationUpdateSecuritySettingsArgs = {
  input: SecuritySettingsInput;
};


export type MutationUpdateSsoProviderArgs = {
  id: Scalars['ID']['input'];
  input: SsoProviderInput;
};


export type MutationUpdateSsoSettingsArgs = {
  input: SsoSettingsInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateUserCustomFieldArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserCustomFieldInput;
};


export type MutationVerifyPasskeyArgs = {
  response: Scalars['String']['input'];
};


export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};

/** A note on a user or on an agent's CRM record, with its author and time. Ids are unique among one kind's notes only. */
export type Note = {
  __typename?: 'Note';
  authorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
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

export type OidcConfigInput = {
  /** At most 255 characters. */
  clientId: Scalars['String']['input'];
  /** Omitted or null on update: the stored one is kept; empty string: none (public client). */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** The issuer URL (https; http only on a loopback address). Discovery reads <issuer>/.well-known/openid-configuration. */
  issuer: Scalars['String']['input'];
  /** acr values meaning MFA; omitted: the PAPE multi-factor URI. amr "mfa" always counts. */
  mfaAcrValues?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Scopes asked for, separated by spaces; omitted: "openid email profile" (add e.g. groups where the provider needs it). */
  scopes?: InputMaybe<Scalars['String']['input']>;
};

/** An OIDC provider as administrators see it: never the client secret. */
export type OidcProviderConfig = {
  __typename?: 'OidcProviderConfig';
  clientId: Scalars['String']['output'];
  /** Whether a client secret is stored. */
  clientSecretSet: Scalars['Boolean']['output'];
  issuer: Scalars['String']['output'];
  mfaAcrValues: Array<Scalars['String']['output']>;
  scopes: Scalars['String']['output'];
};

/** A company or other body that users belong to (at most one per user). */
export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Teams this organization is assigned to (setTeamOrganizations), by name. */
  teams: Array<Team>;
  /** Users in this organization (what deleting it affects). Team-scoped visibility lists only organizations whose users the agent sees. */
  userCount: Scalars['Int']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
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

/** One of your passkeys (a second factor). */
export type Passkey = {
  __typename?: 'Passkey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
};

export type PasskeyRegistration = {
  __typename?: 'PasskeyRegistration';
  passkey: Passkey;
  /** Recovery codes, shown once: only when this passkey is your first second factor. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
};

/** The start of a password-less sign-in with a passkey. */
export type PasskeySignInRequest = {
  __typename?: 'PasskeySignInRequest';
  /** Options (JSON) for navigator.credentials.get, with no allowCredentials: the browser offers its passkeys. */
  options: Scalars['String']['output'];
  /** Send back with finishPasskeySignIn: names this request (valid 5 minutes, once). */
  requestId: Scalars['String']['output'];
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

/** What a phone is for. The single fields map to labels: phone = SMS, landlinePhone = LANDLINE, mobilePhone = MOBILE. */
export type PhoneLabel =
  | 'LANDLINE'
  | 'MOBILE'
  | 'OTHER'
  | 'SMS'
  | 'WORK';

export type Query = {
  __typename?: 'Query';
  /** null when no agent has this id. */
  agent?: Maybe<Agent>;
  /** Changes to an agent's CRM record (fields crm.*), newest first. Needs people.view; the rest of an agent's log is changeLog's. */
  agentCrmChangeLog: ChangeLogConnection;
  /** null when no import has this id. */
  agentImport?: Maybe<AgentImport>;
  agents: AgentConnection;
  apiTokens: Array<ApiToken>;
  /** The audit log, newest first (administrators; API tokens need audit:read). At most 100 a page. */
  auditLog: AuditEventConnection;
  /** Every business unit by name (at most 500). */
  businessUnits: Array<BusinessUnit>;
  /** Newest first. */
  changeLog: ChangeLogConnection;
  crmSettings: CrmSettings;
  departments: Array<Department>;
  /** Public. What the link of an invitation email leads to; rate-limited per address. */
  invitationPreview: InvitationPreview;
  /** Newest first. */
  invitations: Array<Invitation>;
  license: License;
  /** Your passkeys (at most 10). */
  myPasskeys: Array<Passkey>;
  /** The signed-in agent's sessions, most recently used first (at most 30). */
  mySessions: Array<AgentSession>;
  myTwoStepSignIn: TwoStepSignInStatus;
  /** Every notification event key updateAgent accepts, ticket events first. */
  notificationCatalog: Array<NotificationEvent>;
  /** By name; `search` is a name prefix (the organization picker). Needs people.view, or admin access (teams are given organizations). */
  organizations: OrganizationConnection;
  /** Outgoing email, newest first; first is capped at 100. */
  outbox: Array<OutboxMessage>;
  permissionCatalog: Array<Permission>;
  permissionGroups: Array<PermissionGroup>;
  securitySettings: SecuritySettings;
  ssoProviders: Array<SsoProvider>;
  ssoSettings: SsoSettings;
  /** Public: the enabled single sign-on providers (id and name only). */
  ssoSignInProviders: Array<SsoSignInProvider>;
  teams: Array<Team>;
  /** null when absent (or merged into another user). */
  user?: Maybe<User>;
  /** A user's changes, notes, merges and files, newest first. totalCount is -1 (not counted). */
  userActivity: ActivityConnection;
  /** User custom fields in order (disabled ones too). Admins, or people.view. */
  userCustomFields: Array<UserCustomField>;
  /** Merge candidates: the same phone, or the same email domain and a similar name. */
  userDuplicates: Array<UserDuplicate>;
  /** null when no user import has this id (or another agent started it). */
  userImport?: Maybe<UserImport>;
  /** By name. */
  usergroups: Array<Usergroup>;
  /** By name, then id; merged-away users are hidden. Needs people.view. A search (filter.search) lists the users whose name starts with it first (by name), then the other users each of whose search words starts a word of their name or addresses (by that word, then id); a whole valid address finds its user. A cursor continues only the list and search it came from. */
  users: UserConnection;
  /** The signed-in agent (or the creator of the API token). */
  viewer: Agent;
};


export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentCrmChangeLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agentId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgentImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgentOrder>;
};


export type QueryApiTokensArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: Scalars['Boolean']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangeLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: ChangeLogEntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OutboxStatus>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryUserDuplicatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryUserImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Single-use recovery codes: shown once, stored hashed. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

/** A SAML 2.0 identity provider (fill it from the IdP metadata with readSamlMetadata). */
export type SamlConfigInput = {
  /** Signing certificates, PEM or base64 (1 to 5; several during a key rollover). */
  idpCertificates: Array<Scalars['String']['input']>;
  /** The IdP's entityID: every assertion's Issuer (at most 1024 characters). */
  idpEntityId: Scalars['String']['input'];
  /** Where the metadata came from (https; http only on localhost), kept for reference. */
  metadataUrl?: InputMaybe<Scalars['String']['input']>;
  /** NameID format to ask for; null: the IdP chooses. */
  nameIdFormat?: InputMaybe<Scalars['String']['input']>;
  /** SingleSignOnService URL for the HTTP-Redirect binding (https; http only on localhost). */
  ssoUrl: Scalars['String']['input'];
};

/** The IdP fields read from SAML metadata, to fill in the provider form. */
export type SamlIdpMetadata = {
  __typename?: 'SamlIdpMetadata';
  idpCertificates: Array<Scalars['String']['output']>;
  idpEntityId: Scalars['String']['output'];
  nameIdFormat?: Maybe<Scalars['String']['output']>;
  ssoUrl: Scalars['String']['output'];
};

/** A SAML provider as administrators see it, with Roster's service provider names to give the IdP. */
export type SamlProviderConfig = {
  __typename?: 'SamlProviderConfig';
  /** Assertion consumer service URL (HTTP-POST): the Recipient and Destination the IdP must use. */
  acsUrl: Scalars['String']['output'];
  /** PEM certificates (public keys, not secrets). */
  idpCertificates: Array<Scalars['String']['output']>;
  idpEntityId: Scalars['String']['output'];
  metadataUrl?: Maybe<Scalars['String']['output']>;
  nameIdFormat?: Maybe<Scalars['String']['output']>;
  /** Roster's SP entity ID (Audience) for this provider. */
  spEntityId: Scalars['String']['output'];
  /** Roster's SP metadata XML for this provider (GET it or paste it into the IdP). */
  spMetadataUrl: Scalars['String']['output'];
  ssoUrl: Scalars['String']['output'];
};

/** A way to complete the second step of a sign-in. */
export type SecondFactorMethod =
  | 'PASSKEY'
  | 'RECOVERY_CODE'
  | 'TOTP';

/** Helpdesk-wide sign-in security settings (admins change them with updateSecuritySettings). */
export type SecuritySettings = {
  __typename?: 'SecuritySettings';
  twoStepSignInRequired: TwoStepRequirement;
  /** When an admin last changed twoStepSignInRequired. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it (the change log has every change: entityType SETTING). */
  updatedByName?: Maybe<Scalars['String']['output']>;
};

export type SecuritySettingsInput = {
  /** Omitted: unchanged. */
  twoStepSignInRequired?: InputMaybe<TwoStepRequirement>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SsoGroupTeamMapping = {
  __typename?: 'SsoGroupTeamMapping';
  /** A value of the groups claim / attribute (compared ignoring case). */
  group: Scalars['String']['output'];
  teamId: Scalars['ID']['output'];
};

export type SsoGroupTeamMappingInput = {
  /** A group name as the provider sends it (at most 200 characters; compared ignoring case). */
  group: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type SsoProtocol =
  | 'OIDC'
  | 'SAML';

/** A single sign-on identity provider (administrators only). */
export type SsoProvider = {
  __typename?: 'SsoProvider';
  /** The redirect URI / callback URL to register at the provider. */
  callbackUrl: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Type of agents created at their first sign-in (LIGHT: no seat, no permission groups). */
  defaultAgentType: AgentType;
  /** Permission groups of agents created at their first sign-in. */
  defaultPermissionGroupIds: Array<Scalars['ID']['output']>;
  /** Teams of agents created at their first sign-in (besides the mapped ones). */
  defaultTeamIds: Array<Scalars['ID']['output']>;
  /** Shown on the sign-in page as "Sign in with <displayName>". */
  displayName: Scalars['String']['output'];
  /** Claim / attribute with the email address. */
  emailClaim: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** Groups that put a new agent in teams. */
  groupTeamMappings: Array<SsoGroupTeamMapping>;
  /** Claim / attribute with the group names (null: none). */
  groupsClaim?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Claim / attribute with the display name. */
  nameClaim: Scalars['String']['output'];
  /** OIDC settings (null for other protocols); never the secret. */
  oidc?: Maybe<OidcProviderConfig>;
  protocol: SsoProtocol;
  /** SAML settings and our SP names (null for other protocols). */
  saml?: Maybe<SamlProviderConfig>;
  trustProviderMfa: TrustProviderMfa;
  updatedAt: Scalars['DateTime']['output'];
};

export type SsoProviderInput = {
  /** Type of agents created at their first sign-in; LIGHT agents take no seat and hold no permission groups. */
  defaultAgentType?: AgentType;
  /** Groups of agents created at their first sign-in; omitted: [1] All Permissions (none for light agents). */
  defaultPermissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Teams of agents created at their first sign-in. */
  defaultTeamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 100 characters: "Sign in with <displayName>". */
  displayName: Scalars['String']['input'];
  /** Claim / attribute with the email address. */
  emailClaim?: Scalars['String']['input'];
  enabled?: Scalars['Boolean']['input'];
  /** At most 100. */
  groupTeamMappings?: InputMaybe<Array<SsoGroupTeamMappingInput>>;
  /** Claim / attribute with group names; null: none. */
  groupsClaim?: InputMaybe<Scalars['String']['input']>;
  /** Claim / attribute with the name. */
  nameClaim?: Scalars['String']['input'];
  /** Required for OIDC. */
  oidc?: InputMaybe<OidcConfigInput>;
  /** Cannot change after creation. */
  protocol: SsoProtocol;
  /** Required for SAML. */
  saml?: InputMaybe<SamlConfigInput>;
  trustProviderMfa?: TrustProviderMfa;
};

/** Single sign-on enforcement (administrators change it with updateSsoSettings). */
export type SsoSettings = {
  __typename?: 'SsoSettings';
  /** Administrators who may still sign in with a password while SSO is required. */
  breakGlassAdmins: Array<Agent>;
  /** On: password sign-in and password resets are refused (SSO_REQUIRED) except for the break-glass administrators. */
  ssoRequired: Scalars['Boolean']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
};

export type SsoSettingsInput = {
  /** Omitted: unchanged. At most 10 administrators. */
  breakGlassAdminIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Omitted: unchanged. Turning it on needs an enabled provider. */
  ssoRequired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enabled provider as the sign-in page shows it. */
export type SsoSignInProvider = {
  __typename?: 'SsoSignInProvider';
  /** "Sign in with <displayName>"; the button goes to GET /sso/<id>/start. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  members: Array<Agent>;
  name: Scalars['String']['output'];
  /** Organizations whose users the team's members see when team-scoped visibility is on (crmSettings), by name. Administrators only. */
  organizations: Array<Organization>;
};

/** A temporary password, shown once: it is stored only as a hash. */
export type TemporaryPasswordPayload = {
  __typename?: 'TemporaryPasswordPayload';
  agent: Agent;
  /** The password stops working then; the agent must choose a new one at sign-in before. */
  expiresAt: Scalars['DateTime']['output'];
  temporaryPassword: Scalars['String']['output'];
};

/** The start of TOTP enrolment: add the secret to an authenticator app, then confirmTotpEnrolment with its first code. */
export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  /** otpauth://totp/... URI (what the QR code holds). */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as an SVG data URL (made by the server: the secret goes to no third party). */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The base32 secret, for typing into the app by hand. Shown now only: it is stored encrypted. */
  secret: Scalars['String']['output'];
};

export type TrustProviderMfa =
  | 'ALWAYS'
  | 'NEVER'
  | 'WHEN_PROVIDER_DID_MFA';

/** Who must use two-step sign-in (API tokens are never affected). */
export type TwoStepRequirement =
  | 'ADMINISTRATORS'
  | 'EVERYONE'
  | 'OFF';

/** The signed-in agent's two-step sign-in. */
export type TwoStepSignInStatus = {
  __typename?: 'TwoStepSignInStatus';
  enabled: Scalars['Boolean']['output'];
  enabledAt?: Maybe<Scalars['DateTime']['output']>;
  methods: Array<SecondFactorMethod>;
  /** Unused recovery codes. */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** An administrator requires two-step sign-in for this agent (it cannot be turned off). */
  required: Scalars['Boolean']['output'];
};

/** An agent's CRM summary and contact information. Omitted fields stay as they are; null (or blank) clears one. */
export type UpdateAgentCrmProfileInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  facebook?: InputMaybe<Scalars['String']['input']>;
  im?: InputMaybe<Scalars['String']['input']>;
  linkedin?: InputMaybe<Scalars['String']['input']>;
  /** The CRM phone; the Preferences phone (SMS) is not changed. */
  phone?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A handle, @handle or profile URL; stored without @. */
  twitter?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAgentInput = {
  alias?: InputMaybe<Scalars['String']['input']>;
  /** The business unit by name (an existing one; businessUnits). Empty or null: none. */
  businessUnit?: InputMaybe<Scalars['String']['input']>;
  /** The business unit by id (instead of businessUnit); null: none. */
  businessUnitId?: InputMaybe<Scalars['ID']['input']>;
  canEditOwnTicketNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Your own current password: required to change your own email (the login). */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
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
  /** Replaces every phone of the agent; not with phone, landlinePhone or mobilePhone. */
  phones?: InputMaybe<Array<AgentPhoneInput>>;
  /** HTML; sanitised on write. */
  signature?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AgentStatus>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ticketNotifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** IANA zone, e.g. Europe/London. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** Omitted on create: FULL. LIGHT agents use no seat and hold no admin access or write permissions. */
  type?: InputMaybe<AgentType>;
};

export type UpdatePermissionGroupInput = {
  departments?: InputMaybe<Array<DepartmentAccessInput>>;
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Omitted fields stay as they are. The type cannot change (the values would not fit it). */
export type UpdateUserCustomFieldInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** DROPDOWN only: the choices, in order. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Order on the record; a new field goes last. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Options renamed (their users keep the choice under the new name); other options left out of `options` are cleared on users. */
  renamedOptions?: InputMaybe<Array<CustomFieldOptionRename>>;
};

/** Omitted fields stay as they are; null clears an optional field. */
export type UpdateUserInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Custom field values to set; the others stay. A null value clears one. */
  customFields?: InputMaybe<Array<UserCustomFieldValueInput>>;
  facebook?: InputMaybe<Scalars['String']['input']>;
  im?: InputMaybe<Scalars['String']['input']>;
  isAutoResponder?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  linkedin?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** null: no organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  twitter?: InputMaybe<Scalars['String']['input']>;
  /** On update: replaces the memberships. */
  usergroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An end user (customer) record in the CRM. */
export type User = {
  __typename?: 'User';
  /** Mailing address (several lines). */
  address?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Values of enabled custom fields, in field order (empty ones are absent). */
  customFields: Array<UserCustomFieldValue>;
  /** The primary address first. */
  emails: Array<UserEmail>;
  /** Facebook profile URL. */
  facebook?: Maybe<Scalars['String']['output']>;
  /** Newest first. Upload: POST /users/<id>/files. */
  files: Array<UserFile>;
  id: Scalars['ID']['output'];
  /** Instant messaging handle. */
  im?: Maybe<Scalars['String']['output']>;
  /** The mailbox answers automatically: no automatic replies are sent to this user. */
  isAutoResponder: Scalars['Boolean']['output'];
  /** Language tag, e.g. en or pt-BR. */
  language?: Maybe<Scalars['String']['output']>;
  /** LinkedIn profile URL. */
  linkedin?: Maybe<Scalars['String']['output']>;
  /** The user's current local time (ISO 8601 with offset); null without a timezone. */
  localTime?: Maybe<Scalars['String']['output']>;
  /** The newest `first` merges into this user (at most 100), newest first (undoUserMerge within undoUntil). */
  merges: Array<UserMerge>;
  name: Scalars['String']['output'];
  /** Every note, newest first, in keyset pages. totalCount is counted only when selected. */
  noteConnection: NoteConnection;
  /** The newest `first` notes (at most 100), newest first; noteConnection pages through all. */
  notes: Array<Note>;
  organization?: Maybe<Organization>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Where notifications go. */
  primaryEmail: Scalars['String']['output'];
  /** One free-text field (notes are separate). */
  summary?: Maybe<Scalars['String']['output']>;
  /** IANA zone, e.g. Europe/London. */
  timezone?: Maybe<Scalars['String']['output']>;
  /** Twitter / X handle, stored without @. */
  twitter?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  usergroups: Array<Usergroup>;
  /** http(s) URL. */
  website?: Maybe<Scalars['String']['output']>;
};


/** An end user (customer) record in the CRM. */
export type UserMergesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An end user (customer) record in the CRM. */
export type UserNoteConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An end user (customer) record in the CRM. */
export type UserNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** false: totalCount is a lower bound, a search may match more users: its count stops at 1,000 matches (totalCount is then 1000) and after a bounded number of candidates (totalCount is then the matches found among them). */
  totalCountIsExact: Scalars['Boolean']['output'];
};

/** A custom property of users, defined by an admin. */
export type UserCustomField = {
  __typename?: 'UserCustomField';
  createdAt: Scalars['DateTime']['output'];
  /** Shown to agents under the field. */
  description?: Maybe<Scalars['String']['output']>;
  /** Disabled fields keep their values but are not shown or written. */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The choices of a DROPDOWN, in order; empty for other types. */
  options: Array<Scalars['String']['output']>;
  /** Order on the record (ascending). */
  position: Scalars['Int']['output'];
  type: UserCustomFieldType;
};

/** How a custom field is typed: values are stored as canonical text (see UserCustomFieldValue). */
export type UserCustomFieldType =
  | 'CHECKBOX'
  | 'DATE'
  | 'DROPDOWN'
  | 'NUMBER'
  | 'TEXT';

/** A user's value of a custom field. */
export type UserCustomFieldValue = {
  __typename?: 'UserCustomFieldValue';
  field: UserCustomField;
  /** Canonical text: NUMBER a decimal ("-12.5"), DATE YYYY-MM-DD, CHECKBOX "true" or "false", DROPDOWN one of the options. */
  value: Scalars['String']['output'];
};

/** A value of a custom field; null (or blank) clears it. */
export type UserCustomFieldValueInput = {
  fieldId: Scalars['ID']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A user who may be the same person (a merge candidate). */
export type UserDuplicate = {
  __typename?: 'UserDuplicate';
  /** SAME_PHONE, SAME_EMAIL_DOMAIN_SIMILAR_NAME. */
  reasons: Array<Scalars['String']['output']>;
  user: User;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserEmail = {
  __typename?: 'UserEmail';
  address: Scalars['String']['output'];
  /** Notifications go to the primary address. */
  isPrimary: Scalars['Boolean']['output'];
};

/** A file on a user profile. Download: GET /users/<userId>/files/<id> (an attachment). */
export type UserFile = {
  __typename?: 'UserFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedByName: Scalars['String']['output'];
};

export type UserFilter = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Words (at most 10), each the start of a word of the name or of an email address (the whole address, the pieces of its local part, its domain and inner labels), in any order. */
  search?: InputMaybe<Scalars['String']['input']>;
  usergroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** A CSV import of CRM users (docs/csv.md "User CSV"). */
export type UserImport = ImportJob & {
  __typename?: 'UserImport';
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
  /** Rows of existing records (existing: UPDATE) that already hold every value they give: nothing written, nothing logged. */
  unchangedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};


/** A CSV import of CRM users (docs/csv.md "User CSV"). */
export type UserImportErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A CSV import of CRM users (docs/csv.md "User CSV"). */
export type UserImportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A merge of one user into another; it can be undone until undoUntil. */
export type UserMerge = {
  __typename?: 'UserMerge';
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The source user's name at the time of the merge. */
  sourceName: Scalars['String']['output'];
  sourceUserId: Scalars['ID']['output'];
  targetUserId: Scalars['ID']['output'];
  undoUntil: Scalars['DateTime']['output'];
  /** Not undone yet and still within undoUntil: undoUserMerge would be tried. */
  undoable: Scalars['Boolean']['output'];
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A named group of users (memberships are set on the user). */
export type Usergroup = {
  __typename?: 'Usergroup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ChangeLogPageFieldsFragment = { __typename?: 'ChangeLogConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeLogEdge', cursor: string, node: { __typename?: 'ChangeLogEntry', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName: string, actorKind: string, actorAvatarUrl?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } };

type ImportJobView_AgentImport_Fragment = { __typename?: 'AgentImport', id: string, status: ImportStatus, dryRun: boolean, onError: ImportErrorMode, existing: ImportExistingMode, failure?: string | null, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, skippedCount: number, errorCount: number };

type ImportJobView_UserImport_Fragment = { __typename?: 'UserImport', id: string, status: ImportStatus, dryRun: boolean, onError: ImportErrorMode, existing: ImportExistingMode, failure?: string | null, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, skippedCount: number, errorCount: number };

export type ImportJobViewFragment =
  | ImportJobView_AgentImport_Fragment
  | ImportJobView_UserImport_Fragment
;

export type ImportRowPageFragment = { __typename?: 'ImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowEdge', node: { __typename?: 'ImportRow', row: number, email?: string | null, action: ImportRowAction } }> };

export type ImportRowErrorViewFragment = { __typename?: 'ImportRowError', row: number, column?: string | null, code: string, message: string, value?: string | null };

export type AdminsAtAGlanceQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminsAtAGlanceQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string, status: AgentStatus, avatarUrl?: string | null } }> }, allAgents: { __typename?: 'AgentConnection', totalCount: number } };

export type AgentPageFieldsFragment = { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, alias?: string | null, email: string, extraEmails: Array<string>, timezone: string, language: string, businessUnit?: string | null, businessUnitId?: string | null, type: AgentType, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, lastSignInAt?: string | null, twoStepSignIn?: boolean | null, canEditOwnTicketNotifications: boolean, permissions: Array<string>, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }>, teams: Array<{ __typename?: 'Team', id: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, effectiveDepartments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> };

export type AgentPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgentPageQuery = { __typename?: 'Query', agent?: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, alias?: string | null, email: string, extraEmails: Array<string>, timezone: string, language: string, businessUnit?: string | null, businessUnitId?: string | null, type: AgentType, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, lastSignInAt?: string | null, twoStepSignIn?: boolean | null, canEditOwnTicketNotifications: boolean, permissions: Array<string>, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }>, teams: Array<{ __typename?: 'Team', id: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, effectiveDepartments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } | null, permissionCatalog: Array<{ __typename?: 'Permission', key: string, label: string, category: string, destructive: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean, permissions: Array<string>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }> }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, departments: Array<{ __typename?: 'Department', id: string, name: string }>, notificationCatalog: Array<{ __typename?: 'NotificationEvent', key: string, label: string, category: NotificationEventCategory }> };

export type UpdateAgentPageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
}>;


export type UpdateAgentPageMutation = { __typename?: 'Mutation', updateAgent: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, alias?: string | null, email: string, extraEmails: Array<string>, timezone: string, language: string, businessUnit?: string | null, businessUnitId?: string | null, type: AgentType, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, lastSignInAt?: string | null, twoStepSignIn?: boolean | null, canEditOwnTicketNotifications: boolean, permissions: Array<string>, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }>, teams: Array<{ __typename?: 'Team', id: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, effectiveDepartments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } };

export type DeleteAgentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAgentMutation = { __typename?: 'Mutation', deleteAgent: boolean };

export type AgentChangeLogQueryVariables = Exact<{
  entityId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgentChangeLogQuery = { __typename?: 'Query', changeLog: { __typename?: 'ChangeLogConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeLogEdge', cursor: string, node: { __typename?: 'ChangeLogEntry', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName: string, actorKind: string, actorAvatarUrl?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type AgentPickerQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgentPickerQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string, status: AgentStatus } }> } };

export type CopyAgentSettingsMutationVariables = Exact<{
  sourceAgentId: Scalars['ID']['input'];
  targetAgentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  sections: Array<AgentSettingsSection> | AgentSettingsSection;
}>;


export type CopyAgentSettingsMutation = { __typename?: 'Mutation', copyAgentSettings: Array<{ __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, alias?: string | null, email: string, extraEmails: Array<string>, timezone: string, language: string, businessUnit?: string | null, businessUnitId?: string | null, type: AgentType, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, lastSignInAt?: string | null, twoStepSignIn?: boolean | null, canEditOwnTicketNotifications: boolean, permissions: Array<string>, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }>, teams: Array<{ __typename?: 'Team', id: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, effectiveDepartments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> }> };

export type SendPasswordResetMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type SendPasswordResetMutation = { __typename?: 'Mutation', sendPasswordReset: { __typename?: 'Agent', id: string } };

export type SignOutAgentEverywhereMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type SignOutAgentEverywhereMutation = { __typename?: 'Mutation', signOutAgentEverywhere: { __typename?: 'Agent', id: string } };

export type SetTemporaryPasswordMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type SetTemporaryPasswordMutation = { __typename?: 'Mutation', setTemporaryPassword: { __typename?: 'TemporaryPasswordPayload', temporaryPassword: string, expiresAt: string, agent: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, alias?: string | null, email: string, extraEmails: Array<string>, timezone: string, language: string, businessUnit?: string | null, businessUnitId?: string | null, type: AgentType, isAdmin: boolean, isReportsAdmin: boolean, status: AgentStatus, mustChangePassword: boolean, lastSignInAt?: string | null, twoStepSignIn?: boolean | null, canEditOwnTicketNotifications: boolean, permissions: Array<string>, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }>, teams: Array<{ __typename?: 'Team', id: string }>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, effectiveDepartments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } } };

export type AgentsListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgentsListQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string, isAdmin: boolean, status: AgentStatus, avatarUrl?: string | null } }> } };

export type AgentsPageQueryVariables = Exact<{
  filter?: InputMaybe<AgentFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<AgentOrder>;
}>;


export type AgentsPageQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', cursor: string, node: { __typename?: 'Agent', id: string, name: string, alias?: string | null, email: string, avatarUrl?: string | null, isAdmin: boolean, type: AgentType, status: AgentStatus, lastSignInAt?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AgentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentOptionsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean }>, businessUnits: Array<{ __typename?: 'BusinessUnit', id: string, name: string }> };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { __typename?: 'Mutation', createAgent: { __typename?: 'CreateAgentPayload', temporaryPassword?: string | null, agent: { __typename?: 'Agent', id: string, name: string, email: string } } };

export type DeleteAgentAvatarMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type DeleteAgentAvatarMutation = { __typename?: 'Mutation', deleteAgentAvatar: { __typename?: 'Agent', id: string, avatarUrl?: string | null } };

export type BulkUpdateAgentsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  input: BulkUpdateAgentsInput;
}>;


export type BulkUpdateAgentsMutation = { __typename?: 'Mutation', bulkUpdateAgents: Array<{ __typename?: 'Agent', id: string, status: AgentStatus, teams: Array<{ __typename?: 'Team', id: string, name: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string }> }> };

export type KeptSelectionTestAgentFragment = { __typename?: 'Agent', id: string, status: AgentStatus, isAdmin: boolean, teams: Array<{ __typename?: 'Team', id: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }> };

export type AgentSelectionFieldsFragment = { __typename?: 'Agent', id: string, status: AgentStatus, isAdmin: boolean, teams: Array<{ __typename?: 'Team', id: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string }> };

export type BulkInviteAgentsMutationVariables = Exact<{
  emails: Array<Scalars['String']['input']> | Scalars['String']['input'];
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  teamIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  permissionGroupIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  agentType?: InputMaybe<AgentType>;
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type BulkInviteAgentsMutation = { __typename?: 'Mutation', bulkInviteAgents: { __typename?: 'BulkInviteResult', missingSeats: number, invited: Array<{ __typename?: 'Invitation', id: string, email: string, expiresAt: string }>, failed: Array<{ __typename?: 'BulkInviteFailure', email: string, code: string, message: string }> } };

export type AgentImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgentImportQuery = { __typename?: 'Query', agentImport?: { __typename?: 'AgentImport', id: string, status: ImportStatus, dryRun: boolean, onError: ImportErrorMode, existing: ImportExistingMode, failure?: string | null, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, skippedCount: number, errorCount: number, rows: { __typename?: 'ImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowEdge', node: { __typename?: 'ImportRow', row: number, email?: string | null, action: ImportRowAction } }> }, errors: Array<{ __typename?: 'ImportRowError', row: number, column?: string | null, code: string, message: string, value?: string | null }> } | null };

export type AgentImportRowsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type AgentImportRowsQuery = { __typename?: 'Query', agentImport?: { __typename?: 'AgentImport', id: string, rows: { __typename?: 'ImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowEdge', node: { __typename?: 'ImportRow', row: number, email?: string | null, action: ImportRowAction } }> } } | null };

export type ApiTokenFieldsFragment = { __typename?: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null };

export type ApiTokensQueryVariables = Exact<{
  includeRevoked: Scalars['Boolean']['input'];
}>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']> | Scalars['String']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, occurredAt: string, action: string, actorKind: string, actorName: string, ip?: string | null, userAgent?: string | null, targetType?: string | null, targetId?: string | null, targetLabel?: string | null, outcome: string, details?: string | null, changes: Array<{ __typename?: 'AuditChangeEntry', field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type AuditActorOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditActorOptionsQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string } }> } };

export type ViewerFieldsFragment = { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, secondFactorRequired: boolean, secondFactorMethods: Array<SecondFactorMethod>, enrolmentRequired: boolean, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type SetPasswordWithTokenMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SetPasswordWithTokenMutation = { __typename?: 'Mutation', setPasswordWithToken: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitationPreview: { __typename?: 'InvitationPreview', status: InvitationPreviewStatus, email?: string | null, helpdeskName?: string | null, inviterName?: string | null, expiresAt?: string | null, ssoRequired: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type BusinessUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessUnitsQuery = { __typename?: 'Query', businessUnits: Array<{ __typename?: 'BusinessUnit', id: string, name: string, agentCount: number }> };

export type CreateBusinessUnitMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateBusinessUnitMutation = { __typename?: 'Mutation', createBusinessUnit: { __typename?: 'BusinessUnit', id: string, name: string, agentCount: number } };

export type RenameBusinessUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameBusinessUnitMutation = { __typename?: 'Mutation', renameBusinessUnit: { __typename?: 'BusinessUnit', id: string, name: string } };

export type DeleteBusinessUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBusinessUnitMutation = { __typename?: 'Mutation', deleteBusinessUnit: number };

export type CrmSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmSettingsQuery = { __typename?: 'Query', crmSettings: { __typename?: 'CrmSettings', teamScopedUserVisibility: boolean, updatedAt?: string | null, updatedByName?: string | null } };

export type AddressMapUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressMapUrlQuery = { __typename?: 'Query', crmSettings: { __typename?: 'CrmSettings', addressMapUrl: string } };

export type UpdateAddressMapUrlMutationVariables = Exact<{
  url?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateAddressMapUrlMutation = { __typename?: 'Mutation', updateCrmSettings: { __typename?: 'CrmSettings', addressMapUrl: string } };

export type UpdateCrmSettingsMutationVariables = Exact<{
  input: CrmSettingsInput;
}>;


export type UpdateCrmSettingsMutation = { __typename?: 'Mutation', updateCrmSettings: { __typename?: 'CrmSettings', teamScopedUserVisibility: boolean, updatedAt?: string | null, updatedByName?: string | null } };

export type CrmAgentFieldsFragment = { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, email: string, extraEmails: Array<string>, crmSummary?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }>, crmContact: { __typename?: 'AgentCrmContact', phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null }, crmNotes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, crmNoteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CrmTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmTeamsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string }> };

export type CrmAgentsQueryVariables = Exact<{
  filter?: InputMaybe<AgentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmAgentsQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', cursor: string, node: { __typename?: 'Agent', id: string, name: string, status: AgentStatus, avatarUrl?: string | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CrmAgentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmAgentQuery = { __typename?: 'Query', agent?: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, email: string, extraEmails: Array<string>, crmSummary?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }>, crmContact: { __typename?: 'AgentCrmContact', phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null }, crmNotes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, crmNoteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CrmUpdateAgentProfileMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
  input: UpdateAgentCrmProfileInput;
}>;


export type CrmUpdateAgentProfileMutation = { __typename?: 'Mutation', updateAgentCrmProfile: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, email: string, extraEmails: Array<string>, crmSummary?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }>, crmContact: { __typename?: 'AgentCrmContact', phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null }, crmNotes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, crmNoteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type CrmAddAgentNoteMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type CrmAddAgentNoteMutation = { __typename?: 'Mutation', addAgentNote: { __typename?: 'Agent', id: string, name: string, avatarUrl?: string | null, email: string, extraEmails: Array<string>, crmSummary?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }>, crmContact: { __typename?: 'AgentCrmContact', phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null }, crmNotes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, crmNoteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type CrmAgentChangeLogQueryVariables = Exact<{
  agentId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmAgentChangeLogQuery = { __typename?: 'Query', changeLog: { __typename?: 'ChangeLogConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeLogEdge', cursor: string, node: { __typename?: 'ChangeLogEntry', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName: string, actorKind: string, actorAvatarUrl?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CrmAgentNotesPageQueryVariables = Exact<{
  agentId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmAgentNotesPageQuery = { __typename?: 'Query', agent?: { __typename?: 'Agent', id: string, crmNoteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NoteEdge', node: { __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string } }> } } | null };

export type NotesPageFieldsFragment = { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NoteEdge', node: { __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string } }> };

export type CrmDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmDeleteUserMutation = { __typename?: 'Mutation', deleteUser: boolean };

export type CrmCreateUsergroupMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CrmCreateUsergroupMutation = { __typename?: 'Mutation', createUsergroup: { __typename?: 'Usergroup', id: string, name: string } };

export type CrmRenameUsergroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CrmRenameUsergroupMutation = { __typename?: 'Mutation', renameUsergroup: { __typename?: 'Usergroup', id: string, name: string } };

export type CrmDeleteUsergroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmDeleteUsergroupMutation = { __typename?: 'Mutation', deleteUsergroup: boolean };

export type CrmManageOrganizationsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CrmManageOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, userCount: number } }> } };

export type CrmRenameOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CrmRenameOrganizationMutation = { __typename?: 'Mutation', renameOrganization: { __typename?: 'Organization', id: string, name: string } };

export type CrmDeleteOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmDeleteOrganizationMutation = { __typename?: 'Mutation', deleteOrganization: boolean };

export type CrmUserFilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmUserFilesQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, files: Array<{ __typename?: 'UserFile', id: string, fileName: string, contentType: string, size: number, uploadedByName: string, createdAt: string }> } | null };

export type CrmDeleteUserFileMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
}>;


export type CrmDeleteUserFileMutation = { __typename?: 'Mutation', deleteUserFile: { __typename?: 'User', id: string, files: Array<{ __typename?: 'UserFile', id: string }> } };

export type CrmUserMergesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmUserMergesQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, merges: Array<{ __typename?: 'UserMerge', id: string, sourceUserId: string, sourceName: string, actorName: string, createdAt: string, undoUntil: string, undoable: boolean }> } | null };

export type CrmUserDuplicatesQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type CrmUserDuplicatesQuery = { __typename?: 'Query', userDuplicates: Array<{ __typename?: 'UserDuplicate', reasons: Array<string>, user: { __typename?: 'User', id: string, name: string, primaryEmail: string, organization?: { __typename?: 'Organization', id: string, name: string } | null } }> };

export type CrmMergeUsersMutationVariables = Exact<{
  targetUserId: Scalars['ID']['input'];
  sourceUserId: Scalars['ID']['input'];
}>;


export type CrmMergeUsersMutation = { __typename?: 'Mutation', mergeUsers: { __typename?: 'User', id: string, name: string } };

export type CrmUndoUserMergeMutationVariables = Exact<{
  mergeId: Scalars['ID']['input'];
}>;


export type CrmUndoUserMergeMutation = { __typename?: 'Mutation', undoUserMerge: { __typename?: 'User', id: string, name: string } };

export type CrmUserActivityQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmUserActivityQuery = { __typename?: 'Query', userActivity: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'ActivityItem', id: string, kind: ActivityKind, createdAt: string, actorName: string, field?: string | null, oldValue?: string | null, newValue?: string | null, text?: string | null, relatedUserId?: string | null, movedFrom?: { __typename?: 'MovedFrom', userId: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CrmMergeSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CrmMergeSearchQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, name: string, primaryEmail: string } }> } };

export type CrmMergeSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmMergeSourceQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, name: string, primaryEmail: string, emails: Array<{ __typename?: 'UserEmail', address: string }>, notes: Array<{ __typename?: 'Note', id: string }>, files: Array<{ __typename?: 'UserFile', id: string }>, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }> } | null };

export type CrmUserFieldsFragment = { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> };

export type CrmUsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, totalCountIsExact: boolean, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, name: string, primaryEmail: string, organization?: { __typename?: 'Organization', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CrmUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrmUserQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } | null };

export type CrmOrganizationsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CrmOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string } }> } };

export type CrmUsergroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmUsergroupsQuery = { __typename?: 'Query', usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }> };

export type CrmCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CrmCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type CrmUpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmAddUserEmailMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type CrmAddUserEmailMutation = { __typename?: 'Mutation', addUserEmail: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmRemoveUserEmailMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type CrmRemoveUserEmailMutation = { __typename?: 'Mutation', removeUserEmail: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmSetPrimaryUserEmailMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type CrmSetPrimaryUserEmailMutation = { __typename?: 'Mutation', setPrimaryUserEmail: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmAddUserNoteMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type CrmAddUserNoteMutation = { __typename?: 'Mutation', addUserNote: { __typename?: 'User', id: string, name: string, primaryEmail: string, summary?: string | null, updatedAt: string, phone?: string | null, website?: string | null, im?: string | null, twitter?: string | null, linkedin?: string | null, facebook?: string | null, address?: string | null, isAutoResponder: boolean, timezone?: string | null, language?: string | null, localTime?: string | null, usergroups: Array<{ __typename?: 'Usergroup', id: string, name: string }>, emails: Array<{ __typename?: 'UserEmail', address: string, isPrimary: boolean }>, organization?: { __typename?: 'Organization', id: string, name: string } | null, notes: Array<{ __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string }>, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, customFields: Array<{ __typename?: 'UserCustomFieldValue', value: string, field: { __typename?: 'UserCustomField', id: string } }> } };

export type CrmCreateOrganizationMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CrmCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string } };

export type CrmUserChangeLogQueryVariables = Exact<{
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmUserChangeLogQuery = { __typename?: 'Query', changeLog: { __typename?: 'ChangeLogConnection', totalCount: number, edges: Array<{ __typename?: 'ChangeLogEdge', cursor: string, node: { __typename?: 'ChangeLogEntry', id: string, field: string, oldValue?: string | null, newValue?: string | null, actorName: string, actorKind: string, actorAvatarUrl?: string | null, createdAt: string, movedFrom?: { __typename?: 'MovedFrom', userId: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CrmUserNotesPageQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrmUserNotesPageQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, noteConnection: { __typename?: 'NoteConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NoteEdge', node: { __typename?: 'Note', id: string, text: string, authorName: string, createdAt: string } }> } } | null };

export type UserCustomFieldFieldsFragment = { __typename?: 'UserCustomField', id: string, name: string, type: UserCustomFieldType, description?: string | null, options: Array<string>, position: number, enabled: boolean };

export type UserCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserCustomFieldsQuery = { __typename?: 'Query', userCustomFields: Array<{ __typename?: 'UserCustomField', id: string, name: string, type: UserCustomFieldType, description?: string | null, options: Array<string>, position: number, enabled: boolean }> };

export type CreateUserCustomFieldMutationVariables = Exact<{
  input: CreateUserCustomFieldInput;
}>;


export type CreateUserCustomFieldMutation = { __typename?: 'Mutation', createUserCustomField: { __typename?: 'UserCustomField', id: string, name: string, type: UserCustomFieldType, description?: string | null, options: Array<string>, position: number, enabled: boolean } };

export type UpdateUserCustomFieldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserCustomFieldInput;
}>;


export type UpdateUserCustomFieldMutation = { __typename?: 'Mutation', updateUserCustomField: { __typename?: 'UserCustomField', id: string, name: string, type: UserCustomFieldType, description?: string | null, options: Array<string>, position: number, enabled: boolean } };

export type DeleteUserCustomFieldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserCustomFieldMutation = { __typename?: 'Mutation', deleteUserCustomField: boolean };

export type ReorderUserCustomFieldsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderUserCustomFieldsMutation = { __typename?: 'Mutation', reorderUserCustomFields: Array<{ __typename?: 'UserCustomField', id: string, position: number }> };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, agentCount: number, permissionGroupCount: number }> };

export type CreateDepartmentMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', id: string, name: string } };

export type RenameDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameDepartmentMutation = { __typename?: 'Mutation', renameDepartment: { __typename?: 'Department', id: string, name: string } };

export type DeleteDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDepartmentMutation = { __typename?: 'Mutation', deleteDepartment: boolean };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, email: string, name?: string | null, isAdmin: boolean, status: InvitationStatus, invitedByName: string, createdAt: string, lastSentAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null };

export type InvitationsQueryVariables = Exact<{
  status?: InputMaybe<InvitationStatus>;
}>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, name?: string | null, isAdmin: boolean, status: InvitationStatus, invitedByName: string, createdAt: string, lastSentAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null }> };

export type InviteAgentQuickMutationVariables = Exact<{
  input: InviteAgentInput;
}>;


export type InviteAgentQuickMutation = { __typename?: 'Mutation', inviteAgent: { __typename?: 'Invitation', id: string, email: string, name?: string | null, isAdmin: boolean, status: InvitationStatus, invitedByName: string, createdAt: string, lastSentAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null } };

export type ResendInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'Invitation', id: string, email: string, name?: string | null, isAdmin: boolean, status: InvitationStatus, invitedByName: string, createdAt: string, lastSentAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, name?: string | null, isAdmin: boolean, status: InvitationStatus, invitedByName: string, createdAt: string, lastSentAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null } };

export type SeatUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type SeatUsageQuery = { __typename?: 'Query', license: { __typename?: 'License', seats: number, used: number, available: number, edition: string, lightSeats?: number | null, lightUsed: number, lightAvailable?: number | null }, invitations: Array<{ __typename?: 'Invitation', id: string, agentType: AgentType }> };

export type OutboxFieldsFragment = { __typename?: 'OutboxMessage', id: string, toAddress: string, subject: string, status: OutboxStatus, attempts: number, lastError?: string | null, createdAt: string, nextAttemptAt: string, sentAt?: string | null };

export type OutboxQueryVariables = Exact<{
  status?: InputMaybe<OutboxStatus>;
}>;


export type OutboxQuery = { __typename?: 'Query', outbox: Array<{ __typename?: 'OutboxMessage', id: string, toAddress: string, subject: string, status: OutboxStatus, attempts: number, lastError?: string | null, createdAt: string, nextAttemptAt: string, sentAt?: string | null }> };

export type RetryOutboxMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryOutboxMessageMutation = { __typename?: 'Mutation', retryOutboxMessage: { __typename?: 'OutboxMessage', id: string, toAddress: string, subject: string, status: OutboxStatus, attempts: number, lastError?: string | null, createdAt: string, nextAttemptAt: string, sentAt?: string | null } };

export type PermissionGroupFieldsFragment = { __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean, permissions: Array<string>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }> };

export type PermissionGroupsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionGroupsPageQuery = { __typename?: 'Query', permissionCatalog: Array<{ __typename?: 'Permission', key: string, label: string, category: string, destructive: boolean }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean, permissions: Array<string>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }> }>, departments: Array<{ __typename?: 'Department', id: string, name: string }> };

export type CreatePermissionGroupMutationVariables = Exact<{
  input: PermissionGroupInput;
}>;


export type CreatePermissionGroupMutation = { __typename?: 'Mutation', createPermissionGroup: { __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean, permissions: Array<string>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }> } };

export type UpdatePermissionGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePermissionGroupInput;
}>;


export type UpdatePermissionGroupMutation = { __typename?: 'Mutation', updatePermissionGroup: { __typename?: 'PermissionGroup', id: string, name: string, builtIn: boolean, permissions: Array<string>, departments: Array<{ __typename?: 'DepartmentAccess', access: DepartmentAccessLevel, department: { __typename?: 'Department', id: string } }> } };

export type DeletePermissionGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePermissionGroupMutation = { __typename?: 'Mutation', deletePermissionGroup: boolean };

export type PermissionGroupMemberCountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionGroupMemberCountQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number } };

export type PreferenceFieldsFragment = { __typename?: 'Agent', id: string, name: string, alias?: string | null, email: string, timezone: string, language: string, signature?: string | null, canEditOwnTicketNotifications: boolean, isAdmin: boolean, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { __typename?: 'Query', viewer: { __typename?: 'Agent', id: string, name: string, alias?: string | null, email: string, timezone: string, language: string, signature?: string | null, canEditOwnTicketNotifications: boolean, isAdmin: boolean, effectivePermissions: Array<string>, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> }, notificationCatalog: Array<{ __typename?: 'NotificationEvent', key: string, label: string, category: NotificationEventCategory, defaultEmail: boolean, defaultBrowser: boolean }> };

export type UpdatePreferencesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
}>;


export type UpdatePreferencesMutation = { __typename?: 'Mutation', updateAgent: { __typename?: 'Agent', id: string, name: string, alias?: string | null, email: string, timezone: string, language: string, signature?: string | null, canEditOwnTicketNotifications: boolean, isAdmin: boolean, effectivePermissions: Array<string>, avatarUrl?: string | null, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, phones: Array<{ __typename?: 'AgentPhone', label: PhoneLabel, number: string, country?: string | null, isValid: boolean }>, ticketNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }>, otherNotifications: Array<{ __typename?: 'NotificationSetting', event: string, email: boolean, browser: boolean }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'AgentSession', id: string, current: boolean, browser: string, ip?: string | null, createdAt: string, lastSeenAt: string }> };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { __typename?: 'Mutation', revokeOtherSessions: number };

export type ReadSamlMetadataMutationVariables = Exact<{
  xml?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReadSamlMetadataMutation = { __typename?: 'Mutation', readSamlMetadata: { __typename?: 'SamlIdpMetadata', idpEntityId: string, ssoUrl: string, idpCertificates: Array<string>, nameIdFormat?: string | null } };

export type SsoSignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoSignInProvidersQuery = { __typename?: 'Query', ssoSignInProviders: Array<{ __typename?: 'SsoSignInProvider', id: string, displayName: string }> };

export type SsoProviderFieldsFragment = { __typename?: 'SsoProvider', id: string, protocol: SsoProtocol, displayName: string, enabled: boolean, emailClaim: string, nameClaim: string, groupsClaim?: string | null, defaultPermissionGroupIds: Array<string>, defaultTeamIds: Array<string>, trustProviderMfa: TrustProviderMfa, defaultAgentType: AgentType, callbackUrl: string, updatedAt: string, groupTeamMappings: Array<{ __typename?: 'SsoGroupTeamMapping', group: string, teamId: string }>, oidc?: { __typename?: 'OidcProviderConfig', issuer: string, clientId: string, clientSecretSet: boolean, scopes: string } | null, saml?: { __typename?: 'SamlProviderConfig', idpEntityId: string, ssoUrl: string, idpCertificates: Array<string>, metadataUrl?: string | null, nameIdFormat?: string | null, spEntityId: string, acsUrl: string, spMetadataUrl: string } | null };

export type SsoPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoPageQuery = { __typename?: 'Query', ssoProviders: Array<{ __typename?: 'SsoProvider', id: string, protocol: SsoProtocol, displayName: string, enabled: boolean, emailClaim: string, nameClaim: string, groupsClaim?: string | null, defaultPermissionGroupIds: Array<string>, defaultTeamIds: Array<string>, trustProviderMfa: TrustProviderMfa, defaultAgentType: AgentType, callbackUrl: string, updatedAt: string, groupTeamMappings: Array<{ __typename?: 'SsoGroupTeamMapping', group: string, teamId: string }>, oidc?: { __typename?: 'OidcProviderConfig', issuer: string, clientId: string, clientSecretSet: boolean, scopes: string } | null, saml?: { __typename?: 'SamlProviderConfig', idpEntityId: string, ssoUrl: string, idpCertificates: Array<string>, metadataUrl?: string | null, nameIdFormat?: string | null, spEntityId: string, acsUrl: string, spMetadataUrl: string } | null }>, teams: Array<{ __typename?: 'Team', id: string, name: string }>, permissionGroups: Array<{ __typename?: 'PermissionGroup', id: string, name: string }> };

export type CreateSsoProviderMutationVariables = Exact<{
  input: SsoProviderInput;
}>;


export type CreateSsoProviderMutation = { __typename?: 'Mutation', createSsoProvider: { __typename?: 'SsoProvider', id: string, protocol: SsoProtocol, displayName: string, enabled: boolean, emailClaim: string, nameClaim: string, groupsClaim?: string | null, defaultPermissionGroupIds: Array<string>, defaultTeamIds: Array<string>, trustProviderMfa: TrustProviderMfa, defaultAgentType: AgentType, callbackUrl: string, updatedAt: string, groupTeamMappings: Array<{ __typename?: 'SsoGroupTeamMapping', group: string, teamId: string }>, oidc?: { __typename?: 'OidcProviderConfig', issuer: string, clientId: string, clientSecretSet: boolean, scopes: string } | null, saml?: { __typename?: 'SamlProviderConfig', idpEntityId: string, ssoUrl: string, idpCertificates: Array<string>, metadataUrl?: string | null, nameIdFormat?: string | null, spEntityId: string, acsUrl: string, spMetadataUrl: string } | null } };

export type UpdateSsoProviderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SsoProviderInput;
}>;


export type UpdateSsoProviderMutation = { __typename?: 'Mutation', updateSsoProvider: { __typename?: 'SsoProvider', id: string, protocol: SsoProtocol, displayName: string, enabled: boolean, emailClaim: string, nameClaim: string, groupsClaim?: string | null, defaultPermissionGroupIds: Array<string>, defaultTeamIds: Array<string>, trustProviderMfa: TrustProviderMfa, defaultAgentType: AgentType, callbackUrl: string, updatedAt: string, groupTeamMappings: Array<{ __typename?: 'SsoGroupTeamMapping', group: string, teamId: string }>, oidc?: { __typename?: 'OidcProviderConfig', issuer: string, clientId: string, clientSecretSet: boolean, scopes: string } | null, saml?: { __typename?: 'SamlProviderConfig', idpEntityId: string, ssoUrl: string, idpCertificates: Array<string>, metadataUrl?: string | null, nameIdFormat?: string | null, spEntityId: string, acsUrl: string, spMetadataUrl: string } | null } };

export type DeleteSsoProviderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSsoProviderMutation = { __typename?: 'Mutation', deleteSsoProvider: boolean };

export type SsoSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoSettingsQuery = { __typename?: 'Query', ssoSettings: { __typename?: 'SsoSettings', ssoRequired: boolean, updatedAt?: string | null, updatedByName?: string | null, breakGlassAdmins: Array<{ __typename?: 'Agent', id: string }> }, agents: { __typename?: 'AgentConnection', edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string } }> } };

export type UpdateSsoSettingsMutationVariables = Exact<{
  input: SsoSettingsInput;
}>;


export type UpdateSsoSettingsMutation = { __typename?: 'Mutation', updateSsoSettings: { __typename?: 'SsoSettings', ssoRequired: boolean, updatedAt?: string | null, updatedByName?: string | null, breakGlassAdmins: Array<{ __typename?: 'Agent', id: string }> } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'Agent', id: string, name: string, email: string }>, organizations: Array<{ __typename?: 'Organization', id: string, name: string }> }> };

export type CreateTeamMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string, name: string } };

export type RenameTeamMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameTeamMutation = { __typename?: 'Mutation', renameTeam: { __typename?: 'Team', id: string, name: string } };

export type DeleteTeamMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTeamMutation = { __typename?: 'Mutation', deleteTeam: boolean };

export type SetTeamMembersMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  agentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetTeamMembersMutation = { __typename?: 'Mutation', setTeamMembers: { __typename?: 'Team', id: string, members: Array<{ __typename?: 'Agent', id: string, name: string, email: string }> } };

export type TeamMemberCandidatesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamMemberCandidatesQuery = { __typename?: 'Query', agents: { __typename?: 'AgentConnection', totalCount: number, edges: Array<{ __typename?: 'AgentEdge', node: { __typename?: 'Agent', id: string, name: string, email: string } }> } };

export type SetTeamOrganizationsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  organizationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetTeamOrganizationsMutation = { __typename?: 'Mutation', setTeamOrganizations: { __typename?: 'Team', id: string, organizations: Array<{ __typename?: 'Organization', id: string, name: string }> } };

export type TeamOrganizationCandidatesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamOrganizationCandidatesQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string } }> } };

export type MyTwoStepSignInQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoStepSignInQuery = { __typename?: 'Query', myTwoStepSignIn: { __typename?: 'TwoStepSignInStatus', enabled: boolean, methods: Array<SecondFactorMethod>, enabledAt?: string | null, recoveryCodesLeft: number, required: boolean } };

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrolmentMutation = { __typename?: 'Mutation', startTotpEnrolment: { __typename?: 'TotpEnrolment', secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpEnrolmentMutation = { __typename?: 'Mutation', confirmTotpEnrolment: { __typename?: 'RecoveryCodes', codes: Array<string> } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: { __typename?: 'RecoveryCodes', codes: Array<string> } };

export type DisableTwoStepSignInMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisableTwoStepSignInMutation = { __typename?: 'Mutation', disableTwoStepSignIn: boolean };

export type VerifySecondFactorMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifySecondFactorMutation = { __typename?: 'Mutation', verifySecondFactor: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type ResetSecondFactorMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type ResetSecondFactorMutation = { __typename?: 'Mutation', resetSecondFactor: { __typename?: 'Agent', id: string, twoStepSignIn?: boolean | null } };

export type SecuritySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecuritySettingsQuery = { __typename?: 'Query', securitySettings: { __typename?: 'SecuritySettings', twoStepSignInRequired: TwoStepRequirement, updatedAt?: string | null, updatedByName?: string | null } };

export type UpdateSecuritySettingsMutationVariables = Exact<{
  input: SecuritySettingsInput;
}>;


export type UpdateSecuritySettingsMutation = { __typename?: 'Mutation', updateSecuritySettings: { __typename?: 'SecuritySettings', twoStepSignInRequired: TwoStepRequirement, updatedAt?: string | null, updatedByName?: string | null } };

export type MyPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPasskeysQuery = { __typename?: 'Query', myPasskeys: Array<{ __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt?: string | null }> };

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyRegistrationMutation = { __typename?: 'Mutation', startPasskeyRegistration: string };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  name: Scalars['String']['input'];
  response: Scalars['String']['input'];
}>;


export type FinishPasskeyRegistrationMutation = { __typename?: 'Mutation', finishPasskeyRegistration: { __typename?: 'PasskeyRegistration', recoveryCodes?: Array<string> | null, passkey: { __typename?: 'Passkey', id: string, name: string } } };

export type RemovePasskeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePasskeyMutation = { __typename?: 'Mutation', removePasskey: boolean };

export type StartPasskeySecondStepMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeySecondStepMutation = { __typename?: 'Mutation', startPasskeySecondStep: string };

export type VerifyPasskeyMutationVariables = Exact<{
  response: Scalars['String']['input'];
}>;


export type VerifyPasskeyMutation = { __typename?: 'Mutation', verifyPasskey: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type StartPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeySignInMutation = { __typename?: 'Mutation', startPasskeySignIn: { __typename?: 'PasskeySignInRequest', requestId: string, options: string } };

export type FinishPasskeySignInMutationVariables = Exact<{
  requestId: Scalars['String']['input'];
  response: Scalars['String']['input'];
}>;


export type FinishPasskeySignInMutation = { __typename?: 'Mutation', finishPasskeySignIn: { __typename?: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, email: string, name: string, avatarUrl?: string | null, language: string, isAdmin: boolean, mustChangePassword: boolean, mustEnrolSecondFactor: boolean, effectivePermissions: Array<string> } } };

export type UserImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserImportQuery = { __typename?: 'Query', userImport?: { __typename?: 'UserImport', id: string, status: ImportStatus, dryRun: boolean, onError: ImportErrorMode, existing: ImportExistingMode, failure?: string | null, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, skippedCount: number, errorCount: number, rows: { __typename?: 'ImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowEdge', node: { __typename?: 'ImportRow', row: number, email?: string | null, action: ImportRowAction } }> }, errors: Array<{ __typename?: 'ImportRowError', row: number, column?: string | null, code: string, message: string, value?: string | null }> } | null };

export type UserImportRowsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type UserImportRowsQuery = { __typename?: 'Query', userImport?: { __typename?: 'UserImport', id: string, rows: { __typename?: 'ImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowEdge', node: { __typename?: 'ImportRow', row: number, email?: string | null, action: ImportRowAction } }> } } | null };

export const ChangeLogPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorAvatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<ChangeLogPageFieldsFragment, unknown>;
export const ImportJobViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}}]} as unknown as DocumentNode<ImportJobViewFragment, unknown>;
export const ImportRowPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRowPageFragment, unknown>;
export const ImportRowErrorViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowErrorView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<ImportRowErrorViewFragment, unknown>;
export const AgentPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<AgentPageFieldsFragment, unknown>;
export const KeptSelectionTestAgentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeptSelectionTestAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KeptSelectionTestAgentFragment, unknown>;
export const AgentSelectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentSelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgentSelectionFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const CrmAgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmSummary"}},{"kind":"Field","name":{"kind":"Name","value":"crmContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNoteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CrmAgentFieldsFragment, unknown>;
export const NotesPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotesPageFieldsFragment, unknown>;
export const CrmUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmUserFieldsFragment, unknown>;
export const UserCustomFieldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserCustomFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserCustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<UserCustomFieldFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const OutboxFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<OutboxFieldsFragment, unknown>;
export const PermissionGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionGroupFieldsFragment, unknown>;
export const PreferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<PreferenceFieldsFragment, unknown>;
export const SsoProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailClaim"}},{"kind":"Field","name":{"kind":"Name","value":"nameClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupTeamMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissionGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeamIds"}},{"kind":"Field","name":{"kind":"Name","value":"trustProviderMfa"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAgentType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpCertificates"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"nameIdFormat"}},{"kind":"Field","name":{"kind":"Name","value":"spEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"acsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"spMetadataUrl"}}]}}]}}]} as unknown as DocumentNode<SsoProviderFieldsFragment, unknown>;
export const AdminsAtAGlanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminsAtAGlance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isAdmin"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allAgents"},"name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminsAtAGlanceQuery, AdminsAtAGlanceQueryVariables>;
export const AgentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"destructive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<AgentPageQuery, AgentPageQueryVariables>;
export const UpdateAgentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<UpdateAgentPageMutation, UpdateAgentPageMutationVariables>;
export const DeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const AgentChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"AGENT"}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorAvatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<AgentChangeLogQuery, AgentChangeLogQueryVariables>;
export const AgentPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentPickerQuery, AgentPickerQueryVariables>;
export const CopyAgentSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyAgentSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceAgentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetAgentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sections"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentSettingsSection"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyAgentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceAgentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceAgentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetAgentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetAgentIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"sections"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sections"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<CopyAgentSettingsMutation, CopyAgentSettingsMutationVariables>;
export const SendPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendPasswordResetMutation, SendPasswordResetMutationVariables>;
export const SignOutAgentEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutAgentEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutAgentEverywhere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignOutAgentEverywhereMutation, SignOutAgentEverywhereMutationVariables>;
export const SetTemporaryPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTemporaryPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTemporaryPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isReportsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<SetTemporaryPasswordMutation, SetTemporaryPasswordMutationVariables>;
export const AgentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentsListQuery, AgentsListQueryVariables>;
export const AgentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsPageQuery, AgentsPageQueryVariables>;
export const AgentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgentOptionsQuery, AgentOptionsQueryVariables>;
export const CreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgentMutation, CreateAgentMutationVariables>;
export const DeleteAgentAvatarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgentAvatar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgentAvatar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}}]} as unknown as DocumentNode<DeleteAgentAvatarMutation, DeleteAgentAvatarMutationVariables>;
export const BulkUpdateAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUpdateAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUpdateAgentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUpdateAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BulkUpdateAgentsMutation, BulkUpdateAgentsMutationVariables>;
export const BulkInviteAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkInviteAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emails"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionGroupIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInviteAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emails"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emails"}}},{"kind":"Argument","name":{"kind":"Name","value":"isAdmin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissionGroupIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionGroupIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"agentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSeats"}}]}}]}}]} as unknown as DocumentNode<BulkInviteAgentsMutation, BulkInviteAgentsMutationVariables>;
export const AgentImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobView"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowErrorView"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowErrorView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<AgentImportQuery, AgentImportQueryVariables>;
export const AgentImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<AgentImportRowsQuery, AgentImportRowsQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditActorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorOptionsQuery, AuditActorOptionsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorMethods"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"helpdeskName"}},{"kind":"Field","name":{"kind":"Name","value":"inviterName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"ssoRequired"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const BusinessUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}}]}}]} as unknown as DocumentNode<BusinessUnitsQuery, BusinessUnitsQueryVariables>;
export const CreateBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}}]}}]} as unknown as DocumentNode<CreateBusinessUnitMutation, CreateBusinessUnitMutationVariables>;
export const RenameBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameBusinessUnitMutation, RenameBusinessUnitMutationVariables>;
export const DeleteBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBusinessUnitMutation, DeleteBusinessUnitMutationVariables>;
export const CrmSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crmSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamScopedUserVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]}}]} as unknown as DocumentNode<CrmSettingsQuery, CrmSettingsQueryVariables>;
export const AddressMapUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddressMapUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crmSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressMapUrl"}}]}}]}}]} as unknown as DocumentNode<AddressMapUrlQuery, AddressMapUrlQueryVariables>;
export const UpdateAddressMapUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAddressMapUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCrmSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"addressMapUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressMapUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateAddressMapUrlMutation, UpdateAddressMapUrlMutationVariables>;
export const UpdateCrmSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCrmSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrmSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCrmSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamScopedUserVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]}}]} as unknown as DocumentNode<UpdateCrmSettingsMutation, UpdateCrmSettingsMutationVariables>;
export const CrmTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmTeamsQuery, CrmTeamsQueryVariables>;
export const CrmAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CrmAgentsQuery, CrmAgentsQueryVariables>;
export const CrmAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmSummary"}},{"kind":"Field","name":{"kind":"Name","value":"crmContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNoteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CrmAgentQuery, CrmAgentQueryVariables>;
export const CrmUpdateAgentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateAgentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentCrmProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgentCrmProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmSummary"}},{"kind":"Field","name":{"kind":"Name","value":"crmContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNoteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUpdateAgentProfileMutation, CrmUpdateAgentProfileMutationVariables>;
export const CrmAddAgentNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmAddAgentNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"extraEmails"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmSummary"}},{"kind":"Field","name":{"kind":"Name","value":"crmContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crmNoteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CrmAddAgentNoteMutation, CrmAddAgentNoteMutationVariables>;
export const CrmAgentChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAgentChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"changeLog"},"name":{"kind":"Name","value":"agentCrmChangeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorAvatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<CrmAgentChangeLogQuery, CrmAgentChangeLogQueryVariables>;
export const CrmAgentNotesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAgentNotesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crmNoteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrmAgentNotesPageQuery, CrmAgentNotesPageQueryVariables>;
export const CrmDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CrmDeleteUserMutation, CrmDeleteUserMutationVariables>;
export const CrmCreateUsergroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateUsergroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUsergroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmCreateUsergroupMutation, CrmCreateUsergroupMutationVariables>;
export const CrmRenameUsergroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRenameUsergroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameUsergroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmRenameUsergroupMutation, CrmRenameUsergroupMutationVariables>;
export const CrmDeleteUsergroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmDeleteUsergroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUsergroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CrmDeleteUsergroupMutation, CrmDeleteUsergroupMutationVariables>;
export const CrmManageOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmManageOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmManageOrganizationsQuery, CrmManageOrganizationsQueryVariables>;
export const CrmRenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmRenameOrganizationMutation, CrmRenameOrganizationMutationVariables>;
export const CrmDeleteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmDeleteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CrmDeleteOrganizationMutation, CrmDeleteOrganizationMutationVariables>;
export const CrmUserFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUserFilesQuery, CrmUserFilesQueryVariables>;
export const CrmDeleteUserFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmDeleteUserFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrmDeleteUserFileMutation, CrmDeleteUserFileMutationVariables>;
export const CrmUserMergesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserMerges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUserId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoUntil"}},{"kind":"Field","name":{"kind":"Name","value":"undoable"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUserMergesQuery, CrmUserMergesQueryVariables>;
export const CrmUserDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmUserDuplicatesQuery, CrmUserDuplicatesQueryVariables>;
export const CrmMergeUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmMergeUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmMergeUsersMutation, CrmMergeUsersMutationVariables>;
export const CrmUndoUserMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUndoUserMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoUserMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmUndoUserMergeMutation, CrmUndoUserMergeMutationVariables>;
export const CrmUserActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"relatedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUserActivityQuery, CrmUserActivityQueryVariables>;
export const CrmMergeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMergeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmMergeSearchQuery, CrmMergeSearchQueryVariables>;
export const CrmMergeSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMergeSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrmMergeSourceQuery, CrmMergeSourceQueryVariables>;
export const CrmUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUsersQuery, CrmUsersQueryVariables>;
export const CrmUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmUserQuery, CrmUserQueryVariables>;
export const CrmOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmOrganizationsQuery, CrmOrganizationsQueryVariables>;
export const CrmUsergroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUsergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmUsergroupsQuery, CrmUsergroupsQueryVariables>;
export const CrmCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmCreateUserMutation, CrmCreateUserMutationVariables>;
export const CrmUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmUpdateUserMutation, CrmUpdateUserMutationVariables>;
export const CrmAddUserEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmAddUserEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUserEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmAddUserEmailMutation, CrmAddUserEmailMutationVariables>;
export const CrmRemoveUserEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRemoveUserEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUserEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmRemoveUserEmailMutation, CrmRemoveUserEmailMutationVariables>;
export const CrmSetPrimaryUserEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmSetPrimaryUserEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrimaryUserEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmSetPrimaryUserEmailMutation, CrmSetPrimaryUserEmailMutationVariables>;
export const CrmAddUserNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmAddUserNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUserNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"im"}},{"kind":"Field","name":{"kind":"Name","value":"twitter"}},{"kind":"Field","name":{"kind":"Name","value":"linkedin"}},{"kind":"Field","name":{"kind":"Name","value":"facebook"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoResponder"}},{"kind":"Field","name":{"kind":"Name","value":"usergroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CrmAddUserNoteMutation, CrmAddUserNoteMutationVariables>;
export const CrmCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmCreateOrganizationMutation, CrmCreateOrganizationMutationVariables>;
export const CrmUserChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"USER"}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogPageFields"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorAvatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<CrmUserChangeLogQuery, CrmUserChangeLogQueryVariables>;
export const CrmUserNotesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmUserNotesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUserNotesPageQuery, CrmUserNotesPageQueryVariables>;
export const UserCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserCustomFieldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserCustomFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserCustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<UserCustomFieldsQuery, UserCustomFieldsQueryVariables>;
export const CreateUserCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserCustomFieldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserCustomFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserCustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<CreateUserCustomFieldMutation, CreateUserCustomFieldMutationVariables>;
export const UpdateUserCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserCustomFieldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserCustomFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserCustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]} as unknown as DocumentNode<UpdateUserCustomFieldMutation, UpdateUserCustomFieldMutationVariables>;
export const DeleteUserCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUserCustomFieldMutation, DeleteUserCustomFieldMutationVariables>;
export const ReorderUserCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderUserCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderUserCustomFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderUserCustomFieldsMutation, ReorderUserCustomFieldsMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroupCount"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const RenameDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameDepartmentMutation, RenameDepartmentMutationVariables>;
export const DeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteAgentQuickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAgentQuick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InviteAgentQuickMutation, InviteAgentQuickMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SeatUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"lightSeats"}},{"kind":"Field","name":{"kind":"Name","value":"lightUsed"}},{"kind":"Field","name":{"kind":"Name","value":"lightAvailable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}}]}}]}}]} as unknown as DocumentNode<SeatUsageQuery, SeatUsageQueryVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const RetryOutboxMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
export const PermissionGroupsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionGroupsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"destructive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionGroupsPageQuery, PermissionGroupsPageQueryVariables>;
export const CreatePermissionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePermissionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPermissionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePermissionGroupMutation, CreatePermissionGroupMutationVariables>;
export const UpdatePermissionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePermissionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePermissionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePermissionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePermissionGroupMutation, UpdatePermissionGroupMutationVariables>;
export const DeletePermissionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePermissionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePermissionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePermissionGroupMutation, DeletePermissionGroupMutationVariables>;
export const PermissionGroupMemberCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionGroupMemberCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"permissionGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PermissionGroupMemberCountQuery, PermissionGroupMemberCountQueryVariables>;
export const PreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreferenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"defaultEmail"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBrowser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}}]} as unknown as DocumentNode<PreferencesQuery, PreferencesQueryVariables>;
export const UpdatePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreferenceFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"canEditOwnTicketNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOtherSessions"}}]}}]} as unknown as DocumentNode<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const ReadSamlMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadSamlMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"xml"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readSamlMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"xml"},"value":{"kind":"Variable","name":{"kind":"Name","value":"xml"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpCertificates"}},{"kind":"Field","name":{"kind":"Name","value":"nameIdFormat"}}]}}]}}]} as unknown as DocumentNode<ReadSamlMetadataMutation, ReadSamlMetadataMutationVariables>;
export const SsoSignInProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoSignInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoSignInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SsoSignInProvidersQuery, SsoSignInProvidersQueryVariables>;
export const SsoPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailClaim"}},{"kind":"Field","name":{"kind":"Name","value":"nameClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupTeamMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissionGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeamIds"}},{"kind":"Field","name":{"kind":"Name","value":"trustProviderMfa"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAgentType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpCertificates"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"nameIdFormat"}},{"kind":"Field","name":{"kind":"Name","value":"spEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"acsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"spMetadataUrl"}}]}}]}}]} as unknown as DocumentNode<SsoPageQuery, SsoPageQueryVariables>;
export const CreateSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailClaim"}},{"kind":"Field","name":{"kind":"Name","value":"nameClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupTeamMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissionGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeamIds"}},{"kind":"Field","name":{"kind":"Name","value":"trustProviderMfa"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAgentType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpCertificates"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"nameIdFormat"}},{"kind":"Field","name":{"kind":"Name","value":"spEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"acsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"spMetadataUrl"}}]}}]}}]} as unknown as DocumentNode<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>;
export const UpdateSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailClaim"}},{"kind":"Field","name":{"kind":"Name","value":"nameClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupsClaim"}},{"kind":"Field","name":{"kind":"Name","value":"groupTeamMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissionGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeamIds"}},{"kind":"Field","name":{"kind":"Name","value":"trustProviderMfa"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAgentType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idpEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpCertificates"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"nameIdFormat"}},{"kind":"Field","name":{"kind":"Name","value":"spEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"acsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"spMetadataUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>;
export const DeleteSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>;
export const SsoSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassAdmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isAdmin"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SsoSettingsQuery, SsoSettingsQueryVariables>;
export const UpdateSsoSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSsoSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SsoSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSsoSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassAdmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]}}]} as unknown as DocumentNode<UpdateSsoSettingsMutation, UpdateSsoSettingsMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const RenameTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameTeamMutation, RenameTeamMutationVariables>;
export const DeleteTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const SetTeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"agentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SetTeamMembersMutation, SetTeamMembersMutationVariables>;
export const TeamMemberCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMemberCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamMemberCandidatesQuery, TeamMemberCandidatesQueryVariables>;
export const SetTeamOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetTeamOrganizationsMutation, SetTeamOrganizationsMutationVariables>;
export const TeamOrganizationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamOrganizationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamOrganizationCandidatesQuery, TeamOrganizationCandidatesQueryVariables>;
export const MyTwoStepSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoStepSignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoStepSignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<MyTwoStepSignInQuery, MyTwoStepSignInQueryVariables>;
export const StartTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const DisableTwoStepSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoStepSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoStepSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<DisableTwoStepSignInMutation, DisableTwoStepSignInMutationVariables>;
export const VerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const ResetSecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetSecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoStepSignIn"}}]}}]}}]} as unknown as DocumentNode<ResetSecondFactorMutation, ResetSecondFactorMutationVariables>;
export const SecuritySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecuritySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoStepSignInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]}}]} as unknown as DocumentNode<SecuritySettingsQuery, SecuritySettingsQueryVariables>;
export const UpdateSecuritySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecuritySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecuritySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecuritySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoStepSignInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]}}]} as unknown as DocumentNode<UpdateSecuritySettingsMutation, UpdateSecuritySettingsMutationVariables>;
export const MyPasskeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<MyPasskeysQuery, MyPasskeysQueryVariables>;
export const StartPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeyRegistration"}}]}}]} as unknown as DocumentNode<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const RemovePasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const StartPasskeySecondStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeySecondStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeySecondStep"}}]}}]} as unknown as DocumentNode<StartPasskeySecondStepMutation, StartPasskeySecondStepMutationVariables>;
export const VerifyPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<VerifyPasskeyMutation, VerifyPasskeyMutationVariables>;
export const StartPasskeySignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]} as unknown as DocumentNode<StartPasskeySignInMutation, StartPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeySignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeySignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mustEnrolSecondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"}}]}}]} as unknown as DocumentNode<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;
export const UserImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobView"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowErrorView"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowErrorView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<UserImportQuery, UserImportQueryVariables>;
export const UserImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportRowPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportRowPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<UserImportRowsQuery, UserImportRowsQueryVariables>;