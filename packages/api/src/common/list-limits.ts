import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from './errors';
import { AppLockId } from './lock.entity';
import { takeLock } from './transaction';

// Lists a client reads whole (pickers, catalogues) are bounded by a count limit checked inside the
// write transaction; the result-size estimate (graphql/plugins/result-bounds.ts) reads the same constants.

/** Teams, departments and permission groups (built-in ones included): each a whole-list picker. */
export const MAX_TEAMS = 200;
export const MAX_DEPARTMENTS = 200;
export const MAX_PERMISSION_GROUPS = 200;
/** Usergroups: a user holds at most 200 (USER_LIMITS.usergroups), the catalogue a few more. */
export const MAX_USERGROUPS = 1000;
/** Business units: the agent form's picker and the agents list's filter read the whole list. */
export const MAX_BUSINESS_UNITS = 500;

/**
 * Refuses a create that would take `entity` past `max` rows (CONFLICT naming `field`). Creates of
 * every catalogue take one application lock first, so two racing creates at the limit apply in turn
 * (MySQL; SQLite transactions are serial) and the second one sees the first one's row.
 */
export async function assertRoomFor(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  max: number,
  what: string,
  field = 'name',
): Promise<void> {
  await takeLock(em, AppLockId.CATALOGUES);
  const count = await em.getRepository(entity).count();
  if (count >= max) throw conflict(`There can be at most ${max} ${what}; delete one first`, { [field]: `at most ${max} ${what} exist` });
}
