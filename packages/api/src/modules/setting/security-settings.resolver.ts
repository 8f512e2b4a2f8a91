import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { securitySettings, SecuritySettings, SecuritySettingsInput, updateSecuritySettings } from './security-settings';

@Resolver(() => SecuritySettings)
export class SecuritySettingsResolver {
  // Administrators only, in a session: the Security section of the admin settings.
  @Authorized(ADMIN)
  @Query(() => SecuritySettings)
  securitySettings(@Ctx() ctx: Context): Promise<SecuritySettings> {
    return ctx.read(securitySettings);
  }

  @Authorized(ADMIN)
  @Mutation(() => SecuritySettings, {
    description:
      'Administrators only; each change is in the change log (entityType SETTING). Applies from the next sign-in: an agent who must have two-step sign-in and has none is taken to enrolment.',
  })
  updateSecuritySettings(@Ctx() ctx: Context, @Arg('input') input: SecuritySettingsInput): Promise<SecuritySettings> {
    return ctx.tx((sc) => updateSecuritySettings(sc, input));
  }
}
