import { EntityManager } from 'typeorm';
import { BUILT_IN_GROUPS, PERMISSION_CATALOG, unknownPermissions } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { unknownValues } from '../../common/quote-input';
import { cleanName, orNameConflict, uniqueName } from '../../common/named-entity';
import { replaceLinks, setText } from '../../common/relations';
import { replaceMembers, withAgentLinkLog } from '../agent/agent-links';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { FieldChange, recordChanges } from '../change-log/change-log.service';
import { accessText, parseDepartmentAccess } from '../department/department-access';
import { GroupDepartment } from '../department/department.entity';
import { DepartmentAccessInput } from '../department/department.inputs';
import { AgentPermissionGroup, PermissionGroup } from './permission-group.entity';
import { PermissionGroupInput, UpdatePermissionGroupInput } from './permission.inputs';

const builtInById = new Map(BUILT_IN_GROUPS.map((g) => [g.id, g]));

/** Built-in groups derive their permissions from the catalogue; custom groups store theirs. */
export function groupPermissions(group: PermissionGroup): string[] {
  const builtIn = group.builtIn ? builtInById.get(group.id) : undefined;
  if (builtIn) return [...builtIn.permissions];
  const known = new Set(PERMISSION_CATALOG.map((p) => p.key));
  return (group.storedPermissions ?? []).filter((k) => known.has(k));
}

export function effectivePermissions(groups: PermissionGroup[], direct: string[]): string[] {
  const set = new Set(direct);
  for (const g of groups) for (const k of groupPermissions(g)) set.add(k);
  return PERMISSION_CATALOG.map((p) => p.key).filter((k) => set.has(k));
}

/** The field error for permission keys that are not in the catalogue. */
export const unknownPermissionsMessage = (unknown: string[]) => unknownValues('permission', unknown);

function validatePermissions(keys: string[] | undefined, field = 'permissions'): string[] {
  const list = [...new Set(keys ?? [])];
  const unknown = unknownPermissions(list);
  if (unknown.length) throw badInput({ [field]: unknownPermissionsMessage(unknown) });
  return list;
}

export const listGroups = (em: EntityManager) => em.find(PermissionGroup, { order: { id: 'ASC' } });

const groupNames = uniqueName(PermissionGroup, 'permission group', 'group');

/** Replaces members and/or department access; returns the group's change-log entries for what changed. */
async function setMembersAndDepartments(
  em: EntityManager, actor: Actor, groupId: number, memberIds?: string[], departments?: DepartmentAccessInput[],
): Promise<FieldChange[]> {
  const changes: FieldChange[] = [];
  if (memberIds) {
    const members = await replaceMembers(em, actor, 'permissionGroups', groupId, memberIds, 'memberIds');
    if (members) changes.push(members);
  }
  if (departments) {
    const rows = await parseDepartmentAccess(em, departments);
    const before = accessText(await em.findBy(GroupDepartment, { groupId }));
    await replaceLinks(em, GroupDepartment, { groupId }, rows.map((r) => ({ groupId, ...r })));
    if (accessText(rows) !== before) changes.push({ field: 'departments', oldValue: before, newValue: accessText(rows) });
  }
  return changes;
}

export async function createGroup(em: EntityManager, actor: Actor, input: PermissionGroupInput): Promise<PermissionGroup> {
  const name = cleanName(input.name);
  await groupNames.assertFree(em, name);
  let permissions = validatePermissions(input.permissions);
  let departments = input.departments;
  if (input.copyFromGroupId) {
    const source = await em.findOneBy(PermissionGroup, { id: parseId(input.copyFromGroupId, 'copyFromGroupId') });
    if (!source) throw badInput({ copyFromGroupId: 'unknown group' });
    if (!input.permissions) permissions = groupPermissions(source);
    if (!departments) {
      const rows = await em.findBy(GroupDepartment, { groupId: source.id });
      departments = rows.map((r) => ({ departmentId: String(r.departmentId), access: r.access }));
    }
  }
  const { identifiers } = await orNameConflict(
    em.insert(PermissionGroup, { name, builtIn: false, storedPermissions: permissions, createdAt: new Date() }), () => groupNames.taken(name));
  const id = identifiers[0].id as number;
  const linkChanges = await setMembersAndDepartments(em, actor, id, input.memberIds, departments);
  await recordChanges(em, actor, ChangeLogEntityType.PERMISSION_GROUP, id, [
    { field: 'created', oldValue: null, newValue: name },
    { field: 'permissions', oldValue: null, newValue: setText(permissions) },
    ...linkChanges,
  ]);
  return em.findOneByOrFail(PermissionGroup, { id });
}

async function loadCustomGroup(em: EntityManager, id: string): Promise<PermissionGroup> {
  const group = await em.findOneBy(PermissionGroup, { id: parseId(id) });
  if (!group) throw notFound('Permission group');
  if (group.builtIn) throw forbidden('Built-in permission groups cannot be edited or deleted; put agents in a custom group instead');
  return group;
}

export async function updateGroup(em: EntityManager, actor: Actor, id: string, input: UpdatePermissionGroupInput): Promise<PermissionGroup> {
  const group = await loadCustomGroup(em, id);
  const changes: FieldChange[] = [];
  const patch: Partial<PermissionGroup> = {};
  const name = input.name === undefined ? group.name : cleanName(input.name);
  if (name !== group.name) {
    await groupNames.assertFree(em, name, group.id);
    patch.name = name;
    changes.push({ field: 'name', oldValue: group.name, newValue: name });
  }
  if (input.permissions) {
    const permissions = validatePermissions(input.permissions);
    if (setText(permissions) !== setText(group.storedPermissions)) {
      patch.storedPermissions = permissions;
      changes.push({ field: 'permissions', oldValue: setText(group.storedPermissions), newValue: setText(permissions) });
    }
  }
  if (Object.keys(patch).length) await orNameConflict(em.update(PermissionGroup, group.id, patch), () => groupNames.taken(patch.name ?? group.name));
  changes.push(...(await setMembersAndDepartments(em, actor, group.id, input.memberIds, input.departments)));
  await recordChanges(em, actor, ChangeLogEntityType.PERMISSION_GROUP, group.id, changes);
  return em.findOneByOrFail(PermissionGroup, { id: group.id });
}

export async function deleteGroup(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  const group = await loadCustomGroup(em, id);
  const members = (await em.findBy(AgentPermissionGroup, { groupId: group.id })).map((l) => l.agentId);
  await withAgentLinkLog(em, actor, members, 'permissionGroups', () => em.delete(PermissionGroup, group.id));
  await recordChanges(em, actor, ChangeLogEntityType.PERMISSION_GROUP, group.id, [{ field: 'deleted', oldValue: group.name, newValue: null }]);
  return true;
}
