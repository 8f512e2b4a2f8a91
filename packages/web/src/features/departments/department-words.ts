import { plural } from '../../lib/format';

/** "3 agents and 2 permission groups lose access to Billing." */
export function departmentDeleteConsequence(dept: { name: string; agentCount: number; permissionGroupCount: number }): string {
  const holders = [
    dept.agentCount ? plural(dept.agentCount, 'agent') : '',
    dept.permissionGroupCount ? plural(dept.permissionGroupCount, 'permission group') : '',
  ].filter(Boolean);
  if (!holders.length) return `No agent or permission group has access to ${dept.name}.`;
  const one = dept.agentCount + dept.permissionGroupCount === 1;
  return `${holders.join(' and ')} ${one ? 'loses' : 'lose'} access to ${dept.name}.`;
}
