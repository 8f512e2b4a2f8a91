import { clampFirst, MAX_PAGE_SIZE } from '../../common/pagination';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import { agentActor, isApiToken } from '../../common/actor';
import { ChangeLogEntityType, FieldChange, recordChanges } from '../../common/change-log';
import { badInput, conflict, FieldCheck, forbidden, notFound, orConflict } from '../../common/errors';
import { parseId } from '../../common/ids';
import { checkExistingIds, inList, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { INVITATION_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { AgentEmailKind } from '../agent/agent-email.entity';
import { EMAIL_TAKEN, emailHolders, emailsTaken } from '../agent/agent-email';
import { Agent, AgentType, newAgentRow } from '../agent/agent.entity';
import { sendWelcomeEmail } from '../agent/agent.mail';
import { checkDisplayName, checkEmail, isValidLanguage } from '../agent/agent.validation';
import { AGENT_DEFAULTS } from '../agent/agent.change';
import { writeAgentChanges } from '../agent/agent.write';
import { groupsDenied, LIGHT_ADMIN_PROBLEM, lightGroupsProblem } from '../agent/agent.type-rules';
import { reserveSeats } from '../license/license.service';
import { invitationEmail } from '../mail/mail.templates';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { Invitation, InvitationStatus } from './invitation.entity';

/** PENDING past its expiry reads as EXPIRED; nothing has to run at the moment it expires. */
export const invitationStatus = (inv: Invitation, now = new Date()): InvitationStatus =>
  inv.storedStatus === InvitationStatus.PENDING && inv.expiresAt <= now ? InvitationStatus.EXPIRED : inv.storedStatus;

/** The newest `first` invitations (at most 100: accepted and revoked ones accumulate) of a status. */
export function listInvitations(
  sc: ServiceContext,
  { status, first }: { status?: InvitationStatus | null; first?: number | null },
): Promise<Invitation[]> {
  const { em } = sc;
  const now = sc.clock();
  const page = { order: { id: 'DESC' } as const, take: clampFirst(first ?? MAX_PAGE_SIZE) };
  switch (status) {
    case undefined:
    case null:
      return em.find(Invitation, page);
    case InvitationStatus.PENDING:
      return em.find(Invitation, { where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(now) }, ...page });
    case InvitationStatus.EXPIRED:
      return em.find(Invitation, {
        where: [{ storedStatus: InvitationStatus.PENDING, expiresAt: LessThanOrEqual(now) }, { storedStatus: InvitationStatus.EXPIRED }],
        ...page,
      });
    default:
      return em.find(Invitation, { where: { storedStatus: status }, ...page });
  }
}

/** Who the email says invited: an API token's owner, not the token (whose name means nothing to the invitee). */
const inviterName = (sc: ServiceContext) => (isApiToken(sc.actor) && sc.actor.agent ? sc.actor.agent.name : sc.actor.name);

/** Names of the teams and permission groups an invitation gives (those that still exist), sorted, for its email. */
export async function invitationNames(
  sc: ServiceContext,
  inv: Pick<Invitation, 'teamIds' | 'permissionGroupIds'>,
): Promise<{ teams: string[]; groups: string[] }> {
  const names = async (entity: typeof Team | typeof PermissionGroup, ids: number[]) =>
    ids.length
      ? (await sc.em.find(entity, { where: { id: inList(ids) }, select: { id: true, name: true } })).map((r) => r.name).sort(byName)
      : [];
  const [teams, groups] = await Promise.all([names(Team, inv.teamIds), names(PermissionGroup, inv.permissionGroupIds)]);
  return { teams, groups };
}
const byName = (a: string, b: string) => a.localeCompare(b);

/** Queues the invitation email; `names` (invitationNames) when the caller has them, as a bulk invite does. */
export async function queueInvitationEmail(
  sc: ServiceContext,
  inv: Invitation,
  token: string,
  names?: { teams: string[]; groups: string[] },
) {
  const msg = invitationEmail({
    inviteeName: inv.name,
    inviterName: inviterName(sc),
    acceptUrl: `${sc.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`,
    expiresAt: inv.expiresAt,
    isAdmin: inv.isAdmin,
    language: inv.language,
    ...(names ?? (await invitationNames(sc, inv))),
  });
  await sc.mail.enqueue(sc.em, { to: inv.email, ...msg });
}

export const expiry = (sc: ServiceContext) => new Date(sc.clock().getTime() + sc.config.invitationTtlDays * 86_400_000);

export interface NewInvitation {
  email: string;
  name: string | null;
  isAdmin: boolean;
  agentType: AgentType;
  language: string;
  teamIds: number[];
  permissionGroupIds: number[];
  /** The secret of the email link; only its hash is stored. */
  token: string;
}

/** The row of a new pending invitation (inserted by inviteAgent, or many at once by bulkInviteAgents). */
export function newInvitationRow(sc: ServiceContext, { token, ...fields }: NewInvitation): Omit<Invitation, 'id'> {
  return {
    ...fields,
    tokenHash: sha256(token),
    storedStatus: InvitationStatus.PENDING,
    invitedById: sc.actor.agent?.id ?? null,
    invitedByName: sc.actor.name,
    createdAt: sc.clock(),
    lastSentAt: sc.clock(),
    expiresAt: expiry(sc),
    acceptedAt: null,
    revokedAt: null,
  };
}

/** The change-log entries of a new invitation. */
export const invitedChanges = (inv: Invitation): FieldChange[] => [
  { field: 'invited', oldValue: null, newValue: inv.email },
  { field: 'isAdmin', oldValue: null, newValue: inv.isAdmin },
  { field: 'language', oldValue: null, newValue: inv.language },
  ...(inv.agentType === AgentType.LIGHT ? [{ field: 'agentType', oldValue: null, newValue: inv.agentType }] : []),
  { field: 'teams', oldValue: null, newValue: setText(inv.teamIds) },
  { field: 'permissionGroups', oldValue: null, newValue: setText(inv.permissionGroupIds) },
];

/** Where-clause of the invitations that are pending now (and so hold a seat). */
export const pendingNow = (sc: ServiceContext) => ({ storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(sc.clock()) });

async function assertInvitable(sc: ServiceContext, email: string): Promise<void> {
  const holder = (await emailHolders(sc.em, [email])).get(email);
  if (holder?.kind === AgentEmailKind.LOGIN) {
    throw conflict(`${email} already belongs to an agent`, { 'input.email': 'already belongs to an agent: they can sign in' });
  }
  if (holder) throw emailsTaken({ 'input.email': `${EMAIL_TAKEN} (as an extra email)` }, [email]);
  const pending = await sc.em.findOneBy(Invitation, { email, ...pendingNow(sc) });
  if (pending)
    throw conflict(`${email} already has a pending invitation`, { 'input.email': 'already has a pending invitation: resend it instead' });
}

/** What an invitation gives besides the address: the role, teams and permission groups (bulk invites share them). */
export interface InviteOptions {
  isAdmin?: boolean | null;
  /** The type of agent accepting creates; omitted: FULL. A LIGHT invitation holds a light seat, not a full one. */
  agentType?: AgentType | null;
  teamIds?: (string | number)[] | null;
  /** Omitted or null: group 1, All Permissions, like the quick invite. */
  permissionGroupIds?: (string | number)[] | null;
  /** The invitee's language tag; omitted or null: the inviting agent's (an API token's: its owner's). */
  language?: string | null;
}

export interface InviteAgentFields extends InviteOptions {
  email: string;
  name?: string | null;
}

export interface CheckedInviteOptions {
  isAdmin: boolean;
  agentType: AgentType;
  language: string;
  teamIds: number[];
  permissionGroupIds: number[];
}

/** Checks the options' ids into `fc` (fields `teamIds`, `permissionGroupIds` under its prefix); undefined when one is bad. */
export async function checkInviteOptions(
  sc: ServiceContext,
  fc: FieldCheck,
  input: InviteOptions,
): Promise<CheckedInviteOptions | undefined> {
  const agentType = input.agentType ?? AgentType.FULL;
  const light = agentType === AgentType.LIGHT;
  const teamIds = await checkExistingIds(fc, sc.em, Team, input.teamIds ?? [], 'teamIds');
  // A light agent starts with the light permissions only (agent.type-rules.ts), a full one with All Permissions.
  const groupIds = await checkExistingIds(
    fc,
    sc.em,
    PermissionGroup,
    input.permissionGroupIds ?? (light ? [] : [ALL_PERMISSIONS_GROUP_ID]),
    'permissionGroupIds',
  );
  if (light) {
    fc.check(!input.isAdmin, 'isAdmin', LIGHT_ADMIN_PROBLEM);
    const problem = groupIds && lightGroupsProblem(await groupsDenied(sc, groupIds), groupIds);
    fc.check(!problem, 'permissionGroupIds', problem || '');
  }
  const language = input.language ?? sc.actor.agent?.language ?? AGENT_DEFAULTS.language;
  // The column holds 16 characters, as the agent's does.
  fc.check(language.length <= 16 && isValidLanguage(language), 'language', 'is not a language tag such as en or pt-BR');
  return teamIds && groupIds ? { isAdmin: !!input.isAdmin, agentType, language, teamIds, permissionGroupIds: groupIds } : undefined;
}

/** An API token can never do more than its owner, and never make administrators. */
export function assertMayInviteAs(sc: ServiceContext, options: CheckedInviteOptions): void {
  if (options.isAdmin && isApiToken(sc.actor)) {
    throw forbidden('API tokens cannot invite administrators: sign in as an administrator to do this');
  }
}

export async function inviteAgent(sc: ServiceContext, { input }: { input: InviteAgentFields }): Promise<Invitation> {
  const { em, actor } = sc;
  const fc = new FieldCheck('input');
  const email = checkEmail(fc, 'email', input.email);
  const options = await checkInviteOptions(sc, fc, input);
  const name = input.name ? checkDisplayName(fc, 'name', input.name) || null : null;
  fc.check(!name || name.length <= 200, 'name', 'must be at most 200 characters');
  fc.throwIfAny();
  assertMayInviteAs(sc, options!);
  // The email is checked before the seat (a field error beats a license error) and again under
  // the license lock, where a concurrent invite or create of the same person is visible.
  await assertInvitable(sc, email!);
  await reserveSeats(sc, 1, undefined, options!.agentType);
  await assertInvitable(sc, email!);
  const token = newSecret(INVITATION_PREFIX);
  const { identifiers } = await em.insert(Invitation, newInvitationRow(sc, { email: email!, name, ...options!, token }));
  const inv = await em.findOneByOrFail(Invitation, { id: identifiers[0].id as number });
  await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, invitedChanges(inv));
  await queueInvitationEmail(sc, inv, token);
  return inv;
}

