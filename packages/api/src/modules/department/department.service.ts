import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { namedEntityService } from '../../common/named-entity';
import { withAgentLinkLog } from '../agent/agent-links';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { AgentDepartment, Department } from './department.entity';

// agent.resolver.ts still imports it from here (a file this change leaves alone).

export const departments = namedEntityService(Department, 'Department', ChangeLogEntityType.DEPARTMENT);

/** Deleting a department takes it out of each agent's direct access; their change logs say so. */
export async function deleteDepartment(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  const dept = await departments.load(em, id);
  const holders = (await em.findBy(AgentDepartment, { departmentId: dept.id })).map((r) => r.agentId);
  return withAgentLinkLog(em, actor, holders, 'departments', () => departments.remove(em, actor, id));
}
