import type { DepartmentAccessLevel } from '../../../gql/graphql';
import { groupDepartmentAccess, groupsOf, higherAccess } from './permissions';
import { useAgentFormContext } from './use-agent-form';
import type { TabProps } from './agent-page-types';

const LEVELS: { value: DepartmentAccessLevel | 'NONE'; label: string }[] = [
  { value: 'NONE', label: 'None' },
  { value: 'ASSIGN', label: 'Assign' },
  { value: 'FULL', label: 'Full' },
];
const LEVEL_LABEL: Record<DepartmentAccessLevel, string> = { ASSIGN: 'Assign', FULL: 'Full' };

/** Direct department access per department (none / Assign / Full), with what groups add. */
export function DepartmentsTab({ catalogs, readOnly }: TabProps) {
  const form = useAgentFormContext();
  const access = form.values.departments;
  const fromGroups = groupDepartmentAccess(groupsOf(form.values.permissionGroupIds, catalogs));
  const error = form.errorOf('departments');

  function choose(departmentId: string, level: DepartmentAccessLevel | 'NONE') {
    const { [departmentId]: _previous, ...others } = access;
    form.set('departments', level === 'NONE' ? others : { ...others, [departmentId]: level });
  }

  if (catalogs.departments.length === 0) return <p className="empty-state">No departments yet.</p>;
  return (
    <div className="tab-body">
      <p className="tab-intro">
        Full: see and work the department&apos;s tickets. Assign: may assign tickets to the department without seeing them afterwards.
        Groups add their own access; the higher level wins.
      </p>
      {error && <p className="field-error">Department access {error}</p>}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Direct access</th>
              <th scope="col">From groups</th>
              <th scope="col">Effective</th>
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
                      <legend className="visually-hidden">Direct access to {department.name}</legend>
                      {LEVELS.map((level) => (
                        <label key={level.value}>
                          <input
                            type="radio"
                            name={`department-${department.id}`}
                            value={level.value}
                            checked={(direct ?? 'NONE') === level.value}
                            onChange={() => choose(department.id, level.value)}
                          />
                          {level.label}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                  <td>{group ? `${LEVEL_LABEL[group.access]} (${group.groups.join(', ')})` : <span className="muted">None</span>}</td>
                  <td>{effective ? LEVEL_LABEL[effective] : <span className="muted">None</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
