import { EntityManager } from 'typeorm';
import { sortKey } from '@roster/shared';
import { ChangeLogEntityType, diffFields, EntityChanges, FieldChange, recordChangesMany } from '../../common/change-log';
import { insertOne, insertRows } from '../../common/insert-rows';
import { updateById } from '../../common/update-row';
import { chunks, inList, replaceLinksMany, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { Organization } from '../organization/organization.entity';
import { User, UserEmail } from '../user/user.entity';
import { lockUsers } from '../user/user.lock';
import { syncPrimaryEmail } from '../user/user.emails';
import { syncUserWordList, syncUserWords } from '../user/user.words';
import { NEW_USER_DEFAULTS, USER_LOGGED_FIELDS } from '../user/user.service';
import { emailDomain, phoneKey } from '../user/user.validation';
import { Usergroup, UserUsergroup } from '../usergroup/usergroup.entity';
import type { UserImportValues } from './user-import.rows';

// The write side of a user import: one chunk of valid rows, in the import's transaction. Users
// are inserted one statement each (their ids are needed and a multi-row INSERT does not tell
// them portably); addresses, usergroup links, organizations and the change log go in multi-row
// INSERTs (insertRows).

/** Organization ids by sortKey(name) for the rows' organizations, creating the missing ones. */
async function organizationIds(sc: ServiceContext, rows: readonly UserImportValues[]): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const r of rows) if (r.organization) names.set(sortKey(r.organization.name), r.organization.name);
  const find = async (em: EntityManager, keys: string[]) => {
    const ids = new Map<string, number>();
    for (const part of chunks(keys)) for (const o of await em.findBy(Organization, { nameKey: inList(part) })) ids.set(o.nameKey, o.id);
    return ids;
  };
  const ids = await find(sc.em, [...names.keys()]);
  const missing = [...names.keys()].filter((k) => !ids.has(k));
  if (!missing.length) return ids;
  const now = sc.clock();
  await insertRows(
    sc.em,
    Organization,
    ['name', 'nameKey', 'createdAt'],
    missing.map((k) => ({ name: names.get(k)!, nameKey: k, createdAt: now })),
  );
  const created = await find(sc.em, missing);
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.ORGANIZATION,
    missing.map((k) => ({ entityId: created.get(k)!, changes: [{ field: 'created', oldValue: null, newValue: names.get(k)! }] })),
  );
  for (const [k, id] of created) ids.set(k, id);
  return ids;
}

/** The contact columns and flags a row sets (only the columns the file has). */
function patchOf(v: UserImportValues): Partial<User> {
  const patch: Partial<User> = { name: v.name, nameKey: sortKey(v.name), ...(v.contact as Partial<User>) };
  if (v.contact.phone !== undefined) patch.phoneKey = phoneKey(v.contact.phone);
  if (v.isAutoResponder !== undefined) patch.isAutoResponder = v.isAutoResponder;
  return patch;
}

async function namesById<T extends { id: number; name: string }>(em: EntityManager, entity: new () => T, ids: Iterable<number>) {
  const list = [...new Set(ids)];
  const names = new Map<number, string>();
  for (const part of chunks(list)) for (const r of await em.findBy(entity, { id: inList(part) } as never)) names.set(r.id, r.name);
  return names;
}

/** The columns a new user row sets (each once: organizationId is also among the defaults). */
const USER_COLUMNS = [
  ...new Set<keyof User & string>([
    ...(Object.keys(NEW_USER_DEFAULTS) as (keyof User & string)[]),
    'name',
    'nameKey',
    'organizationId',
    'createdAt',
    'updatedAt',
  ]),
];

const emailRow = (userId: number, address: string, isPrimary: boolean, createdAt: Date) => ({
  userId,
  address,
  domain: emailDomain(address),
  isPrimary,
  createdAt,
});

/** Creates the users of one chunk (none of their addresses exists) with their addresses, usergroups and change log. */
export async function createImportedUsers(sc: ServiceContext, rows: readonly UserImportValues[]): Promise<void> {
  if (!rows.length) return;
  const { em } = sc;
  const now = sc.clock();
  const orgIds = await organizationIds(sc, rows);
  const groupNames = await namesById(
    em,
    Usergroup,
    rows.flatMap((r) => r.usergroupIds ?? []),
  );
  const ids: number[] = [];
  for (const v of rows) {
    const user: Partial<User> = {
      ...NEW_USER_DEFAULTS,
      ...patchOf(v),
      organizationId: v.organization ? orgIds.get(sortKey(v.organization.name))! : null,
      createdAt: now,
      updatedAt: now,
    };
    ids.push(await insertOne(em, User, USER_COLUMNS, user));
  }
  await insertRows(
    em,
    UserEmail,
    ['userId', 'address', 'domain', 'isPrimary', 'createdAt'],
    rows.flatMap((v, i) => v.emails.map((a, j) => emailRow(ids[i], a, j === 0, now))),
  );
  await syncUserWords(em, ids);
  await syncPrimaryEmail(em, ids);
  await insertRows(
    em,
    UserUsergroup,
    ['userId', 'usergroupId'],
    rows.flatMap((v, i) => (v.usergroupIds ?? []).map((usergroupId) => ({ userId: ids[i], usergroupId }))),
  );
  await recordChangesMany(
    em,
    sc.actor,
    ChangeLogEntityType.USER,
    rows.map((v, i) => {
      const changes: FieldChange[] = [{ field: 'created', oldValue: null, newValue: v.name }];
      if (v.organization) changes.push({ field: 'organization', oldValue: null, newValue: v.organization.name });
      if (v.usergroupIds?.length)
        changes.push({ field: 'usergroups', oldValue: null, newValue: setText(v.usergroupIds.map((g) => groupNames.get(g) ?? String(g))) });
      return { entityId: ids[i], changes };
    }),
  );
}

