import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck, forbidden, orConflict } from '../../common/errors';
import { checkId, checkIds, parseId } from '../../common/ids';
import { unknownValues } from '../../common/quote-input';
import type { ServiceContext } from '../../common/service';
import { temporaryPassword } from '../../common/tokens';
import { assertPasswordOk, hashPassword } from '../auth/password';
import { closePendingInvitationsFor } from '../invitation/invitation.service';
import { reserveSeats } from '../license/license.service';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { effectivePermissions } from '../permission/permission.service';
import { linkRows } from './agent-links';
import { AgentChange, buildAgentChange } from './agent.change';
import { Agent, AgentType, newAgentRow } from './agent.entity';
import { lockAgent, lockAgents } from './agent.lock';
import { sendLoginEmailChangedNotice, sendWelcomeEmail } from './agent.mail';
import { AgentSettingsSection, CreateAgentFields, UpdateAgentFields } from './agent.types';
import { assertEmailsFree, EMAIL_TAKEN, emailsTaken } from './agent-email';
import { assertAdminsRemain, writeAgentChanges } from './agent.write';
import { TeamMember } from '../team/team.entity';
import { AgentDepartment } from '../department/department.entity';
import { inList } from '../../common/relations';

/** What an agent who is not an admin may change on their own record (Preferences). */
const SELF_EDITABLE = new Set([
  'name',
  'alias',
  'email',
  'phone',
  'landlinePhone',
  'mobilePhone',
  'phones',
  'timezone',
  'language',
  'signature',
  'ticketNotifications',
  'otherNotifications',
  'extraEmails',
]);

export interface Credentials {
  passwordHash: string;
  temporaryPassword: string | null;
}

/** Hashing is slow on purpose (argon2id): the edge does it before opening the transaction. */
export async function prepareCredentials(input: { password?: string | null }): Promise<Credentials> {
  if (input.password !== undefined && input.password !== null) {
    assertPasswordOk(input.password, 'input.password');
    return { passwordHash: await hashPassword(input.password), temporaryPassword: null };
  }
  const temp = temporaryPassword();
  return { passwordHash: await hashPassword(temp), temporaryPassword: temp };
}

/** Effective permissions (groups + direct) read inside the caller's transaction. */
async function permissionsOf(sc: ServiceContext, agent: Agent): Promise<string[]> {
  const links = await sc.em.findBy(AgentPermissionGroup, { agentId: agent.id });
  const groups = links.length ? await sc.em.findBy(PermissionGroup, { id: inList(links.map((l) => l.groupId)) }) : [];
  return effectivePermissions(groups, agent.permissions, agent.type);
}

