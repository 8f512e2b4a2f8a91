import type { ReactNode } from 'react';
import { byCategory } from '../../agents/agent-page/permissions';
import type { PermissionGroupsPageQuery } from '../../../gql/graphql';

export type MatrixPermission = PermissionGroupsPageQuery['permissionCatalog'][number];
export type MatrixGroup = PermissionGroupsPageQuery['permissionGroups'][number];

interface PermissionMatrixProps {
  catalog: readonly MatrixPermission[];
  groups: readonly MatrixGroup[];
  /** What each group grants now (the admin's unsaved edits included). */
  granted: (group: MatrixGroup) => ReadonlySet<string>;
  onToggle: (group: MatrixGroup, key: string, on: boolean) => void;
  /** Buttons under a group's name (rename, copy, delete). */
  groupActions?: (group: MatrixGroup) => ReactNode;
  /** While saving: every box is read-only. */
  disabled?: boolean;
}

/**
 * Permissions (rows, by category, destructive ones marked) x groups (columns). Each cell is a
 * real checkbox named "<permission>: <group>"; built-in groups' boxes are read-only.
 */
export function PermissionMatrix({ catalog, groups, granted, onToggle, groupActions, disabled }: PermissionMatrixProps) {
  const total = catalog.length;
  return (
    <div className="table-wrap matrix-wrap" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="data-table permission-matrix">
        <caption id="matrix-caption">Permissions granted by each group</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-sticky">
              Permission
            </th>
            {groups.map((group) => (
              <th scope="col" key={group.id} className="matrix-group">
                <span className="matrix-group-name">{group.name}</span>
                {group.builtIn && <span className="badge badge-disabled">Built in</span>}
                <span className="matrix-group-count muted">
                  {granted(group).size} of {total}
                </span>
                {groupActions && <div className="matrix-group-actions">{groupActions(group)}</div>}
              </th>
            ))}
          </tr>
        </thead>
        {byCategory(catalog).map(([category, permissions]) => (
          <tbody key={category}>
            <tr className="matrix-category-row">
              <th scope="colgroup" colSpan={groups.length + 1} className="matrix-category">
                <span className="matrix-category-name">{category}</span>
              </th>
            </tr>
            {permissions.map((permission) => (
              <tr key={permission.key}>
                <th scope="row" className="matrix-sticky">
                  {permission.label}
                  {permission.destructive && <span className="badge badge-destructive">Destructive</span>}
                </th>
                {groups.map((group) => (
                  <td key={group.id} className="matrix-cell">
                    <input
                      type="checkbox"
                      aria-label={`${permission.label}: ${group.name}`}
                      title={group.builtIn ? 'Built-in groups cannot be changed; copy one to adjust it.' : undefined}
                      checked={granted(group).has(permission.key)}
                      disabled={disabled || group.builtIn}
                      onChange={(event) => onToggle(group, permission.key, event.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
