import { plural } from '../../lib/format';

/** The delete confirmation: "3 agents lose the business unit EMEA." */
export function businessUnitDeleteConsequence(unit: { name: string; agentCount: number }): string {
  if (!unit.agentCount) return `No agent is in ${unit.name}.`;
  return `${plural(unit.agentCount, 'agent')} ${unit.agentCount === 1 ? 'loses' : 'lose'} the business unit ${unit.name}.`;
}

/** The toast after a delete, from the server's count. */
export function businessUnitDeleted(name: string, cleared: number): string {
  return cleared
    ? `Business unit ${name} deleted; ${plural(cleared, 'agent')} no longer ${cleared === 1 ? 'has' : 'have'} it.`
    : `Business unit ${name} deleted.`;
}
