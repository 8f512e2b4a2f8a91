import type { DepartmentAccessLevel } from '../../../gql/graphql';
import { useDraft, useUpdateAgent } from './use-update-agent';
import { groupDepartmentAccess, groupsOf, higherAccess } from './permissions';
import { SaveBar } from './save-bar';
import type { TabProps } from './agent-page-types';

const LEVELS: { value: DepartmentAccessLevel | 'NONE'; label: string }[] = [
  { value: 'NONE', label: 'None' },
  { value: 'ASSIGN', label: 'Assign' },
  { value: 'FULL', label: 'Full' },
];
const LEVEL_LABEL: Record<DepartmentAccessLevel, string> = { ASSIGN: 'Assign', FULL: 'Full' };

type Access = { departmentId: string; access: DepartmentAccessLevel }[];

/** Direct department access per department (none / Assign / Full), with what groups add. */
export function DepartmentsTab({ agent, catalogs, readOnly }: TabProps) {
  const update = useUpdateAgent(agent.id);
  const draft = useDraft<Access>(agent.departments.map((d) => ({ departmentId: d.department.id, access: d.access })));
  const fromGroups = groupDepartmentAccess(groupsOf(agent, catalogs));

  function choose(departmentId: string, level: DepartmentAccessLevel | 'NONE') {
    update.clearStatus();
    const others = draft.value.filter((d) => d.departmentId !== departmentId);
    draft.set(level === 'NONE' ? others : [...others, { departmentId, access: level }]);
  }

  async function save() {
    if (await update.save({ departments: draft.value })) draft.reset();
  }

  if (catalogs.departments.length === 0) return <p className="empty-state">No departments yet.</p>;
  return (
    <div className="tab-body">
      <p className="tab-intro">
        Full: see and work the department&apos;s tickets. Assign: may assign tickets to the department without seeing them afterwards.
        Groups add their own access; the higher level wins.
      </p>
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
              const direct = draft.value.find((d) => d.departmentId === department.id)?.access;
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
      {!readOnly && <SaveBar update={update} dirty={draft.dirty} onReset={draft.reset} onSave={() => void save()} />}
    </div>
  );
}
