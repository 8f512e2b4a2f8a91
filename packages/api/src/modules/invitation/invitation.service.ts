import { EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { agentActor } from '../../common/actor';
import type { Context } from '../../common/context';
import { inTransaction } from '../../db/data-source';
import { createSession } from '../auth/auth.service';
import { assertPasswordOk, hashPassword } from '../auth/password';
import { attemptKey, forgiveAttempt, takeAttempt } from '../auth/rate-limit';
import { badInput, conflict, notFound } from '../../common/errors';
import { parseId, parseIds } from '../../common/ids';
import { assertExist, setText } from '../../common/relations';
import { INVITATION_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { Agent, newAgentRow } from '../agent/agent.entity';
import { applyAgentChange } from '../agent/agent.change';
import { assertDisplayName, checkDisplayName, checkEmail, FieldCheck } from '../agent/agent.validation';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { recordChanges } from '../change-log/change-log.service';
import { reserveSeats } from '../license/license.service';
import { invitationEmail } from '../mail/mail.templates';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { Invitation, InvitationStatus } from './invitation.entity';
import type { InviteAgentInput } from './invitation.inputs';

/** PENDING past its expiry reads as EXPIRED; nothing has to run at the moment it expires. */
export const invitationStatus = (inv: Invitation, now = new Date()): InvitationStatus =>
  inv.storedStatus === InvitationStatus.PENDING && inv.expiresAt <= now ? InvitationStatus.EXPIRED : inv.storedStatus;

export function listInvitations(em: EntityManager, status?: InvitationStatus): Promise<Invitation[]> {
  const now = new Date();
  const order = { id: 'DESC' } as const;
  switch (status) {
    case undefined:
    case null:
      return em.find(Invitation, { order });
    case InvitationStatus.PENDING:
      return em.find(Invitation, { where: { storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(now) }, order });
    case InvitationStatus.EXPIRED:
      return em.find(Invitation, {
        where: [{ storedStatus: InvitationStatus.PENDING, expiresAt: LessThanOrEqual(now) }, { storedStatus: InvitationStatus.EXPIRED }],
        order,
      });
    default:
      return em.find(Invitation, { where: { storedStatus: status }, order });
  }
}

async function queueInvitationEmail(ctx: Context, em: EntityManager, inv: Invitation, token: string, inviterName: string) {
  const msg = invitationEmail({
    inviteeName: inv.name,
    inviterName,
    acceptUrl: `${ctx.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`,
    expiresAt: inv.expiresAt,
    isAdmin: inv.isAdmin,
  });
  await ctx.mailer.enqueue(em, { to: inv.email, ...msg });
}

const expiry = (ctx: Context) => new Date(Date.now() + ctx.config.invitationTtlDays * 86_400_000);

async function assertInvitable(em: EntityManager, email: string): Promise<void> {
  if (await em.findOne(Agent, { where: { email }, select: { id: true } })) {
    throw conflict(`${email} already belongs to an agent`, { email: 'already belongs to an agent: they can sign in' });
  }
  const pending = await em.findOneBy(Invitation, { email, storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(new Date()) });
  if (pending) throw conflict(`${email} already has a pending invitation`, { email: 'already has a pending invitation: resend it instead' });
}

export async function inviteAgent(ctx: Context, actor: Actor, input: InviteAgentInput, em: EntityManager): Promise<Invitation> {
  const fc = new FieldCheck();
  const email = checkEmail(fc, 'email', input.email)!;
  if (input.name) checkDisplayName(fc, 'name', input.name);
  fc.throwIfAny();
  const teamIds = parseIds(input.teamIds, 'teamIds');
  const groupIds = input.permissionGroupIds ? parseIds(input.permissionGroupIds, 'permissionGroupIds') : [ALL_PERMISSIONS_GROUP_ID];
  await assertExist(em, Team, teamIds, 'teamIds');
  await assertExist(em, PermissionGroup, groupIds, 'permissionGroupIds');
  // The email is checked before the seat (a field error beats a license error) and again under
  // the license lock, where a concurrent invite or create of the same person is visible.
  await assertInvitable(em, email);
  await reserveSeats(em, ctx.config.licenseSeats, 1);
  await assertInvitable(em, email);
  const token = newSecret(INVITATION_PREFIX);
  const { identifiers } = await em.insert(Invitation, {
    email, name: input.name?.trim() || null, isAdmin: !!input.isAdmin, teamIds, permissionGroupIds: groupIds,
    tokenHash: sha256(token), storedStatus: InvitationStatus.PENDING, invitedById: actor.agent?.id ?? null,
    invitedByName: actor.name, createdAt: new Date(), expiresAt: expiry(ctx), acceptedAt: null, revokedAt: null,
  });
  const inv = await em.findOneByOrFail(Invitation, { id: identifiers[0].id as number });
  await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, [
    { field: 'invited', oldValue: null, newValue: email },
    { field: 'isAdmin', oldValue: null, newValue: inv.isAdmin },
    { field: 'teams', oldValue: null, newValue: setText(teamIds) },
    { field: 'permissionGroups', oldValue: null, newValue: setText(groupIds) },
  ]);
  await queueInvitationEmail(ctx, em, inv, token, actor.name);
  return inv;
}

async function loadInvitation(em: EntityManager, id: string): Promise<Invitation> {
  const inv = await em.findOneBy(Invitation, { id: parseId(id) });
  if (!inv) throw notFound('Invitation');
  return inv;
}

export async function resendInvitation(ctx: Context, actor: Actor, id: string, em: EntityManager): Promise<Invitation> {
  const inv = await loadInvitation(em, id);
  const status = invitationStatus(inv);
  if (status !== InvitationStatus.PENDING && status !== InvitationStatus.EXPIRED) {
    throw conflict(`This invitation was ${status.toLowerCase()}; invite the person again instead`);
  }
  // An expired invitation held no seat, so bringing it back needs one.
  if (status === InvitationStatus.EXPIRED) await reserveSeats(em, ctx.config.licenseSeats, 1);
  const token = newSecret(INVITATION_PREFIX);
  const expiresAt = expiry(ctx);
  await em.update(Invitation, inv.id, { tokenHash: sha256(token), expiresAt, storedStatus: InvitationStatus.PENDING });
  await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, [{ field: 'resent', oldValue: inv.expiresAt, newValue: expiresAt }]);
  const updated = await em.findOneByOrFail(Invitation, { id: inv.id });
  await queueInvitationEmail(ctx, em, updated, token, actor.name);
  return updated;
}

