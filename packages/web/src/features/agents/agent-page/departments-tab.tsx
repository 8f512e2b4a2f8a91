import { useTranslation } from 'react-i18next';
import type { DepartmentAccessLevel } from '../../../gql/graphql';
import { groupDepartmentAccess, groupsOf, higherAccess } from './permissions';
import { useAgentFormContext } from './use-agent-form';
import type { TabProps } from './agent-page-types';

const LEVELS: (DepartmentAccessLevel | 'NONE')[] = ['NONE', 'ASSIGN', 'FULL'];

/** Direct department access per department (none / Assign / Full), with what groups add. */
export function DepartmentsTab({ catalogs, readOnly }: TabProps) {
  const { t } = useTranslation('agents');
  const form = useAgentFormContext();
  const access = form.values.departments;
  const fromGroups = groupDepartmentAccess(groupsOf(form.values.permissionGroupIds, catalogs));
  const error = form.errorOf('departments');

  function choose(departmentId: string, level: DepartmentAccessLevel | 'NONE') {
    const { [departmentId]: _previous, ...others } = access;
    form.set('departments', level === 'NONE' ? others : { ...others, [departmentId]: level });
  }

  if (catalogs.departments.length === 0) return <p className="empty-state">{t('departments.empty')}</p>;
  return (
    <div className="tab-body">
      <p className="tab-intro">{t('departments.intro')}</p>
      {error && <p className="field-error">{t('departments.error', { error })}</p>}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('departments.department')}</th>
              <th scope="col">{t('departments.direct')}</th>
              <th scope="col">{t('departments.fromGroups')}</th>
              <th scope="col">{t('departments.effective')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogs.departments.map((department) => {
              const direct = access[department.id];
              const group = fromGroups.get(department.id);
              const effective = higherAccess(direct, group?.access);
              return (
                <tr key={department.id}>
                  <th scope="row">{department.name}</th>
                  <td>
                    <fieldset className="radio-row" disabled={readOnly}>
                      <legend className="visually-hidden">{t('departments.directTo', { name: department.name })}</legend>
                      {LEVELS.map((level) => (
                        <label key={level}>
                          <input
                            type="radio"
                            name={`department-${department.id}`}
                            value={level}
                            checked={(direct ?? 'NONE') === level}
                            onChange={() => choose(department.id, level)}
                          />
                          {t(`departments.level.${level}`)}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                  <td>
                    {group ? (
                      t('departments.viaGroups', { level: t(`departments.level.${group.access}`), groups: group.groups.join(', ') })
                    ) : (
                      <span className="muted">{t('departments.level.NONE')}</span>
                    )}
                  </td>
                  <td>{effective ? t(`departments.level.${effective}`) : <span className="muted">{t('departments.level.NONE')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
