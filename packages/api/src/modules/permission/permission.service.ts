import { assertRoomFor, MAX_PERMISSION_GROUPS } from '../../common/list-limits';
import { agentTypeAllows, BUILT_IN_GROUPS, PERMISSION_CATALOG, unknownPermissions } from '@roster/shared';
import { ChangeLogEntityType, FieldChange, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck, forbidden, notFound, orConflict } from '../../common/errors';
import { checkId, parseId } from '../../common/ids';
import { uniqueName } from '../../common/named-entity';
import { replaceLinks, setText } from '../../common/relations';
import { unknownValues } from '../../common/quote-input';
import type { ServiceContext } from '../../common/service';
import { replaceMembers, withAgentLinkLog } from '../agent/agent-links';
import { accessText, checkDepartmentAccess, DepartmentAccessRow, DepartmentAccessValue } from '../department/department-access';
import { GroupDepartment } from '../department/department.entity';
import { AgentPermissionGroup, PermissionGroup } from './permission-group.entity';
import { lightMembersProblem } from './permission-group.light';

const builtInById = new Map(BUILT_IN_GROUPS.map((g) => [g.id, g]));
// Computed once: every row of the agent list asks for its effective permissions.
const CATALOGUE_KEYS = PERMISSION_CATALOG.map((p) => p.key);
const KNOWN = new Set(CATALOGUE_KEYS);

/** Built-in groups derive their permissions from the catalogue; custom groups store theirs. */
export function groupPermissions(group: PermissionGroup): string[] {
  const builtIn = group.builtIn ? builtInById.get(group.id) : undefined;
  if (builtIn) return [...builtIn.permissions];
  return (group.storedPermissions ?? []).filter((k) => KNOWN.has(k));
}

/**
 * What an agent may do: groups plus direct permissions, in catalogue order, narrowed by the agent's
 * type (a light agent only ever has what light agents may hold, whatever a group grants: shared/agent-type.ts).
 */
export function effectivePermissions(groups: PermissionGroup[], direct: string[], type?: string): string[] {
  const set = new Set(direct);
  for (const g of groups) {
    const builtIn = g.builtIn ? builtInById.get(g.id) : undefined;
    for (const k of builtIn ? builtIn.permissions : (g.storedPermissions ?? [])) set.add(k);
  }
  // Catalogue order; keys not in the catalogue (stale stored ones) drop out here.
  return CATALOGUE_KEYS.filter((k) => set.has(k) && agentTypeAllows(type, k));
}

/** The field error for permission keys that are not in the catalogue. */
export const unknownPermissionsMessage = (unknown: string[]) => unknownValues('permission', unknown);

/** Permission keys without duplicates; unknown keys are a field error in `fc`. */
export function checkPermissions(fc: FieldCheck, keys: readonly string[] | null | undefined, field: string): string[] {
  const list = [...new Set(keys ?? [])];
  const unknown = unknownPermissions(list);
  fc.check(!unknown.length, field, unknownPermissionsMessage(unknown));
  return list;
}

export const listGroups = (sc: ServiceContext) => sc.em.find(PermissionGroup, { order: { id: 'ASC' } });

const groupNames = uniqueName(PermissionGroup, 'permission group', 'group');

export interface GroupFields {
  name?: string | null;
  permissions?: string[] | null;
  departments?: DepartmentAccessValue[] | null;
  memberIds?: string[] | null;
}

/** Validates a group input (every bad field at once, paths under `input`); null lists clear. */
async function checkGroupInput(sc: ServiceContext, input: GroupFields, required: boolean, exceptId?: number) {
  const fc = new FieldCheck('input');
  let name: string | undefined;
  if (input.name !== undefined || required) {
    name = (input.name ?? '').trim();
    if (fc.check(name.length > 0, 'name', 'must not be empty')) fc.check(name.length <= 200, 'name', 'must be at most 200 characters');
  }
  const permissions = input.permissions === undefined ? undefined : checkPermissions(fc, input.permissions, 'permissions');
  const departments =
    input.departments === undefined ? undefined : await checkDepartmentAccess(fc, sc.em, input.departments ?? [], 'departments');
  fc.throwIfAny();
  if (name !== undefined) await groupNames.assertFree(sc.em, name, exceptId, 'input.name');
  return { name, permissions, departments };
}

/** Replaces members and/or department access; returns the group's change-log entries for what changed. */
async function setMembersAndDepartments(
  sc: ServiceContext,
  groupId: number,
  memberIds: readonly unknown[] | null | undefined,
  departments?: DepartmentAccessRow[],
): Promise<FieldChange[]> {
  const changes: FieldChange[] = [];
  if (memberIds !== undefined) {
    const members = await replaceMembers(sc, {
      field: 'permissionGroups',
      ownerId: groupId,
      agentIds: memberIds ?? [],
      inputField: 'input.memberIds',
    });
    if (members) changes.push(members);
  }
  if (departments) {
    const before = accessText(await sc.em.findBy(GroupDepartment, { groupId }));
    await replaceLinks(
      sc.em,
      GroupDepartment,
      { groupId },
      departments.map((r) => ({ groupId, ...r })),
    );
    if (accessText(departments) !== before) changes.push({ field: 'departments', oldValue: before, newValue: accessText(departments) });
  }
  return changes;
}

