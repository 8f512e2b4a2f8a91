import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from '../user/user.entity';
import { lockVisibleUser } from '../user/user.scope';
import { PEOPLE } from '../user/user.permissions';
import { findUser } from '../user/user.service';
import { USER_LIMITS } from '../user/user.validation';
import { UserFile } from './user-file.entity';

export const MAX_USER_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_USER = USER_LIMITS.files;

// Programs and scripts are refused by name; everything else is stored and served only as an
// attachment with nosniff (an uploaded SVG or HTML is downloaded, never rendered).
const BLOCKED_EXTENSIONS = /\.(exe|msi|bat|cmd|com|scr|pif|vbs|vbe|js|jse|wsf|ps1|sh|jar|app|dll)$/i;
/** Types the browser is told; any other upload is served as application/octet-stream. */
const SERVED_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv']);

/** A safe file name: no path, no control or quote characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop()!.normalize('NFKC');
  const name = base
    .replace(/[\p{Cc}"<>|:*?]/gu, '_')
    .trim()
    .slice(0, 255);
  if (!name || name === '.' || name === '..') throw badInput({ file: 'needs a file name' });
  if (BLOCKED_EXTENSIONS.test(name)) throw badInput({ file: `${name} cannot be uploaded: programs and scripts are not allowed` });
  return name;
}

export const servedType = (contentType: string) => (SERVED_TYPES.has(contentType.toLowerCase()) ? contentType : 'application/octet-stream');

/** Checks before the upload is read: the user exists and the actor may edit users. */
export async function assertCanUpload(sc: ServiceContext, userId: string): Promise<number> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const user = await findUser(sc, userId);
  if (!user) throw notFound('User');
  await assertRoomForFile(sc, user.id);
  return user.id;
}

/** Refused at the limit. Checked before the upload is read, and again under the user's row lock when it is recorded. */
async function assertRoomForFile(sc: ServiceContext, userId: number): Promise<void> {
  const count = await sc.em.count(UserFile, { where: { userId } });
  if (count >= MAX_FILES_PER_USER) throw badInput({ file: `cannot be added: a user has at most ${MAX_FILES_PER_USER} files` });
}

/** Records a stored file on the user (the bytes are already in the storage under `storageKey`). */
export async function addUserFile(
  sc: ServiceContext,
  args: { userId: string; fileName: string; contentType: string; size: number; storageKey: string },
): Promise<UserFile> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  // Concurrent uploads each passed the first check: the count that decides is the one under the lock.
  await assertRoomForFile(sc, user.id);
  const now = sc.clock();
  const { identifiers } = await sc.em.insert(UserFile, {
    userId: user.id,
    fileName: args.fileName,
    contentType: args.contentType.slice(0, 100) || 'application/octet-stream',
    size: args.size,
    storageKey: args.storageKey,
    uploadedByName: sc.actor.name,
    createdAt: now,
  });
  await sc.em.update(User, user.id, { updatedAt: now });
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, [
    { field: 'fileAdded', oldValue: null, newValue: args.fileName },
  ]);
  return sc.em.findOneByOrFail(UserFile, { id: identifiers[0].id as number });
}

/** A file of a visible user, for download (people.view). */
export async function findUserFile(sc: ServiceContext, args: { userId: string; fileId: string }): Promise<UserFile> {
  const user = await findUser(sc, args.userId);
  const file = user ? await sc.em.findOneBy(UserFile, { id: parseId(args.fileId, 'fileId'), userId: user.id }) : null;
  if (!file) throw notFound('File');
  return file;
}

/** Removes the record; returns the storage key so that the edge deletes the bytes after the commit. */
export async function deleteUserFile(
  sc: ServiceContext,
  args: { userId: string; fileId: string },
): Promise<{ user: User; storageKey: string }> {
  await requirePermission(sc, PEOPLE.edit, 'editing users');
  const user = await lockVisibleUser(sc, args.userId, 'userId');
  const file = await sc.em.findOneBy(UserFile, { id: parseId(args.fileId, 'fileId'), userId: user.id });
  if (!file) throw notFound('File');
  await sc.em.delete(UserFile, file.id);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER, user.id, [
    { field: 'fileDeleted', oldValue: file.fileName, newValue: null },
  ]);
  return { user: await sc.em.findOneByOrFail(User, { id: user.id }), storageKey: file.storageKey };
}
