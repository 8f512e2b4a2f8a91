import { EntityManager, In, Not } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { requireActor, requireAdmin } from '../../common/auth';
import type { Context } from '../../common/context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { parseId, parseIds } from '../../common/ids';
import { unknownValues } from '../../common/quote-input';
import { temporaryPassword } from '../../common/tokens';
import { Session } from '../auth/auth.entity';
import { assertPasswordOk, hashPassword } from '../auth/password';
import { recordChanges } from '../change-log/change-log.service';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { closePendingInvitationsFor } from '../invitation/invitation.service';
import { reserveSeats } from '../license/license.service';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { effectivePermissions } from '../permission/permission.service';
import { sendWelcomeEmail } from './agent.mail';
import { Agent, AgentStatus, newAgentRow } from './agent.entity';
import { AgentSettingsSection, CreateAgentInput, UpdateAgentInput } from './agent.inputs';
import { AgentChange, applyAgentChange, buildAgentChange, isActiveAdmin, readLinks } from './agent.change';
import { assertEmailFree } from './agent.validation';

/** What an agent who is not an admin may change on their own record (Preferences). */
const SELF_EDITABLE = new Set([
  'name', 'alias', 'email', 'phone', 'landlinePhone', 'mobilePhone', 'timezone', 'language', 'signature',
  'ticketNotifications', 'otherNotifications', 'extraEmails',
]);

export interface Credentials {
  passwordHash: string;
  temporaryPassword: string | null;
}

/** Hashing is slow on purpose (argon2id): do it before opening the transaction. */
export async function prepareCredentials(input: { password?: string }): Promise<Credentials> {
  if (input.password !== undefined && input.password !== null) {
    assertPasswordOk(input.password);
    return { passwordHash: await hashPassword(input.password), temporaryPassword: null };
  }
  const temp = temporaryPassword();
  return { passwordHash: await hashPassword(temp), temporaryPassword: temp };
}

/** Effective permissions (groups + direct) read inside the caller's transaction. */
async function permissionsOf(em: EntityManager, agent: Agent): Promise<string[]> {
  const links = await em.findBy(AgentPermissionGroup, { agentId: agent.id });
  const groups = links.length ? await em.findBy(PermissionGroup, { id: In(links.map((l) => l.groupId)) }) : [];
  return effectivePermissions(groups, agent.permissions);
}

export async function loadAgent(em: EntityManager, id: string | number): Promise<Agent> {
  const agent = await em.findOneBy(Agent, { id: parseId(id) });
  if (!agent) throw notFound('Agent');
  return agent;
}

async function assertAnotherAdminRemains(em: EntityManager, agent: Agent): Promise<void> {
  const others = await em.count(Agent, { where: { isAdmin: true, status: AgentStatus.ACTIVE, id: Not(agent.id) } });
  if (others === 0) throw conflict('The helpdesk needs at least one active administrator', { isAdmin: 'is required on the last active administrator' });
}

export async function createAgent(ctx: Context, input: CreateAgentInput, creds: Credentials, em: EntityManager) {
  const actor = requireAdmin(ctx);
  const change = await buildAgentChange(em, input, null);
  await assertEmailFree(em, change.patch.email!);
  // reserveSeats takes the license row lock on MySQL, which serialises agent creation: checking again
  // under it sees an agent that a concurrent request has just committed (READ COMMITTED), so the loser
  // gets CONFLICT rather than a unique-index failure.
  // A pending invitation for the same person holds a seat: the new agent takes it over.
  await reserveSeats(em, ctx.config.licenseSeats, 1, () => closePendingInvitationsFor(em, actor, change.patch.email!));
  await assertEmailFree(em, change.patch.email!);
  const { identifiers } = await em.insert(Agent, newAgentRow({
    email: change.patch.email!, name: change.patch.name!, mustChangePassword: input.forcePasswordChange !== false, passwordHash: creds.passwordHash,
  }));
  const inserted = await em.findOneByOrFail(Agent, { id: identifiers[0].id as number });
  if (input.copySettingsFrom) {
    const source = await em.findOneBy(Agent, { id: parseId(input.copySettingsFrom, 'copySettingsFrom') });
    if (!source) throw badInput({ copySettingsFrom: 'unknown agent' });
    mergeChange(change, await settingsFrom(em, source, input.copySections ?? Object.values(AgentSettingsSection)));
  }
  // After the copy, so that the default does not count as groups the admin chose.
  change.groupIds ??= [ALL_PERMISSIONS_GROUP_ID];
  const agent = await applyAgentChange(em, actor, inserted, change, true);
  if (input.sendWelcomeEmail !== false) await sendWelcomeEmail(ctx, em, agent, creds.temporaryPassword);
  return { agent, temporaryPassword: creds.temporaryPassword };
}

/**
 * The form wins where the admin filled something in; copied sections fill the rest. Admin and
 * reports access default to false in the contract, so an unticked box cannot be told from an
 * omitted one: access is granted when either the form or the copied agent grants it.
 */
function mergeChange(target: AgentChange, copied: AgentChange): void {
  const form = target.patch;
  target.patch = { ...copied.patch, ...form };
  for (const f of ['isAdmin', 'isReportsAdmin'] as const) {
    if (copied.patch[f] !== undefined) target.patch[f] = !!form[f] || copied.patch[f];
  }
  target.groupIds ??= copied.groupIds;
  target.teamIds ??= copied.teamIds;
  target.departments ??= copied.departments;
}

