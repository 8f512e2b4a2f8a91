import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { crmSettings, CrmSettings, CrmSettingsInput, updateCrmSettings } from './crm-settings';

@Resolver(() => CrmSettings)
export class CrmSettingsResolver {
  // Every signed-in agent (and a users:read token) may read it: the CRM pane says when the list is scoped.
  @Authorized('users:read')
  @Query(() => CrmSettings)
  crmSettings(@Ctx() ctx: Context): Promise<CrmSettings> {
    return ctx.read(crmSettings);
  }

  // Signed-in administrators only (no API token): it changes what every agent may see.
  @Authorized(ADMIN)
  @Mutation(() => CrmSettings, { description: 'Administrators only; each change is in the change log (entityType SETTING).' })
  updateCrmSettings(@Ctx() ctx: Context, @Arg('input') input: CrmSettingsInput): Promise<CrmSettings> {
    return ctx.tx((sc) => updateCrmSettings(sc, input));
  }
}
