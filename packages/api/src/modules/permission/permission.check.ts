import type { Actor } from '../../common/actor';
import { forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { Agent } from '../agent/agent.entity';
import { PermissionGroup } from './permission-group.entity';
import { readRows } from '../../common/prepared-read';
import { rowShape } from '../../common/raw-rows';
import { effectivePermissions } from './permission.service';

// Effective permissions of the acting agent (a token acts with its creator's), read once per
// actor: an actor lives for one request, so a change of groups applies from the next request.
const cache = new WeakMap<Actor, Promise<Set<string>>>();

async function load(sc: ServiceContext): Promise<Set<string>> {
  const agent = sc.actor.agent;
  if (!agent) return new Set();
  // The actor carries only a few agent columns (resolve-actor.ts): the agent's own permissions, type
  // and its groups are read here, in one hand-written statement kept prepared (every CRM read asks),
  // on the primary even with read replicas: a permission revoked a moment ago no longer applies.
  const ds = sc.em.connection;
  const own = rowShape(ds, Agent, 'a', ['permissions', 'type']);
  const group = rowShape(ds, PermissionGroup, 't', ['id', 'builtIn', 'storedPermissions']);
  const rows = await readRows(
    sc.em,
    `SELECT ${own.columns}, ${group.columns} FROM agent a LEFT JOIN agent_permission_group l ON l.agent_id = a.id ` +
      'LEFT JOIN permission_group t ON t.id = l.group_id WHERE a.id = ?',
    [agent.id],
    { onPrimary: true },
  );
  if (!rows.length) return new Set();
  const groups = rows.filter((r) => r.t_id !== null && r.t_id !== undefined).map(group.hydrate);
  const row = own.hydrate(rows[0]);
  // The light-agent rule applies on use too, not only when granting: whatever a group grants
  // later, a light agent (and their API tokens) can use only what light agents may hold.
  return new Set(effectivePermissions(groups, row.permissions ?? [], row.type));
}

export function actorPermissions(sc: ServiceContext): Promise<Set<string>> {
  let p = cache.get(sc.actor);
  if (!p) {
    p = load(sc);
    cache.set(sc.actor, p);
  }
  return p;
}

/**
 * FORBIDDEN unless the acting agent's groups or own permissions grant `key`. Permissions are
 * additive and administrator access does not imply them (Deskpro: helpdesk permissions are separate
 * from admin access); the first admin gets All Permissions. The system actor (CLI, jobs) may do everything.
 */
export async function requirePermission(sc: ServiceContext, key: string, label = key): Promise<void> {
  if (sc.actor.kind === 'SYSTEM') return;
  if (!(await actorPermissions(sc)).has(key)) throw forbidden(`Your permissions do not include ${label} (${key})`);
}