export async function updateAgent(ctx: Context, id: string, input: UpdateAgentInput, em: EntityManager): Promise<Agent> {
  const actor = requireActor(ctx);
  const agent = await loadAgent(em, id);
  const given = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
  if (!actor.agent?.isAdmin) {
    if (actor.agent?.id !== agent.id) throw forbidden('Only administrators can edit other agents');
    const denied = given.filter((k) => !SELF_EDITABLE.has(k));
    if (denied.length) throw forbidden(`Only administrators can change ${denied.join(', ')}`);
    const granted = new Set(await permissionsOf(em, agent));
    // Other notifications are always the agent's own to set; the rest of Preferences needs permissions.
    const profileFields = given.filter((k) => k !== 'ticketNotifications' && k !== 'otherNotifications');
    if (profileFields.length && !granted.has('profile.edit_own')) {
      throw forbidden(`Your permissions do not include editing your own profile (${profileFields.join(', ')})`);
    }
    if (input.ticketNotifications && (!agent.canEditOwnTicketNotifications || !granted.has('profile.edit_own_ticket_notifications'))) {
      throw forbidden('An administrator has turned off editing your own ticket notifications');
    }
  }
  const change = await buildAgentChange(em, input, agent);
  if (input.forcePasswordChange !== undefined && input.forcePasswordChange !== null) change.patch.mustChangePassword = input.forcePasswordChange;
  if (change.patch.email && change.patch.email !== agent.email) await assertEmailFree(em, change.patch.email, agent.id);
  const losesAdmin = change.patch.isAdmin === false || change.patch.status === AgentStatus.DISABLED;
  if (isActiveAdmin(agent) && losesAdmin) await assertAnotherAdminRemains(em, agent);
  if (change.patch.status === AgentStatus.DISABLED && agent.status !== AgentStatus.DISABLED) {
    await em.delete(Session, { agentId: agent.id });
  }
  return applyAgentChange(em, actor, agent, change);
}

export async function deleteAgent(ctx: Context, id: string, em: EntityManager): Promise<boolean> {
  const actor = requireAdmin(ctx);
  const agent = await loadAgent(em, id);
  if (actor.agent?.id === agent.id) throw forbidden('You cannot delete your own account');
  if (isActiveAdmin(agent)) await assertAnotherAdminRemains(em, agent);
  // Links, sessions and the agent's API tokens go with it (foreign keys cascade); the change log stays.
  await em.delete(Agent, agent.id);
  await recordChanges(em, actor, ChangeLogEntityType.AGENT, agent.id, [{ field: 'deleted', oldValue: `${agent.name} <${agent.email}>`, newValue: null }]);
  return true;
}

/** The parts of `source` named by `sections`, as a change to apply to another agent. */
async function settingsFrom(em: EntityManager, source: Agent, sections: AgentSettingsSection[]): Promise<AgentChange> {
  const S = AgentSettingsSection;
  const has = new Set(sections);
  const links = await readLinks(em, source.id);
  const patch: Partial<Agent> = {};
  if (has.has(S.PERMISSIONS)) patch.permissions = [...source.permissions];
  if (has.has(S.TICKET_NOTIFICATIONS)) {
    patch.ticketNotificationSettings = source.ticketNotificationSettings;
    patch.canEditOwnTicketNotifications = source.canEditOwnTicketNotifications;
  }
  if (has.has(S.OTHER_NOTIFICATIONS)) patch.otherNotificationSettings = source.otherNotificationSettings;
  if (has.has(S.ADMIN_ACCESS)) patch.isAdmin = source.isAdmin;
  if (has.has(S.REPORTS_ACCESS)) patch.isReportsAdmin = source.isReportsAdmin;
  if (has.has(S.SIGNATURE)) patch.signature = source.signature;
  if (has.has(S.TIMEZONE)) patch.timezone = source.timezone;
  if (has.has(S.LANGUAGE)) patch.language = source.language;
  return {
    patch,
    groupIds: has.has(S.PERMISSION_GROUPS) ? links.groupIds : undefined,
    teamIds: has.has(S.TEAMS) ? links.teamIds : undefined,
    departments: has.has(S.DEPARTMENTS) ? links.departments : undefined,
  };
}

export async function copyAgentSettings(
  ctx: Context, sourceId: string, targetIds: string[], sections: AgentSettingsSection[], em: EntityManager,
): Promise<Agent[]> {
  const actor: Actor = requireAdmin(ctx);
  if (!sections.length) throw badInput({ sections: 'choose at least one section' });
  const source = await em.findOneBy(Agent, { id: parseId(sourceId, 'sourceAgentId') });
  if (!source) throw badInput({ sourceAgentId: 'unknown agent' });
  const ids = parseIds(targetIds, 'targetAgentIds').filter((id) => id !== source.id);
  if (!ids.length) throw badInput({ targetAgentIds: 'choose at least one agent other than the source' });
  const targets = await em.findBy(Agent, { id: In(ids) });
  const missing = ids.filter((id) => !targets.some((t) => t.id === id));
  if (missing.length) throw badInput({ targetAgentIds: unknownValues('agent id', missing) });
  const change = await settingsFrom(em, source, sections);
  const result: Agent[] = [];
  for (const target of targets) {
    if (isActiveAdmin(target) && change.patch.isAdmin === false) await assertAnotherAdminRemains(em, target);
    result.push(await applyAgentChange(em, actor, target, { ...change, patch: { ...change.patch } }));
  }
  return result;
}