export async function createAgent(sc: ServiceContext, input: CreateAgentFields, creds: Credentials) {
  const { em } = sc;
  const change = await buildAgentChange(em, input, null);
  const email = change.patch.email!;
  const wanted = { email, extraEmails: change.patch.extraEmails };
  await assertEmailsFree(em, wanted);
  // Seats are reserved under the license lock, which serialises agent creation: checking the email
  // again under it sees an agent that a concurrent request has just committed (READ COMMITTED).
  // A pending invitation for the same person holds a seat: the new agent takes it over. An update
  // claiming the address meanwhile is refused by the unique keys (agent.email, agent_email).
  const type = change.patch.type ?? AgentType.FULL;
  await reserveSeats(sc, 1, () => closePendingInvitationsFor(sc, email, type), type);
  await assertEmailsFree(em, wanted);
  const { identifiers } = await orConflict(
    em.insert(
      Agent,
      newAgentRow({
        email,
        name: change.patch.name!,
        mustChangePassword: input.forcePasswordChange !== false,
        // A password the agent must change is temporary: it expires (TEMPORARY_PASSWORD_TTL_DAYS).
        temporaryPasswordExpiresAt:
          input.forcePasswordChange !== false ? new Date(sc.clock().getTime() + sc.config.temporaryPasswordTtlDays * 86_400_000) : null,
        passwordHash: creds.passwordHash,
      }),
    ),
    () => emailsTaken({ 'input.email': EMAIL_TAKEN }, [email]),
  );
  const inserted = await em.findOneByOrFail(Agent, { id: identifiers[0].id as number });
  if (input.copySettingsFrom !== undefined && input.copySettingsFrom !== null) {
    const source = await em.findOneBy(Agent, { id: parseId(input.copySettingsFrom, 'input.copySettingsFrom') });
    if (!source) throw badInput({ 'input.copySettingsFrom': 'unknown agent' });
    mergeChange(change, await settingsFrom(sc, source, input.copySections ?? Object.values(AgentSettingsSection)));
  }
  // After the copy, so that the default does not count as groups the admin chose.
  // Light agents start with the light permissions only (agent.type-rules.ts).
  change.groupIds ??= type === AgentType.LIGHT ? [] : [ALL_PERMISSIONS_GROUP_ID];
  const [agent] = await writeAgentChanges(sc, [{ agent: inserted, change }], { created: true });
  if (input.sendWelcomeEmail !== false) await sendWelcomeEmail(sc, agent, creds.temporaryPassword);
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

/** Preferences: what an agent who is not an admin may change on their own record. */
async function assertSelfEditAllowed(sc: ServiceContext, agent: Agent, input: UpdateAgentFields): Promise<void> {
  if (sc.actor.agent?.id !== agent.id) throw forbidden('Only administrators can edit other agents');
  // currentPassword confirms a change; it is not one.
  const given = Object.keys(input).filter((k) => k !== 'currentPassword' && (input as Record<string, unknown>)[k] !== undefined);
  const denied = given.filter((k) => !SELF_EDITABLE.has(k));
  if (denied.length) throw forbidden(`Only administrators can change ${denied.join(', ')}`);
  const granted = new Set(await permissionsOf(sc, agent));
  // Other notifications are always the agent's own to set; the rest of Preferences needs permissions.
  const profileFields = given.filter((k) => k !== 'ticketNotifications' && k !== 'otherNotifications');
  if (profileFields.length && !granted.has('profile.edit_own')) {
    throw forbidden(`Your permissions do not include editing your own profile (${profileFields.join(', ')})`);
  }
  if (
    input.ticketNotifications !== undefined &&
    (!agent.canEditOwnTicketNotifications || !granted.has('profile.edit_own_ticket_notifications'))
  ) {
    throw forbidden('An administrator has turned off editing your own ticket notifications');
  }
}

/**
 * One's own login email changes only with one's current password (checked at the edge, which
 * says so with `passwordConfirmed`), and never through an API token (tokens never change
 * credentials); an account without a password cannot confirm, so only an administrator can change
 * its login. Administrators changing another agent need nothing.
 */
function assertEmailChangeConfirmed(sc: ServiceContext, agent: Agent, change: AgentChange, passwordConfirmed: boolean): void {
  if (change.patch.email === undefined || change.patch.email === agent.email || sc.actor.agent?.id !== agent.id) return;
  if (sc.actor.kind === 'API_TOKEN') throw forbidden('API tokens cannot change the login email of their creator: sign in to do this');
  if (passwordConfirmed) return;
  if (!agent.passwordHash) {
    throw badInput({ 'input.email': 'cannot be changed by you while your account has no password: ask an administrator' });
  }
  throw badInput({ 'input.currentPassword': 'is required to change your login email' });
}

export interface UpdateAgentArgs {
  id: string | number;
  input: UpdateAgentFields;
  /** The edge checked `input.currentPassword` against the acting agent's password (confirmOwnEmailChange). */
  passwordConfirmed?: boolean;
}

export async function updateAgent(sc: ServiceContext, { id, input, passwordConfirmed = false }: UpdateAgentArgs): Promise<Agent> {
  // Locked before it is read: concurrent edits of one agent apply one after another, none lost.
  const agent = await lockAgent(sc.em, id);
  if (!sc.actor.agent?.isAdmin) await assertSelfEditAllowed(sc, agent, input);
  const change = await buildAgentChange(sc.em, input, agent);
  assertEmailChangeConfirmed(sc, agent, change, passwordConfirmed);
  if (input.forcePasswordChange !== undefined && input.forcePasswordChange !== null)
    change.patch.mustChangePassword = input.forcePasswordChange;
  await assertEmailsFree(sc.em, { email: change.patch.email, extraEmails: change.patch.extraEmails }, agent.id);
  const [updated] = await writeAgentChanges(sc, [{ agent, change }]);
  if (updated.email !== agent.email) await sendLoginEmailChangedNotice(sc, { oldEmail: agent.email, agent: updated });
  return updated;
}

export async function deleteAgent(sc: ServiceContext, { id }: { id: string | number }): Promise<boolean> {
  const { em, actor } = sc;
  const agent = await lockAgent(em, id);
  if (actor.agent?.id === agent.id) throw forbidden('You cannot delete your own account');
  if (actor.kind === 'API_TOKEN' && agent.isAdmin)
    throw forbidden('API tokens cannot delete an administrator: sign in as an administrator to do this');
  if (agent.isAdmin && agent.status === 'ACTIVE') await assertAdminsRemain(sc, [agent.id]);
  // Links, sessions and the agent's API tokens go with it (foreign keys cascade); the change log stays.
  await em.delete(Agent, agent.id);
  await recordChanges(em, actor, ChangeLogEntityType.AGENT, agent.id, [
    { field: 'deleted', oldValue: `${agent.name} <${agent.email}>`, newValue: null },
  ]);
  return true;
}

/** The parts of `source` named by `sections`, as a change to apply to other agents. */
async function settingsFrom(sc: ServiceContext, source: Agent, sections: readonly AgentSettingsSection[]): Promise<AgentChange> {
  const S = AgentSettingsSection;
  const has = new Set(sections);
  const ids = [source.id];
  const [groups, teams, departments] = await Promise.all([
    has.has(S.PERMISSION_GROUPS) ? linkRows(sc.em, AgentPermissionGroup, ids) : undefined,
    has.has(S.TEAMS) ? linkRows(sc.em, TeamMember, ids) : undefined,
    has.has(S.DEPARTMENTS) ? linkRows(sc.em, AgentDepartment, ids) : undefined,
  ]);
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
    groupIds: groups?.get(source.id)!.map((l) => l.groupId),
    teamIds: teams?.get(source.id)!.map((l) => l.teamId),
    departments: departments?.get(source.id)!.map((d) => ({ departmentId: d.departmentId, access: d.access })),
  };
}

