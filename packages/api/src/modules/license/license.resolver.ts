import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { licenseUsage } from './license.service';

@ObjectType({ description: 'used = current full agents + pending invitations of full agents; light agents use no seat.' })
export class License {
  @Field(() => Int) seats: number;
  @Field(() => Int) used: number;
  @Field(() => Int) available: number;
  @Field({ description: 'cloud or on-premise (on-premise seats come in batches of 10).' }) edition: string;
  @Field(() => Int, { nullable: true, description: 'Light agents allowed (LICENSE_LIGHT_SEATS); null: unlimited.' })
  lightSeats: number | null;
  @Field(() => Int, { description: 'Light agents plus pending invitations of light agents.' }) lightUsed: number;
  @Field(() => Int, { nullable: true, description: 'null: unlimited.' }) lightAvailable: number | null;
}

@Resolver()
export class LicenseResolver {
  @Authorized(ADMIN, 'agents:read')
  @Query(() => License)
  async license(@Ctx() ctx: Context): Promise<License> {
    return { ...(await ctx.read(licenseUsage)), edition: ctx.config.licenseEdition };
  }
}
