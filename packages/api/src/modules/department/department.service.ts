import { ChangeLogEntityType } from '../../common/change-log';
import { MAX_DEPARTMENTS } from '../../common/list-limits';
import { namedEntityService } from '../../common/named-entity';
import type { ServiceContext } from '../../common/service';
import { withAgentLinkLog } from '../agent/agent-links';
import { AgentDepartment, Department } from './department.entity';

export const departments = namedEntityService(Department, 'Department', ChangeLogEntityType.DEPARTMENT, {
  max: MAX_DEPARTMENTS,
  plural: 'departments',
});

/** Deleting a department takes it out of each agent's direct access; their change logs say so. */
export async function deleteDepartment(sc: ServiceContext, args: { id: string }): Promise<boolean> {
  const dept = await departments.load(sc.em, args.id);
  const holders = (await sc.em.findBy(AgentDepartment, { departmentId: dept.id })).map((r) => r.agentId);
  return withAgentLinkLog(sc, holders, 'departments', () => departments.remove(sc, dept));
}