export interface CopySettingsArgs {
  sourceAgentId: string | number;
  targetAgentIds: readonly (string | number)[];
  sections: readonly AgentSettingsSection[];
}

/** Copies sections of one agent's settings onto many, in a constant number of statements. */
export async function copyAgentSettings(sc: ServiceContext, args: CopySettingsArgs): Promise<Agent[]> {
  const fc = new FieldCheck();
  fc.check(args.sections.length > 0, 'sections', 'choose at least one section');
  const sourceId = checkId(fc, args.sourceAgentId, 'sourceAgentId');
  const ids = checkIds(fc, args.targetAgentIds, 'targetAgentIds').filter((id) => id !== sourceId);
  fc.throwIfAny();
  const source = await sc.em.findOneBy(Agent, { id: sourceId });
  fc.check(!!source, 'sourceAgentId', 'unknown agent');
  fc.check(ids.length > 0, 'targetAgentIds', 'choose at least one agent other than the source');
  const targets = await lockAgents(sc.em, ids);
  const missing = ids.filter((id) => !targets.some((t) => t.id === id));
  fc.check(!missing.length, 'targetAgentIds', unknownValues('agent id', missing));
  fc.throwIfAny();
  const change = await settingsFrom(sc, source!, args.sections);
  const updated = await writeAgentChanges(
    sc,
    targets.map((agent) => ({ agent, change })),
  );
  const byId = new Map(updated.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)!);
}
