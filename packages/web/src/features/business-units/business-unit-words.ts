import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';

type BusinessUnitsT = TFunction<'businessUnits'>;
const currentT = (): BusinessUnitsT => i18n.getFixedT(null, 'businessUnits');

/** The delete confirmation: "3 agents lose the business unit EMEA." */
export function businessUnitDeleteConsequence(unit: { name: string; agentCount: number }, t: BusinessUnitsT = currentT()): string {
  if (!unit.agentCount) return t('deleteConsequence.none', { name: unit.name });
  return t('deleteConsequence.lose', { name: unit.name, count: unit.agentCount });
}

/** The toast after a delete, from the server's count. */
export function businessUnitDeleted(name: string, cleared: number, t: BusinessUnitsT = currentT()): string {
  return cleared ? t('deleted.cleared', { name, count: cleared }) : t('deleted.plain', { name });
}
