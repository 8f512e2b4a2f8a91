import { sortKey } from '@roster/shared';
import { ChangeLogEntityType, diffFields, FieldChange, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck, notFound } from '../../common/errors';
import { checkId, checkIds, parseId } from '../../common/ids';
import { lockRowsShared } from '../../common/lock-row';
import { checkExistingIds, inList, replaceLinks, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { Organization } from '../organization/organization.entity';
import { requirePermission } from '../permission/permission.check';
import { UserFile } from '../user-file/user-file.entity';
import { Usergroup, UserUsergroup } from '../usergroup/usergroup.entity';
import { checkCustomValues, CustomValueChange, writeCustomValues } from '../custom-field/custom-field.values';
import { Note, User } from './user.entity';
import { checkEmailList, insertEmails, syncPrimaryEmail } from './user.emails';
import { PEOPLE } from './user.permissions';
import { ActorUserScope, inUserScope, lockVisibleUser, scopeHasOrganization, userScope } from './user.scope';
import type { CreateUserFields, UpdateUserFields } from './user.types';
import { checkContact, checkUserName, CONTACT_FIELDS, phoneKey, USER_LIMITS } from './user.validation';
import { syncUserWordList, syncUserWords } from './user.words';

/** Fields whose changes the change log shows by value. */
export const USER_LOGGED_FIELDS: (keyof User & string)[] = ['name', ...CONTACT_FIELDS, 'isAutoResponder'];

/** A new user's columns before its own values (createUser, the CSV import). */
export const NEW_USER_DEFAULTS = {
  summary: null,
  phone: null,
  phoneKey: null,
  website: null,
  im: null,
  twitter: null,
  linkedin: null,
  facebook: null,
  address: null,
  timezone: null,
  language: null,
  isAutoResponder: false,
  organizationId: null,
  primaryEmail: null,
  mergedIntoId: null,
} satisfies Partial<User>;

interface UserChange {
  patch: Partial<User>;
  /** undefined: not given; null: no organization. */
  organization?: Organization | null;
  usergroupIds?: number[];
  customFields?: CustomValueChange[];
}

/** Validates an input (every bad field at once, paths under `input`); current is null on create. */
async function buildUserChange(sc: ServiceContext, input: UpdateUserFields, current: User | null): Promise<UserChange> {
  const fc = new FieldCheck('input');
  const scope = await userScope(sc);
  const patch: Partial<User> = {};
  if (input.name !== undefined || !current) {
    const name = checkUserName(fc, 'name', input.name);
    patch.name = name;
    patch.nameKey = sortKey(name);
  }
  Object.assign(patch, checkContact(fc, input));
  if (patch.phone !== undefined) patch.phoneKey = phoneKey(patch.phone);
  if (input.isAutoResponder !== undefined) {
    if (input.isAutoResponder === null && current) fc.check(false, 'isAutoResponder', 'must be true or false');
    else patch.isAutoResponder = !!input.isAutoResponder;
  }
  const change: UserChange = { patch };
  if (input.organizationId === null) change.organization = null;
  else if (input.organizationId !== undefined) {
    const orgId = checkId(fc, input.organizationId, 'organizationId');
    if (orgId !== undefined) {
      // Share-locked: an organization being deleted meanwhile is waited for, then read as unknown.
      // An organization outside a scoped agent's teams reads as unknown, as in their organization list.
      const inScope = scopeHasOrganization(scope, orgId);
      if (inScope) await lockRowsShared(sc.em, Organization, [orgId]);
      const org = inScope ? await sc.em.findOneBy(Organization, { id: orgId }) : null;
      if (fc.check(!!org, 'organizationId', 'unknown organization')) change.organization = org;
    }
  }
  checkKeepsInScope(fc, scope, change, current);
  if (input.usergroupIds !== undefined) {
    fc.check(
      (input.usergroupIds?.length ?? 0) <= USER_LIMITS.usergroups,
      'usergroupIds',
      `must have at most ${USER_LIMITS.usergroups} items`,
    );
    // Share-locked like the organization: a usergroup deleted meanwhile is an unknown id, not a foreign-key failure.
    await lockRowsShared(sc.em, Usergroup, checkIds(new FieldCheck(), input.usergroupIds ?? [], 'usergroupIds'));
    change.usergroupIds = await checkExistingIds(fc, sc.em, Usergroup, input.usergroupIds ?? [], 'usergroupIds');
  }
  change.customFields = await checkCustomValues(fc, sc.em, input.customFields);
  fc.throwIfAny();
  return change;
}

/** A scoped agent's users stay in their scope: a new user needs one of their organizations, and none can be removed. */
function checkKeepsInScope(fc: FieldCheck, scope: ActorUserScope, change: UserChange, current: User | null) {
  if (!scope) return;
  if (change.organization === null) fc.check(false, 'organizationId', "cannot be removed: you see only users of your teams' organizations");
  else if (!current && change.organization === undefined)
    fc.check(false, 'organizationId', "is required: you see only users of your teams' organizations");
}

const groupNames = async (sc: ServiceContext, ids: number[]) =>
  ids.length ? setText((await sc.em.findBy(Usergroup, { id: inList(ids) })).map((g) => g.name)) : null;

/** Writes a validated change, the user's search words and its change-log entries (same transaction). */
async function applyUserChange(sc: ServiceContext, user: User, change: UserChange, created: boolean): Promise<User> {
  const changes: FieldChange[] = created
    ? [{ field: 'created', oldValue: null, newValue: user.name }]
    : diffFields<User>(user, change.patch, USER_LOGGED_FIELDS);
  const patch: Partial<User> = { ...change.patch };
  if (change.organization !== undefined && (change.organization?.id ?? null) !== user.organizationId) {
    const old = user.organizationId ? await sc.em.findOneBy(Organization, { id: user.organizationId }) : null;
    patch.organizationId = change.organization?.id ?? null;
    changes.push({ field: 'organization', oldValue: old?.name ?? null, newValue: change.organization?.name ?? null });
  }
  if (change.usergroupIds) {
    const before = (await sc.em.findBy(UserUsergroup, { userId: user.id })).map((l) => l.usergroupId);
    if (setText(before) !== setText(change.usergroupIds)) {
      await replaceLinks(
        sc.em,
        UserUsergroup,
        { userId: user.id },
        change.usergroupIds.map((usergroupId) => ({ userId: user.id, usergroupId })),
      );
      changes.push({ field: 'usergroups', oldValue: await groupNames(sc, before), newValue: await groupNames(sc, change.usergroupIds) });
    }
  }
  changes.push(...(await writeCustomValues(sc.em, user.id, change.customFields)));
  if (!created && !changes.length) return user;
  await sc.em.update(User, user.id, { ...patch, updatedAt: sc.clock() });
  if (created || patch.nameKey !== undefined) await syncUserWords(sc.em, [user.id]);
  else if (patch.name !== undefined || patch.organizationId !== undefined) await syncUserWordList(sc.em, [user.id]);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, changes);
  return sc.em.findOneByOrFail(User, { id: user.id });
}

