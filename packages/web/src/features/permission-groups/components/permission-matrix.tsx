import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../permission-labels';
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
  const { t } = useTranslation('permissionGroups');
  const labels = usePermissionLabels();
  const total = catalog.length;
  return (
    <div className="table-wrap matrix-wrap" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="data-table permission-matrix">
        <caption id="matrix-caption">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-sticky">
              {t('matrix.permission')}
            </th>
            {groups.map((group) => (
              <th scope="col" key={group.id} className="matrix-group">
                <span className="matrix-group-name">{labels.groupName(group)}</span>
                {group.builtIn && <span className="badge badge-disabled">{t('matrix.builtIn')}</span>}
                <span className="matrix-group-count muted">{t('matrix.granted', { granted: granted(group).size, total })}</span>
                {groupActions && <div className="matrix-group-actions">{groupActions(group)}</div>}
              </th>
            ))}
          </tr>
        </thead>
        {byCategory(catalog).map(([category, permissions]) => (
          <tbody key={category}>
            <tr className="matrix-category-row">
              <th scope="colgroup" colSpan={groups.length + 1} className="matrix-category">
                <span className="matrix-category-name">{labels.categoryLabel(category)}</span>
              </th>
            </tr>
            {permissions.map((permission) => (
              <tr key={permission.key}>
                <th scope="row" className="matrix-sticky">
                  {labels.permissionLabel(permission.key, permission.label)}
                  {permission.destructive && (
                    <span className="badge badge-destructive" title={labels.destructiveHint}>
                      {labels.destructive}
                    </span>
                  )}
                </th>
                {groups.map((group) => (
                  <td key={group.id} className="matrix-cell">
                    <input
                      type="checkbox"
                      aria-label={t('matrix.cell', {
                        row: labels.permissionLabel(permission.key, permission.label),
                        group: labels.groupName(group),
                      })}
                      title={group.builtIn ? t('matrix.builtInReadOnly') : undefined}
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
