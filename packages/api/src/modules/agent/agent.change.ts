import { EntityManager } from 'typeorm';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS, mergeNotifications } from '@roster/shared';
import { FieldCheck } from '../../common/errors';
import { checkExistingIds } from '../../common/relations';
import { checkDepartmentAccess, DepartmentAccessRow } from '../department/department-access';
import { PermissionGroup } from '../permission/permission-group.entity';
import { checkPermissions } from '../permission/permission.service';
import { Team } from '../team/team.entity';
import { checkBusinessUnit } from '../business-unit/business-unit.lookup';
import { Agent, AgentStatus, AgentType } from './agent.entity';
import type { AgentFields } from './agent.types';
import { checkPhones } from './agent-phones';
import {
  checkDisplayName,
  checkEmail,
  isValidLanguage,
  isValidTimezone,
  mergeNotificationInput,
  optionalText,
  sanitizeSignature,
  SIGNATURE_MAX_BYTES,
} from './agent.validation';

/** A validated change to one agent: scalar columns plus the link tables it replaces. */
/** One agent (read with lockAgents, or just inserted) and the change to apply to it (agent.write.ts). */
export interface AgentWrite {
  agent: Agent;
  change: AgentChange;
}

export interface AgentChange {
  patch: Partial<Agent>;
  groupIds?: number[];
  teamIds?: number[];
  departments?: DepartmentAccessRow[];
}

export const ticketNotificationsOf = (a: Agent) => mergeNotifications(TICKET_NOTIFICATION_EVENTS, a.ticketNotificationSettings);
export const otherNotificationsOf = (a: Agent) => mergeNotifications(OTHER_NOTIFICATION_EVENTS, a.otherNotificationSettings);
/**
 * The agent CSV's Notifications summary (export and import, docs/csv.md): Yes when any ticket or other
 * notification is on by email or browser, No when every one is off (what "Notifications: No" sets).
 */
export const notificationsOn = (a: Agent) => [...ticketNotificationsOf(a), ...otherNotificationsOf(a)].some((s) => s.email || s.browser);

export const AGENT_DEFAULTS = { timezone: 'UTC', language: 'en', canEditOwnTicketNotifications: true } as const;

const TEXT_FIELDS = ['alias'] as const;
const FLAGS = ['isAdmin', 'isReportsAdmin'] as const;

/**
 * Validates an input against the current agent (null on create), naming every bad field at once
 * under `prefix` (`input.email`). `null` clears an optional field or resets it to its default;
 * on a field an agent cannot be without (email, name, admin flags, status) it is a field error.
 */
