import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { AuthState } from '../../common/auth';
import { checkRequirements, requireActor } from '../../common/auth';

/**
 * type-graphql's check behind `@Authorized(...)`: the requirements and roles are defined in
 * src/common/auth.ts (services use its object-level helpers too); this is the GraphQL side.
 */
export class AuthChecker implements AuthCheckerInterface<AuthState> {
  check({ context, info }: ResolverData<AuthState>, requirements: string[]): boolean {
    checkRequirements(requireActor(context), requirements, info);
    return true;
  }
}
