import { hasScope } from '../../common/auth';
import { ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import { forbidden } from '../../common/errors';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, toConnection } from '../../common/pagination';
import type { ServiceContext } from '../../common/service';
import { actorPermissions, requirePermission } from '../permission/permission.check';
import { userIdVisible } from '../user/user.scope';

/** [entry id], newest first (changeLog and agentCrmChangeLog: the same table, the same order). */
export const CHANGE_LOG_CURSOR = cursorShape('changeLog', [cursorPart.id]);

export interface ChangeLogArgs {
  entityType: ChangeLogEntityType;
  entityId: string;
  first?: number | null;
  after?: string | null;
}

/** One entity's change log, newest first, as a connection (keyset on id). */
export async function listChangeLog(sc: ServiceContext, args: ChangeLogArgs): Promise<Connection<ChangeLogEntry>> {
  const { entityType, entityId } = args;
  const { actor } = sc;
  // Agents see their own history; the history of others and of admin objects is for admins;
  // a user's history is for agents with people.view (the user record's own permission).
  // A token reads user history with users:read and everything else with agents:read.
  const scope = entityType === ChangeLogEntityType.USER ? 'users:read' : 'agents:read';
  if (!hasScope(actor, scope)) throw forbidden(`This API token lacks the ${scope} scope`);
  const own = entityType === ChangeLogEntityType.AGENT && String(actor.agent?.id) === entityId;
  if (entityType === ChangeLogEntityType.USER) {
    await requirePermission(sc, 'people.view', 'viewing users');
    // Out of the actor's scope (team-scoped visibility): as empty as the history of an absent user.
    if (!(await userIdVisible(sc, entityId))) return toConnection([], 1, 0, CHANGE_LOG_CURSOR, (c: ChangeLogEntry) => [c.id]);
  } else if (!own && !actor.agent?.isAdmin) throw forbidden('Only administrators can read this change log');
  // An agent's CRM record (summary, contact, notes: `crm.*` entries) is people.view + users:read
  // data, also for the agent themselves and for admins (agentCrmChangeLog has the same rule).
  const hideCrm =
    entityType === ChangeLogEntityType.AGENT &&
    actor.kind !== 'SYSTEM' &&
    !(hasScope(actor, 'users:read') && (await actorPermissions(sc)).has('people.view'));
  return changeLogPage(sc, { ...args, hideCrm });
}

/**
 * A page of one entity's change log, newest first, limited to `fields` when given; the caller
 * has checked that the actor may read these entries.
 */
export async function changeLogPage(
  sc: ServiceContext,
  args: ChangeLogArgs & { fields?: readonly string[]; hideCrm?: boolean },
): Promise<Connection<ChangeLogEntry>> {
  const { entityType, entityId } = args;
  const limit = clampFirst(args.first);
  const cursor = decodeCursor(args.after, CHANGE_LOG_CURSOR);
  const qb = sc.em
    .getRepository(ChangeLogEntry)
    .createQueryBuilder('c')
    .where('c.entity_type = :entityType AND c.entity_id = :entityId', { entityType, entityId });
  if (args.fields) qb.andWhere('c.field IN (:...fields)', { fields: args.fields });
  if (args.hideCrm) qb.andWhere("c.field NOT LIKE 'crm.%'");
  const totalCount = await qb.clone().getCount();
  if (cursor) qb.andWhere('c.id < :cursorId', { cursorId: cursor[0] });
  const rows = await qb
    .orderBy('c.id', 'DESC')
    .take(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, CHANGE_LOG_CURSOR, (c) => [c.id]);
}
