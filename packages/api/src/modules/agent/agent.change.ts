import { EntityManager } from 'typeorm';
import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS, mergeNotifications, unknownPermissions } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { parseIds } from '../../common/ids';
import { missingIds, replaceLinks, setText, unknownIdsMessage } from '../../common/relations';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { diffFields, FieldChange, recordChanges } from '../change-log/change-log.service';
import { accessText, DepartmentAccessRow, parseDepartmentAccess } from '../department/department-access';
import { AgentDepartment } from '../department/department.entity';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { unknownPermissionsMessage } from '../permission/permission.service';
import { Team, TeamMember } from '../team/team.entity';
import { Agent, AgentStatus, withSortKeys } from './agent.entity';
import type { CreateAgentInput, UpdateAgentInput } from './agent.inputs';
import {
  checkDisplayName, checkEmail, FieldCheck, isValidLanguage, isValidTimezone, mergeNotificationInput, optionalText, sanitizeSignature,
} from './agent.validation';

/** A validated change to one agent: scalar columns plus the link tables it replaces. */
export interface AgentChange {
  patch: Partial<Agent>;
  groupIds?: number[];
  teamIds?: number[];
  departments?: DepartmentAccessRow[];
}

export const ticketNotificationsOf = (a: Agent) => mergeNotifications(TICKET_NOTIFICATION_EVENTS, a.ticketNotificationSettings);
export const otherNotificationsOf = (a: Agent) => mergeNotifications(OTHER_NOTIFICATION_EVENTS, a.otherNotificationSettings);

type AgentInput = Partial<CreateAgentInput> & Partial<UpdateAgentInput>;

/** Validates an input against the current agent (null on create), naming every bad field at once. */
export async function buildAgentChange(em: EntityManager, input: AgentInput, current: Agent | null): Promise<AgentChange> {
  const fc = new FieldCheck();
  const patch: Partial<Agent> = {};
  const email = checkEmail(fc, 'email', input.email);
  if (email !== undefined) patch.email = email;
  if (input.name !== undefined) {
    const name = checkDisplayName(fc, 'name', input.name);
    fc.check(name.length > 0, 'name', 'must not be empty');
    patch.name = name;
  }
  for (const f of ['alias', 'phone', 'landlinePhone', 'mobilePhone', 'businessUnit'] as const) {
    const v = optionalText(input[f]);
    if (v !== undefined) patch[f] = v;
  }
  if (input.alias) checkDisplayName(fc, 'alias', input.alias);
  if (input.timezone !== undefined) {
    fc.check(isValidTimezone(input.timezone), 'timezone', 'is not a known time zone (use an IANA name such as Europe/London)');
    patch.timezone = input.timezone;
  }
  if (input.language !== undefined) {
    fc.check(isValidLanguage(input.language), 'language', 'is not a language tag such as en or pt-BR');
    patch.language = input.language;
  }
  if (input.extraEmails !== undefined) {
    const list = [...new Set(input.extraEmails.map((e, i) => checkEmail(fc, `extraEmails.${i}`, e)!))];
    patch.extraEmails = list.filter((e) => e !== (email ?? current?.email));
  }
  for (const f of ['isAdmin', 'isReportsAdmin', 'canEditOwnTicketNotifications'] as const) {
    if (input[f] !== undefined && input[f] !== null) patch[f] = input[f];
  }
  if (input.status) patch.status = input.status;
  if (input.signature !== undefined) patch.signature = sanitizeSignature(input.signature);
  if (input.permissions) {
    patch.permissions = [...new Set(input.permissions)];
    const unknown = unknownPermissions(patch.permissions);
    fc.check(!unknown.length, 'permissions', unknownPermissionsMessage(unknown));
  }
  const ticket = mergeNotificationInput(fc, 'ticketNotifications', TICKET_NOTIFICATION_EVENTS, current ? ticketNotificationsOf(current) : [], input.ticketNotifications);
  if (ticket) patch.ticketNotificationSettings = ticket;
  const other = mergeNotificationInput(fc, 'otherNotifications', OTHER_NOTIFICATION_EVENTS, current ? otherNotificationsOf(current) : [], input.otherNotifications);
  if (other) patch.otherNotificationSettings = other;
  const change: AgentChange = { patch };
  // Unknown ids are reported together with the field errors above, in one answer.
  if (input.permissionGroupIds) {
    change.groupIds = parseIds(input.permissionGroupIds, 'permissionGroupIds');
    const missing = await missingIds(em, PermissionGroup, change.groupIds);
    fc.check(!missing.length, 'permissionGroupIds', unknownIdsMessage(missing));
  }
  if (input.teamIds) {
    change.teamIds = parseIds(input.teamIds, 'teamIds');
    const missing = await missingIds(em, Team, change.teamIds);
    fc.check(!missing.length, 'teamIds', unknownIdsMessage(missing));
  }
  fc.throwIfAny();
  if (input.departments) change.departments = await parseDepartmentAccess(em, input.departments);
  return change;
}

