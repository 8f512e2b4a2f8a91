import { ChangeLogEntityType, recordChangesMany } from '../../common/change-log';
import { MAX_BUSINESS_UNITS } from '../../common/list-limits';
import { namedEntityService } from '../../common/named-entity';
import { chunks, inList } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { Agent } from '../agent/agent.entity';
import { lockAgents } from '../agent/agent.lock';
import { BusinessUnit } from './business-unit.entity';

export const businessUnits = namedEntityService(BusinessUnit, 'Business unit', ChangeLogEntityType.BUSINESS_UNIT, {
  max: MAX_BUSINESS_UNITS,
  plural: 'business units',
});

/**
 * Deletes a unit and takes it off its agents first, each agent's change log saying so, all in the
 * caller's transaction. The unit row is locked first (MySQL), so that an agent being given the unit
 * at the same moment waits and then fails on the foreign key instead of keeping a unit that is gone;
 * its agents are locked in id order (lockAgents). Returns how many agents lost the unit.
 */
export async function deleteBusinessUnit(sc: ServiceContext, args: { id: string }): Promise<number> {
  const unit = await businessUnits.load(sc.em, args.id);
  if (isMysql(sc.em))
    await sc.em.createQueryBuilder(BusinessUnit, 'u').setLock('pessimistic_write').where('u.id = :id', { id: unit.id }).getOne();
  const holders = await sc.em.find(Agent, { select: { id: true }, where: { businessUnitId: unit.id } });
  const locked = (
    await lockAgents(
      sc.em,
      holders.map((a) => a.id),
    )
  ).filter((a) => a.businessUnitId === unit.id);
  const ids = locked.map((a) => a.id);
  const now = sc.clock();
  for (const part of chunks(ids)) await sc.em.update(Agent, { id: inList(part) }, { businessUnitId: null, updatedAt: now });
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.AGENT,
    ids.map((entityId) => ({ entityId, changes: [{ field: 'businessUnit', oldValue: unit.name, newValue: null }] })),
  );
  await businessUnits.remove(sc, unit);
  return ids.length;
}
