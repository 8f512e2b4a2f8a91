import type { DepartmentAccessLevel } from '../../../gql/graphql';
import type { CatalogPermission, GroupInfo, PageCatalogs } from './agent-page-types';

/** The groups with these ids, with their names and what they grant, in catalogue order. */
export function groupsOf(groupIds: readonly string[], catalogs: Pick<PageCatalogs, 'permissionGroups'>): GroupInfo[] {
  const ids = new Set(groupIds);
  return catalogs.permissionGroups.filter((g) => ids.has(g.id));
}

/** Permission key -> names of the groups that grant it. */
export function grantingGroups(groups: readonly GroupInfo[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const group of groups) {
    for (const key of group.permissions) byKey.set(key, [...(byKey.get(key) ?? []), group.name]);
  }
  return byKey;
}

/** Permissions add up: granted when given directly or by any group (there is no deny). */
export function effectivePermissions(direct: readonly string[], groups: readonly GroupInfo[]): Set<string> {
  return new Set([...direct, ...groups.flatMap((g) => g.permissions)]);
}

/** The catalogue by category, in catalogue order. */
export function byCategory(catalog: readonly CatalogPermission[]): [string, CatalogPermission[]][] {
  const categories = new Map<string, CatalogPermission[]>();
  for (const permission of catalog) categories.set(permission.category, [...(categories.get(permission.category) ?? []), permission]);
  return [...categories];
}

const RANK: Record<DepartmentAccessLevel, number> = { ASSIGN: 1, FULL: 2 };

/** The higher of two access levels (FULL implies ASSIGN); undefined means none. */
export function higherAccess(a?: DepartmentAccessLevel, b?: DepartmentAccessLevel): DepartmentAccessLevel | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** Department id -> the highest access the groups give, with the group names that give it. */
export function groupDepartmentAccess(groups: readonly GroupInfo[]): Map<string, { access: DepartmentAccessLevel; groups: string[] }> {
  const byDepartment = new Map<string, { access: DepartmentAccessLevel; groups: string[] }>();
  for (const group of groups) {
    for (const { access, department } of group.departments) {
      const known = byDepartment.get(department.id);
      byDepartment.set(department.id, {
        access: higherAccess(known?.access, access)!,
        groups: [...(known?.groups ?? []), group.name],
      });
    }
  }
  return byDepartment;
}
