import { EntityManager } from 'typeorm';
import { ErrorCode } from '@roster/shared';
import { ChangeLogEntityType, FieldChange, recordChanges } from '../../common/change-log';
import { badInput, DomainError, FieldCheck, isUniqueViolation } from '../../common/errors';
import { chunks, inList } from '../../common/relations';
import { paddedIn } from '../../common/raw-rows';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User, UserEmail } from './user.entity';
import { inUserScope, lockVisibleUser, userScope } from './user.scope';
import { PEOPLE } from './user.permissions';
import { checkUserEmail, emailDomain, USER_LIMITS } from './user.validation';
import { syncUserWordList, syncUserWords } from './user.words';

/**
 * The CONFLICT for an address another user has: names that user and offers a merge, unless the
 * actor may not see that user (team-scoped visibility): then it is "another user", without id or name.
 */
async function emailTaken(sc: ServiceContext, address: string, field: string): Promise<DomainError> {
  const row = await sc.em.findOneBy(UserEmail, { address });
  const found = row ? await sc.em.findOneBy(User, { id: row.userId }) : null;
  const owner = found && inUserScope(await userScope(sc), found) ? found : null;
  const who = owner ? `user ${owner.id} (${owner.name})` : 'another user';
  return new DomainError(
    ErrorCode.CONFLICT,
    `${address} already belongs to ${who}: merge the two users (mergeUsers) to combine them`,
    { [field]: `already belongs to ${who}` },
    { existingUserId: owner ? String(owner.id) : null, existingUserName: owner?.name ?? null, suggestion: 'MERGE_USERS' },
  );
}

/**
 * Writes crm_user.primary_email of these users from their addresses: the primary one, else the
 * oldest (the order `emails` lists them in), null without any, and its copy on their words
 * (syncUserWordList). Every write of a user's addresses
 * or of which one is primary calls it afterwards, in its transaction (the users locked or just
 * inserted): fixed SQL text, the ids as parameters, one statement per chunk of users.
 */
export async function syncPrimaryEmail(em: EntityManager, userIds: number[]): Promise<void> {
  for (const part of chunks([...new Set(userIds)])) {
    // Padded (paddedIn), as syncUserWordList's: a few statement texts for any number of users.
    const ids = paddedIn(part);
    await em.query(
      'UPDATE crm_user SET primary_email = (SELECT e.address FROM user_email e WHERE e.user_id = crm_user.id ' +
        `ORDER BY e.is_primary DESC, e.id ASC LIMIT 1) WHERE id IN (${ids.sql})`,
      ids.params,
    );
  }
  await syncUserWordList(em, userIds);
}

/** Refuses addresses that another user already has (the first one found). */
export async function assertEmailsFree(sc: ServiceContext, addresses: string[], userId: number | null, field: (i: number) => string) {
  if (!addresses.length) return;
  const rows = await sc.em.findBy(UserEmail, { address: inList(addresses) });
  const other = rows.find((r) => r.userId !== userId);
  if (other) throw await emailTaken(sc, other.address, field(addresses.indexOf(other.address)));
}

/** Inserts addresses for a user; a concurrent insert of the same address is the same CONFLICT. */
export async function insertEmails(
  sc: ServiceContext,
  userId: number,
  addresses: string[],
  primary: string | null,
  field: (i: number) => string,
) {
  await assertEmailsFree(sc, addresses, userId, field);
  const now = sc.clock();
  try {
    await sc.em.insert(
      UserEmail,
      addresses.map((address) => ({ userId, address, domain: emailDomain(address), isPrimary: address === primary, createdAt: now })),
    );
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const rows = await sc.em.findBy(UserEmail, { address: inList(addresses) });
    const other = rows.find((r) => r.userId !== userId);
    throw await emailTaken(sc, other?.address ?? addresses[0], field(other ? addresses.indexOf(other.address) : 0));
  }
}

/** Validated, normalised addresses without repeats; each bad one is a field error under `field.i`. */
export function checkEmailList(fc: FieldCheck, list: readonly (string | null)[] | null | undefined, field: string): string[] {
  const out: string[] = [];
  (list ?? []).forEach((raw, i) => {
    const a = checkUserEmail(fc, `${field}.${i}`, raw);
    if (a && !out.includes(a)) out.push(a);
  });
  fc.check(!!list?.length, field, 'needs at least one address');
  fc.check((list?.length ?? 0) <= USER_LIMITS.emails, field, `must have at most ${USER_LIMITS.emails} addresses`);
  return out;
}

const emailsOf = (em: EntityManager, userId: number) => em.find(UserEmail, { where: { userId }, order: { id: 'ASC' } });

function parseAddress(raw: string, field = 'email'): string {
  const fc = new FieldCheck();
  const address = checkUserEmail(fc, field, raw);
  fc.throwIfAny();
  return address!;
}

async function touch(sc: ServiceContext, user: User): Promise<User> {
  await sc.em.update(User, user.id, { updatedAt: sc.clock() });
  return sc.em.findOneByOrFail(User, { id: user.id });
}

export async function addUserEmail(sc: ServiceContext, args: { userId: string; email: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const address = parseAddress(args.email);
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  const current = await emailsOf(sc.em, user.id);
  if (current.some((e) => e.address === address)) return user;
  if (current.length >= USER_LIMITS.emails) throw badInput({ email: `a user has at most ${USER_LIMITS.emails} addresses` });
  await insertEmails(sc, user.id, [address], null, () => 'email');
  await syncUserWords(sc.em, [user.id]);
  await syncPrimaryEmail(sc.em, [user.id]);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, [{ field: 'emails', oldValue: null, newValue: address }]);
  return touch(sc, user);
}

export async function removeUserEmail(sc: ServiceContext, args: { userId: string; email: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const address = parseAddress(args.email);
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  const current = await emailsOf(sc.em, user.id);
  const row = current.find((e) => e.address === address);
  if (!row) throw badInput({ email: 'is not an address of this user' });
  if (current.length === 1) throw badInput({ email: 'is the only address: a user needs at least one' });
  await sc.em.delete(UserEmail, row.id);
  await syncUserWords(sc.em, [user.id]);
  const changes: FieldChange[] = [{ field: 'emails', oldValue: address, newValue: null }];
  if (row.isPrimary) {
    // The oldest remaining address becomes primary.
    const next = current.find((e) => e.id !== row.id)!;
    await sc.em.update(UserEmail, next.id, { isPrimary: true });
    changes.push({ field: 'primaryEmail', oldValue: address, newValue: next.address });
  }
  await syncPrimaryEmail(sc.em, [user.id]);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, changes);
  return touch(sc, user);
}

export async function setPrimaryUserEmail(sc: ServiceContext, args: { userId: string; email: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const address = parseAddress(args.email);
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  const current = await emailsOf(sc.em, user.id);
  const row = current.find((e) => e.address === address);
  if (!row) throw badInput({ email: 'is not an address of this user: add it first' });
  if (row.isPrimary) return user;
  const old = current.find((e) => e.isPrimary);
  await sc.em.update(UserEmail, { userId: user.id }, { isPrimary: false });
  await sc.em.update(UserEmail, row.id, { isPrimary: true });
  await syncPrimaryEmail(sc.em, [user.id]);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, [
    { field: 'primaryEmail', oldValue: old?.address ?? null, newValue: address },
  ]);
  return touch(sc, user);
}