/**
 * Updates existing users from their rows: only the columns the file has and the cells that are
 * filled; addresses the user lacks are added (none is removed, the primary one stays).
 */
export async function updateImportedUsers(
  sc: ServiceContext,
  rows: readonly { userId: number; values: UserImportValues }[],
): Promise<void> {
  if (!rows.length) return;
  const { em } = sc;
  const now = sc.clock();
  const users = new Map(
    (
      await lockUsers(
        em,
        rows.map((r) => r.userId),
      )
    ).map((u) => [u.id, u]),
  );
  const orgIds = await organizationIds(
    sc,
    rows.map((r) => r.values),
  );
  const ids = rows.map((r) => r.userId);
  const owned = new Set<string>();
  const groupsBefore = new Map<number, number[]>(ids.map((id) => [id, []]));
  for (const part of chunks(ids)) {
    for (const e of await em.findBy(UserEmail, { userId: inList(part) })) owned.add(e.address);
    for (const l of await em.findBy(UserUsergroup, { userId: inList(part) })) groupsBefore.get(l.userId)!.push(l.usergroupId);
  }
  const orgNames = await namesById(
    em,
    Organization,
    [...users.values()].map((u) => u.organizationId).filter((id): id is number => id !== null),
  );
  const groupNames = await namesById(
    em,
    Usergroup,
    [...groupsBefore.values()].flat().concat(rows.flatMap((r) => r.values.usergroupIds ?? [])),
  );
  const newEmails: ReturnType<typeof emailRow>[] = [];
  const regrouped: number[] = [];
  const links: { userId: number; usergroupId: number }[] = [];
  const logged: EntityChanges[] = [];
  for (const { userId, values: v } of rows) {
    const user = users.get(userId)!;
    const patch = patchOf(v);
    const changes = diffFields<User>(user, patch, USER_LOGGED_FIELDS);
    if (v.organization) {
      const orgId = orgIds.get(sortKey(v.organization.name))!;
      if (orgId !== user.organizationId) {
        patch.organizationId = orgId;
        const old = user.organizationId === null ? null : (orgNames.get(user.organizationId) ?? null);
        changes.push({ field: 'organization', oldValue: old, newValue: v.organization.name });
      }
    }
    if (v.usergroupIds) {
      const before = groupsBefore.get(userId)!;
      if (setText(before) !== setText(v.usergroupIds)) {
        regrouped.push(userId);
        links.push(...v.usergroupIds.map((usergroupId) => ({ userId, usergroupId })));
        const names = (list: number[]) => (list.length ? setText(list.map((g) => groupNames.get(g) ?? String(g))) : null);
        changes.push({ field: 'usergroups', oldValue: names(before), newValue: names(v.usergroupIds) });
      }
    }
    for (const address of v.emails) {
      if (owned.has(address)) continue;
      owned.add(address);
      newEmails.push(emailRow(userId, address, false, now));
      changes.push({ field: 'emails', oldValue: null, newValue: address });
    }
    if (!changes.length) continue;
    await updateById(em, User, userId, { ...patch, updatedAt: now });
    logged.push({ entityId: userId, changes });
  }
  await insertRows(em, UserEmail, ['userId', 'address', 'domain', 'isPrimary', 'createdAt'], newEmails);
  // The users whose name or addresses changed (locked above).
  const addressed = new Set(newEmails.map((e) => e.userId));
  await syncUserWords(
    em,
    rows.filter((r) => addressed.has(r.userId) || users.get(r.userId)!.nameKey !== sortKey(r.values.name)).map((r) => r.userId),
  );
  // Added addresses are never primary; a user without any until now gets one.
  await syncPrimaryEmail(em, [...addressed]);
  // The list columns of the others (an organization, a name its sort key does not tell apart).
  await syncUserWordList(
    em,
    logged.map((l) => Number(l.entityId)).filter((id) => !addressed.has(id)),
  );
  if (regrouped.length) await replaceLinksMany(em, UserUsergroup, 'userId', regrouped, links);
  await recordChangesMany(em, sc.actor, ChangeLogEntityType.USER, logged);
}