async function loadInvitation(sc: ServiceContext, id: unknown): Promise<Invitation> {
  const inv = await sc.em.findOneBy(Invitation, { id: parseId(id) });
  if (!inv) throw notFound('Invitation');
  return inv;
}

export async function resendInvitation(sc: ServiceContext, { id }: { id: string }): Promise<Invitation> {
  const inv = await loadInvitation(sc, id);
  const status = invitationStatus(inv, sc.clock());
  if (status !== InvitationStatus.PENDING && status !== InvitationStatus.EXPIRED) {
    throw conflict(`This invitation was ${status.toLowerCase()}; invite the person again instead`);
  }
  // An expired invitation held no seat, so bringing it back needs one.
  if (status === InvitationStatus.EXPIRED) await reserveSeats(sc, 1, undefined, inv.agentType);
  const token = newSecret(INVITATION_PREFIX);
  const expiresAt = expiry(sc);
  await sc.em.update(Invitation, inv.id, {
    tokenHash: sha256(token),
    expiresAt,
    lastSentAt: sc.clock(),
    storedStatus: InvitationStatus.PENDING,
  });
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.INVITATION, inv.id, [
    { field: 'resent', oldValue: inv.expiresAt, newValue: expiresAt },
  ]);
  const updated = await sc.em.findOneByOrFail(Invitation, { id: inv.id });
  await queueInvitationEmail(sc, updated, token);
  return updated;
}

