import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';

/** "3 agents and 2 permission groups lose access to Billing." */
export function departmentDeleteConsequence(
  dept: { name: string; agentCount: number; permissionGroupCount: number },
  t: TFunction<'departments'> = i18n.getFixedT(null, 'departments'),
): string {
  const { name, agentCount, permissionGroupCount } = dept;
  if (!agentCount && !permissionGroupCount) return t('deleteConsequence.none', { name });
  const agents = t('deleteConsequence.agents', { count: agentCount });
  const groups = t('deleteConsequence.groups', { count: permissionGroupCount });
  const holders = agentCount && permissionGroupCount ? t('deleteConsequence.both', { agents, groups }) : agentCount ? agents : groups;
  return t('deleteConsequence.lose', { holders, name, count: agentCount + permissionGroupCount });
}
