import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../permission-labels';
import type { DepartmentAccessLevel, PermissionGroupsPageQuery } from '../../../gql/graphql';
import type { DepartmentLevels } from '../group-drafts';
import type { MatrixGroup } from './permission-matrix';

type Department = PermissionGroupsPageQuery['departments'][number];
type Level = DepartmentAccessLevel | 'NONE';

const LEVELS: readonly Level[] = ['NONE', 'ASSIGN', 'FULL'];

interface GroupDepartmentsProps {
  departments: readonly Department[];
  groups: readonly MatrixGroup[];
  /** Each group's access now (the admin's unsaved edits included). */
  access: (group: MatrixGroup) => DepartmentLevels;
  onChange: (group: MatrixGroup, departmentId: string, level: DepartmentAccessLevel | null) => void;
  disabled?: boolean;
}

/**
 * Department access each group grants (departments x groups): a choice of None, Assign or Full
 * per cell, named "<department>: <group>"; built-in groups grant none and are read-only.
 */
export function GroupDepartments({ departments, groups, access, onChange, disabled }: GroupDepartmentsProps) {
  const { t } = useTranslation('permissionGroups');
  const { groupName } = usePermissionLabels();
  if (departments.length === 0) return <p className="empty-state">{t('departments.none')}</p>;
  return (
    <div className="table-wrap matrix-wrap" role="region" aria-labelledby="group-departments-caption" tabIndex={0}>
      <table className="data-table permission-matrix">
        <caption id="group-departments-caption">{t('departments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-sticky">
              {t('departments.department')}
            </th>
            {groups.map((group) => (
              <th scope="col" key={group.id} className="matrix-group">
                <span className="matrix-group-name">{groupName(group)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <th scope="row" className="matrix-sticky">
                {department.name}
              </th>
              {groups.map((group) => (
                <td key={group.id} className="matrix-cell">
                  <select
                    aria-label={t('matrix.cell', { row: department.name, group: groupName(group) })}
                    title={group.builtIn ? t('matrix.builtInReadOnly') : undefined}
                    value={access(group)[department.id] ?? 'NONE'}
                    disabled={disabled || group.builtIn}
                    onChange={(event) => {
                      const level = event.target.value as Level;
                      onChange(group, department.id, level === 'NONE' ? null : level);
                    }}
                  >
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`departments.level.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