/** A live user by id, or null (merged-away users and users out of the actor's scope read as absent). */
export async function findUser(sc: ServiceContext, id: unknown): Promise<User | null> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const user = await sc.em.findOneBy(User, { id: parseId(id) });
  return user && user.mergedIntoId === null && inUserScope(await userScope(sc), user) ? user : null;
}

export async function createUser(sc: ServiceContext, { input }: { input: CreateUserFields }): Promise<User> {
  await requirePermission(sc, PEOPLE.create, 'creating users');
  const fc = new FieldCheck('input');
  const emails = checkEmailList(fc, input.emails, 'emails');
  let change: UserChange | undefined;
  try {
    change = await buildUserChange(sc, input, null);
  } catch (e) {
    // One answer names every bad field: the emails' and the rest.
    if (fc.ok) throw e;
    throw badInput({ ...fc.errors, ...((e as { fields?: Record<string, string> }).fields ?? {}) });
  }
  fc.throwIfAny();
  const now = sc.clock();
  const { identifiers } = await sc.em.insert(User, {
    ...NEW_USER_DEFAULTS,
    ...change.patch,
    name: change.patch.name!,
    nameKey: change.patch.nameKey!,
    createdAt: now,
    updatedAt: now,
  });
  const user = await sc.em.findOneByOrFail(User, { id: identifiers[0].id as number });
  await insertEmails(sc, user.id, emails, emails[0], (i) => `input.emails.${i}`);
  await syncPrimaryEmail(sc.em, [user.id]);
  return applyUserChange(sc, user, { ...change, patch: {} }, true);
}

export async function updateUser(sc: ServiceContext, args: { id: string; input: UpdateUserFields }): Promise<User> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  // Locked before it is read: concurrent edits of one user apply one after another.
  const user = await lockVisibleUser(sc, args.id);
  const change = await buildUserChange(sc, args.input, user);
  return applyUserChange(sc, user, change, false);
}

/**
 * Deletes a user with their emails, notes, files and memberships (destructive: people.delete).
 * Returns the storage keys of the deleted files: the edge removes the bytes after the commit.
 */
export async function deleteUser(sc: ServiceContext, args: { id: string }): Promise<{ storageKeys: string[] }> {
  await requirePermission(sc, PEOPLE.delete, 'deleting users');
  const user = await lockVisibleUser(sc, args.id);
  const merged = (await sc.em.find(User, { where: { mergedIntoId: user.id }, select: { id: true } })).map((u) => u.id);
  const files = await sc.em.find(UserFile, { where: { userId: inList([user.id, ...merged]) }, select: { storageKey: true } });
  // Users merged into this one go with it (their undo would have nothing to return to).
  if (merged.length) await sc.em.delete(User, { id: inList(merged) });
  await sc.em.delete(User, user.id);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, [{ field: 'deleted', oldValue: user.name, newValue: null }]);
  return { storageKeys: files.map((f) => f.storageKey) };
}

export async function addUserNote(sc: ServiceContext, args: { userId: string; text: string }): Promise<User> {
  await requirePermission(sc, PEOPLE.addNotes, 'adding notes');
  const text = (args.text ?? '').trim();
  if (!text) throw badInput({ text: 'must not be empty' });
  if (text.length > USER_LIMITS.note) throw badInput({ text: `must be at most ${USER_LIMITS.note} characters` });
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  const { actor } = sc;
  const now = sc.clock();
  await sc.em.insert(Note, {
    userId: user.id,
    text,
    authorKind: actor.kind,
    authorId: actor.kind === 'API_TOKEN' ? (actor.tokenId ?? null) : (actor.agent?.id ?? null),
    authorName: actor.name,
    createdAt: now,
  });
  await sc.em.update(User, user.id, { updatedAt: now });
  await recordChanges(sc.em, actor, ChangeLogEntityType.USER, user.id, [{ field: 'note', oldValue: null, newValue: text.slice(0, 200) }]);
  return sc.em.findOneByOrFail(User, { id: user.id });
}

export const requireUser = async (sc: ServiceContext, id: unknown) => {
  const u = await findUser(sc, id);
  if (!u) throw notFound('User');
  return u;
};
