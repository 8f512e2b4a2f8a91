import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { namedCondition, paddedIn, SqlCondition } from '../../common/raw-rows';
import type { ServiceContext } from '../../common/service';
import { isTeamScopedVisibilityOn } from '../setting/crm-settings';
import { TeamMember, TeamOrganization } from '../team/team.entity';
import { User } from './user.entity';
import { lockUser } from './user.lock';

/**
 * Team-scoped visibility, in one place: every read and write of users goes through these.
 * With the setting on (crmSettings.teamScopedUserVisibility), an agent who is not an administrator
 * sees only users whose organization is assigned to one of their teams; users without an
 * organization are hidden from them. Administrators (and the system) see everyone, as in Deskpro and
 * Zendesk, where admins are never restricted by agent visibility rules. An API token acts as its
 * creator (now: a demoted creator's tokens are scoped from the next request). Out-of-scope users
 * read as absent (null, NOT_FOUND), never FORBIDDEN, so that their existence does not leak.
 */
export interface UserScope {
  /** The organizations whose users the actor may see (empty: none). */
  organizationIds: number[];
}

/** null: everyone is visible. */
export type ActorUserScope = UserScope | null;

// Per actor, and an actor lives for one request: a team or setting change applies from the next request.
const cache = new WeakMap<Actor, Promise<ActorUserScope>>();

async function load(sc: ServiceContext): Promise<ActorUserScope> {
  const { actor } = sc;
  if (actor.kind === 'SYSTEM' || actor.agent?.isAdmin) return null;
  if (!(await isTeamScopedVisibilityOn(sc.em))) return null;
  if (!actor.agent) return { organizationIds: [] };
  const rows: { id: number | string }[] = await sc.em
    .createQueryBuilder(TeamOrganization, 'tor')
    .select('DISTINCT tor.organization_id', 'id')
    .innerJoin(TeamMember, 'tm', 'tm.team_id = tor.team_id')
    .where('tm.agent_id = :agentId', { agentId: actor.agent.id })
    .getRawMany();
  return { organizationIds: rows.map((r) => Number(r.id)).sort((a, b) => a - b) };
}

/** The acting agent's user scope (null: unrestricted). Exported for other user readers (the CSV export). */
export function userScope(sc: ServiceContext): Promise<ActorUserScope> {
  let p = cache.get(sc.actor);
  if (!p) {
    p = load(sc);
    cache.set(sc.actor, p);
  }
  return p;
}

/** Whether the scope includes an organization (null: no organization, visible only unrestricted). */
export const scopeHasOrganization = (scope: ActorUserScope, organizationId: number | null): boolean =>
  !scope || (organizationId !== null && scope.organizationIds.includes(organizationId));

/** Whether a user is in the scope. */
export const inUserScope = (scope: ActorUserScope, user: Pick<User, 'organizationId'>): boolean =>
  scopeHasOrganization(scope, user.organizationId);

/**
 * The scope as one condition on users (crm_user under `alias`): on organization_id, which the
 * (organization_id, name_key, id) index serves; null when unrestricted. Every list, count and
 * export of users uses it (through whereInUserScope or hand-written SQL).
 */
export function userScopeCondition(scope: ActorUserScope, alias = 'u'): SqlCondition | null {
  if (!scope) return null;
  if (!scope.organizationIds.length) return { sql: '1 = 0', params: [] };
  // Padded (paddedIn): the list keeps its statements prepared, so the number of shapes stays small.
  const ids = paddedIn(scope.organizationIds);
  return { sql: `${alias}.organization_id IN (${ids.sql})`, params: ids.params };
}

/** Narrows a query on users (crm_user under `alias`) to the scope (userScopeCondition). */
export function whereInUserScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: ActorUserScope,
  alias = 'u',
): SelectQueryBuilder<T> {
  const c = userScopeCondition(scope, alias);
  return c ? qb.andWhere(...namedCondition(c)) : qb;
}

/** The same condition on organizations (alias `o`): the organizations a scoped agent may see and pick. */
export function whereOrganizationInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: ActorUserScope, alias = 'o') {
  if (!scope) return qb;
  if (!scope.organizationIds.length) return qb.andWhere('1 = 0');
  return qb.andWhere(`${alias}.id IN (:...scopeOrganizationIds)`, { scopeOrganizationIds: scope.organizationIds });
}

/** The users of a list that are in the actor's scope. */
export async function visibleOnly<U extends Pick<User, 'organizationId'>>(sc: ServiceContext, users: U[]): Promise<U[]> {
  const scope = await userScope(sc);
  return scope ? users.filter((u) => inUserScope(scope, u)) : users;
}

/** One live user in the actor's scope, locked for update; NOT_FOUND when absent or out of scope (alike). */
export async function lockVisibleUser(sc: ServiceContext, id: unknown, field = 'id'): Promise<User> {
  const user = await lockUser(sc.em, id, field);
  if (!inUserScope(await userScope(sc), user)) throw notFound('User');
  return user;
}

/** Whether the actor may see the user with this id (a live or merged-away user in scope; anyone when unrestricted). */
export async function userIdVisible(sc: ServiceContext, id: string): Promise<boolean> {
  const scope = await userScope(sc);
  if (!scope) return true;
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return false;
  const user = await sc.em.findOne(User, { select: { id: true, organizationId: true }, where: { id: n } });
  return !!user && inUserScope(scope, user);
}
