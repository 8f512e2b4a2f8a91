import { MAX_PHONES, OTHER_NOTIFICATION_EVENTS, PERMISSION_CATALOG, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { SCOPES } from '../../common/auth';
import { MAX_EXTRA_EMAILS } from '../../common/input-limits';
import { MAX_BUSINESS_UNITS, MAX_DEPARTMENTS, MAX_PERMISSION_GROUPS, MAX_TEAMS, MAX_USERGROUPS } from '../../common/list-limits';
import { SIGNATURE_MAX_BYTES } from '../../modules/agent';
import { AUDIT_VALUE_CHARS, MAX_AUDIT_DETAILS, MAX_CHANGES_PER_EVENT } from '../../modules/audit';
import { CUSTOM_FIELD_LIMITS } from '../../modules/custom-field';
import { USER_LIMITS } from '../../modules/user';
import { SSO_LIMITS } from '../../modules/sso';

// What the result-size estimate (query-cost.ts) multiplies by: the most items each list field without
// a `first` argument can return, from the same constants the services enforce on writes. A list field
// missing here and without `first` fails test/result-size.int-spec.ts.

const PERMISSIONS = PERMISSION_CATALOG.length;
const NOTIFICATIONS = TICKET_NOTIFICATION_EVENTS.length + OTHER_NOTIFICATION_EVENTS.length;

/**
 * Links between agents, teams, groups, departments and organizations: NOT yet a worst case. Each side
 * is capped (list-limits.ts), but an agent may be in every team and group, a group grant every
 * department, and a team hold every agent; those links are written by many paths (agent forms, bulk
 * edits, imports, copies, member editors) that cap no per-record count yet, and the worst-case
 * products (200 groups x 200 departments per agent) would refuse the SPA's own pages. Until per-record
 * caps exist these lists are estimated at 50 items (the former flat estimate), as are the agents and invitations a
 * bulk mutation returns (at most 1,000). Text size still counts in full.
 */
const RELATION_ESTIMATE = 50;

export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Agent.departments': RELATION_ESTIMATE,
  'Agent.effectiveDepartments': RELATION_ESTIMATE,
  'Agent.effectivePermissions': PERMISSIONS,
  'Agent.permissions': PERMISSIONS,
  'Agent.extraEmails': MAX_EXTRA_EMAILS,
  'Agent.phones': MAX_PHONES,
  'Agent.otherNotifications': NOTIFICATIONS,
  'Agent.ticketNotifications': NOTIFICATIONS,
  'Agent.permissionGroups': RELATION_ESTIMATE,
  'Agent.teams': RELATION_ESTIMATE,
  'ApiToken.scopes': SCOPES.length,
  'AuditEvent.changes': MAX_CHANGES_PER_EVENT,
  'BulkInviteResult.failed': RELATION_ESTIMATE,
  'BulkInviteResult.invited': RELATION_ESTIMATE,
  'Invitation.permissionGroups': RELATION_ESTIMATE,
  'Invitation.teams': RELATION_ESTIMATE,
  'Mutation.bulkUpdateAgents': RELATION_ESTIMATE,
  'Mutation.copyAgentSettings': RELATION_ESTIMATE,
  'Mutation.reorderUserCustomFields': CUSTOM_FIELD_LIMITS.fields,
  'Organization.teams': RELATION_ESTIMATE,
  'OutboxMessage.attachmentNames': 5,
  'PermissionGroup.departments': RELATION_ESTIMATE,
  'PermissionGroup.permissions': PERMISSIONS,
  'Query.businessUnits': MAX_BUSINESS_UNITS,
  'Query.departments': MAX_DEPARTMENTS,
  'Query.notificationCatalog': NOTIFICATIONS,
  'Query.permissionCatalog': PERMISSIONS,
  'Query.permissionGroups': MAX_PERMISSION_GROUPS,
  'Query.teams': MAX_TEAMS,
  'Query.ssoProviders': SSO_LIMITS.providers,
  'Query.ssoSignInProviders': SSO_LIMITS.providers,
  'SsoProvider.groupTeamMappings': SSO_LIMITS.groupMappings,
  'SsoProvider.defaultPermissionGroupIds': SSO_LIMITS.defaults,
  'SsoProvider.defaultTeamIds': SSO_LIMITS.defaults,
  'OidcProviderConfig.mfaAcrValues': SSO_LIMITS.mfaAcrValues,
  'SsoSettings.breakGlassAdmins': SSO_LIMITS.breakGlassAdmins,
  'Query.userCustomFields': CUSTOM_FIELD_LIMITS.fields,
  'Query.usergroups': MAX_USERGROUPS,
  'Team.members': RELATION_ESTIMATE,
  'Team.organizations': RELATION_ESTIMATE,
  'User.customFields': CUSTOM_FIELD_LIMITS.fields,
  'User.emails': USER_LIMITS.emails,
  'User.files': USER_LIMITS.files,
  'User.usergroups': USER_LIMITS.usergroups,
  'UserCustomField.options': CUSTOM_FIELD_LIMITS.options,
  'UserDuplicate.reasons': 2,
};

/** Characters a String field's value may hold, where that is more than STRING_CHARS. */
const PERMISSION_KEY = Math.max(...PERMISSION_CATALOG.map((p) => p.key.length));

export const TEXT_BOUNDS: Readonly<Record<string, number>> = {
  // Lists of catalogue keys, each item at most the longest key.
  'Agent.permissions': PERMISSION_KEY,
  'Agent.effectivePermissions': PERMISSION_KEY,
  'PermissionGroup.permissions': PERMISSION_KEY,
  'Note.text': USER_LIMITS.note,
  'ActivityItem.text': USER_LIMITS.note,
  // Change-log values hold whole field values: a signature at most.
  'ActivityItem.oldValue': SIGNATURE_MAX_BYTES,
  'ActivityItem.newValue': SIGNATURE_MAX_BYTES,
  'ChangeLogEntry.oldValue': SIGNATURE_MAX_BYTES,
  'ChangeLogEntry.newValue': SIGNATURE_MAX_BYTES,
  'Agent.signature': SIGNATURE_MAX_BYTES,
  'Agent.crmSummary': USER_LIMITS.summary,
  'User.summary': USER_LIMITS.summary,
  'User.address': USER_LIMITS.address,
  'User.website': USER_LIMITS.website,
  'User.linkedin': USER_LIMITS.linkedin,
  'User.facebook': USER_LIMITS.facebook,
  'AgentCrmContact.address': USER_LIMITS.address,
  'AgentCrmContact.website': USER_LIMITS.website,
  'AgentCrmContact.linkedin': USER_LIMITS.linkedin,
  'AgentCrmContact.facebook': USER_LIMITS.facebook,
  'UserCustomField.description': CUSTOM_FIELD_LIMITS.description,
  'UserCustomFieldValue.value': CUSTOM_FIELD_LIMITS.text,
  'AuditChangeEntry.oldValue': AUDIT_VALUE_CHARS,
  'AuditChangeEntry.newValue': AUDIT_VALUE_CHARS,
  'AuditEvent.details': MAX_AUDIT_DETAILS,
  'ImportRowError.message': 1000,
  'OutboxMessage.lastError': 1000,
  'AgentImport.failure': 1000,
  'UserImport.failure': 1000,
};

/** Characters assumed for any other String (names are at most 200, addresses 254). */
export const STRING_CHARS = 256;