export async function revokeInvitation(sc: ServiceContext, { id }: { id: string }): Promise<Invitation> {
  const inv = await loadInvitation(sc, id);
  const status = invitationStatus(inv, sc.clock());
  if (status === InvitationStatus.ACCEPTED) throw conflict('This invitation was already accepted; delete the agent instead');
  if (status !== InvitationStatus.REVOKED) {
    await sc.em.update(Invitation, inv.id, { storedStatus: InvitationStatus.REVOKED, revokedAt: sc.clock() });
    await recordChanges(sc.em, sc.actor, ChangeLogEntityType.INVITATION, inv.id, [
      { field: 'status', oldValue: status, newValue: InvitationStatus.REVOKED },
    ]);
  }
  return sc.em.findOneByOrFail(Invitation, { id: inv.id });
}

/** The pending invitation a token names; a field error naming `token` otherwise. */
export async function usableInvitation(sc: ServiceContext, { token }: { token: string }): Promise<Invitation> {
  const inv = await sc.em.findOneBy(Invitation, { tokenHash: sha256(token) });
  if (!inv || invitationStatus(inv, sc.clock()) !== InvitationStatus.PENDING) {
    throw badInput({ token: 'is invalid, was replaced by a newer invitation, or has expired' });
  }
  return inv;
}