export async function revokeInvitation(actor: Actor, id: string, em: EntityManager): Promise<Invitation> {
  const inv = await loadInvitation(em, id);
  const status = invitationStatus(inv);
  if (status === InvitationStatus.ACCEPTED) throw conflict('This invitation was already accepted; delete the agent instead');
  if (status !== InvitationStatus.REVOKED) {
    await em.update(Invitation, inv.id, { storedStatus: InvitationStatus.REVOKED, revokedAt: new Date() });
    await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, [{ field: 'status', oldValue: status, newValue: InvitationStatus.REVOKED }]);
  }
  return em.findOneByOrFail(Invitation, { id: inv.id });
}

async function usableInvitation(em: EntityManager, token: string): Promise<Invitation> {
  const inv = await em.findOneBy(Invitation, { tokenHash: sha256(token) });
  if (!inv || invitationStatus(inv) !== InvitationStatus.PENDING) {
    throw badInput({ token: 'is invalid, was replaced by a newer invitation, or has expired' });
  }
  return inv;
}

/**
 * The acceptInvitation mutation: cheap checks (attempts per IP, token) before the slow password
 * hash, so unauthenticated callers cannot burn CPU; then the agent and a session.
 */
export async function acceptInvitationAndSignIn(ctx: Context, token: string, name: string | undefined, password: string) {
  const attempt = await takeAttempt(ctx, [{ key: attemptKey('accept-ip', ctx.ip), max: ctx.config.loginMaxAttemptsPerIp }], 'invitation');
  await usableInvitation(ctx.ds.manager, token);
  assertDisplayName('name', name);
  assertPasswordOk(password);
  const passwordHash = await hashPassword(password);
  const agent = await inTransaction(ctx.ds, (em) => acceptInvitation(ctx, token, name, passwordHash, em));
  await forgiveAttempt(ctx, attempt);
  return { token: await createSession(ctx, agent), agent };
}

/** Creates the agent the invitation describes. The caller signs them in afterwards. */
export async function acceptInvitation(
  ctx: Context, token: string, name: string | undefined, passwordHash: string, em: EntityManager,
): Promise<Agent> {
  const inv = await usableInvitation(em, token);
  if (await em.findOne(Agent, { where: { email: inv.email }, select: { id: true } })) {
    throw conflict(`${inv.email} already has an account: sign in instead`, { email: 'already has an account' });
  }
  // The invitation held a seat; accepting turns it into an agent (checked again in case the license shrank).
  await reserveSeats(em, ctx.config.licenseSeats, 1, async () => 1);
  const agentName = name?.trim() || inv.name || inv.email.split('@')[0];
  const now = new Date();
  const { identifiers } = await em.insert(Agent, newAgentRow({ email: inv.email, name: agentName, passwordHash }));
  const inserted = await em.findOneByOrFail(Agent, { id: identifiers[0].id as number });
  const actor = agentActor(inserted);
  // Teams or groups deleted since the invitation was sent are dropped rather than failing the acceptance.
  const [teams, groups] = await Promise.all([
    inv.teamIds.length ? em.findByIds(Team, inv.teamIds) : [],
    inv.permissionGroupIds.length ? em.findByIds(PermissionGroup, inv.permissionGroupIds) : [],
  ]);
  const agent = await applyAgentChange(em, actor, inserted, {
    patch: { isAdmin: inv.isAdmin }, teamIds: teams.map((t) => t.id), groupIds: groups.map((g) => g.id),
  }, true);
  await em.update(Invitation, inv.id, { storedStatus: InvitationStatus.ACCEPTED, acceptedAt: now });
  await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, [{ field: 'status', oldValue: InvitationStatus.PENDING, newValue: InvitationStatus.ACCEPTED }]);
  return agent;
}

/**
 * An admin created the agent directly while an invitation for the same email was pending: the
 * invitation is closed (revoked) and its seat goes to the new agent. Returns how many were closed.
 */
export async function closePendingInvitationsFor(em: EntityManager, actor: Actor, email: string): Promise<number> {
  const pending = await em.findBy(Invitation, { email, storedStatus: InvitationStatus.PENDING, expiresAt: MoreThan(new Date()) });
  for (const inv of pending) {
    await em.update(Invitation, inv.id, { storedStatus: InvitationStatus.REVOKED, revokedAt: new Date() });
    await recordChanges(em, actor, ChangeLogEntityType.INVITATION, inv.id, [
      { field: 'status', oldValue: InvitationStatus.PENDING, newValue: `${InvitationStatus.REVOKED} (agent created directly)` },
    ]);
  }
  return pending.length;
}
