import { ChangeLogEntityType, recordChangesMany } from '../../common/change-log';
import { MAX_USERGROUPS } from '../../common/list-limits';
import { namedEntityService } from '../../common/named-entity';
import { lockRow } from '../../common/lock-row';
import { chunks, inList, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User } from '../user/user.entity';
import { PEOPLE } from '../user/user.permissions';
import { Usergroup, UserUsergroup } from './usergroup.entity';

const named = namedEntityService(Usergroup, 'Usergroup', ChangeLogEntityType.USERGROUP, { max: MAX_USERGROUPS, plural: 'usergroups' });

/** Each member's usergroup names before and after `group` goes: the users' change-log entries. */
async function membershipChanges(sc: ServiceContext, group: Usergroup, userIds: number[]) {
  const names = new Map((await sc.em.find(Usergroup, { select: { id: true, name: true } })).map((g) => [g.id, g.name]));
  const groupsOf = new Map<number, string[]>();
  for (const part of chunks(userIds)) {
    for (const link of await sc.em.findBy(UserUsergroup, { userId: inList(part) })) {
      const list = groupsOf.get(link.userId) ?? [];
      list.push(names.get(link.usergroupId) ?? String(link.usergroupId));
      groupsOf.set(link.userId, list);
    }
  }
  return userIds.map((entityId) => {
    const before = groupsOf.get(entityId) ?? [group.name];
    const after = before.filter((n) => n !== group.name);
    return { entityId, changes: [{ field: 'usergroups', oldValue: setText(before), newValue: after.length ? setText(after) : null }] };
  });
}

export const usergroups = {
  load: named.load,
  async list(sc: ServiceContext): Promise<Usergroup[]> {
    await requirePermission(sc, PEOPLE.view, 'viewing users');
    return named.list(sc);
  },
  async create(sc: ServiceContext, args: { name: string }): Promise<Usergroup> {
    await requirePermission(sc, PEOPLE.manageUsergroups, 'managing usergroups');
    return named.create(sc, args);
  },
  async rename(sc: ServiceContext, args: { id: string; name: string }): Promise<Usergroup> {
    await requirePermission(sc, PEOPLE.manageUsergroups, 'managing usergroups');
    return named.rename(sc, args);
  },
  /**
   * Deletes a usergroup and its memberships; the users stay, and each member's change log says
   * which groups they were in before and after (same transaction, multi-row inserts).
   */
  async remove(sc: ServiceContext, args: { id: string }): Promise<boolean> {
    await requirePermission(sc, PEOPLE.manageUsergroups, 'managing usergroups');
    const group = await named.load(sc.em, args.id);
    // Locked first: a membership added meanwhile waits for this transaction (its foreign key), so the member list is complete.
    await lockRow(sc.em, Usergroup, group.id);
    const members = (await sc.em.find(UserUsergroup, { where: { usergroupId: group.id }, select: { userId: true } })).map((l) => l.userId);
    const changes = await membershipChanges(sc, group, members);
    await sc.em.delete(UserUsergroup, { usergroupId: group.id });
    for (const part of chunks(members)) await sc.em.update(User, { id: inList(part) }, { updatedAt: sc.clock() });
    await recordChangesMany(sc.em, sc.actor, ChangeLogEntityType.USER, changes);
    return named.remove(sc, group);
  },
};
