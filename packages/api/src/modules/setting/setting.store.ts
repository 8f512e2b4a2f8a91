import type { EntityManager } from 'typeorm';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { HelpdeskSetting } from './setting.entity';

/** The stored value of a setting, or `fallback` when it was never written. Read fresh each time: no cache to go stale. */
export async function readSetting<T>(em: EntityManager, name: string, fallback: T): Promise<T> {
  const row = await em.findOneBy(HelpdeskSetting, { name });
  return row ? (JSON.parse(row.value) as T) : fallback;
}

/**
 * Writes a setting and its change-log entry (entity SETTING, id = the name) in the caller's
 * transaction. The row is locked first, so that two admins switching at once apply in turn and
 * each log entry's old value is the value it replaced.
 */
export async function writeSetting<T>(sc: ServiceContext, name: string, value: T, fallback: T): Promise<void> {
  const qb = sc.em.createQueryBuilder(HelpdeskSetting, 's').where('s.name = :name', { name });
  if (isMysql(sc.em)) qb.setLock('pessimistic_write');
  const row = await qb.getOne();
  const before = row ? (JSON.parse(row.value) as T) : fallback;
  const text = JSON.stringify(value);
  if (row && row.value === text) return;
  const patch = { value: text, updatedByName: sc.actor.name, updatedAt: sc.clock() };
  if (row) await sc.em.update(HelpdeskSetting, { name }, patch);
  else await sc.em.insert(HelpdeskSetting, { name, ...patch });
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.SETTING, name, [{ field: name, oldValue: before, newValue: value }]);
}

/** Who changed a setting last, and when (null when never changed). */
export async function settingMeta(em: EntityManager, name: string): Promise<{ updatedAt: Date | null; updatedByName: string | null }> {
  const row = await em.findOneBy(HelpdeskSetting, { name });
  return { updatedAt: row?.updatedByName ? row.updatedAt : null, updatedByName: row?.updatedByName ?? null };
}