/** Creates the agent the invitation describes (the password already hashed). The caller signs them in. */
export async function acceptInvitation(
  sc: ServiceContext,
  args: { token: string; name?: string | null; passwordHash: string },
): Promise<Agent> {
  return agentFromInvitation(sc, await usableInvitation(sc, args), args);
}

/** The pending invitation of an address (one at most: inviting again resends it), or null. */
export const pendingInvitationFor = (sc: ServiceContext, email: string) => sc.em.findOneBy(Invitation, { email, ...pendingNow(sc) });

/**
 * Fulfils a pending invitation: the agent it describes (type, role, teams, groups; the seat it
 * held), the invitation ACCEPTED, the Quick Start Guide sent. By acceptance with a password, or
 * (passwordHash null) by the person's first single sign-on with the invited address.
 */
export async function agentFromInvitation(
  sc: ServiceContext,
  inv: Invitation,
  args: { name?: string | null; passwordHash: string | null },
): Promise<Agent> {
  const { em } = sc;
  const hasAccount = () => conflict(`${inv.email} already has an account: sign in instead`, { email: 'already has an account' });
  const holder = (await emailHolders(em, [inv.email])).get(inv.email);
  if (holder?.kind === AgentEmailKind.LOGIN) throw hasAccount();
  // An agent took the address as an extra one since the invitation was sent.
  if (holder) throw emailsTaken({ email: EMAIL_TAKEN }, [inv.email]);
  // The invitation held a seat; accepting turns it into an agent (checked again in case the license shrank).
  await reserveSeats(sc, 1, async () => 1, inv.agentType);
  const agentName = args.name?.trim() || inv.name || inv.email.split('@')[0];
  const { identifiers } = await orConflict(
    em.insert(
      Agent,
      newAgentRow({
        email: inv.email,
        name: agentName,
        passwordHash: args.passwordHash,
        language: inv.language ?? AGENT_DEFAULTS.language,
      }),
    ),
    hasAccount,
  );
  const inserted = await em.findOneByOrFail(Agent, { id: identifiers[0].id as number });
  const asAgent: ServiceContext = { ...sc, actor: agentActor(inserted) };
  // Teams or groups deleted since the invitation was sent are dropped rather than failing the acceptance.
  const [teams, found] = await Promise.all([
    inv.teamIds.length ? em.findByIds(Team, inv.teamIds) : [],
    inv.permissionGroupIds.length ? em.findByIds(PermissionGroup, inv.permissionGroupIds) : [],
  ]);
  // A group that came to grant more than light agents may hold since a light invitation was sent is left out, as when converting.
  const denied =
    inv.agentType === AgentType.LIGHT
      ? await groupsDenied(
          sc,
          found.map((g) => g.id),
        )
      : null;
  const groups = denied ? found.filter((g) => !denied.get(g.id)?.denied.length) : found;
  const [agent] = await writeAgentChanges(
    asAgent,
    [
      {
        agent: inserted,
        change: {
          patch: { isAdmin: inv.isAdmin, type: inv.agentType },
          teamIds: teams.map((t) => t.id),
          groupIds: groups.map((g) => g.id),
        },
      },
    ],
    { created: true },
  );
  await em.update(Invitation, inv.id, { storedStatus: InvitationStatus.ACCEPTED, acceptedAt: sc.clock() });
  await recordChanges(em, asAgent.actor, ChangeLogEntityType.INVITATION, inv.id, [
    { field: 'status', oldValue: InvitationStatus.PENDING, newValue: InvitationStatus.ACCEPTED },
  ]);
  // Invited agents get the Quick Start Guide too, once they have an account (no password in it: they chose it).
  await sendWelcomeEmail(asAgent, agent, null);
  return agent;
}

/**
 * An admin created the agent directly while an invitation for the same email was pending: the
 * invitation is closed (revoked) and its seat goes to the new agent. Returns how many were closed.
 */
/** Revokes the person's pending invitations; returns how many of them held a seat of `type` (now free). */
export async function closePendingInvitationsFor(sc: ServiceContext, email: string, type: AgentType = AgentType.FULL): Promise<number> {
  const now = sc.clock();
  const pending = await sc.em.findBy(Invitation, { email, storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(now) });
  for (const inv of pending) {
    await sc.em.update(Invitation, inv.id, { storedStatus: InvitationStatus.REVOKED, revokedAt: now });
    await recordChanges(sc.em, sc.actor, ChangeLogEntityType.INVITATION, inv.id, [
      { field: 'status', oldValue: InvitationStatus.PENDING, newValue: `${InvitationStatus.REVOKED} (agent created directly)` },
    ]);
  }
  return pending.filter((inv) => inv.agentType === type).length;
}
