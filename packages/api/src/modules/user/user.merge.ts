import { ErrorCode } from '@roster/shared';
import { ChangeLogEntityType, recordChanges, FieldChange } from '../../common/change-log';
import { appError, badInput, conflict, FieldCheck, notFound } from '../../common/errors';
import { checkId, parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { requirePermission } from '../permission/permission.check';
import { UserFile } from '../user-file/user-file.entity';
import { fillCustomValues, unfillCustomValues } from '../custom-field/custom-field.values';
import { User, UserEmail } from './user.entity';
import { MergeFilled, MovedKind, UserMerge, UserMergeMoved } from './user-merge.entity';
import { moveBack, moveOwned, recordedEmailsOf, recordedOne } from './user-merge.moved';
import { lockUsers } from './user.lock';
import { PEOPLE } from './user.permissions';
import { inUserScope, userScope } from './user.scope';
import { CONTACT_FIELDS, phoneKey, USER_LIMITS } from './user.validation';
import { syncPrimaryEmail } from './user.emails';
import { syncUserWords } from './user.words';

/** How long a merge can be undone. */
export const MERGE_UNDO_DAYS = 7;

/** Target fields that take the source's value when the target has none. */
const FILLABLE = [...CONTACT_FIELDS, 'organizationId'] as const;

const userLabel = (u: User) => `${u.name} (#${u.id})`;

/**
 * Merges `source` into `target` in one transaction: the source's emails (never primary on the
 * target), notes, files, usergroup memberships and change-log history move to the target, empty target
 * fields take the source's values, and the source is hidden (merged_into_id). What moved is stored
 * (rows of user_merge_moved, set-based: any amount of history) so that undoUserMerge can move it back within MERGE_UNDO_DAYS. Both rows are locked in id
 * order first, so concurrent merges of overlapping users run one after the other without deadlock
 * and the second sees what the first did (a source already merged is NOT_FOUND).
 */
export async function mergeUsers(sc: ServiceContext, args: { targetUserId: string; sourceUserId: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.merge, 'merging users');
  const fc = new FieldCheck();
  const targetId = checkId(fc, args.targetUserId, 'targetUserId');
  const sourceId = checkId(fc, args.sourceUserId, 'sourceUserId');
  fc.throwIfAny();
  if (targetId === sourceId) throw badInput({ sourceUserId: 'must be a different user than the target' });
  const locked = await lockUsers(sc.em, [targetId!, sourceId!]);
  const scope = await userScope(sc);
  // A user out of the actor's scope is NOT_FOUND like an absent one.
  const target = locked.find((u) => u.id === targetId && u.mergedIntoId === null && inUserScope(scope, u));
  const source = locked.find((u) => u.id === sourceId && u.mergedIntoId === null && inUserScope(scope, u));
  if (!target) throw notFound('Target user');
  if (!source) throw notFound('Source user');
  const { em } = sc;
  const now = sc.clock();

  const emails = await em.find(UserEmail, { where: { userId: source.id }, order: { id: 'ASC' } });
  // The target keeps within the per-user limits an upload or an added address is held to.
  const [targetEmails, sourceFiles, targetFiles] = await Promise.all([
    em.countBy(UserEmail, { userId: target.id }),
    em.countBy(UserFile, { userId: source.id }),
    em.countBy(UserFile, { userId: target.id }),
  ]);
  const limits = new FieldCheck();
  limits.check(
    targetEmails + emails.length <= USER_LIMITS.emails,
    'sourceUserId',
    `together the two users have ${targetEmails + emails.length} email addresses; a user has at most ${USER_LIMITS.emails}`,
  );
  limits.check(
    targetFiles + sourceFiles <= USER_LIMITS.files,
    'sourceUserId',
    `together the two users have ${targetFiles + sourceFiles} files; a user has at most ${USER_LIMITS.files}`,
  );
  limits.throwIfAny();
  const filled: MergeFilled = { fields: {}, customFields: {} };
  const patch: Partial<User> = {};
  for (const f of FILLABLE) {
    if ((target[f] === null || target[f] === '') && source[f] !== null) {
      (patch as Record<string, unknown>)[f] = source[f];
      filled.fields[f] = source[f] as string | number;
    }
  }
  if (patch.phone !== undefined) patch.phoneKey = phoneKey(patch.phone);
  if (source.isAutoResponder && !target.isAutoResponder) {
    patch.isAutoResponder = true;
    filled.fields.isAutoResponder = true;
  }
  const custom = await fillCustomValues(em, source.id, target.id);
  filled.customFields = custom.filled;
  const { identifiers } = await em.insert(UserMerge, {
    targetUserId: target.id,
    sourceUserId: source.id,
    sourceName: source.name,
    filled,
    actorName: sc.actor.name,
    createdAt: now,
    undoUntil: new Date(now.getTime() + MERGE_UNDO_DAYS * 86_400_000),
    undoneAt: null,
  });
  const mergeId = identifiers[0].id as number;

  // What moves is recorded first (rows of user_merge_moved), then exactly that moves.
  const primary = emails.find((e) => e.isPrimary);
  if (primary) await em.insert(UserMergeMoved, { mergeId, kind: MovedKind.PRIMARY_EMAIL, itemId: primary.id });
  await moveOwned(em, mergeId, source.id, target.id);
  await em.update(User, target.id, { ...patch, updatedAt: now });
  await em.update(User, source.id, { mergedIntoId: target.id, updatedAt: now });
  // The target's words gain the moved addresses; the hidden source has none.
  await syncUserWords(em, [target.id, source.id]);
  await syncPrimaryEmail(em, [target.id, source.id]);
  const filledLog: FieldChange[] = Object.entries(filled.fields).map(([field, v]) => ({ field, oldValue: null, newValue: v }));
  await recordChanges(em, sc.actor, ChangeLogEntityType.USER, target.id, [
    { field: 'merged', oldValue: null, newValue: `${userLabel(source)}, merge #${mergeId}` },
    ...emails.map((e) => ({ field: 'emails', oldValue: null, newValue: e.address })),
    ...filledLog,
    ...custom.changes,
  ]);
  await recordChanges(em, sc.actor, ChangeLogEntityType.USER, source.id, [
    { field: 'mergedInto', oldValue: null, newValue: `${userLabel(target)}, merge #${mergeId}` },
  ]);
  return em.findOneByOrFail(User, { id: target.id });
}

/** Moves back what a merge moved (what is still there), within MERGE_UNDO_DAYS; returns the source user again. */
export async function undoUserMerge(sc: ServiceContext, args: { mergeId: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.merge, 'merging users');
  const id = parseId(args.mergeId, 'mergeId');
  const { em } = sc;
  const peek = await em.findOneBy(UserMerge, { id });
  if (!peek) throw notFound('Merge');
  // The same lock order as a merge: both users by id, then the merge row is read again under them.
  const locked = await lockUsers(em, [peek.targetUserId, peek.sourceUserId]);
  // Both users must be in the actor's scope; otherwise the merge reads as absent.
  const scope = await userScope(sc);
  if (!locked.every((u) => inUserScope(scope, u))) throw notFound('Merge');
  const qb = em.createQueryBuilder(UserMerge, 'm').where('m.id = :id', { id });
  if (isMysql(em)) qb.setLock('pessimistic_write');
  const merge = (await qb.getOne())!;
  const now = sc.clock();
  if (merge.undoneAt) throw conflict('This merge has already been undone');
  if (merge.undoUntil.getTime() < now.getTime())
    throw appError(ErrorCode.CONFLICT, `A merge can be undone for ${MERGE_UNDO_DAYS} days; this one can no longer be undone`);
  const target = locked.find((u) => u.id === merge.targetUserId);
  const source = locked.find((u) => u.id === merge.sourceUserId);
  if (!target || target.mergedIntoId !== null) throw conflict('The merged user has since been deleted or merged again: undo that first');
  if (!source || source.mergedIntoId !== target.id) throw conflict('The source user no longer waits for this undo');
  const back = await recordedEmailsOf(em, merge.id, target.id);
  const remaining = await em.count(UserEmail, { where: { userId: target.id } });
  if (back.length && remaining - back.length < 1) throw conflict('Undoing would leave the merged user without an email address');
  // A user has at least one address: the source must get one back (its own were all moved).
  const sourceKept = await em.count(UserEmail, { where: { userId: source.id } });
  if (sourceKept + back.length < 1) {
    throw conflict(
      `Undoing would bring back ${userLabel(source)} without an email address: the addresses that moved with the merge ` +
        `have been removed from ${userLabel(target)} since, so this merge can no longer be undone`,
      { mergeId: 'would leave the unmerged user without an email address' },
    );
  }
  await moveBack(em, merge.id, target.id, source.id);
  // Filled fields go back to empty unless an agent has changed them since.
  const patch: Record<string, unknown> = {};
  for (const [f, v] of Object.entries(merge.filled.fields)) {
    if (f === 'isAutoResponder') patch[f] = false;
    else if ((target as unknown as Record<string, unknown>)[f] === v) patch[f] = null;
  }
  if ('phone' in patch) patch.phoneKey = null;
  const customBack = await unfillCustomValues(em, target.id, merge.filled.customFields);
  await em.update(User, target.id, { ...patch, updatedAt: now });
  await em.update(User, source.id, { mergedIntoId: null, updatedAt: now });
  await em.update(UserMerge, merge.id, { undoneAt: now });
  const primaryId = await recordedOne(em, merge.id, MovedKind.PRIMARY_EMAIL);
  if (primaryId !== null && back.some((e) => e.id === primaryId)) await em.update(UserEmail, primaryId, { isPrimary: true });
  for (const u of [target, source]) await ensurePrimary(sc, u.id);
  await syncUserWords(em, [target.id, source.id]);
  await syncPrimaryEmail(em, [target.id, source.id]);
  await recordChanges(em, sc.actor, ChangeLogEntityType.USER, target.id, [
    { field: 'mergeUndone', oldValue: `${userLabel(source)}, merge #${merge.id}`, newValue: null },
    ...back.map((e) => ({ field: 'emails', oldValue: e.address, newValue: null })),
    ...customBack,
  ]);
  await recordChanges(em, sc.actor, ChangeLogEntityType.USER, source.id, [
    { field: 'mergedInto', oldValue: `${userLabel(target)}, merge #${merge.id}`, newValue: null },
  ]);
  return em.findOneByOrFail(User, { id: source.id });
}

/** Exactly one primary address: the oldest when none is. */
async function ensurePrimary(sc: ServiceContext, userId: number): Promise<void> {
  const emails = await sc.em.find(UserEmail, { where: { userId }, order: { id: 'ASC' } });
  if (emails.length && !emails.some((e) => e.isPrimary)) await sc.em.update(UserEmail, emails[0].id, { isPrimary: true });
}

/** Merges into a user, newest first (the undo list of the record). */
export async function mergesInto(sc: ServiceContext, userId: number): Promise<UserMerge[]> {
  return sc.em.find(UserMerge, { where: { targetUserId: userId }, order: { id: 'DESC' }, take: 50 });
}