export async function buildAgentChange(
  em: EntityManager,
  input: AgentFields,
  current: Agent | null,
  prefix = 'input',
): Promise<AgentChange> {
  const fc = new FieldCheck(prefix);
  const patch: Partial<Agent> = {};
  const email = checkEmail(fc, 'email', input.email);
  if (email !== undefined) patch.email = email;
  if (input.name !== undefined) {
    const name = checkDisplayName(fc, 'name', input.name ?? '');
    if (fc.check(name.length > 0, 'name', 'must not be empty')) fc.check(name.length <= 200, 'name', 'must be at most 200 characters');
    patch.name = name;
  }
  for (const f of TEXT_FIELDS) {
    const v = optionalText(input[f]);
    if (v !== undefined) patch[f] = v;
  }
  const phones = checkPhones(fc, input, current?.phones ?? null);
  if (phones !== undefined) patch.phones = phones;
  if (input.alias) checkDisplayName(fc, 'alias', input.alias);
  if (input.timezone !== undefined) {
    const tz = input.timezone ?? AGENT_DEFAULTS.timezone;
    fc.check(isValidTimezone(tz), 'timezone', 'is not a known time zone (use an IANA name such as Europe/London)');
    patch.timezone = tz;
  }
  if (input.language !== undefined) {
    const lang = input.language ?? AGENT_DEFAULTS.language;
    fc.check(isValidLanguage(lang), 'language', 'is not a language tag such as en or pt-BR');
    patch.language = lang;
  }
  const extras = checkExtraEmails(fc, input.extraEmails, email ?? current?.email);
  if (extras !== undefined) patch.extraEmails = extras;
  // The login moves to one of the agent's own extra addresses: it is the login now, no longer an extra.
  else if (email !== undefined && current?.extraEmails?.includes(email)) patch.extraEmails = current.extraEmails.filter((e) => e !== email);
  for (const f of FLAGS) {
    // On create null means the default (false); on update it would have to mean "no access", so it is refused.
    if (input[f] === null && current) fc.check(false, f, 'must be true or false');
    else if (input[f] !== undefined) patch[f] = !!input[f];
  }
  if (input.canEditOwnTicketNotifications !== undefined) {
    patch.canEditOwnTicketNotifications = input.canEditOwnTicketNotifications ?? AGENT_DEFAULTS.canEditOwnTicketNotifications;
  }
  if (input.type === null && current) fc.check(false, 'type', 'must be FULL or LIGHT');
  else if (input.type !== undefined) patch.type = input.type ?? AgentType.FULL;
  if (input.status === null) fc.check(false, 'status', 'must be ACTIVE or DISABLED');
  else if (input.status !== undefined) patch.status = input.status;
  if (input.signature !== undefined) {
    patch.signature = sanitizeSignature(input.signature);
    const bytes = Buffer.byteLength(patch.signature ?? '', 'utf8');
    fc.check(
      bytes <= SIGNATURE_MAX_BYTES,
      'signature',
      `is too long once formatted (${bytes} bytes of HTML; at most ${SIGNATURE_MAX_BYTES})`,
    );
  }
  if (input.permissions !== undefined) patch.permissions = checkPermissions(fc, input.permissions, 'permissions');
  const ticket = mergeNotificationInput(
    fc,
    'ticketNotifications',
    TICKET_NOTIFICATION_EVENTS,
    current ? ticketNotificationsOf(current) : [],
    input.ticketNotifications,
  );
  if (ticket !== undefined) patch.ticketNotificationSettings = ticket;
  const other = mergeNotificationInput(
    fc,
    'otherNotifications',
    OTHER_NOTIFICATION_EVENTS,
    current ? otherNotificationsOf(current) : [],
    input.otherNotifications,
  );
  if (other !== undefined) patch.otherNotificationSettings = other;
  const unitId = await checkBusinessUnit(fc, em, input);
  if (unitId !== undefined) patch.businessUnitId = unitId;
  const change: AgentChange = { patch };
  // Unknown ids are reported together with the field errors above, in one answer. On create,
  // null groups mean the default (decided by the caller), as if omitted.
  if (input.permissionGroupIds !== undefined && !(input.permissionGroupIds === null && !current)) {
    change.groupIds = await checkExistingIds(fc, em, PermissionGroup, input.permissionGroupIds, 'permissionGroupIds');
  }
  if (input.teamIds !== undefined) change.teamIds = await checkExistingIds(fc, em, Team, input.teamIds, 'teamIds');
  if (input.departments !== undefined) change.departments = await checkDepartmentAccess(fc, em, input.departments ?? [], 'departments');
  fc.throwIfAny();
  return change;
}

/** Extra addresses, normalised: each valid, none the agent's login, none twice (each problem on its item). */
function checkExtraEmails(fc: FieldCheck, list: AgentFields['extraEmails'], login: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const extras: string[] = [];
  (list ?? []).forEach((raw, i) => {
    const field = `extraEmails.${i}`;
    const address = checkEmail(fc, field, raw ?? null);
    if (address === undefined || fc.errors[fc.path(field)]) return;
    if (fc.check(address !== login, field, "is this agent's login email") && fc.check(!extras.includes(address), field, 'is listed twice'))
      extras.push(address);
  });
  return extras;
}

export const isActiveAdmin = (a: Pick<Agent, 'isAdmin' | 'status'>) => a.isAdmin && a.status === AgentStatus.ACTIVE;