export async function readLinks(em: EntityManager, agentId: number): Promise<Required<Omit<AgentChange, 'patch'>>> {
  const [groups, teams, departments] = await Promise.all([
    em.findBy(AgentPermissionGroup, { agentId }),
    em.findBy(TeamMember, { agentId }),
    em.findBy(AgentDepartment, { agentId }),
  ]);
  return {
    groupIds: groups.map((g) => g.groupId),
    teamIds: teams.map((t) => t.teamId),
    departments: departments.map((d) => ({ departmentId: d.departmentId, access: d.access })),
  };
}

const LOGGED_FIELDS = [
  'email', 'name', 'alias', 'phone', 'landlinePhone', 'mobilePhone', 'timezone', 'language', 'businessUnit', 'extraEmails',
  'isAdmin', 'isReportsAdmin', 'status', 'mustChangePassword', 'canEditOwnTicketNotifications', 'signature', 'permissions',
  'permissionGroups', 'teams', 'departments', 'ticketNotifications', 'otherNotifications',
] as const;

const DEFAULTS_NOT_LOGGED_ON_CREATE = new Set<string>(['status', 'canEditOwnTicketNotifications', 'ticketNotifications', 'otherNotifications']);

async function snapshot(em: EntityManager, agent: Agent): Promise<Record<(typeof LOGGED_FIELDS)[number], unknown>> {
  const links = await readLinks(em, agent.id);
  return {
    ...agent,
    extraEmails: setText(agent.extraEmails ?? []),
    permissions: setText(agent.permissions ?? []),
    permissionGroups: setText(links.groupIds),
    teams: setText(links.teamIds),
    departments: accessText(links.departments),
    ticketNotifications: ticketNotificationsOf(agent),
    otherNotifications: otherNotificationsOf(agent),
  };
}

async function writeLinks(em: EntityManager, agentId: number, change: AgentChange): Promise<void> {
  if (change.groupIds) await replaceLinks(em, AgentPermissionGroup, { agentId }, change.groupIds.map((groupId) => ({ agentId, groupId })));
  if (change.teamIds) await replaceLinks(em, TeamMember, { agentId }, change.teamIds.map((teamId) => ({ agentId, teamId })));
  if (change.departments) await replaceLinks(em, AgentDepartment, { agentId }, change.departments.map((d) => ({ agentId, ...d })));
}

/**
 * Applies a change to a stored agent (or a just-inserted one, with `created`), and writes one
 * change-log entry per field that really changed, all with the caller's transaction.
 */
export async function applyAgentChange(
  em: EntityManager, actor: Actor, agent: Agent, change: AgentChange, created = false,
): Promise<Agent> {
  const before = created ? {} : await snapshot(em, agent);
  if (Object.keys(change.patch).length) await em.update(Agent, agent.id, { ...withSortKeys(change.patch), updatedAt: new Date() });
  await writeLinks(em, agent.id, change);
  const updated = await em.findOneByOrFail(Agent, { id: agent.id });
  const after = await snapshot(em, updated);
  const entries: FieldChange[] = created ? [{ field: 'created', oldValue: null, newValue: updated.email }] : [];
  // A new agent's log names what was set, not every default it started with.
  const fields = created ? LOGGED_FIELDS.filter((f) => !DEFAULTS_NOT_LOGGED_ON_CREATE.has(f)) : LOGGED_FIELDS;
  entries.push(...diffFields(before, after, fields).filter((c) => !created || (c.newValue !== null && c.newValue !== '' && c.newValue !== false)));
  await recordChanges(em, actor, ChangeLogEntityType.AGENT, agent.id, entries);
  return updated;
}

export const isActiveAdmin = (a: Agent) => a.isAdmin && a.status === AgentStatus.ACTIVE;