export interface CreateGroupFields extends GroupFields {
  name: string;
  copyFromGroupId?: string | null;
}

export async function createGroup(sc: ServiceContext, { input }: { input: CreateGroupFields }): Promise<PermissionGroup> {
  const { em } = sc;
  const checked = await checkGroupInput(sc, input, true);
  const name = checked.name!;
  let permissions = checked.permissions ?? [];
  let departments = checked.departments;
  if (input.copyFromGroupId !== undefined && input.copyFromGroupId !== null) {
    const fc = new FieldCheck('input');
    const sourceId = checkId(fc, input.copyFromGroupId, 'copyFromGroupId');
    const source = sourceId === undefined ? null : await em.findOneBy(PermissionGroup, { id: sourceId });
    if (!source) throw badInput({ 'input.copyFromGroupId': 'unknown group' });
    if (checked.permissions === undefined) permissions = groupPermissions(source);
    departments ??= (await em.findBy(GroupDepartment, { groupId: source.id })).map((r) => ({
      departmentId: r.departmentId,
      access: r.access,
    }));
  }
  await refuseLightMembers(sc, { permissions }, input);
  await assertRoomFor(em, PermissionGroup, MAX_PERMISSION_GROUPS, 'permission groups', 'input.name');
  const { identifiers } = await orConflict(
    em.insert(PermissionGroup, { name, builtIn: false, storedPermissions: permissions, createdAt: sc.clock() }),
    () => groupNames.taken(name, 'input.name'),
  );
  const id = identifiers[0].id as number;
  const linkChanges = await setMembersAndDepartments(sc, id, input.memberIds, departments);
  await recordChanges(em, sc.actor, ChangeLogEntityType.PERMISSION_GROUP, id, [
    { field: 'created', oldValue: null, newValue: name },
    { field: 'permissions', oldValue: null, newValue: setText(permissions) },
    ...linkChanges,
  ]);
  return em.findOneByOrFail(PermissionGroup, { id });
}

/** A light agent never holds a group that grants more than light agents may: refused, naming them, on the input that would do it. */
async function refuseLightMembers(sc: ServiceContext, group: { id?: number; permissions: string[] }, input: GroupFields): Promise<void> {
  const problem = await lightMembersProblem(sc, group, input.memberIds);
  if (problem) throw badInput({ [input.memberIds !== undefined ? 'input.memberIds' : 'input.permissions']: problem });
}

async function loadCustomGroup(sc: ServiceContext, id: unknown): Promise<PermissionGroup> {
  const group = await sc.em.findOneBy(PermissionGroup, { id: parseId(id) });
  if (!group) throw notFound('Permission group');
  if (group.builtIn) throw forbidden('Built-in permission groups cannot be edited or deleted; put agents in a custom group instead');
  return group;
}

export async function updateGroup(sc: ServiceContext, { id, input }: { id: string; input: GroupFields }): Promise<PermissionGroup> {
  const { em } = sc;
  const group = await loadCustomGroup(sc, id);
  const checked = await checkGroupInput(sc, input, input.name === null, group.id);
  await refuseLightMembers(sc, { id: group.id, permissions: checked.permissions ?? groupPermissions(group) }, input);
  const changes: FieldChange[] = [];
  const patch: Partial<PermissionGroup> = {};
  if (checked.name !== undefined && checked.name !== group.name) {
    patch.name = checked.name;
    changes.push({ field: 'name', oldValue: group.name, newValue: checked.name });
  }
  if (checked.permissions && setText(checked.permissions) !== setText(group.storedPermissions)) {
    patch.storedPermissions = checked.permissions;
    changes.push({ field: 'permissions', oldValue: setText(group.storedPermissions), newValue: setText(checked.permissions) });
  }
  if (Object.keys(patch).length)
    await orConflict(em.update(PermissionGroup, group.id, patch), () => groupNames.taken(patch.name ?? group.name, 'input.name'));
  changes.push(...(await setMembersAndDepartments(sc, group.id, input.memberIds, checked.departments)));
  await recordChanges(em, sc.actor, ChangeLogEntityType.PERMISSION_GROUP, group.id, changes);
  return em.findOneByOrFail(PermissionGroup, { id: group.id });
}

export async function deleteGroup(sc: ServiceContext, { id }: { id: string }): Promise<boolean> {
  const group = await loadCustomGroup(sc, id);
  const members = (await sc.em.findBy(AgentPermissionGroup, { groupId: group.id })).map((l) => l.agentId);
  await withAgentLinkLog(sc, members, 'permissionGroups', () => sc.em.delete(PermissionGroup, group.id));
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.PERMISSION_GROUP, group.id, [
    { field: 'deleted', oldValue: group.name, newValue: null },
  ]);
  return true;
}
