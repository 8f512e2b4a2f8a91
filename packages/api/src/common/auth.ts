import { GraphQLResolveInfo } from 'graphql';
import { agentTypeAllowsAdmin, ErrorCode } from '@roster/shared';
import { appError, forbidden, unauthenticated } from './errors';
import type { Actor } from './actor';

// Requirements used with @Authorized(...). Every listed requirement must hold.
//   ADMIN    the acting agent (or a token's creator) has administrator access
//   SESSION  a signed-in agent, not an API token (token management, own password)
//   'agents:read' | 'agents:write' | 'users:read' | 'users:write' | 'audit:read'   scopes an API token must carry
//   'scim'   SCIM 2.0 provisioning (/scim/v2: agents as Users, teams as Groups), admins' tokens only
// An API token may only call operations that name a scope (or none at all, like viewer): an
// operation guarded by ADMIN alone (the outbox, with temporary passwords and invitation links)
// stays with signed-in admins whatever the token's scopes. Role checks live here, at the edge;
// rules about particular objects (own record, last admin, what tokens may not change) live in
// the services.
export const ADMIN = 'admin';
export const SESSION = 'session';
export const SCOPES = ['agents:read', 'agents:write', 'users:read', 'users:write', 'audit:read', 'scim'] as const;
export type Scope = (typeof SCOPES)[number];

/** What the checks read from a request. */
export interface AuthState {
  actor: Actor | null;
  /** The request carried a token that matched no live session or API token. */
  tokenRejected: boolean;
}

/** Operations an agent who must change their password may still call (in a signed-in session). */
const ALLOWED_WHILE_PASSWORD_CHANGE = new Set(['changePassword', 'logout', 'viewer']);

/**
 * Operations a session whose sign-in is not complete may call (Actor.stage): after the password,
 * only the second step; when two-step sign-in is required and the agent has no factor, only
 * enrolment. Nested fields are refused too (the root field is then null).
 */
const ALLOWED_IN_STAGE = {
  SECOND_FACTOR: new Set(['verifySecondFactor', 'startPasskeySecondStep', 'verifyPasskey', 'logout']),
  ENROLMENT: new Set([
    'startTotpEnrolment',
    'confirmTotpEnrolment',
    'startPasskeyRegistration',
    'finishPasskeyRegistration',
    'myTwoStepSignIn',
    'viewer',
    'logout',
  ]),
} as const;

const isScope = (r: string): r is Scope => (SCOPES as readonly string[]).includes(r);

export function hasScope(actor: Actor, scope: Scope): boolean {
  if (actor.kind !== 'API_TOKEN') return true;
  const scopes = actor.scopes ?? [];
  // write implies read
  return scopes.includes(scope) || (scope.endsWith(':read') && scopes.includes(scope.replace(':read', ':write')));
}

export function requireActor(state: AuthState): Actor {
  if (!state.actor)
    throw unauthenticated(state.tokenRejected ? 'Your session or API token is invalid, revoked or expired: sign in again' : undefined);
  return state.actor;
}

function isRootField(info: GraphQLResolveInfo): boolean {
  return info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
}

/**
 * An agent who must change their password can do nothing else, and neither can their API tokens
 * (a token cannot change the password, so it stops until the agent has).
 */
function assertPasswordChangeDone(actor: Actor, rootField: string | null): void {
  if (!actor.agent?.mustChangePassword) return;
  const allowed = actor.kind === 'AGENT' && rootField !== null && ALLOWED_WHILE_PASSWORD_CHANGE.has(rootField);
  if (!allowed) {
    throw appError(
      ErrorCode.PASSWORD_CHANGE_REQUIRED,
      actor.kind === 'API_TOKEN'
        ? "This token's agent must change their password before the token works again"
        : 'Change your password before doing anything else',
    );
  }
}

export function checkRequirements(actor: Actor, requirements: readonly string[], info: GraphQLResolveInfo): void {
  // Also guards authorised nested fields (viewer { teams { members } }), not just root operations.
  checkActor(actor, requirements, isRootField(info) ? info.fieldName : null);
}

/** The same checks for an HTTP endpoint beside /graphql (downloads, uploads): no password change pending, roles, scopes. */
export function checkEndpointRequirements(state: AuthState, requirements: readonly string[]): Actor {
  const actor = requireActor(state);
  checkActor(actor, requirements, null);
  return actor;
}

/**
 * A session that has not completed its sign-in can do only that step. The second step comes
 * before anything else; enrolment after a pending password change (which allows only changing it).
 */
function assertSignInComplete(actor: Actor, rootField: string | null): void {
  const stage = actor.stage;
  if (stage === 'SECOND_FACTOR') return assertStageAllows(stage, rootField);
  assertPasswordChangeDone(actor, rootField);
  if (stage === 'ENROLMENT' && !actor.agent?.mustChangePassword) assertStageAllows(stage, rootField);
}

function assertStageAllows(stage: 'SECOND_FACTOR' | 'ENROLMENT', rootField: string | null): void {
  if (rootField !== null && ALLOWED_IN_STAGE[stage].has(rootField)) return;
  throw stage === 'SECOND_FACTOR'
    ? appError(ErrorCode.SECOND_FACTOR_REQUIRED, 'Enter the code from your authenticator app (or a recovery code) to finish signing in')
    : appError(
        ErrorCode.TWO_STEP_ENROLMENT_REQUIRED,
        'Two-step sign-in is required for your account: set it up before doing anything else',
      );
}

function checkActor(actor: Actor, requirements: readonly string[], rootField: string | null): void {
  assertSignInComplete(actor, rootField);
  if (actor.kind === 'API_TOKEN' && requirements.length > 0 && !requirements.some(isScope)) {
    throw forbidden('This operation is not available to API tokens');
  }
  for (const r of requirements) {
    // A light agent never acts as an administrator, even if a row said so (shared/agent-type.ts).
    if (r === ADMIN && !(actor.agent?.isAdmin && agentTypeAllowsAdmin(actor.agent.type)))
      throw forbidden('Administrator access is required');
    if (r === SESSION && actor.kind !== 'AGENT') throw forbidden('This operation needs a signed-in agent, not an API token');
    if (isScope(r) && !hasScope(actor, r)) throw forbidden(`This API token lacks the ${r} scope`);
  }
}

// Nested fields on list rows (agents { edges { node { teams } } }) pass the same check once per
// row; for a nested field the answer depends only on the actor and the requirements, so it is
// kept per request (refusals are not kept: each row throws again, as before).
const granted = new WeakMap<AuthState, Set<string>>();

/**
 * The same checks as `@Authorized(...requirements)` (checkRequirements: password change pending,
 * roles, token scopes), called inside a field resolver that is resolved once per row, so that
 * the row does not go through type-graphql's middleware chain. Root fields are never memoized.
 */
export function authorizeField(state: AuthState, info: GraphQLResolveInfo, ...requirements: string[]): void {
  const actor = requireActor(state);
  if (isRootField(info)) return checkRequirements(actor, requirements, info);
  const key = requirements.length === 1 ? requirements[0] : requirements.join(',');
  const done = granted.get(state);
  if (done?.has(key)) return;
  checkRequirements(actor, requirements, info);
  if (done) done.add(key);
  else granted.set(state, new Set([key]));
}
