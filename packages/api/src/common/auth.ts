import { GraphQLResolveInfo } from 'graphql';
import { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { ErrorCode } from '@roster/shared';
import { appError, forbidden, unauthenticated } from './errors';
import type { Context } from './context';
import type { Actor } from './actor';

// Requirements used with @Authorized(...). Every listed requirement must hold.
//   ADMIN    the acting agent (or a token's creator) has administrator access
//   SESSION  a signed-in agent, not an API token (token management, own password)
//   'agents:read' | 'agents:write' | 'users:read' | 'users:write'   scopes an API token must carry
// An API token may only call operations that name a scope (or none at all, like viewer): an
// operation guarded by ADMIN alone (the outbox, with temporary passwords and invitation links)
// stays with signed-in admins whatever the token's scopes.
export const ADMIN = 'admin';
export const SESSION = 'session';
export const SCOPES = ['agents:read', 'agents:write', 'users:read', 'users:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** Operations an agent who must change their password may still call. */
const ALLOWED_WHILE_PASSWORD_CHANGE = new Set(['changePassword', 'logout', 'viewer']);

const isScope = (r: string): r is Scope => (SCOPES as readonly string[]).includes(r);

export function hasScope(actor: Actor, scope: Scope): boolean {
  if (actor.kind !== 'API_TOKEN') return true;
  const scopes = actor.scopes ?? [];
  // write implies read
  return scopes.includes(scope) || (scope.endsWith(':read') && scopes.includes(scope.replace(':read', ':write')));
}

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated(ctx.tokenRejected ? 'Your session or API token is invalid, revoked or expired: sign in again' : undefined);
  return ctx.actor;
}

export function requireAdmin(ctx: Context): Actor {
  const actor = requireActor(ctx);
  if (!actor.agent?.isAdmin) throw forbidden('Administrator access is required');
  return actor;
}

function isRootField(info: GraphQLResolveInfo): boolean {
  return info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
}

export class AuthChecker implements AuthCheckerInterface<Context> {
  check({ context, info }: ResolverData<Context>, requirements: string[]): boolean {
    const actor = requireActor(context);
    // Also guards authorised nested fields (viewer { teams { members } }), not just root operations.
    const allowed = isRootField(info) && ALLOWED_WHILE_PASSWORD_CHANGE.has(info.fieldName);
    if (actor.agent?.mustChangePassword && actor.kind === 'AGENT' && !allowed) {
      throw appError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Change your password before doing anything else');
    }
    if (actor.kind === 'API_TOKEN' && requirements.length > 0 && !requirements.some(isScope)) {
      throw forbidden('This operation is not available to API tokens');
    }
    for (const r of requirements) {
      if (r === ADMIN && !actor.agent?.isAdmin) throw forbidden('Administrator access is required');
      if (r === SESSION && actor.kind !== 'AGENT') throw forbidden('This operation needs a signed-in agent, not an API token');
      if (isScope(r) && !hasScope(actor, r)) {
        throw forbidden(`This API token lacks the ${r} scope`);
      }
    }
    return true;
  }
}
