import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { licenseUsage } from './license.service';

@ObjectType({ description: 'used = current agents + pending invitations' })
export class License {
  @Field(() => Int) seats: number;
  @Field(() => Int) used: number;
  @Field(() => Int) available: number;
  @Field({ description: 'cloud or on-premise (on-premise seats come in batches of 10).' }) edition: string;
}

@Resolver()
export class LicenseResolver {
  @Authorized(ADMIN, 'agents:read')
  @Query(() => License)
  async license(@Ctx() ctx: Context): Promise<License> {
    return { ...(await ctx.read(licenseUsage)), edition: ctx.config.licenseEdition };
  }
}
